/// One document found in an input, before its body is cleaned: what a format reader hands to the
/// cleaning stage.
///
/// A file holds one draft (a page, a text), a feed one per item, a dataset one per record.
struct DocumentDraft: Sendable {
    /// Where the draft came from: a path, a URL, `feed.xml#3` for the third item of a feed,
    /// `export.jsonl:12` for line 12 of a dataset.
    var input: String
    /// The body as the input gave it.
    var body: Body
    /// The headline, where the format gave one.
    var title: String?
    /// The article's URL, where the format gave one.
    var url: String?
    /// The outlet's name or domain, where the format gave one.
    var outlet: String?
    /// The author or authors, joined with `، `.
    var author: String?
    /// The publication date as the metadata wrote it (ISO 8601, RFC 822, …), unparsed.
    var published: String?
    /// Which field the publication date came from (`pubDate`, `datePublished`, …), for the evidence.
    var publishedField: String?
    /// A BCP 47 language code, where the format gave one.
    var language: String?

    /// The body of a draft.
    enum Body: Sendable {
        /// An HTML page or fragment, in UTF-8: main text still to be extracted.
        case html(String)
        /// Plain text: furniture lines still to be removed.
        case text(String)
        /// Nothing but a link (a feed item without text): fetched only when asked.
        case linkOnly
    }

    init(
        input: String, body: Body, title: String? = nil, url: String? = nil, outlet: String? = nil,
        author: String? = nil, published: String? = nil, publishedField: String? = nil, language: String? = nil
    ) {
        self.input = input
        self.body = body
        self.title = title
        self.url = url
        self.outlet = outlet
        self.author = author
        self.published = published
        self.publishedField = publishedField
        self.language = language
    }
}
