public import ArabicText

/// An article as story clustering sees it.
public struct StoryDocument: Sendable {
    /// The article's id.
    public var id: String
    /// Its publication day, or the range of days it was published in where only that is known.
    public var published: ClosedRange<CivilDate>?
    /// Its place in the input, to order articles published the same day.
    public var order: Int
    /// The headline.
    public var title: String?
    /// The clean body text.
    public var text: String
    /// The ids of the entities it mentions.
    public var entities: [String]
    /// The quantities it states.
    public var numbers: [Double]
    /// The ids of the settlements among ``entities`` (cities, towns, quarters; not countries).
    public var places: [String]

    /// A document.
    public init(
        id: String, published: ClosedRange<CivilDate>?, order: Int, title: String?, text: String, entities: [String] = [],
        numbers: [Double] = [], places: [String] = []
    ) {
        self.id = id
        self.published = published
        self.order = order
        self.title = title
        self.text = text
        self.entities = entities
        self.numbers = numbers
        self.places = places
    }
}
