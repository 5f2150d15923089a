import ArabicText

// Valleys and mountains (see ``EntityRecognizer``).
extension EntityRecognizer {
    /// A valley, a mountain or a range, a river, a lake or a plain named after its head: «وادي العق»،
    /// «بوادي بني خروص»، «جبل العرب»، «جبال قنديل»، «نهر القاش»، «سهل الغاب». The head is part of the name, which runs to the next word, or to two where the first
    /// opens a toponym (بني، أبو، أم …); a function word, a descriptor or a role there names nothing
    /// («جبل من الديون»).
    func placeAfterNaturalHead(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        // Most words are no desert: their last letters tell before any lookup.
        let key = tokens[index].key
        let desertProclitic = key.endsWithBytes("صحراء") || key.endsWithBytes("باديه")
            ? Self.desertHeads.procliticLength(of: key, minimumLetters: 4) : nil
        guard let proclitic = Self.naturalHeads.procliticLength(of: key, minimumLetters: 3) ?? desertProclitic, index + 1 < tokens.count,
              text.paragraphOfToken[index + 1] == text.paragraphOfToken[index],
              // «وأدى» (and it led to) folds like «وادي»; the valley has no hamza.
              !tokens[index].surface.unicodeScalars.contains("\u{0623}")
        else { return nil }
        let name = tokens[index + 1]
        guard name.isWord, name.key.scalarCount >= 2, !NameWords.isStopword(name.key), !NameWords.isDescriptor(name.key),
              EntityLexicons.role(at: index + 1, in: text) == nil, OrganizationHeadLexicon.match(in: text.words, at: index + 1) == nil
        else { return nil }
        // «صحراء النخيب»، «بادية السماوة»: a desert is named by a place or a definite word; «صحراء
        // قاحلة» describes one.
        if desertProclitic != nil, !name.hasArticle, EntityLexicons.known(at: index + 1, in: text)?.type != .location { return nil }
        var end = index + 2
        if Self.opensAToponym(name.key), end < tokens.count, tokens[end].isWord, text.paragraphOfToken[end] == text.paragraphOfToken[index],
           !NameWords.isStopword(tokens[end].key) {
            end += 1
        } else if let known = EntityLexicons.known(at: index + 1, in: text), known.type == .location {
            end = known.tokens.upperBound
        }
        return EntityCandidate(headed: index..<end, type: .location, proclitic: proclitic, in: text)
    }

    /// A gulf, a strait or the countryside of a city named after a known place: «خليج العقبة»،
    /// «بخليج عدن»، «ريف حلب الشرقي» (the countryside with its side). An unknown word after the head
    /// names something else: «خليج تايمز» is a newspaper.
    func placeAfterSeaHead(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard let proclitic = Self.seaHeads.procliticLength(of: tokens[index].key, minimumLetters: 3), index + 1 < tokens.count,
              text.paragraphOfToken[index + 1] == text.paragraphOfToken[index],
              let place = Gazetteer.match(in: text.words, at: index + 1), place.entry.type == .location, !place.isAdjective,
              place.procliticLength == 0
        else { return nil }
        let nameEnd = index + 1 + place.wordCount
        guard tokens[index].key.droppingScalars(proclitic).sameBytes(Self.countryside), nameEnd < tokens.count,
              text.paragraphOfToken[nameEnd] == text.paragraphOfToken[index], tokens[nameEnd].hasArticle,
              Self.isDirection(tokens[nameEnd].key.droppingScalars(2))
        else { return EntityCandidate(headed: index..<nameEnd, type: .location, proclitic: proclitic, in: text) }
        // News name the side of the countryside and leave it out in turn: both forms are kept.
        var candidate = EntityCandidate(headed: index..<(nameEnd + 1), type: .location, proclitic: proclitic, in: text)
        candidate.otherForms.append(text.text(ofTokens: index..<nameEnd).droppingScalars(proclitic))
        return candidate
    }

    /// Heads of gulfs, straits and a city's countryside, named after a place (matching form).
    static let seaHeads = WordIndex(["خليج", "مضيق", "ريف"].map { ArabicNormalizer.matching.normalizedString($0) })

    private static let countryside = ArabicNormalizer.matching.normalizedString("ريف")

    /// Heads of deserts, named by a place or a definite word after them (matching form).
    static let desertHeads = WordIndex(["صحراء", "بادية"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of natural places whose name follows them (matching form).
    static let naturalHeads = WordIndex(["وادي", "جبل", "جبال", "نهر", "بحيرة", "سهل"].map { ArabicNormalizer.matching.normalizedString($0) })
}
