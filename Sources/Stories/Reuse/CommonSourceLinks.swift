/// Drops the reuse links that only a common source explains.
///
/// Two outlets that copy one wire report share its passages with each other too, so passage
/// alignment links them; but neither copied the other. Where a third article is the known source of
/// both, and what the two share lies within what each took from it, the link between them says
/// nothing more and is left out. A link whose direction the text itself states («نقلا عن») stays.
enum CommonSourceLinks {
    /// The share of a link's passages, on each side, that must lie in what that side copied from
    /// the common source.
    static let coverage = 0.8

    /// `edges` without the links between two copies of one source.
    static func removing(from edges: [ReuseEdge]) -> [ReuseEdge] {
        var copiedFrom: [String: [String: [Range<Int>]]] = [:]
        for edge in edges where edge.isDirectionKnown {
            copiedFrom[edge.to, default: [:]][edge.from, default: []] += edge.passages.map(\.toSpan)
        }
        return edges.filter { edge in
            guard edge.basis != .attribution, let fromSources = copiedFrom[edge.from], let toSources = copiedFrom[edge.to] else {
                return true
            }
            let fromSide = edge.passages.map(\.fromSpan)
            let toSide = edge.passages.map(\.toSpan)
            return !fromSources.contains { source, taken in
                guard source != edge.to, let other = toSources[source] else { return false }
                return covered(fromSide, by: taken) >= coverage && covered(toSide, by: other) >= coverage
            }
        }
    }

    /// The share of the scalars of `spans` that lie in `cover`.
    private static func covered(_ spans: [Range<Int>], by cover: [Range<Int>]) -> Double {
        let total = spans.reduce(0) { $0 + $1.count }
        guard total > 0 else { return 0 }
        let inside = spans.reduce(0) { sum, span in
            sum + cover.reduce(0) { $0 + span.clamped(to: $1).count }
        }
        return Double(min(inside, total)) / Double(total)
    }
}
