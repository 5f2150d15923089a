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
        guard let head = OrganizationHeadLexicon.match(in: text.words, at: index), head.isMedia else { return nil }
        if head.isDefinite { return nationalBroadcaster(at: index, head: head, in: text) }
        let start = index + head.wordCount
        guard start < text.tokens.count, text.paragraphOfToken[start] == text.paragraphOfToken[index] else { return nil }
        if let known = EntityLexicons.known(at: start, in: text) {
            return broadcasterOfAPlace(at: index, head: head, place: known, in: text)
        }
        let generalHead = commonNounHeads.contains(ArabicNormalizer.matching.normalizedString(head.head))
        let afterBroadcastAct = ArabicNormalizer.matching.normalizedString(head.head).sameBytes("اذاعه")
        guard let name = nameTokens(from: start, in: text, afterCommonNoun: generalHead, afterBroadcastAct: afterBroadcastAct), !name.isEmpty
        else { return nil }
        var candidate = EntityCandidate(
            type: .organization, tokens: name, surface: text.text(ofTokens: name), words: name.map { text.tokens[$0].key },
            canonical: nil)
        candidate.gender = .feminine
        let headWords = text.text(ofTokens: index..<start)
        candidate.otherForms = [String(String.UnicodeScalarView(headWords.unicodeScalars.dropFirst(head.procliticLength))) + " " + candidate.surface]
        return candidate
    }

    /// A country's public broadcaster, named by a definite media head and the country's adjective
    /// («الإذاعة الجزائرية»، «التلفزيون السوري»), or `nil`. The name keeps its head: without it the
    /// adjective names no outlet.
    private static func nationalBroadcaster(at index: Int, head: OrganizationHeadMatch, in text: AnnotatedText) -> EntityCandidate? {
        let adjective = index + head.wordCount
        guard head.wordCount == 1, broadcastHeads.contains(text.tokens[index].key.droppingScalars(head.procliticLength)),
              adjective < text.tokens.count, text.paragraphOfToken[adjective] == text.paragraphOfToken[index],
              EntityLexicons.isNationality(at: adjective, in: text)
        else { return nil }
        return outletWithItsHead(index..<(adjective + 1), head: head, in: text)
    }

    /// A broadcaster named after its country or city («تلفزيون فلسطين»، «إذاعة الكويت»), or `nil`: only
    /// after «تلفزيون، إذاعة، راديو» («قناة السويس» is a canal). The name keeps its head.
    private static func broadcasterOfAPlace(
        at index: Int, head: OrganizationHeadMatch, place: EntityCandidate, in text: AnnotatedText
    ) -> EntityCandidate? {
        let bare = text.tokens[index].key.droppingScalars(head.procliticLength)
        guard head.wordCount == 1, place.type == .location, place.procliticLength == 0, placeBroadcastHeads.contains(bare) else { return nil }
        // «إذاعة فرنسا الدولية»، «إذاعة باتنة الجهوية»: the broadcaster's adjective is part of its name.
        var end = place.tokens.upperBound
        if end < text.tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[index],
           ["الدوليه", "الدولي", "الجهويه", "الجهوي", "المحليه", "الاقليميه"].contains(where: text.tokens[end].key.sameBytes) {
            end += 1
        }
        return outletWithItsHead(index..<endWithNumber(end, paragraphOf: index, in: text), head: head, in: text)
    }

    /// `end`, or the end of a number right after it that closes an outlet's name («راديو بيت لحم
    /// 2000»، «إذاعة أكادير 24»): the number stands last before punctuation, the end of its line or
    /// the reported words (إن، أن); a number that counts something goes on with what it counts.
    private static func endWithNumber(_ end: Int, paragraphOf index: Int, in text: AnnotatedText) -> Int {
        let tokens = text.tokens
        guard end < tokens.count, tokens[end].kind == .number, text.paragraphOfToken[end] == text.paragraphOfToken[index],
              tokens[end].span.lowerBound > tokens[end - 1].span.upperBound
        else { return end }
        let after = end + 1
        guard after == tokens.count || text.paragraphOfToken[after] != text.paragraphOfToken[index]
                || tokens[after].kind == .punctuation && !tokens[after].isPunctuation("%") || tokens[after].opensAReportedClause
        else { return end }
        return after
    }

    /// An outlet whose name is the tokens `range`, its media head first (without its proclitics).
    private static func outletWithItsHead(_ range: Range<Int>, head: OrganizationHeadMatch, in text: AnnotatedText) -> EntityCandidate {
        var words = range.map { text.tokens[$0].key }
        words[0] = words[0].droppingScalars(head.procliticLength)
        var candidate = EntityCandidate(
            type: .organization, tokens: range, surface: text.text(ofTokens: range), words: words, canonical: nil)
        candidate.procliticLength = head.procliticLength
        candidate.gender = words[0].endsWithBytes("ه") ? .feminine : .masculine
        return candidate
    }

    /// Media heads a place's name makes a broadcaster (matching form, no article).
    private static let placeBroadcastHeads = WordIndex(
        ["تلفزيون", "تليفزيون", "إذاعة", "راديو"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Definite media heads a country's adjective makes a broadcaster (matching form).
    private static let broadcastHeads = WordIndex(
        ["الإذاعة", "التلفزيون", "التليفزيون"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The tokens of the name that starts at `start`.
    private static func nameTokens(
        from start: Int, in text: AnnotatedText, afterCommonNoun: Bool, afterBroadcastAct: Bool = false
    ) -> Range<Int>? {
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
        // «السومرية نيوز»، «موزاييك أف أم»، «سكاي نيوز»: a word and its tail. «في» is a tail only
        // after «تي» («الجديد تي في»); anywhere else it is the preposition («شبكة الأنابيب في الحي»).
        var end = start + 1
        while end < tokens.count, end - start <= 3,
              tokens[end].kind == .latin || tailWords.contains(tokens[end].key)
                && (!tokens[end].key.sameBytes("في") || tokens[end - 1].key.sameBytes("تي")) {
            end += 1
        }
        if end > start + 1 { return start..<end }
        guard !afterCommonNoun else { return nil }
        let second = start + 1
        let continues = second < tokens.count && tokens[second].isWord && text.paragraphOfToken[second] == text.paragraphOfToken[start]
            && !NameWords.isStopword(tokens[second].key)
        if first.hasArticle {
            // «وكالة أنباء العالم العربي»: a definite nisba adjective belongs to the name.
            if continues, tokens[second].hasArticle, tokens[second].key.endsWithBytes("ي") || tokens[second].key.endsWithBytes("يه"),
               !EntityLexicons.isNationality(at: second, in: text) {
                return start..<(second + 1)
            }
            return start..<second
        }
        // «إذاعة صوت لبنان»، «قناة صدى البلد»: a bare noun and its definite or place genitive. After
        // «إذاعة», also the act of broadcasting («إذاعة نص البيان»), only a place makes a name.
        let place = EntityLexicons.known(at: second, in: text)?.type == .location
        guard continues, place || tokens[second].hasArticle && !afterBroadcastAct, EntityLexicons.role(at: start, in: text) == nil
        else { return nil }
        let end2 = EntityLexicons.known(at: second, in: text).map(\.tokens.upperBound) ?? second + 1
        return start..<end2
    }

    /// Media heads that are also common nouns.
    private static let commonNounHeads = WordIndex(["موقع", "شبكة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words that close an outlet's name.
    static let tailWords = WordIndex(
        ["نيوز", "أف", "اف", "إف", "أم", "ام", "إم", "تي", "في", "برس", "بريس", "تيفي", "أنفو", "ميديا", "24", "الإخبارية", "الاخبارية",
         "الفضائية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}
