import ArabicText

/// What happened to the people a number counts, as news reports of disasters and violence say it:
/// killed, injured (poisoned and suffocated too), missing or detained.
///
/// Outlets count the same dead with different nouns («12 عاملا لقوا مصرعهم»، «17 قتيلا»، «مقتل 17
/// شخصا»), and one noun counts different outcomes («قتل 5 أشخاص وأصيب 12 آخرون»). The outcome lets
/// claims compare the counts that can contradict each other and keep apart those that cannot. It
/// is read from the counted noun when the noun says it (قتيلا، جريحا، مفقودا), else from the nearest
/// outcome word before the number (مقتل، إصابة، اعتقال), else from the nearest after the counted
/// noun (لقوا مصرعهم، أصيبوا); another number on the way ends the search. Sums of money, shares and
/// measures count no people («85 دولارا بعد مقتل …»).
public enum CountedOutcome: String, Sendable, Hashable, Codable {
    case killed, injured, missing, detained

    /// How far from the number an outcome word may stand, in words.
    static let reach = 3
    /// How far back the outcome of a count joined by و to another may stand, in words.
    static let joinedReach = 8

    /// The outcome of the quantity at the scalar span `span` of `text`, or `nil`.
    static func of(quantityAt span: Range<Int>, in text: AnnotatedText) -> CountedOutcome? {
        guard let quantity = text.tokens(holding: span) else { return nil }
        let tokens = text.tokens
        let sentence = text.sentenceOfToken[quantity.lowerBound]
        // The counted noun: the quantity's last word. Money, shares, measures and durations are
        // no people.
        if tokens[quantity.upperBound].isWord, let outcome = text.claimFacts(ofToken: quantity.upperBound)?.countedOutcome { return outcome }
        let category = QuantityLexicon.units.match(in: text.words, at: quantity.upperBound, proclitics: false) { hit, _ in
            QuantityLexicon.units.payloads(of: hit).first?.category
        }
        guard category == nil || category == .count else { return nil }
        // «إصابة ثلاثة من أعضاء الشرطة وتسعة نزلاء»: a count joined by و to the one before it
        // takes the outcome that one is read with, further back.
        let joined = tokens[quantity.lowerBound].key.startsWithBytes("و")
            || quantity.lowerBound > 0 && tokens[quantity.lowerBound - 1].key.sameBytes("و")
        var before = quantity.lowerBound - 1
        while before >= 0, quantity.lowerBound - before <= (joined ? joinedReach : reach), text.sentenceOfToken[before] == sentence,
              joined || tokens[before].kind != .number {
            if tokens[before].isWord, let outcome = text.claimFacts(ofToken: before)?.countedOutcome { return outcome }
            before -= 1
        }
        var after = quantity.upperBound + 1
        while after < tokens.count, after - quantity.upperBound <= reach, text.sentenceOfToken[after] == sentence,
              tokens[after].kind != .number {
            if tokens[after].isWord, let outcome = text.claimFacts(ofToken: after)?.countedOutcome { return outcome }
            // «نقل 19 عاملا إلى المستشفى»: people taken to hospital are the injured of a toll (a
            // hospital before the number is where someone speaks from: «قال مدير مستشفى …»).
            if tokens[after].isWord, hospitals.contains(tokens[after].key) { return .injured }
            after += 1
        }
        return tallied(before: quantity.lowerBound, in: text)
    }

    /// «ارتفع عدد الوفيات جراء الفيضان في المدينة إلى 17 حالة»: the outcome of a tally («عدد»،
    /// «حصيلة») whose value the number is, further back in its sentence than ``reach``, with no
    /// other number or clause between.
    private static func tallied(before start: Int, in text: AnnotatedText) -> CountedOutcome? {
        let tokens = text.tokens
        let sentence = text.sentenceOfToken[start]
        var index = start - 1
        while index > 0, start - index <= tallyReach, text.sentenceOfToken[index - 1] == sentence, tokens[index].kind != .number,
              !tokens[index].isComma {
            if tokens[index].isWord, let outcome = text.claimFacts(ofToken: index)?.countedOutcome,
               tallyWords.contains(tokens[index - 1].key) {
                return outcome
            }
            index -= 1
        }
        return nil
    }

    /// How far back a tally may name the outcome, in tokens.
    private static let tallyReach = 14

    /// Words of a tally before the outcome it counts (matching form).
    private static let tallyWords = WordIndex(
        ["عدد", "وعدد", "حصيلة", "وحصيلة", "إجمالي", "مجموع"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The outcome a word names, read without a glued و، ف، ب or ل, the article and a pronoun
    /// suffix of the forms listed (مصرعهم، حتفه).
    static func word(_ key: String) -> CountedOutcome? {
        var form = key
        for _ in 0..<2 {
            if let outcome = forms.value(for: form) { return outcome }
            if form.startsWithBytes("ال") {
                form = form.droppingScalars(2)
            } else if form.startsWithBytes("لل") {
                form = form.droppingScalars(2)
            } else if form.startsWithGluedProclitic, form.scalarCount > 3 {
                form = form.droppingScalars(1)
            } else {
                break
            }
        }
        return forms.value(for: form)
    }

    /// Hospitals, with the article, ل or ب (matching form).
    private static let hospitals = WordIndex(
        ["مستشفى", "المستشفى", "للمستشفى", "بالمستشفى", "مستشفيات", "المستشفيات", "لمستشفى", "بمستشفى"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Outcome words without proclitics or the article (matching form).
    private static let forms: ByteKeyTable<CountedOutcome> = {
        let lists: [(CountedOutcome, [String])] = [
            (.killed, [
                "قتل", "قتلوا", "قتلت", "يقتل", "مقتل", "قتيل", "قتيلا", "قتيلان", "قتيلين", "قتلى", "مصرع", "مصرعه",
                "مصرعها", "مصرعهم", "مصرعهما", "حتف", "حتفه", "حتفها", "حتفهم", "وفاة", "وفيات", "توفي", "توفيت", "توفوا",
                "شهيد", "شهيدا", "شهيدان", "شهيدين", "شهداء", "استشهاد", "استشهد", "استشهدوا", "جثة", "جثث", "ضحية", "ضحايا",
                "هلاك", "غرق", "غرقى",
                // «أودى الانفجار بحياة 15 عاملا»
                "أودى", "أودت", "حياة", "حياته", "حياتهم",
            ]),
            (.injured, [
                "جرح", "جرحى", "جريح", "جريحا", "جريحان", "جريحين", "إصابة", "إصابات", "أصيب", "أصيبت", "أصيبوا", "يصاب",
                "مصاب", "مصابا", "مصابان", "مصابين", "مصابون",
                // «31 حالة تسمم»، «أصيب 13 شخصا بتسمم»، «حالات اختناق»: the poisoned are the injured of a toll.
                "تسمم", "اختناق", "استنشاق",
            ]),
            (.missing, ["مفقود", "مفقودا", "مفقودين", "مفقودون", "فقدان"]),
            (.detained, [
                "اعتقال", "اعتقل", "اعتقلت", "معتقل", "معتقلا", "معتقلين", "توقيف", "أوقف", "أوقفت", "موقوف", "موقوفين",
                "احتجاز", "محتجز", "محتجزين", "القبض",
            ]),
        ]
        var table = ByteKeyTable<CountedOutcome>()
        for (outcome, words) in lists {
            for word in words { table.insert(outcome, for: ArabicNormalizer.matching.normalizedString(word)) }
        }
        return table
    }()
}
