import ArabicText

/// A day (or a run of days) as a time expression gives it.
struct DaySpec: Hashable, Sendable {
    /// The day of the month.
    var day: Int
    /// The last day of a range of days in the same month («13-15 تموز»), or `nil`.
    var lastDay: Int?
    /// The month.
    var month: MonthSpec
    /// A weekday written beside the date, to check.
    var weekday: Weekday?
}
