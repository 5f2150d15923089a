/// A person, organization or place that articles mention, with every name it goes by.
public struct Entity: Sendable, Hashable, Codable {
    /// Stable identifier, derived from the type and the canonical name.
    public var id: String
    /// What kind of thing it is.
    public var type: EntityType
    /// The fullest name found (قاسم الأعرجي rather than الأعرجي).
    public var name: String
    /// Every surface form that refers to it, as written (spelling variants included).
    public var aliases: [String]
    /// Titles and roles it was given (مستشار الأمن القومي، اللواء، المتحدث باسم …).
    public var roles: [String]
    /// The articles that mention it, by article id.
    public var articles: [String]

    /// An entity.
    public init(id: String, type: EntityType, name: String, aliases: [String], roles: [String] = [], articles: [String] = []) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.articles = articles
    }
}

/// The kinds of ``Entity``.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case organization
    case location
}

/// One place where an article names an entity.
public struct Mention: Sendable, Hashable, Codable {
    /// The entity's id.
    public var entity: String
    /// Unicode scalar offsets into the article's text, end exclusive.
    public var span: Range<Int>
    /// The text at the span.
    public var text: String

    /// A mention.
    public init(entity: String, span: Range<Int>, text: String) {
        self.entity = entity
        self.span = span
        self.text = text
    }
}
