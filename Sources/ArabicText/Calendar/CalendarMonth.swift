/// A month of the year in one calendar: the Gregorian March or the Hijri Ramadan.
///
/// This is what a month name means once its spelling and naming tradition are set aside:
/// مارس، آذار and March are all `CalendarMonth(calendar: .gregorian, number: 3)`.
public struct CalendarMonth: Hashable, Sendable, Codable {
    /// The calendar the month belongs to.
    public let calendar: CalendarSystem
    /// The number of the month in its calendar, 1 (January, Muharram) through 12 (December, Dhu al-Hijjah).
    public let number: Int

    /// The month `number` of `calendar`, or `nil` when `number` is not in 1...12.
    public init?(calendar: CalendarSystem, number: Int) {
        guard (1...12).contains(number) else { return nil }
        self.calendar = calendar
        self.number = number
    }
}
