/// Groups outlets into lineages: outlets whose articles copied from one another, directly or through
/// others, are one lineage and count once as a source.
struct OutletLineages {
    private var parent: [String: String] = [:]

    /// Lineages of the outlets of `articles`, linked by `reuse` (article ids).
    init(articles: [AnalyzedArticle], reuse: [ReuseLink]) {
        let outletOf = Dictionary(articles.map { ($0.id, Self.outlet(of: $0)) }) { first, _ in first }
        for outlet in outletOf.values { parent[outlet] = outlet }
        for link in reuse {
            guard let from = outletOf[link.from], let to = outletOf[link.to] else { continue }
            union(from, to)
        }
    }

    /// An article's outlet, or its id where the outlet is unknown (then it is a source of its own).
    static func outlet(of article: AnalyzedArticle) -> String {
        article.outlet ?? "article:" + article.id
    }

    /// The lineage of an outlet: the representative outlet of its group.
    mutating func lineage(of outlet: String) -> String {
        guard let up = parent[outlet], up != outlet else { return outlet }
        let root = lineage(of: up)
        parent[outlet] = root
        return root
    }

    private mutating func union(_ a: String, _ b: String) {
        let left = lineage(of: a)
        let right = lineage(of: b)
        if left != right { parent[max(left, right)] = min(left, right) }
    }
}
