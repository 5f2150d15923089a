public import ArabicText
public import Extraction

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
    /// The single days its text dates (ISO `YYYY-MM-DD`), outside background paragraphs.
    public var days: [String] = []

    /// A document.
    public init(
        id: String, published: ClosedRange<CivilDate>?, order: Int, title: String?, text: String, entities: [String] = [],
        numbers: [Double] = [], places: [String] = [], days: [String] = []
    ) {
        self.id = id
        self.published = published
        self.order = order
        self.title = title
        self.text = text
        self.entities = entities
        self.numbers = numbers
        self.places = places
        self.days = days
    }

    /// The single days (`YYYY-MM-DD`) that `timexes` resolve to, but for those in the `background`
    /// spans, which date the earlier event an article recalls.
    public static func days(of timexes: [Timex], outside background: [Range<Int>]) -> [String] {
        var days: [String] = []
        for timex in timexes where !background.contains(where: { $0.contains(timex.span.lowerBound) }) {
            guard let range = timex.days, range.lowerBound == range.upperBound, let value = timex.value, value.utf8.count == 10,
                  !days.contains(value)
            else { continue }
            days.append(value)
        }
        return days
    }
}
