import ArabicText

/// A unit of money or of measure named alone and then «ونصف», which counts one and a half of it:
/// «ريال ونصف»، «كيلومتر ونصف»، «لتر ونصف». After a number («ثلاثة دنانير ونصف») the numeral grammar
/// reads the half; a plural is never counted so (a numeral word came before it).
enum OneAndAHalf {
    /// The counts of one and a half in `matching` that no quantity of `found` overlaps.
    static func quantities(in matching: MatchingText, original: inout OriginalText, besides found: [Quantity]) -> [Quantity] {
        var counts: [Quantity] = []
        for index in matching.tokens.indices.dropLast() where matching.tokens[index].kind == .word {
            let next = index + 1
            guard matching.tokens[next].kind == .word, matching.bytes[matching.tokens[next].utf8Span].elementsEqual(half),
                  index == 0 || matching.tokens[index - 1].kind != .number,
                  let hit = QuantityLexicon.units.longest(in: matching, at: index, proclitics: false), hit.tokenCount == 1,
                  QuantityLexicon.units.payloads(of: hit).contains(where: { !$0.isDefinite && countedCategories.contains($0.category) }),
                  !matching.text(ofToken: index).endsWithBytes("ات")
            else { continue }
            let span = matching.originalRange(of: matching.tokens[index].span.lowerBound..<matching.tokens[next].span.upperBound)
            guard !found.contains(where: { $0.span.overlaps(span) }) else { continue }
            let unit = original.text(of: matching.originalRange(of: matching.tokens[index].span))
            counts.append(Quantity(span: span, text: original.text(of: span), value: 1.5, unit: unit, isApproximate: false))
        }
        return counts
    }

    /// The units counted so: money and measures (durations are times, not quantities).
    private static let countedCategories: Set<QuantityLexicon.UnitCategory> = [.currency, .measure]

    /// «ونصف» (matching form, UTF-8).
    private static let half = Array(ArabicNormalizer.matching.normalizedString("ونصف").utf8)
}
