import ArabicText

/// A resolved time: the days from `first` to `last`, both included, stated at `grain`.
///
/// One type covers every value a time expression resolves to. A day is one day at day grain, a month
/// every day of one month at month grain, a range any run of days at the grain of its ends
/// («أوائل آذار» is 1–10 March at day grain, «صيف 2014» June–August 2014 at month grain).
struct TemporalValue: Sendable, Hashable {
    /// The first day of the period.
    var first: CivilDate
    /// The last day of the period, included.
    var last: CivilDate
    /// The unit the ends are stated in.
    var grain: TimeGrain

    /// One day.
    static func day(_ date: CivilDate) -> TemporalValue {
        TemporalValue(first: date, last: date, grain: .day)
    }

    /// The days from `first` to `last`, both included, at day grain.
    static func days(_ first: CivilDate, _ last: CivilDate) -> TemporalValue {
        TemporalValue(first: min(first, last), last: max(first, last), grain: .day)
    }

    /// The ISO week (Monday to Sunday) that contains `date`.
    static func week(containing date: CivilDate) -> TemporalValue {
        let monday = date.adding(days: 1 - date.weekday.isoNumber)
        return TemporalValue(first: monday, last: monday.adding(days: 6), grain: .week)
    }

    /// A month of the Gregorian calendar, or `nil` when it does not exist.
    static func month(_ month: Int, of year: Int) -> TemporalValue? {
        guard let first = CivilDate(year: year, month: month, day: 1),
            let length = CivilDate.daysInMonth(month, year: year),
            let last = CivilDate(year: year, month: month, day: length)
        else { return nil }
        return TemporalValue(first: first, last: last, grain: .month)
    }

    /// The months from `firstMonth` of `firstYear` to `lastMonth` of `lastYear`, at month grain.
    static func months(from firstMonth: Int, of firstYear: Int, to lastMonth: Int, of lastYear: Int) -> TemporalValue? {
        guard let start = month(firstMonth, of: firstYear), let end = month(lastMonth, of: lastYear),
            start.first <= end.last
        else { return nil }
        return TemporalValue(first: start.first, last: end.last, grain: .month)
    }

    /// A Gregorian year.
    static func year(_ year: Int) -> TemporalValue? {
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31)
        else { return nil }
        return TemporalValue(first: first, last: last, grain: .year)
    }

    /// The years from `first` to `last`, at year grain.
    static func years(_ first: Int, _ last: Int) -> TemporalValue? {
        guard let start = year(min(first, last)), let end = year(max(first, last)) else { return nil }
        return TemporalValue(first: start.first, last: end.last, grain: .year)
    }

    /// The number of days covered.
    var dayCount: Int { first.days(to: last) + 1 }

    /// Whether the value is a single day.
    var isSingleDay: Bool { first == last }

    /// The TimeML-style ISO form: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`, `YYYY`, or `START/END` with
    /// both ends included; `nil` when a year is outside 0…9999.
    var iso: String? {
        guard (0...9999).contains(first.year), (0...9999).contains(last.year) else { return nil }
        switch grain {
        case .day:
            return isSingleDay ? Self.dayText(first) : Self.dayText(first) + "/" + Self.dayText(last)
        case .week:
            if first.weekday == .monday, dayCount == 7 {
                let (year, week) = Self.isoWeek(of: first)
                guard (0...9999).contains(year) else { return nil }
                return Self.padded(year, 4) + "-W" + Self.padded(week, 2)
            }
            return Self.dayText(first) + "/" + Self.dayText(last)
        case .month:
            let firstMonth = Self.padded(first.year, 4) + "-" + Self.padded(first.month, 2)
            let lastMonth = Self.padded(last.year, 4) + "-" + Self.padded(last.month, 2)
            guard first.day == 1, last.day == CivilDate.daysInMonth(last.month, year: last.year) else {
                return Self.dayText(first) + "/" + Self.dayText(last)
            }
            return firstMonth == lastMonth ? firstMonth : firstMonth + "/" + lastMonth
        case .year:
            guard first.month == 1, first.day == 1, last.month == 12, last.day == 31 else {
                return Self.dayText(first) + "/" + Self.dayText(last)
            }
            return first.year == last.year
                ? Self.padded(first.year, 4) : Self.padded(first.year, 4) + "/" + Self.padded(last.year, 4)
        }
    }

    /// The ISO 8601 week-numbering year and week of `date` (weeks start on Monday; week 1 holds the
    /// year's first Thursday).
    static func isoWeek(of date: CivilDate) -> (year: Int, week: Int) {
        let thursday = date.adding(days: 4 - date.weekday.isoNumber)
        let januaryFirst = CivilDate(year: thursday.year, month: 1, day: 1) ?? thursday
        return (thursday.year, januaryFirst.days(to: thursday) / 7 + 1)
    }

    private static func dayText(_ date: CivilDate) -> String {
        padded(date.year, 4) + "-" + padded(date.month, 2) + "-" + padded(date.day, 2)
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
