import ArabicText
import Extraction
import Foundation
import Ingest
import Reports
import Stories

/// The whole analysis in memory: ingest, infer missing publication dates, annotate (in parallel on
/// all cores), merge entities across articles, group stories, find reuse, and analyze each story.
struct AnalysisPipeline: Sendable {
    var ingestor = Ingestor()
    /// Called with a line of progress, for long runs.
    var progress: (@Sendable (String) -> Void)?

    /// Reads and analyzes every input.
    func run(_ inputs: [String]) async -> AnalysisReport {
        let ingested = await ingestor.ingest(inputs)
        return await analyze(ingested.articles, rejected: ingested.rejected)
    }

    /// Analyzes articles already read.
    func analyze(_ articles: [Article], rejected: [RejectedInput]) async -> AnalysisReport {
        let dated = PublicationDating.complete(articles)
        progress?("annotating \(dated.count) articles")
        let annotations = await ParallelAnnotation.annotate(dated)
        var directory = EntityDirectory()
        var reportArticles: [ReportArticle] = []
        var analyzed: [AnalyzedArticle] = []
        var documents: [StoryDocument] = []
        for (order, (article, annotation)) in zip(dated, annotations).enumerated() {
            let position = directory.add(annotation.entities, article: article.id)
            let resolved = LocalReferences(directory: directory, article: position).resolve(annotation)
            let published = PublicationDating.day(of: article)
            reportArticles.append(ReportArticle(
                article: article, mentions: resolved.mentions, timexes: annotation.timexes,
                quantities: annotation.quantities, quotes: resolved.quotes))
            analyzed.append(AnalyzedArticle(
                id: article.id, outlet: article.source.outlet, published: published, order: order, title: article.title,
                text: article.text, claims: resolved.claims, inconsistencies: Inconsistencies.weekdays(in: annotation.timexes)))
            documents.append(StoryDocument(
                id: article.id, published: PublicationDating.days(of: article), order: order, title: article.title, text: article.text,
                entities: Array(Set(resolved.mentions.map(\.entity))).sorted(), numbers: annotation.quantities.map(\.value)))
        }
        progress?("finding reuse")
        let edges = StoryReuse.edges(among: analyzed)
        progress?("grouping stories")
        let clusters = StoryClusterer().cluster(documents, copies: StoryCopies.strong(edges))
        let byID = Dictionary(analyzed.map { ($0.id, $0) }) { first, _ in first }
        var stories = clusters.map { cluster in
            let members = cluster.articles.compactMap { byID[$0] }
            let inside = Set(cluster.articles)
            let reuse = edges.filter { inside.contains($0.from) && inside.contains($0.to) }
            return StoryAnalyzer().analyze(members, reuse: reuse, assignments: cluster.assignments)
        }
        stories.sort { $0.articles.count > $1.articles.count }
        return AnalysisReport(
            generator: "isnad \(IsnadVersion.current)", articles: reportArticles, entities: directory.entities,
            stories: stories, rejected: rejected)
    }
}

/// Annotates articles on all cores, keeping their order.
enum ParallelAnnotation {
    static func annotate(_ articles: [Article]) async -> [ArticleAnnotations] {
        await withTaskGroup(of: (Int, ArticleAnnotations).self) { group in
            let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
            var results = [ArticleAnnotations?](repeating: nil, count: articles.count)
            var next = 0
            func launch() {
                guard next < articles.count else { return }
                let index = next
                let article = articles[index]
                next += 1
                group.addTask {
                    let annotations = ArticleAnnotator().annotate(
                        text: article.text, articleID: article.id, outlet: article.source.outlet,
                        published: PublicationDating.day(of: article))
                    return (index, annotations)
                }
            }
            for _ in 0..<width { launch() }
            for await (index, annotations) in group {
                results[index] = annotations
                launch()
            }
            return results.compactMap { $0 }
        }
    }
}
