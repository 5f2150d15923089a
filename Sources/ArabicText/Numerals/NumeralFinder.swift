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
        var text = text
        return text.withUTF8 { bytes in
            var original = OriginalScalarCursor(bytes: bytes)
            var matches: [NumeralMatch] = []
            var index = 0
            while index < grammar.tokens.count {
                let token = grammar.tokens[index]
                guard token.isWord ? grammar.readings[index] != nil : token.digits != nil,
                    let best = grammar.best(at: index)
                else {
                    index += 1
                    continue
                }
                let start = token.range.lowerBound + (grammar.readings[index]?.cliticLength ?? 0)
                let end = grammar.tokens[best.end - 1].range.upperBound
                let span = normalized.originalRange(of: start..<end)
                // أولي with U+064A ARABIC LETTER YEH is «preliminary»; «first» is أولى with U+0649 ARABIC
                // LETTER ALEF MAKSURA, and both fold to the same matching form.
                if best.end == index + 1, best.lead == .ordinal(1),
                    original.scalar(at: normalized.offsetMap.originalStart(of: end - 1)) == 0x064A
                {
                    index += 1
                    continue
                }
                matches.append(NumeralMatch(span: span, numeral: Numeral(value: best.value, kind: best.kind)))
                index = best.end
            }
            return matches
        }
    }
}

/// Reads the scalars of UTF-8 bytes at increasing scalar offsets, counting lead bytes as it goes.
private struct OriginalScalarCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var byteIndex = 0
    private var offset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar at scalar offset `target`, or `nil` past the end. Walks forward from the last call,
    /// and from the start when `target` is before it.
    mutating func scalar(at target: Int) -> UInt32? {
        if target < offset {
            byteIndex = 0
            offset = 0
        }
        while offset < target, byteIndex < bytes.count {
            byteIndex += 1
            // Skip continuation bytes (10xxxxxx) to the next lead byte.
            while byteIndex < bytes.count, bytes[byteIndex] & 0xC0 == 0x80 { byteIndex += 1 }
            offset += 1
        }
        guard byteIndex < bytes.count else { return nil }
        var index = byteIndex
        return UTF8Decoding.decode(bytes, at: &index)
    }
}
