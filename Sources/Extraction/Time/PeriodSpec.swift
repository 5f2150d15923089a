/// A period a part word or an ordinal refers to.
enum PeriodSpec: Hashable, Sendable {
    /// A month.
    case month(MonthSpec)
    /// A year.
    case year(YearSpec)
    /// An ISO week counted from the publication week.
    case week(offset: Int)
}
