public import ArabicText
public import Extraction

/// An annotated article, as the story stage receives it.
public struct AnalyzedArticle: Sendable {
    /// The article's id.
    public var id: String
    /// The outlet that published it.
    public var outlet: String?
    /// Its publication day, where known.
    public var published: CivilDate?
    /// Its place in the input.
    public var order: Int
    /// The headline.
    public var title: String?
    /// The clean body.
    public var text: String
    /// Its statements, one per sentence with content.
    public var claims: [ClaimUnit]
    /// Contradictions inside the article (a weekday that does not match its date), each with the two
    /// places that disagree.
    public var inconsistencies: [Inconsistency]

    /// An analyzed article.
    public init(
        id: String, outlet: String?, published: CivilDate?, order: Int, title: String?, text: String,
        claims: [ClaimUnit], inconsistencies: [Inconsistency] = []
    ) {
        self.id = id
        self.outlet = outlet
        self.published = published
        self.order = order
        self.title = title
        self.text = text
        self.claims = claims
        self.inconsistencies = inconsistencies
    }
}

/// Two places of one article that cannot both be right.
public struct Inconsistency: Sendable, Hashable {
    /// What is wrong, in a sentence.
    public var description: String
    /// The first place and its text.
    public var first: (span: Range<Int>, text: String)
    /// The second place and its text.
    public var second: (span: Range<Int>, text: String)

    /// An inconsistency.
    public init(description: String, first: (span: Range<Int>, text: String), second: (span: Range<Int>, text: String)) {
        self.description = description
        self.first = first
        self.second = second
    }

    public static func == (a: Inconsistency, b: Inconsistency) -> Bool {
        a.description == b.description && a.first.span == b.first.span && a.second.span == b.second.span
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(description)
        hasher.combine(first.span)
        hasher.combine(second.span)
    }
}
