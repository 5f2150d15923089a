/// Finds the numeral expressions in running text: cardinals, ordinals and fractions, each with its
/// span, value and kind.
///
/// The finder takes the longest expression at each place («ثلاثة آلاف و خمسمائة» is one match worth
/// 3500, «2.5 مليون» one worth 2,500,000) and strips the clitics a numeral takes in prose
/// («بخمسة»، «والعشرين»، «لثلاثة»). It leaves out words that are more often something else there:
/// «أحد» and «إحدى» alone («one of»), weekdays (يوم الأحد، الاثنين), month names (كانون الأول، شهر
/// صفر), per cent (في المئة), approximate plurals (عشرات، آلاف، ملايين without a count), and
/// dates and times in digits (11/9/2001، 10:30). The rules are listed in <doc:Numerals>.
///
/// ```swift
/// let matches = NumeralFinder().numerals(in: "قتل أكثر من ثلاثة آلاف جندي في الحادي عشر من سبتمبر")
/// matches.map(\.value)  // [3000, 11]
/// matches.map(\.kind)   // [.cardinal, .ordinal]
/// ```
public struct NumeralFinder: Sendable {
    private let lexicon: NumeralLexicon

    /// A finder with the standard lexicon.
    public init() {
        self.lexicon = .standard
    }

    /// Every numeral expression in `text`, in order, without overlaps.
    /// - Parameter text: The text to search, in any normalization.
    /// - Returns: The matches, with spans as Unicode scalar offsets into `text`.
    /// - Complexity: O(n) in the length of `text`.
    public func numerals(in text: String) -> [NumeralMatch] {
        let normalized = ArabicNormalizer.matching.normalize(text)
        let grammar = NumeralGrammar(normalizedText: normalized.text, lexicon: lexicon, mode: .inText)
        var original: [Unicode.Scalar]?
        var matches: [NumeralMatch] = []
        var index = 0
        while index < grammar.tokens.count {
            guard grammar.tokens[index].isWord ? grammar.readings[index] != nil : grammar.tokens[index].digits != nil,
                  let best = grammar.best(at: index)
            else {
                index += 1
                continue
            }
            let start = grammar.tokens[index].range.lowerBound + (grammar.readings[index]?.cliticLength ?? 0)
            let end = grammar.tokens[best.end - 1].range.upperBound
            let span = normalized.originalRange(of: start..<end)
            if best.end == index + 1, best.lead == .ordinal(1), isPreliminary(span, in: text, scalars: &original) {
                index += 1
                continue
            }
            matches.append(NumeralMatch(span: span, numeral: Numeral(value: best.value, kind: best.kind)))
            index = best.end
        }
        return matches
    }

    /// Whether a match of «أولى»'s folded form was written «أولي» (preliminary), with U+064A ARABIC
    /// LETTER YEH rather than U+0649 ARABIC LETTER ALEF MAKSURA.
    private func isPreliminary(_ span: Range<Int>, in text: String, scalars: inout [Unicode.Scalar]?) -> Bool {
        let letters = scalars ?? Array(text.unicodeScalars)
        scalars = letters
        // The span may end with marks after the last letter: look at the last letter.
        var last = span.upperBound - 1
        while last > span.lowerBound, !NumeralScanner.isLetter(letters[last].value) || ScalarRules.isDiacritic(letters[last].value) {
            last -= 1
        }
        guard last >= span.lowerBound, last < letters.count else { return false }
        return letters[last].value == 0x064A
    }
}
