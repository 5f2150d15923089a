/// Outlets grouped into lineages: outlets whose articles copied from one another, directly or
/// through others, form one lineage, so that corroboration counts lineages rather than outlets.
///
/// ```swift
/// let lineages = Lineages.group(outlets: ["a1": "واع", "a2": "الحل نت", "a3": "الجزيرة"], edges: edges)
/// lineages.independentCount(of: ["واع", "الحل نت", "الجزيرة"])  // 2 when a2 copied a1
/// ```
public struct Lineages: Sendable, Hashable {
    /// The lineages: each a sorted list of outlet names; lineages sorted by their first name.
    public let groups: [[String]]
    private let lineageOfOutlet: [String: Int]

    /// Groups the outlets of a set of articles by the reuse between them.
    ///
    /// Every outlet in `outlets` is in exactly one lineage. An edge joins the lineages of its two
    /// articles' outlets when its passages align at least `minimumSharedWords` words in total (the
    /// default, 12, is about one sentence: a shared formula or a short quotation of the same
    /// official does not make two outlets one lineage); edges between articles without a known
    /// outlet are ignored.
    /// - Parameters:
    ///   - outlets: the outlet of each article, by article id.
    ///   - edges: reuse edges between those articles.
    ///   - minimumSharedWords: the aligned words an edge needs to join two lineages.
    /// - Complexity: O((o + e) · α(o) + o log o) for o outlets and e edges.
    public static func group(outlets: [String: String], edges: [ReuseEdge], minimumSharedWords: Int = 12) -> Lineages {
        let names = Array(Set(outlets.values)).sorted()
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() { index[name] = position }
        var parent = Array(names.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        for edge in edges where edge.sharedWords >= minimumSharedWords {
            guard let from = outlets[edge.from].flatMap({ index[$0] }), let to = outlets[edge.to].flatMap({ index[$0] })
            else { continue }
            let (x, y) = (root(from), root(to))
            if x != y { parent[max(x, y)] = min(x, y) }
        }
        var members: [Int: [String]] = [:]
        for (position, name) in names.enumerated() { members[root(position), default: []].append(name) }
        let groups = members.values.sorted { ($0.first ?? "") < ($1.first ?? "") }
        var lineageOfOutlet: [String: Int] = [:]
        for (lineage, group) in groups.enumerated() {
            for name in group { lineageOfOutlet[name] = lineage }
        }
        return Lineages(groups: groups, lineageOfOutlet: lineageOfOutlet)
    }

    /// Groups the outlets of `documents` (those with a known outlet) by the reuse between them.
    /// - Complexity: as ``group(outlets:edges:minimumSharedWords:)``.
    public static func group(documents: [ReuseDocument], edges: [ReuseEdge], minimumSharedWords: Int = 12) -> Lineages {
        var outlets: [String: String] = [:]
        for document in documents {
            if let outlet = document.outlet { outlets[document.id] = outlet }
        }
        return group(outlets: outlets, edges: edges, minimumSharedWords: minimumSharedWords)
    }

    /// The number of lineages.
    public var count: Int { groups.count }

    /// The index in ``groups`` of the lineage of `outlet`; `nil` for an outlet not grouped.
    public func lineage(of outlet: String) -> Int? {
        lineageOfOutlet[outlet]
    }

    /// The number of distinct lineages among `outlets`; an outlet not grouped counts as its own lineage.
    /// - Complexity: O(n) for n outlets.
    public func independentCount(of outlets: some Sequence<String>) -> Int {
        var lineages: Set<Int> = []
        var ungrouped: Set<String> = []
        for outlet in outlets {
            if let lineage = lineageOfOutlet[outlet] { lineages.insert(lineage) } else { ungrouped.insert(outlet) }
        }
        return lineages.count + ungrouped.count
    }
}
