import ArabicText

/// A month as a time expression gives it.
struct MonthSpec: Hashable, Sendable {
    /// The named month, or `nil` for a month counted from another (الشهر الماضي).
    var month: CalendarMonth?
    /// For a counted month: months from the publication month (or from another date of the text
    /// when `isRelative`).
    var offset = 0
    /// Whether a counted month counts from another date of the text (الشهر التالي، الشهر نفسه).
    var isRelative = false
    /// A modifier after a named month: الجاري (the publication month), الماضي، المنصرم (the last
    /// such month before it), المقبل (the next one after it).
    var modifier: TimeDirection?
    /// The year.
    var year: YearSpec = .unstated

    /// A named month.
    init(month: CalendarMonth, modifier: TimeDirection? = nil, year: YearSpec = .unstated) {
        self.month = month
        self.modifier = modifier
        self.year = year
    }

    /// A month counted from the publication month, or from another date of the text.
    init(offset: Int, isRelative: Bool = false) {
        self.offset = offset
        self.isRelative = isRelative
    }
}
