/// A day of the Hijri (Islamic lunar) calendar: year, month and day, without a time.
///
/// A Hijri date alone does not name one Gregorian day: the same date falls on different days in the
/// Umm al-Qura calendar, in the tabular calendar and in the countries that start months by sighting
/// the new moon. Convert with a ``HijriCalendar``.
///
/// ```swift
/// let ramadan = HijriDate(year: 1445, month: 9, day: 1)
/// ramadan.flatMap(HijriCalendar.ummAlQura.civilDate(for:))  // 2024-03-11
/// ```
public struct HijriDate: Hashable, Comparable, Sendable {
    /// The year after the Hijra, 1 or later.
    public let year: Int
    /// The month, 1 (محرم Muharram) through 12 (ذو الحجة Dhu al-Hijjah).
    public let month: Int
    /// The day of the month, 1 through 30; whether day 30 exists depends on the ``HijriCalendar``.
    public let day: Int

    /// The years a Hijri date may have.
    public static let supportedYears = 1...9_999

    /// The date `year`-`month`-`day`, or `nil` when the year is outside ``supportedYears``, the month
    /// is not in 1...12 or the day is not in 1...30.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.supportedYears.contains(year), (1...12).contains(month), (1...30).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `lhs` is earlier than `rhs`.
    public static func < (lhs: HijriDate, rhs: HijriDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

