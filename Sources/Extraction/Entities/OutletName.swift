import ArabicText

/// News outlets the gazetteer does not know, named after a media head: «صحيفة «الوطن»», «قناة
/// الشرقية», «موقع مصراوي», «إذاعة موزاييك أف أم», «السومرية نيوز» after «قناة». The entity is the
/// name without its head, as news cites it on its own afterwards.
enum OutletName {
    /// The outlet named after a media head at token `index`, or `nil`.
    ///
    /// The name is the words in quotation marks right after the head (at most four), a run of Latin
    /// words, or one word with «نيوز» or Latin words after it. After «صحيفة، قناة، إذاعة، مجلة،
    /// تلفزيون» a single definite word is a name too (قناة الشرقية); «موقع» and «شبكة» are also common
    /// nouns (موقع الحادث، شبكة الكهرباء), so after them only marks, Latin words or a bare word followed
    /// by نيوز name an outlet. A name the gazetteer knows is left to it.
    static func candidate(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        guard let head = OrganizationHeadLexicon.match(in: text.words, at: index), head.isMedia, !head.isDefinite else {
            return nil
        }
        let start = index + head.wordCount
        guard start < text.tokens.count, text.paragraphOfToken[start] == text.paragraphOfToken[index],
              EntityLexicons.known(at: start, in: text) == nil
        else { return nil }
        let generalHead = commonNounHeads.contains(ArabicNormalizer.matching.normalizedString(head.head))
        guard let name = nameTokens(from: start, in: text, afterCommonNoun: generalHead), !name.isEmpty else { return nil }
        var candidate = EntityCandidate(
            type: .organization, tokens: name, surface: text.text(ofTokens: name), words: name.map { text.tokens[$0].key },
            canonical: nil)
        candidate.gender = .feminine
        let headWords = text.text(ofTokens: index..<start)
        candidate.otherForms = [String(String.UnicodeScalarView(headWords.unicodeScalars.dropFirst(head.procliticLength))) + " " + candidate.surface]
        return candidate
    }

    /// The tokens of the name that starts at `start`.
    private static func nameTokens(from start: Int, in text: AnnotatedText, afterCommonNoun: Bool) -> Range<Int>? {
        let tokens = text.tokens
        let first = tokens[start]
        if first.isOpeningQuote { return text.quotedWords(at: start, before: tokens.count) }
        if first.kind == .latin {
            var end = start
            while end < tokens.count, end - start < 4, tokens[end].kind == .latin { end += 1 }
            return start..<end
        }
        guard first.isWord, !NameWords.isStopword(first.key), first.key.scalarCount >= 3,
              EntityLexicons.organizationHead(at: start, in: text) == nil, EntityLexicons.role(at: start, in: text) == nil
        else { return nil }
        // «السومرية نيوز»، «موزاييك أف أم»، «سكاي نيوز»: a word and its tail.
        var end = start + 1
        while end < tokens.count, end - start <= 3,
              tokens[end].kind == .latin || tailWords.contains(tokens[end].key) {
            end += 1
        }
        if end > start + 1 { return start..<end }
        guard !afterCommonNoun, first.hasArticle else { return nil }
        return start..<(start + 1)
    }

    /// Media heads that are also common nouns.
    private static let commonNounHeads = WordIndex(["موقع", "شبكة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words that close an outlet's name.
    private static let tailWords = WordIndex(
        ["نيوز", "أف", "اف", "إف", "أم", "ام", "إم", "تي", "في", "برس", "24", "الإخبارية", "الاخبارية", "الفضائية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}
