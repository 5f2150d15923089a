/// A passage found by ``PassageAligner``, in word indices of the two texts.
struct WordPassage: Sendable, Hashable {
    /// Word indices in the first text.
    var first: Range<Int>
    /// Word indices in the second text.
    var second: Range<Int>
    /// Words aligned, identical and in order.
    var aligned: Int
    /// Shingle-seeded stretches in the passage.
    var anchors: Int

    /// Aligned words over the word count of the longer side.
    var similarity: Double {
        let longer = max(first.count, second.count)
        return longer == 0 ? 0 : Double(aligned) / Double(longer)
    }
}
