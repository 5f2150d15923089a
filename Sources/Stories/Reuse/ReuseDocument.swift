/// An article as reuse detection sees it: its text and what is known of its outlet and publication.
public struct ReuseDocument: Sendable, Hashable, Codable {
    /// The article id, repeated in ``ReuseEdge/from`` and ``ReuseEdge/to``.
    public var id: String
    /// The article's text (the clean body, original spelling). Passage spans point into it.
    public var text: String
    /// The outlet that published it, if known; another article that names this outlet next to a
    /// shared passage attributes the passage to this article.
    public var outlet: String?
    /// Other names the outlet goes by in text (an abbreviation such as «واع», a short form).
    public var outletAliases: [String]
    /// When it was published, if known: an ISO 8601 day (`2021-12-09`), month or year, a date and
    /// time (`2021-12-09T14:30:00+03:00`; without an offset read as UTC), or a range of those
    /// (`2021-10-09/2021-11-30`).
    public var published: String?
    /// Its place in the input; the tie-breaker when nothing else orders two articles.
    public var order: Int

    /// A document for reuse detection.
    public init(
        id: String, text: String, outlet: String? = nil, outletAliases: [String] = [], published: String? = nil,
        order: Int
    ) {
        self.id = id
        self.text = text
        self.outlet = outlet
        self.outletAliases = outletAliases
        self.published = published
        self.order = order
    }
}
