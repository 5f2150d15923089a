public import Extraction
public import Ingest

/// An article as the report writes it: the article's fields and its annotations.
public struct ReportArticle: Sendable, Encodable {
    /// The article.
    public var article: Article
    /// Where it names entities.
    public var mentions: [Mention]
    /// Its quantities.
    public var quantities: [Quantity]
    /// What was said in it, and by whom.
    public var quotes: [Quote]

    /// A report entry for `article` with its annotations.
    public init(article: Article, mentions: [Mention] = [], quantities: [Quantity] = [], quotes: [Quote] = []) {
        self.article = article
        self.mentions = mentions
        self.quantities = quantities
        self.quotes = quotes
    }

    enum CodingKeys: String, CodingKey {
        case mentions, timexes, quantities, quotes
    }

    public func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mentions.map(EncodedMention.init), forKey: .mentions)
        try container.encode([String](), forKey: .timexes)
        try container.encode(quantities.map(EncodedQuantity.init), forKey: .quantities)
        try container.encode(quotes.map(EncodedQuote.init), forKey: .quotes)
    }
}
