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
        /// Whether a gazetteer knows the name: two known names are two bodies even where one holds
        /// the other («الأمم المتحدة»، «منظمة الأمم المتحدة للطفولة»).
        public var isKnown = false
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
    /// The mentions, in text order, without overlaps.
    public var occurrences: [Occurrence] = []

    /// The mention that starts at token `index`, if any.
    /// - Complexity: O(log m) in the number of mentions, which are in text order without overlaps.
    func occurrence(startingAt index: Int) -> Occurrence? {
        occurrence(covering: index).flatMap { $0.tokens.lowerBound == index ? $0 : nil }
    }

    /// The mention that covers token `index`, if any.
    /// - Complexity: O(log m) in the number of mentions, which are in text order without overlaps.
    func occurrence(covering index: Int) -> Occurrence? {
        // The last mention that starts at or before `index` is the only one that may cover it.
        let after = firstOccurrence(startingAfter: index)
        guard after > 0, occurrences[after - 1].tokens.contains(index) else { return nil }
        return occurrences[after - 1]
    }

    /// The position in ``occurrences`` of the first mention that starts after token `index`
    /// (``occurrences``'s count when none does).
    /// - Complexity: O(log m) in the number of mentions.
    func firstOccurrence(startingAfter index: Int) -> Int {
        var low = 0
        var high = occurrences.count
        while low < high {
            let middle = (low + high) / 2
            if occurrences[middle].tokens.lowerBound <= index { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
