public import Extraction
public import Ingest
public import Stories

/// What `isnad analyze --json` writes: the `isnad.report/1` document of `schema/report.schema.json`.
public struct AnalysisReport: Sendable, Encodable {
    /// The schema identifier.
    public let schema = "isnad.report/1"
    /// The program and its version.
    public var generator: String
    /// Every article read, with its annotations.
    public var articles: [ReportArticle]
    /// The people, organizations and places the articles mention, merged across articles.
    public var entities: [Entity]
    /// The stories the articles form.
    public var stories: [Story]
    /// The inputs that gave no article, each with its reason.
    public var rejected: [RejectedInput]

    /// A report.
    public init(generator: String, articles: [ReportArticle], entities: [Entity] = [], stories: [Story] = [], rejected: [RejectedInput]) {
        self.generator = generator
        self.articles = articles
        self.entities = entities
        self.stories = stories
        self.rejected = rejected
    }

    enum CodingKeys: String, CodingKey {
        case schema, generator, articles, entities, stories, rejected
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(generator, forKey: .generator)
        try container.encode(articles, forKey: .articles)
        try container.encode(entities, forKey: .entities)
        try container.encode(stories, forKey: .stories)
        try container.encode(rejected, forKey: .rejected)
    }
}
