public import Extraction
public import Ingest

/// An article as the report writes it: the article's fields and its annotations.
public struct ReportArticle: Sendable, Encodable {
    /// The article.
    public var article: Article
    /// Where it names entities.
    public var mentions: [Mention]
    /// Its time expressions, resolved.
    public var timexes: [Timex]
    /// Its quantities.
    public var quantities: [Quantity]
    /// What was said in it, and by whom.
    public var quotes: [Quote]

    /// A report entry for `article` with its annotations.
    public init(article: Article, mentions: [Mention] = [], timexes: [Timex] = [], quantities: [Quantity] = [], quotes: [Quote] = []) {
        self.article = article
        self.mentions = mentions
        self.timexes = timexes
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
        // A time expression without a value (a relative one with no publication date) has nothing
        // to report: the schema requires a value.
        try container.encode(timexes.filter { $0.value != nil }.map(EncodedTimex.init), forKey: .timexes)
        try container.encode(quantities.map(EncodedQuantity.init), forKey: .quantities)
        try container.encode(quotes.map(EncodedQuote.init), forKey: .quotes)
    }
}
