import ArabicText

/// The side a bounded count lies on: «أكثر من 400 نائب» is above 400, «لم يتجاوز عدد الحضور 30 ألف
/// متفرج» and «ما لا يزيد على 35 في المئة» below their numbers. An exact count outside a bound
/// contradicts it; one inside agrees however far from the number.
enum CountBound {
    /// Above or below the number.
    enum Side { case above, below }

    /// The side of the count at the scalar span `span`, from the marker before its number, after
    /// it or a verb of exceeding before its subject; `nil` for a count that is no bound.
    static func side(ofQuantityAt span: Range<Int>, in text: AnnotatedText) -> Side? {
        guard let tokens = text.tokens(within: span) else { return nil }
        let sentence = text.sentenceOfToken[tokens.lowerBound]
        let numeral = tokens.first { text.tokens[$0].kind == .number || text.claimFacts(ofToken: $0)?.isNumeral == true }
            ?? tokens.lowerBound
        // «أكثر من»، «ما لا يقل عن»، «لم تتجاوز»: the one, two or three words right before the number
        // (looked up whole only where the last is a marker's last word).
        for length in (1...3).reversed() where numeral - length >= 0 && beforeEnds.contains(text.tokens[numeral - 1].key) {
            let words = (numeral - length)..<numeral
            guard words.allSatisfy({ text.tokens[$0].isWord && text.sentenceOfToken[$0] == sentence }) else { continue }
            if let side = before[words.map { text.tokens[$0].key }.joined(separator: " ")] { return side }
        }
        // «فأكثر»، «على الأقل»، «كحد أقصى» after the count.
        for length in (1...2).reversed()
        where tokens.upperBound + length < text.tokens.count && afterStarts.contains(text.tokens[tokens.upperBound + 1].key) {
            let words = (tokens.upperBound + 1)...(tokens.upperBound + length)
            guard words.allSatisfy({ text.tokens[$0].isWord && text.sentenceOfToken[$0] == sentence }) else { continue }
            if let side = after[words.map { text.tokens[$0].key }.joined(separator: " ")] { return side }
        }
        // «تجاوزت الاحتياطيات 100 مليار»، «لم يتجاوز عدد الحضور في المدرجات 30 ألفا»: a verb of
        // exceeding a few words before, negated or not.
        var index = numeral - 1
        while index >= 0, numeral - index <= 6, text.sentenceOfToken[index] == sentence, !text.tokens[index].isComma {
            if exceeding.contains(text.tokens[index].key) {
                let negated = index > 0 && negations.contains(text.tokens[index - 1].key)
                return negated ? .below : .above
            }
            index -= 1
        }
        return nil
    }

    /// The phrases of the quantity lexicon's marker groups by side: «more» and «least» above,
    /// «less» and «upto» below (matching form).
    private static func phrases(_ source: String) -> [String: Side] {
        var table: [String: Side] = [:]
        for (group, forms) in QuantityLexicon.groups(source) {
            let side: Side? = ["more", "least"].contains(group) ? .above : ["less", "upto"].contains(group) ? .below : nil
            guard let side else { continue }
            for form in forms {
                table[form.split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) }.joined(separator: " ")] = side
            }
        }
        return table
    }

    /// Markers right before the number and after the count.
    private static let before = phrases(QuantityLexicon.markerBeforeSource)
    private static let after = phrases(QuantityLexicon.markerAfterSource)

    /// The last words of ``before`` and the first words of ``after``.
    private static let beforeEnds = WordIndex(before.keys.compactMap { $0.split(separator: " ").last.map(String.init) })
    private static let afterStarts = WordIndex(after.keys.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// Whether the negation at token `index` makes an upper bound of a count rather than negating its
    /// statement: a verb of exceeding right after it and a number within a few words («رسم لا يتجاوز
    /// دينارا واحدا»، «لم يتجاوز عدد الحضور 30 ألفا»).
    static func boundsACount(negationAt index: Int, in text: AnnotatedText) -> Bool {
        let verb = index + 1
        guard verb < text.tokens.count, text.tokens[verb].isWord, exceeding.contains(text.tokens[verb].key) else { return false }
        let sentence = text.sentenceOfToken[index]
        var next = verb + 1
        while next < text.tokens.count, next - verb <= 5, text.sentenceOfToken[next] == sentence, !text.tokens[next].isComma {
            if text.tokens[next].kind == .number || text.claimFacts(ofToken: next)?.isNumeral == true { return true }
            next += 1
        }
        return false
    }

    /// Verbs of exceeding whose subject stands between them and the number (matching form).
    private static let exceeding = WordIndex(
        QuantityLexicon.groups(QuantityLexicon.boundVerbSource).flatMap(\.1).map { ArabicNormalizer.matching.normalizedString($0) })

    /// Negations that turn a verb of exceeding into an upper bound (matching form); «ألا» is «أن لا».
    private static let negations = WordIndex(["لم", "لا", "لن", "ولم", "ولا", "ما", "ألا", "وألا"].map { ArabicNormalizer.matching.normalizedString($0) })
}
