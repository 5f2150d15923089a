/// The entities of one article, merged across their variants, and where each is mentioned.
public struct DocumentEntities: Sendable {
    /// An entity of the article.
    public struct Item: Sendable, Hashable {
        /// What kind of thing it is.
        public var type: EntityType
        /// The fullest name found.
        public var name: String
        /// Every surface form, as written.
        public var aliases: [String]
        /// Titles and roles given to it.
        public var roles: [String]
        /// The grammatical gender it takes (a person's, or an organization name's), where known.
        var gender: ReportingVerbs.Gender?
        /// The matching-level key of ``name``, which identifies it across articles.
        public var key: String
    }

    /// A mention: the tokens and the entity they name.
    public struct Occurrence: Sendable, Hashable {
        /// Token indexes into the ``AnnotatedText``.
        public var tokens: Range<Int>
        /// Index into ``items``.
        public var item: Int
    }

    /// The entities.
    public var items: [Item] = []
    /// The mentions, in text order.
    public var occurrences: [Occurrence] = []

    /// The mention that starts at token `index`, if any.
    func occurrence(startingAt index: Int) -> Occurrence? {
        occurrences.first { $0.tokens.lowerBound == index }
    }

    /// The mention that covers token `index`, if any.
    func occurrence(covering index: Int) -> Occurrence? {
        occurrences.first { $0.tokens.contains(index) }
    }
}
