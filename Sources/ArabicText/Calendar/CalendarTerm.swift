/// A calendar word found by ``CalendarLexicon``: a month, a weekday or a season.
public enum CalendarTerm: Hashable, Sendable {
    /// A month name of any calendar.
    case month(MonthMatch)
    /// A weekday name.
    case weekday(WeekdayMatch)
    /// A season name.
    case season(SeasonMatch)

    /// The number of words the term covers.
    public var wordCount: Int {
        switch self {
        case .month(let match): match.wordCount
        case .weekday(let match): match.wordCount
        case .season(let match): match.wordCount
        }
    }

    /// Whether the term needs context (a day number, a year) before a caller relies on it.
    public var isAmbiguous: Bool {
        switch self {
        case .month(let match): match.isAmbiguous
        case .weekday(let match): match.isAmbiguous
        case .season(let match): match.isAmbiguous
        }
    }
}
