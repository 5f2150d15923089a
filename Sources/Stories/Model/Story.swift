/// A story: the articles about one event and what they establish together.
public struct Story: Sendable, Hashable, Codable {
    /// Stable identifier, derived from its first article.
    public var id: String
    /// A headline for the story.
    public var title: String
    /// Its article ids, in time order.
    public var articles: [String]
    /// The first and last publication days of its articles, where known (ISO days).
    public var period: [String]
    /// The outlets that reported it.
    public var outlets: [String]
    /// The claims its articles make, the most corroborated first.
    public var claims: [Claim]
    /// Where its sources contradict each other.
    public var conflicts: [Conflict]
    /// The passages outlets copied from each other.
    public var reuse: [ReuseLink]
    /// Dated events, in time order.
    public var timeline: [TimelineEntry]
    /// The brief: at most six sentences, each citing its evidence.
    public var summary: [SummarySentence]
    /// Why each article belongs to the story.
    public var assignments: [StoryAssignment]
}

/// A statement that one or more articles of a story make.
public struct Claim: Sendable, Hashable, Codable {
    /// Identifier within the story.
    public var id: String
    /// The statement, as its most central article words it.
    public var text: String
    /// Every sentence that makes it.
    public var support: [Citation]
    /// The number of outlets that report it.
    public var sources: Int
    /// The number of outlets that report it, counting outlets that copied one another once.
    public var independentSources: Int
    /// The outlets that report it.
    public var outlets: [String]
}

/// Two or more statements of a story that cannot all be true.
public struct Conflict: Sendable, Hashable, Codable {
    /// Identifier within the story.
    public var id: String
    /// What disagrees: `number`, `date`, `polarity`, `denial` or `inconsistency`.
    public var kind: String
    /// The disagreement in a sentence.
    public var description: String
    /// The statements, each with its citation.
    public var sides: [ConflictSide]
}

/// One side of a ``Conflict``.
public struct ConflictSide: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// Scalar span of the statement in that article.
    public var start: Int
    public var end: Int
    /// The statement, with the value in dispute.
    public var text: String
}

/// Passages one article took from another.
public struct ReuseLink: Sendable, Hashable, Codable {
    /// The source article's id.
    public var from: String
    /// The copying article's id.
    public var to: String
    /// Whether publication times or attribution settled the direction.
    public var directionKnown: Bool
    /// The passages, with spans in both articles.
    public var passages: [ReusePassage]
}

/// One reused passage.
public struct ReusePassage: Sendable, Hashable, Codable {
    public var fromStart: Int
    public var fromEnd: Int
    public var toStart: Int
    public var toEnd: Int
    /// The share of the passage's words the two articles have in common, in order.
    public var similarity: Double
    /// `verbatim`, `near-verbatim` or `paraphrase`.
    public var kind: String
}

/// A dated event of a story.
public struct TimelineEntry: Sendable, Hashable, Codable {
    /// A TimeML-style ISO value (a day, month, year or range).
    public var date: String
    /// What happened, in the words of the article that dates it.
    public var text: String
    /// The sentences that date it.
    public var citations: [Citation]
}

/// A sentence of the brief.
public struct SummarySentence: Sendable, Hashable, Codable {
    /// The sentence.
    public var text: String
    /// The evidence it rests on.
    public var citations: [Citation]
}
