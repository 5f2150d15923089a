/// A reckoning of the Hijri calendar, converting between ``HijriDate`` and ``CivilDate``.
///
/// Two reckonings are offered; neither is right everywhere, because most countries begin the
/// religious months by sighting the new moon and announce them a day ahead:
///
/// - ``ummAlQura``: the official calendar of Saudi Arabia, from the tables ICU ships with
///   Foundation for 1300–1600 AH (12 November 1882 – 24 November 2174). Saudi civil dates and most
///   Gulf media follow it exactly; countries that sight the moon (Egypt, Morocco, Pakistan, …) are
///   often a day later, and Saudi Arabia itself announces Ramadan and the two Eids by sighting.
///   Outside 1300–1600 AH Foundation falls back to the tabular reckoning, day for day.
/// - ``tabular``: the arithmetical calendar with a 30-year cycle (leap years 2, 5, 7, 10, 13, 16, 18,
///   21, 24, 26, 29) and the Friday epoch of 16 July 622 (Julian), computed here without Foundation.
///   Over the 3,612 months of 1300–1600 AH its first days fall on the Umm al-Qura day for 61 %
///   of the months, one day later for 31 %, one day earlier for 8 % and two days later for 0.6 %.
///
/// See <doc:Calendars> for the sources and tested dates.
public enum HijriCalendar: String, CaseIterable, Sendable, Codable {
    /// The Umm al-Qura calendar of Saudi Arabia, through Foundation's ICU tables.
    case ummAlQura
    /// The tabular (arithmetical) Islamic calendar, 30-year cycle, Friday epoch.
    case tabular

    /// The Gregorian day of `date`.
    /// - Parameter date: A Hijri date.
    /// - Returns: The Gregorian date, or `nil` when `date` does not exist in this reckoning (the
    ///   30th of a 29-day month).
    /// - Complexity: O(1); the Umm al-Qura reckoning calls Foundation.
    public func civilDate(for date: HijriDate) -> CivilDate? {
        switch self {
        case .ummAlQura: UmmAlQuraReckoning.civilDate(for: date)
        case .tabular: TabularReckoning.civilDate(for: date)
        }
    }

    /// The Hijri day of `date`.
    /// - Parameter date: A Gregorian date.
    /// - Returns: The Hijri date, or `nil` when `date` is before 1 Muharram 1 AH (19 July 622) or
    ///   after the last year of ``HijriDate/supportedYears``.
    /// - Complexity: O(1); the Umm al-Qura reckoning calls Foundation.
    public func hijriDate(for date: CivilDate) -> HijriDate? {
        switch self {
        case .ummAlQura: UmmAlQuraReckoning.hijriDate(for: date)
        case .tabular: TabularReckoning.hijriDate(for: date)
        }
    }

    /// The number of days, 29 or 30, of `month` in Hijri `year`.
    /// - Returns: The length, or `nil` when the month is not in 1...12 or the year is outside
    ///   ``HijriDate/supportedYears``.
    /// - Complexity: O(1); the Umm al-Qura reckoning calls Foundation.
    public func daysInMonth(_ month: Int, year: Int) -> Int? {
        guard let first = HijriDate(year: year, month: month, day: 1), civilDate(for: first) != nil else {
            return nil
        }
        if let thirtieth = HijriDate(year: year, month: month, day: 30), civilDate(for: thirtieth) != nil {
            return 30
        }
        return 29
    }
}
