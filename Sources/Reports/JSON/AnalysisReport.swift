public import Ingest

/// What `isnad analyze --json` writes: the `isnad.report/1` document of `schema/report.schema.json`.
public struct AnalysisReport: Sendable, Encodable {
    /// The schema identifier.
    public let schema = "isnad.report/1"
    /// The program and its version.
    public var generator: String
    /// Every article read, with its annotations.
    public var articles: [ReportArticle]
    /// The inputs that gave no article, each with its reason.
    public var rejected: [RejectedInput]

    /// A report.
    public init(generator: String, articles: [ReportArticle], rejected: [RejectedInput]) {
        self.generator = generator
        self.articles = articles
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
        // Entities and stories arrive with the extraction and stories stages.
        try container.encode([String](), forKey: .entities)
        try container.encode([String](), forKey: .stories)
        try container.encode(rejected, forKey: .rejected)
    }
}

/// An article as the report writes it: the article's fields and its annotations.
public struct ReportArticle: Sendable, Encodable {
    /// The article.
    public var article: Article

    /// A report entry for `article`.
    public init(article: Article) {
        self.article = article
    }

    enum CodingKeys: String, CodingKey {
        case mentions, timexes, quantities, quotes
    }

    public func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        // Annotations arrive with the extraction stage.
        for key in [CodingKeys.mentions, .timexes, .quantities, .quotes] {
            try container.encode([String](), forKey: key)
        }
    }
}
