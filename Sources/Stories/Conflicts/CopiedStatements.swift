import Extraction

/// Which statements of a story are copies of one another's article, so that conflict detection does
/// not set a copy against its own source.
///
/// A statement inside a passage that another article copied (or that it copied from another) is
/// that article's statement too. Two statements from different articles then speak with one voice,
/// and one article does not contradict itself, unless they are a sentence and its copy: there a
/// changed number or date is an edit of the copy, which is worth reporting. Copies of one wire
/// report share its voice with each other as well.
struct CopiedStatements {
    /// For each article, its statements' copied passages: the passage's number and the article at
    /// its other end.
    private var passages: [[[(passage: Int, other: Int)]]]

    /// The copy relations of the statements of `articles` under `reuse`.
    init(_ articles: [AnalyzedArticle], reuse: [ReuseEdge]) {
        passages = articles.map { $0.claims.map { _ in [] } }
        guard !reuse.isEmpty else { return }
        let position = Dictionary(articles.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        var number = 0
        for edge in reuse {
            guard let from = position[edge.from], let to = position[edge.to] else { continue }
            for passage in edge.passages {
                for (unit, claim) in articles[from].claims.enumerated() where Self.isInside(claim.span, passage.fromSpan) {
                    passages[from][unit].append((number, to))
                }
                for (unit, claim) in articles[to].claims.enumerated() where Self.isInside(claim.span, passage.toSpan) {
                    passages[to][unit].append((number, from))
                }
                number += 1
            }
        }
    }

    /// Whether the statements `a` and `b` (article, statement) of different articles speak with one
    /// voice: one sits in a passage copied from or into the other's article, or both in passages of
    /// one third article, and they are not copies of each other (`counterparts`: a sentence and its
    /// copy, whose differences are edits worth reporting).
    func shareAVoice(_ a: (article: Int, unit: Int), _ b: (article: Int, unit: Int), counterparts: Bool) -> Bool {
        let left = passages[a.article][a.unit]
        let right = passages[b.article][b.unit]
        guard !counterparts, !left.isEmpty || !right.isEmpty else { return false }
        // Two ends of one copied passage are a sentence and its copy, however much was reworded.
        if left.contains(where: { mine in right.contains { $0.passage == mine.passage } }) { return false }
        let leftOrigins = Set(left.map(\.other)).union([a.article])
        let rightOrigins = Set(right.map(\.other)).union([b.article])
        return !leftOrigins.isDisjoint(with: rightOrigins)
    }

    /// Whether most of a statement lies inside a passage.
    private static func isInside(_ statement: Range<Int>, _ passage: Range<Int>) -> Bool {
        let overlap = statement.clamped(to: passage).count
        return overlap * 2 > statement.count
    }
}
