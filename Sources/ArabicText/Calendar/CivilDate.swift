/// A day of the proleptic Gregorian calendar, without time or time zone.
///
/// Dates convert to and from a count of days since 1970-01-01 with the integer algorithms of
/// Howard Hinnant ("chrono-compatible low-level date algorithms"), so day arithmetic, weekdays and
/// comparisons need no `Foundation` and no time zone. Years are astronomical: the year before 1 is 0.
///
/// ```swift
/// let date = CivilDate(year: 2021, month: 12, day: 9)
/// date?.weekday               // .thursday
/// date?.adding(days: 30)      // 2022-01-08
/// ```
public struct CivilDate: Hashable, Comparable, Sendable {
    /// The year, astronomical numbering (1 BC is 0).
    public let year: Int
    /// The month, 1 (January) through 12 (December).
    public let month: Int
    /// The day of the month, 1 through ``daysInMonth(_:year:)``.
    public let day: Int

    /// The years a date may have; they keep all arithmetic far from overflow.
    public static let supportedYears = -1_000_000_000...1_000_000_000

    /// The date `year`-`month`-`day`, or `nil` when the month or day does not exist or the year is
    /// outside ``supportedYears``.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.supportedYears.contains(year), let length = Self.daysInMonth(month, year: year),
            (1...length).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` days after 1970-01-01 (before it when negative).
    ///
    /// - Precondition: The resulting year is within ``supportedYears``.
    public init(daysSinceEpoch days: Int) {
        // Hinnant's civil_from_days: eras of 400 years (146 097 days) starting on 1 March.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        precondition(Self.supportedYears.contains(year), "CivilDate: \(days) days since 1970 is out of range")
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days from 1970-01-01 to this date, negative before it.
    public var daysSinceEpoch: Int {
        // Hinnant's days_from_civil.
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO 4).
        let offset = ((daysSinceEpoch % 7) + 7) % 7
        return Weekday(rawValue: (offset + 3) % 7 + 1) ?? .monday
    }

    /// Whether `year` has 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` of `year`, or `nil` when `month` is not in 1...12.
    public static func daysInMonth(_ month: Int, year: Int) -> Int? {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: nil
        }
    }

    /// The date `days` days later (earlier when negative).
    /// - Precondition: The resulting year is within ``supportedYears``.
    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` months later (earlier when negative), moved back to the last day of the
    /// month where the month is shorter: 31 January plus one month is 28 or 29 February.
    /// - Precondition: The resulting year is within ``supportedYears``.
    public func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        precondition(Self.supportedYears.contains(newYear), "CivilDate: \(months) months from \(self) is out of range")
        let length = Self.daysInMonth(newMonth, year: newYear) ?? 28
        return CivilDate(uncheckedYear: newYear, month: newMonth, day: min(day, length))
    }

    /// The number of days from this date to `other`, negative when `other` is earlier.
    public func days(to other: CivilDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// Whether `lhs` is earlier than `rhs`.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
