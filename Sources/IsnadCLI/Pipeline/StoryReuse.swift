import ArabicText
import Foundation
import Stories

/// Reuse between the articles of a story.
enum StoryReuse {
    /// The passages the articles copied from each other, with the direction of each copy.
    /// - Parameter days: the days each article may have been published in (a range where its date
    ///   was inferred), which decide whether two articles are close enough in time to compare.
    static func edges(among articles: [AnalyzedArticle], days: [String: ClosedRange<CivilDate>?]) async -> [ReuseEdge] {
        let documents = articles.map { article in
            let published = (days[article.id] ?? nil).map { range in
                range.lowerBound == range.upperBound ? range.lowerBound.description : "\(range.lowerBound)/\(range.upperBound)"
            }
            return ReuseDocument(
                id: article.id, text: article.text, outlet: article.outlet, published: published ?? article.published?.description,
                order: article.order)
        }
        return await ReuseDetector().edgesInParallel(among: documents)
    }

    /// The most days between two articles for a copy to join their stories: a paragraph copied
    /// months later is background, not the same story.
    static let copyWindow = 14

    /// Whether two articles are close enough in time for a copy between them to join their stories
    /// (the days between their publication ranges; unknown dates do not keep them apart).
    static func areClose(_ first: String, _ second: String, days: [String: ClosedRange<CivilDate>?]) -> Bool {
        guard let a = days[first] ?? nil, let b = days[second] ?? nil else { return true }
        let gap = max(0, max(a.lowerBound.days(to: b.lowerBound), b.lowerBound.days(to: a.lowerBound))
            - (a.lowerBound <= b.lowerBound ? a.lowerBound.days(to: a.upperBound) : b.lowerBound.days(to: b.upperBound)))
        return gap <= copyWindow
    }

    /// Each story analyzed, in parallel on all cores, with the reuse among its articles.
    static func analyze(_ clusters: [StoryCluster], articles: [String: AnalyzedArticle], edges: [ReuseEdge]) async -> [Story] {
        var edgesOf: [String: [ReuseEdge]] = [:]
        for edge in edges { edgesOf[edge.from, default: []].append(edge) }
        let work = clusters.map { cluster in
            let inside = Set(cluster.articles)
            return (
                members: cluster.articles.compactMap { articles[$0] },
                reuse: cluster.articles.flatMap { edgesOf[$0] ?? [] }.filter { inside.contains($0.to) },
                assignments: cluster.assignments)
        }
        return await orderedParallelMap(count: work.count) { index in
            StoryAnalyzer().analyze(work[index].members, reuse: work[index].reuse, assignments: work[index].assignments)
        }
    }
}
