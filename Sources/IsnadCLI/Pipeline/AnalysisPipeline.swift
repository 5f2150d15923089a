import ArabicText
import Extraction
import Foundation
public import Ingest
public import Reports
import Stories

/// The whole analysis in memory: ingest, infer missing publication dates, annotate (in parallel on
/// all cores), merge entities across articles, find reuse, group stories, and analyze each story.
public struct AnalysisPipeline: Sendable {
    /// Reads the inputs of ``run(_:)``.
    public var ingestor = Ingestor()
    /// Called with a line of progress, for long runs.
    public var progress: (@Sendable (String) -> Void)?

    /// A pipeline with the default ingestor.
    public init() {}

    /// Reads and analyzes every input (files, folders, `-`, web addresses).
    public func run(_ inputs: [String]) async -> AnalysisReport {
        let ingested = await ingestor.ingest(inputs)
        return await analyze(ingested.articles, rejected: ingested.rejected)
    }

    /// Analyzes articles already read; `rejected` passes through to the report.
    /// - Complexity: near-linear in the number and length of the articles: annotation is linear per
    ///   article, reuse and clustering look up candidates through indexes.
    public func analyze(_ articles: [Article], rejected: [RejectedInput]) async -> AnalysisReport {
        let dated = PublicationDating.complete(articles)
        progress?("annotating \(dated.count) articles")
        let annotatedArticles = await ParallelAnnotation.annotate(dated)
        var directory = EntityDirectory()
        var reportArticles: [ReportArticle] = []
        var analyzed: [AnalyzedArticle] = []
        var documents: [StoryDocument] = []
        // Only what depends on the articles before (the entity directory) is left to this loop.
        for (order, (article, annotated)) in zip(dated, annotatedArticles).enumerated() {
            let annotation = annotated.annotations
            let position = directory.add(annotation.entities, article: article.id)
            let resolved = LocalReferences(directory: directory, article: position).resolve(annotation)
            reportArticles.append(ReportArticle(
                article: article, mentions: resolved.mentions, timexes: annotation.timexes,
                quantities: annotation.quantities, quotes: resolved.quotes))
            analyzed.append(AnalyzedArticle(
                id: article.id, outlet: article.source.outlet, published: annotated.day, order: order, title: article.title,
                text: article.text, claims: resolved.claims,
                publicationEvidence: article.published.inferred ? article.published.evidence : nil,
                inconsistencies: annotated.inconsistencies))
            // Who is named only in a background paragraph belongs to the earlier event it recalls.
            let background = annotated.background
            let named = resolved.mentions.filter { mention in !background.contains { $0.contains(mention.span.lowerBound) } }
            documents.append(StoryDocument(
                id: article.id, published: annotated.days, order: order, title: article.title, text: article.text,
                entities: Array(Set(named.map(\.entity))).sorted(), numbers: annotation.quantities.map(\.value),
                places: annotation.reportedSettlements.compactMap { directory.id(ofItem: $0, inArticle: position) },
                days: StoryDocument.days(of: annotation.timexes, outside: background)))
        }
        progress?("finding reuse")
        let days = Dictionary(documents.map { ($0.id, $0.published) }) { first, _ in first }
        let edges = await StoryReuse.edges(among: analyzed, days: days)
        progress?("grouping stories")
        let byID = Dictionary(analyzed.map { ($0.id, $0) }) { first, _ in first }
        let copies = StoryCopies.strong(edges).filter { StoryReuse.areClose($0.0, $0.1, days: days) }
        let clusters = await StoryClusterer().clusterInParallel(documents, copies: copies)
        progress?("analyzing \(clusters.count) stories")
        var stories = await StoryReuse.analyze(clusters, articles: byID, edges: edges)
        stories.sort { $0.articles.count > $1.articles.count }
        return AnalysisReport(
            generator: "isnad \(IsnadVersion.current)", articles: reportArticles, entities: directory.entities,
            stories: stories, rejected: rejected)
    }
}

/// Annotates articles on all cores, keeping their order, with what else the pipeline reads of each
/// article on its own.
enum ParallelAnnotation {
    /// An article's annotations and the facts of it that need no other article.
    struct Annotated: Sendable {
        var annotations: ArticleAnnotations
        /// The days the article may have been published.
        var days: ClosedRange<CivilDate>?
        /// The spans of its background paragraphs.
        var background: [Range<Int>]
        /// Its weekdays that do not match their dates.
        var inconsistencies: [Inconsistency]

        /// The day its relative dates count from: its publication day, or the first day of its
        /// publication range.
        var day: CivilDate? { days?.lowerBound }
    }

    static func annotate(_ articles: [Article]) async -> [Annotated] {
        await orderedParallelMap(count: articles.count) { index in
            let article = articles[index]
            let days = PublicationDating.days(of: article)
            let annotations = ArticleAnnotator().annotate(
                text: article.text, articleID: article.id, outlet: article.source.outlet,
                published: days, dateline: article.dateline)
            return Annotated(
                annotations: annotations, days: days,
                background: Background.spans(in: article.text), inconsistencies: Inconsistencies.weekdays(in: annotations.timexes))
        }
    }
}
