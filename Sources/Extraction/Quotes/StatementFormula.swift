import ArabicText

// What a statement says (see ``QuoteExtractor``).
extension QuoteExtractor {
    /// «وجاء في بيان للوزارة أن …»، «وورد في بلاغ صادر عن المديرية أن …»، «وجاء في التقرير أن …»:
    /// what a statement, a communiqué or a report says, as news write it without a verb of saying.
    /// The issuer is the body or person after the statement noun (ل، عن، or its genitive); «البيان»
    /// alone stands for the last body that issued one. The words run from the clause after «أن» to
    /// the end of the sentence.
    func statementSays(
        at index: Int, in text: AnnotatedText, marks: [QuoteMarks.Span], resolver: SpeakerResolver
    ) -> (content: Range<Int>, attribution: Attribution)? {
        let tokens = text.tokens
        guard index + 2 < tokens.count, tokens[index + 1].key.sameBytes("في"), Self.statementVerbs.contains(tokens[index].key),
              SpeakerResolver.statementNouns.contains(tokens[index + 2].key)
        else { return nil }
        let sentence = text.sentenceOfToken[index]
        let quoteMarks = Set(marks.flatMap { [$0.opening, $0.closing] })
        var opener = index + 3
        while opener < tokens.count, opener - index <= 14, text.sentenceOfToken[opener] == sentence,
              !Self.complementizers.contains(tokens[opener].key) {
            if quoteMarks.contains(opener) || tokens[opener].reportingForm != nil { return nil }
            opener += 1
        }
        guard opener < tokens.count, text.sentenceOfToken[opener] == sentence, Self.complementizers.contains(tokens[opener].key)
        else { return nil }
        let start = opener + 1
        var end = start
        while end < tokens.count, text.sentenceOfToken[end] == sentence, !quoteMarks.contains(end) { end += 1 }
        end = text.endWithoutPunctuation(start..<end)
        guard end - start >= 3 else { return nil }
        let named = opener > index + 3
            ? resolver.accordingToSource(at: index + 2, before: opener) ?? issuerNamedByKind(after: index + 2, in: text, resolver: resolver)
            : nil
        let issuer = named ?? (SpeakerResolver.statementSubjects.contains(tokens[index + 2].key) ? resolver.lastIssuer : nil)
        var attribution = issuer ?? Attribution(item: nil, speakerText: nil, cue: nil, verbToken: nil, gender: nil)
        attribution.cue = tokens[index].surface
        attribution.verbToken = index
        return (start..<end, attribution)
    }

    /// «بيان للوزارة»: a body named by its kind after ل, the one of that kind the article named before.
    private func issuerNamedByKind(after noun: Int, in text: AnnotatedText, resolver: SpeakerResolver) -> Attribution? {
        let next = noun + 1
        guard next < text.tokens.count, text.tokens[next].isWord, text.tokens[next].key.startsWithBytes("لل"),
              let item = resolver.nominalReference("ال" + text.tokens[next].key.droppingScalars(2), before: noun)
        else { return nil }
        // «للوزارة» is «الوزارة» after ل.
        let written = "ال" + String(String.UnicodeScalarView(text.tokens[next].surface.unicodeScalars.dropFirst(2)))
        return Attribution(item: item, speakerText: written, cue: nil, verbToken: nil, gender: nil)
    }

    /// «جاء» and «ورد» before «في» and a statement (matching form).
    private static let statementVerbs: WordIndex = ["جاء", "وجاء", "ورد", "وورد"]
}
