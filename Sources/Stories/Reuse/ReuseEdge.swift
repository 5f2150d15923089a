/// Reuse between two articles: which one is taken to be the source, the passages they share, and
/// what decided the direction.
public struct ReuseEdge: Sendable, Hashable, Codable {
    /// The id of the source article.
    public var from: String
    /// The id of the copying article.
    public var to: String
    /// The shared passages, in the order they appear in the copying article, with spans into each
    /// article's original text.
    public var passages: [ReusedPassage]
    /// What decided the direction.
    public var basis: ReuseDirectionBasis

    /// An edge from `from` to `to`.
    public init(from: String, to: String, passages: [ReusedPassage], basis: ReuseDirectionBasis) {
        self.from = from
        self.to = to
        self.passages = passages
        self.basis = basis
    }

    /// Whether the direction rests on evidence (attribution or publication time) rather than on the
    /// order of the input.
    public var isDirectionKnown: Bool { basis.isEvidence }

    /// The number of aligned words over all passages.
    /// - Complexity: O(p), where p is the number of passages.
    public var sharedWords: Int { passages.reduce(0) { $0 + $1.alignedWords } }

    /// The passage kind that covers the most aligned words; `nil` without passages.
    /// - Complexity: O(p), where p is the number of passages.
    public var dominantKind: ReuseKind? {
        var words: [ReuseKind: Int] = [:]
        for passage in passages { words[passage.kind, default: 0] += passage.alignedWords }
        return ReuseKind.allCases.filter { words[$0] != nil }.max { (words[$0] ?? 0) < (words[$1] ?? 0) }
    }
}
