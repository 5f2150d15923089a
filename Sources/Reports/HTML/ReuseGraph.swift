import Extraction
import Ingest
import Stories

/// Who copied whom in a story, outlet by outlet: the nodes are outlets (an article without an
/// outlet is a node of its own), an edge goes from the outlet copied to the outlet that copied and
/// gathers every passage copied along it.
struct ReuseGraph {
    /// An outlet.
    struct Node {
        /// Its name as shown.
        var name: String
    }

    /// Passages one outlet took from another.
    struct Edge {
        /// The node copied from.
        var from: Int
        /// The node that copied.
        var to: Int
        /// The links along the edge, as positions in the story's `reuse`.
        var links: [Int]
        /// The number of passages along the edge.
        var passages: Int
        /// Whether the direction of every link is known.
        var directionKnown: Bool
    }

    /// The outlets, in order of first appearance.
    private(set) var nodes: [Node] = []
    /// The edges, in order of first appearance.
    private(set) var edges: [Edge] = []

    /// The graph of `links`.
    /// - Complexity: O(l) for l links.
    init(links: [ReuseLink], index: ReportIndex) {
        var nodeKeys: [String: Int] = [:]
        var edgeKeys: [[Int]: Int] = [:]
        func node(of article: String) -> Int {
            let key: String
            let name: String
            if let position = index.position(of: article), let outlet = index.article(at: position).source.outlet {
                key = "o:" + outlet
                name = outlet
            } else {
                key = "a:" + article
                let title = index.position(of: article).flatMap { index.article(at: $0).title }
                name = Clipping.words(title ?? index.outletName(of: article), limit: 4)
            }
            if let existing = nodeKeys[key] { return existing }
            nodeKeys[key] = nodes.count
            nodes.append(Node(name: name))
            return nodes.count - 1
        }
        for (position, link) in links.enumerated() {
            let from = node(of: link.from)
            let to = node(of: link.to)
            if let edge = edgeKeys[[from, to]] {
                edges[edge].links.append(position)
                edges[edge].passages += link.passages.count
                edges[edge].directionKnown = edges[edge].directionKnown && link.directionKnown
            } else {
                edgeKeys[[from, to]] = edges.count
                edges.append(Edge(from: from, to: to, links: [position], passages: link.passages.count, directionKnown: link.directionKnown))
            }
        }
    }
}
