import ArabicText

/// A news article as ingest delivers it: clean body text in its original spelling, the furniture
/// that was removed and why, and metadata.
///
/// Every span that later stages find is a Unicode scalar offset into ``text``.
public struct Article: Sendable, Hashable, Codable {
    /// Stable identifier: the FNV-1a hash of the outlet and the matching form of the text.
    public var id: String
    /// Where the article came from.
    public var source: ArticleSource
    /// The headline, where one was found.
    public var title: String?
    /// When it was published, from metadata or inferred from the text.
    public var published: PublicationDate
    /// The clean body: page furniture removed, original spelling kept, one paragraph per line.
    public var text: String
    /// The furniture removed from the input, each with the reason.
    public var removed: [RemovedText]
    /// The language of the text as a BCP 47 code (`ar`, `en`), where it could be told.
    public var language: String?
    /// The author or authors, as the page names them.
    public var author: String?
    /// The dateline (place and agency before the body, such as «بغداد - واع»), where there was one.
    public var dateline: String?

    /// An article; the ``id`` is derived from `outlet` and `text`.
    public init(
        source: ArticleSource, title: String?, published: PublicationDate, text: String,
        removed: [RemovedText] = [], language: String? = nil, author: String? = nil, dateline: String? = nil
    ) {
        self.id = Article.identifier(outlet: source.outlet, text: text)
        self.source = source
        self.title = title
        self.published = published
        self.text = text
        self.removed = removed
        self.language = language
        self.author = author
        self.dateline = dateline
    }

    /// The stable identifier of an article with this outlet and text.
    public static func identifier(outlet: String?, text: String) -> String {
        var hasher = FNV1a()
        hasher.combine(outlet ?? "")
        hasher.combine([0x0A])
        hasher.combine(ArabicNormalizer.matching.normalizedString(text))
        return hasher.hexDigits
    }
}

/// Where an article came from.
public struct ArticleSource: Sendable, Hashable, Codable {
    /// The file, URL, feed item (`feed.xml#3`) or dataset line (`export.jsonl:12`) it was read from.
    public var input: String
    /// The outlet's name or domain, where known.
    public var outlet: String?
    /// The article's own URL (canonical where the page gave one).
    public var url: String?

    /// A source.
    public init(input: String, outlet: String? = nil, url: String? = nil) {
        self.input = input
        self.outlet = outlet
        self.url = url
    }
}

/// When an article was published: a day where known, a range where only bounded.
public struct PublicationDate: Sendable, Hashable, Codable {
    /// A TimeML-style ISO value: `YYYY-MM-DD`, `YYYY-MM`, or `START/END`; `nil` where unknown.
    public var value: String?
    /// Whether the value was read from the text rather than from metadata.
    public var inferred: Bool
    /// What the value rests on, in words (the metadata field, or the sentence it was inferred from).
    public var evidence: String?

    /// A publication date.
    public init(value: String?, inferred: Bool, evidence: String? = nil) {
        self.value = value
        self.inferred = inferred
        self.evidence = evidence
    }

    /// No date known.
    public static let unknown = PublicationDate(value: nil, inferred: false, evidence: nil)
}

/// A piece of page furniture removed from an input.
public struct RemovedText: Sendable, Hashable, Codable {
    /// The removed text, as it stood.
    public var text: String
    /// Why it was removed, in words (`related-links header`, `share prompt`, `view counter` …).
    public var reason: String

    /// A removed piece.
    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}

/// An input that gave no article, with the reason.
public struct RejectedInput: Sendable, Hashable, Codable, Error {
    /// The file, URL, feed item or dataset line.
    public var input: String
    /// Why, in words a person understands.
    public var reason: String

    /// A rejected input.
    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }
}
