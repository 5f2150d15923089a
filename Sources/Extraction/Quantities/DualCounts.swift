/// Nouns in the dual read as counts of two of what they name (see ``FeminineDuals`` and
/// ``MasculineDuals``, which tell the duals from other words).
enum DualCounts {
    /// The words of `matching` that `isDual` accepts, each as a count of two whose unit is the word
    /// itself: not one that `describesTheWordBefore` sets aside as an adjective agreeing with the word
    /// before it («محطتين جديدتين»), nor one a quantity of `found` overlaps.
    static func quantities(
        in matching: MatchingText, original: inout OriginalText, besides found: [Quantity],
        isDual: (Int) -> Bool, describesTheWordBefore: (Int) -> Bool
    ) -> [Quantity] {
        var duals: [Quantity] = []
        for index in matching.tokens.indices where isDual(index) {
            if index > 0, describesTheWordBefore(index) { continue }
            let span = matching.originalRange(of: matching.tokens[index].span)
            guard !found.contains(where: { $0.span.overlaps(span) }) else { continue }
            let word = original.text(of: span)
            duals.append(Quantity(span: span, text: word, value: 2, unit: word, isApproximate: false))
        }
        return duals
    }
}
