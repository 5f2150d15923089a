/// A stretch of text that one article shares with another: its place in both, how similar the two
/// stretches are, and what kind of reuse that makes.
public struct ReusedPassage: Sendable, Hashable, Codable {
    /// Unicode scalar offsets into the source article's original text, end exclusive.
    public var fromSpan: Range<Int>
    /// Unicode scalar offsets into the copying article's original text, end exclusive.
    public var toSpan: Range<Int>
    /// The share of the passage's words kept in order: aligned words divided by the word count of the
    /// longer side, from 0 to 1.
    public var similarity: Double
    /// Verbatim, near-verbatim or paraphrase, from ``similarity``.
    public var kind: ReuseKind
    /// The number of words aligned between the two sides (identical in matching form, in order).
    public var alignedWords: Int

    /// A passage with both spans, its similarity, kind and aligned word count.
    public init(fromSpan: Range<Int>, toSpan: Range<Int>, similarity: Double, kind: ReuseKind, alignedWords: Int) {
        self.fromSpan = fromSpan
        self.toSpan = toSpan
        self.similarity = similarity
        self.kind = kind
        self.alignedWords = alignedWords
    }
}
