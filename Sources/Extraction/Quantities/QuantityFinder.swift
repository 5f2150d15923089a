import ArabicText

/// Finds the quantities of an article: numbers with what they count, their approximation markers and
/// units, each with its span.
///
/// Numbers come from `NumeralFinder` (digits, words or both: «3 آلاف»، «ثلاثة آلاف»،
/// «2.5 مليون»). The unit is the counted noun right after the number, kept as written (جندي،
/// قتيلا، دولار، برميل، كم، في المئة، %), or a currency sign before it ($ 5). Markers before the
/// number (نحو، حوالي، قرابة، زهاء، ما يقارب، أكثر من، أزيد من، ما لا يقل عن …) or after it (تقريبا،
/// فأكثر، ونيف) make it approximate, and approximate plurals count too: «عشرات القتلى» is at least 10
/// killed. Numbers that are dates, years, clock times, ordinals or labels (المادة 51، إف-16) are left
/// to other extractors. The rules are listed in <doc:Quantities>.
///
/// ```swift
/// let quantities = QuantityFinder().quantities(in: "قتل أكثر من 2500 جندي وأصيب نحو ثلاثة آلاف مدني عام 2014")
/// quantities.map(\.text)           // ["أكثر من 2500 جندي", "نحو ثلاثة آلاف مدني"]
/// quantities.map(\.value)          // [2500, 3000]
/// quantities.map(\.unit)           // ["جندي", "مدني"]
/// quantities.map(\.isApproximate)  // [true, true]
/// ```
public struct QuantityFinder: Sendable {
    private let numerals = NumeralFinder()

    /// A finder with the standard lexicons.
    public init() {}

    /// Every quantity in `text`, in order, without overlaps.
    /// - Parameter text: An article's text, in any normalization.
    /// - Returns: The quantities, with spans as Unicode scalar offsets into `text`.
    /// - Complexity: O(n) in the length of `text`.
    public func quantities(in text: String) -> [Quantity] {
        var original = OriginalText(text)
        return quantities(in: MatchingText(text), original: &original)
    }

    /// ``quantities(in:)`` on an article already normalized and tokenized, so that the lexicons of
    /// this module can share one ``MatchingText``.
    /// - Complexity: O(n) in the number of tokens, plus the numeral grammar's cost around numbers.
    func quantities(in matching: MatchingText, original: inout OriginalText) -> [Quantity] {
        guard !matching.tokens.isEmpty else { return [] }
        let triggers = QuantityTriggers(matching)
        let found = NumeralWindows.numerals(in: matching, triggers: triggers, finder: numerals)
        let scan = QuantityScan(text: matching, triggers: triggers)
        let candidates = scan.candidates(for: found)
        var quantities: [Quantity] = []
        quantities.reserveCapacity(candidates.count)
        for var candidate in candidates {
            // «الصفر» inside «تحت الصفر» read with the degrees before it.
            if let last = quantities.last, matching.originalRange(of: candidate.start..<candidate.end).lowerBound < last.span.upperBound {
                continue
            }
            Self.readBelowZero(&candidate, in: matching)
            // «كوردستان24»، «فرانس24»: digits glued to the end of a word are part of a name.
            if candidate.firstToken == candidate.startToken, matching.isAttached(candidate.firstToken),
               matching.isWordLike(candidate.firstToken - 1), matching.tokens[candidate.firstToken - 1].span.count >= 3,
               matching.tokens[candidate.firstToken].kind == .number {
                continue
            }
            let span = matching.originalRange(of: candidate.start..<candidate.end)
            let unit = candidate.unit.map { original.text(of: matching.originalRange(of: $0)) }
            var quantity = Quantity(
                span: span, text: original.text(of: span), value: candidate.value, unit: unit, isApproximate: candidate.isApproximate)
            // «نصف المليون»، «ربع المليار»: a fraction of a scale is a number, not a count of scales.
            if quantity.value < 1, let scale = unit.flatMap({ Self.scales[ArabicNormalizer.matching.normalizedString($0)] }) {
                quantity.value *= scale
                quantity.unit = nil
            }
            if let last = quantities.last, let joined = Self.halfRestated(last, quantity, original: &original) {
                quantities[quantities.count - 1] = joined
            } else {
                quantities.append(quantity)
            }
        }
        // Counts a noun makes without a number: a dual, or a unit and «ونصف».
        let nounCounts = FeminineDuals.quantities(in: matching, original: &original, besides: quantities)
            + MasculineDuals.quantities(in: matching, original: &original, besides: quantities)
            + OneAndAHalf.quantities(in: matching, original: &original, besides: quantities)
        guard !nounCounts.isEmpty else { return quantities }
        return (quantities + nounCounts).sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// Degrees «تحت الصفر» (below zero) are negative: «5 درجات تحت الصفر» is −5, over the whole phrase.
    private static func readBelowZero(_ candidate: inout QuantityCandidate, in matching: MatchingText) {
        let below = candidate.endToken + 1
        guard candidate.unitCategory == .measure, below + 1 < matching.tokens.count,
              matching.token(below, is: Array("تحت".utf8)), matching.token(below + 1, is: Array("الصفر".utf8)),
              ((candidate.lastToken + 1)..<(candidate.endToken + 1)).contains(where: { matching.text(ofToken: $0).hasPrefix("درج") })
        else { return }
        candidate.value = -candidate.value
        candidate.endToken = below + 1
        candidate.end = matching.tokens[below + 1].span.upperBound
    }

    /// Scale words with the article, by their value (matching form).
    private static let scales: [String: Double] = [
        ArabicNormalizer.matching.normalizedString("الألف"): 1_000, ArabicNormalizer.matching.normalizedString("المليون"): 1_000_000,
        ArabicNormalizer.matching.normalizedString("المليار"): 1_000_000_000,
    ]

    /// «ثلاثة ملايين ونصف المليون دينار»: the scale after «ونصف» restates the number before it, whose
    /// unit it carries; the two are one quantity.
    private static func halfRestated(_ number: Quantity, _ scale: Quantity, original: inout OriginalText) -> Quantity? {
        guard number.unit == nil, number.text.hasSuffix("نصف"), number.span.upperBound < scale.span.lowerBound,
              scale.span.lowerBound - number.span.upperBound <= 2, [1_000, 1_000_000, 1_000_000_000].contains(scale.value),
              number.value >= scale.value
        else { return nil }
        let span = number.span.lowerBound..<scale.span.upperBound
        return Quantity(
            span: span, text: original.text(of: span), value: number.value, unit: scale.unit,
            isApproximate: number.isApproximate || scale.isApproximate)
    }
}
