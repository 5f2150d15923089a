import ArabicText

/// Predicates that set one party against another in a direction: who beat whom (فاز الوداد على
/// الرجاء، تغلب، هزم، أقصى) and who accused whom (اتهمت X Y). Two statements with the same parties
/// the other way round contradict each other, however many words they share.
enum DirectedPredicate {
    /// The doer and the target of the clause's first directed predicate, as entity references of
    /// `mentions` (which lie within the clause, in text order); empty where there is none.
    static func doerAndTarget(in clause: Range<Int>, mentions: [Mention], of text: AnnotatedText) -> [String] {
        for index in clause where text.tokens[index].isWord && index + 1 < clause.upperBound {
            guard let takesAla = text.claimFacts(ofToken: index)?.directedTakesAla else { continue }
            // The doer right after the verb, the target right after على or right after the doer.
            guard let doer = mention(startingAt: index + 1, in: mentions, of: text),
                  let doerEnd = clause.first(where: { text.tokens[$0].span.lowerBound >= doer.span.upperBound })
            else { return [] }
            let targetStart = takesAla ? (text.tokens[doerEnd].key.sameBytes("علي") ? doerEnd + 1 : nil) : doerEnd
            guard let targetStart, targetStart < clause.upperBound,
                  let target = mention(startingAt: targetStart, in: mentions, of: text), target.entity != doer.entity
            else { return [] }
            return [doer.entity, target.entity]
        }
        return []
    }

    /// The mention that starts at token `index`.
    private static func mention(startingAt index: Int, in mentions: [Mention], of text: AnnotatedText) -> Mention? {
        let start = text.tokens[index].span.lowerBound
        return mentions.first { $0.span.lowerBound == start }
    }

    /// Whether the word `key` (matching form) is a directed predicate, and whether its target comes
    /// after على (فاز على) rather than as its object (هزم، اتهم); `nil` for any other word. A
    /// conjunction (وفاز) and the feminine ت (فازت، اتهمت) are allowed.
    static func takesAla(_ key: String) -> Bool? {
        var word = key
        if word.scalarCount > 3, word.startsWithBytes("و") || word.startsWithBytes("ف") {
            let rest = word.droppingScalars()
            if verbs[rest] != nil || verbs[rest.droppingLastScalar()] != nil { word = rest }
        }
        if let found = verbs[word] { return found }
        guard word.endsWithBytes("ت") else { return nil }
        return verbs[word.droppingLastScalar()]
    }

    /// The verbs, by matching form, with whether their target follows على.
    private static let verbs: [String: Bool] = {
        var verbs: [String: Bool] = [:]
        for verb in ["فاز", "تغلب", "انتصر", "تفوق"] { verbs[ArabicNormalizer.matching.normalizedString(verb)] = true }
        for verb in ["هزم", "اتهم", "أقصى", "أقصي", "أسقط"] { verbs[ArabicNormalizer.matching.normalizedString(verb)] = false }
        return verbs
    }()
}
