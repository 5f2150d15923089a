/// Reads a text that is one numeral expression: digits, number words, fractions or an ordinal.
///
/// The parser accepts every spelling that ``ArabicNormalizer/matching`` folds (أربعة، اربعه؛ إحدى،
/// احدى; digits of every script) and the grammar described in <doc:Numerals>. It reads each word in
/// every sense it has, so «أحد» alone is 1 and «خمس» alone is 5; to find numerals in running prose,
/// where those words usually mean something else, use ``NumeralFinder``.
///
/// ```swift
/// let parser = NumeralParser()
/// parser.parse("خمسمائة و خمسة و عشرون")  // Numeral(value: 525, kind: .cardinal)
/// parser.parse("١٠٠٬٠٠٠٫٠٠")             // Numeral(value: 100000, kind: .cardinal)
/// parser.parse("ثلاثة أرباع")            // Numeral(value: 0.75, kind: .fraction)
/// parser.ordinalValue(of: "الثان والسبعون")  // 72
/// ```
public struct NumeralParser: Sendable {
    private let lexicon: NumeralLexicon

    /// A parser with the standard lexicon.
    public init() {
        self.lexicon = .standard
    }

    /// The numeral that the whole of `text` spells, or `nil` when `text` is not exactly one numeral
    /// expression (white space around it is ignored, punctuation is not).
    ///
    /// When a text reads both as an ordinal and as a cardinal («الأحد عشر»، «العشرون»), the ordinal
    /// reading wins: a cardinal with the article is rare outside a noun phrase.
    /// - Parameter text: The text to read, in any normalization.
    /// - Returns: The value and kind of the expression.
    /// - Complexity: O(n) in the length of `text`.
    public func parse(_ text: String) -> Numeral? {
        let grammar = NumeralGrammar(
            normalizedText: ArabicNormalizer.matching.normalizedString(text), lexicon: lexicon, mode: .wholeText
        )
        guard !grammar.tokens.isEmpty, let best = grammar.best(at: 0), best.end == grammar.tokens.count else {
            return nil
        }
        return Numeral(value: best.value, kind: best.kind)
    }

    /// The value of `text` when it is a cardinal or a fraction; `nil` for ordinals and non-numerals.
    /// - Complexity: O(n) in the length of `text`.
    public func value(of text: String) -> Double? {
        guard let numeral = parse(text), numeral.kind != .ordinal else { return nil }
        return numeral.value
    }

    /// The position `text` names when it is an ordinal; `nil` otherwise.
    /// - Complexity: O(n) in the length of `text`.
    public func ordinalValue(of text: String) -> Int? {
        parse(text)?.ordinal
    }
}
