import ArabicText

/// Places named after a date, as Egyptian and other Arab cities, streets and bridges often are:
/// «مدينة 6 أكتوبر»، «مدينة العاشر من رمضان»، «شارع 26 يوليو»، «جسر 15 مايو»، «ميدان 23 يوليو».
/// The date there is part of a name, not a time: the place is a location, and the date is no timex,
/// in the rest of the article too, where the place may go without its head («بالعاشر من رمضان»).
enum DatedPlaceNames {
    /// The location candidates for dates that follow a place head, the timexes that are left, and
    /// the shorter names the places replace («مستشفى العاشر» of «مستشفى العاشر من رمضان»).
    static func split(
        _ timexes: [Timex], in text: AnnotatedText, besides candidates: [EntityCandidate]
    ) -> (timexes: [Timex], places: [EntityCandidate], replaced: [Range<Int>]) {
        var kept: [Timex] = []
        var places: [EntityCandidate] = []
        var replaced: [Range<Int>] = []
        var dateNames: Set<String> = []
        for timex in timexes {
            guard Self.canName(timex), let first = firstToken(at: timex.span.lowerBound, in: text), first > 0,
                  let proclitic = headProclitic(text.tokens[first - 1]),
                  text.paragraphOfToken[first - 1] == text.paragraphOfToken[first],
                  let last = lastToken(endingAt: timex.span.upperBound, from: first, in: text)
            else {
                kept.append(timex)
                continue
            }
            let range = (first - 1)..<(last + 1)
            let overlapping = candidates.filter { $0.tokens.overlaps(range) }
            guard overlapping.allSatisfy({ range.lowerBound <= $0.tokens.lowerBound && $0.tokens.upperBound <= range.upperBound }) else {
                kept.append(timex)
                continue
            }
            replaced += overlapping.map(\.tokens)
            places.append(place(range, proclitic: proclitic, in: text))
            dateNames.insert(ArabicNormalizerKey.of(timex.text))
        }
        // Named once with its head, the place goes without it too: «بالعاشر من رمضان».
        guard !dateNames.isEmpty else { return (kept, places, replaced) }
        var left: [Timex] = []
        for timex in kept {
            let key = ArabicNormalizerKey.of(timex.text)
            let proclitic = dateNames.contains(key) ? 0 : (dateNames.contains(key.droppingScalars()) ? 1 : nil)
            guard let proclitic, let first = firstToken(at: timex.span.lowerBound, in: text),
                  let last = lastToken(endingAt: timex.span.upperBound, from: first, in: text),
                  !candidates.contains(where: { $0.tokens.overlaps(first..<(last + 1)) })
            else {
                left.append(timex)
                continue
            }
            places.append(place(first..<(last + 1), proclitic: proclitic, in: text))
        }
        return (left, places, replaced)
    }

    /// Whether a date can be a place's name: one day of the calendar as written, with no word that
    /// counts from the day of publication («في 12 مستشفى مطلع الشهر المقبل» dates the hospitals' campaign).
    private static func canName(_ timex: Timex) -> Bool {
        (timex.anchor == .inferred || timex.anchor == .absolute) && timex.days.map { $0.lowerBound == $0.upperBound } != false
    }

    /// The location named by tokens `range`, whose first word carries `proclitic` letters (بمدينة).
    private static func place(_ range: Range<Int>, proclitic: Int, in text: AnnotatedText) -> EntityCandidate {
        var place = EntityCandidate(
            type: .location, tokens: range, surface: text.text(ofTokens: range), words: range.map { text.tokens[$0].key },
            canonical: nil)
        place.procliticLength = proclitic
        if proclitic > 0 { place.words[0] = place.words[0].droppingScalars(proclitic) }
        place.gender = .feminine
        return place
    }

    /// The number of proclitic letters before a place head in the word (بمدينة: 1), or `nil` when
    /// the word is no place head.
    private static func headProclitic(_ token: WordToken) -> Int? {
        token.isWord ? heads.procliticLength(of: token.key) : nil
    }

    private static func firstToken(at offset: Int, in text: AnnotatedText) -> Int? {
        var low = 0
        var high = text.tokens.count
        while low < high {
            let middle = (low + high) / 2
            if text.tokens[middle].span.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low < text.tokens.count && text.tokens[low].span.lowerBound == offset ? low : nil
    }

    private static func lastToken(endingAt offset: Int, from first: Int, in text: AnnotatedText) -> Int? {
        var index = first
        while index < text.tokens.count, text.tokens[index].span.upperBound < offset { index += 1 }
        return index < text.tokens.count && text.tokens[index].span.upperBound == offset ? index : nil
    }

    /// Heads of places that take a date as their name (matching form).
    private static let heads = WordIndex(
        ["مدينة", "شارع", "جسر", "كوبري", "ميدان", "ساحة", "محور", "نفق", "حي", "استاد", "ملعب", "قرية", "مدرسة", "مستشفى"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}
