/// The tabular Islamic calendar: 30-year cycle with 11 leap years (2, 5, 7, 10, 13, 16, 18, 21, 24, 26,
/// 29), odd months of 30 days and even months of 29, Dhu al-Hijjah of 30 days in leap years; epoch
/// Friday 16 July 622 Julian, which is 19 July 622 proleptic Gregorian. This is the "islamic-civil"
/// calendar of ICU and the formulas of Reingold and Dershowitz, *Calendrical Calculations*.
enum TabularReckoning {
    /// Days from 1970-01-01 to 1 Muharram 1 AH (622-07-19).
    static let epoch = -492_148

    /// Whether `year` has 355 days.
    static func isLeapYear(_ year: Int) -> Bool {
        (14 + 11 * year) % 30 < 11
    }

    /// Days since 1970-01-01 of `year`-`month`-`day`, without checking the day exists.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        epoch - 1 + (year - 1) * 354 + floorDivide(3 + 11 * year, 30) + 29 * (month - 1) + month / 2 + day
    }

    static func civilDate(for date: HijriDate) -> CivilDate? {
        let length = date.month % 2 == 1 || (date.month == 12 && isLeapYear(date.year)) ? 30 : 29
        guard date.day <= length else { return nil }
        return CivilDate(daysSinceEpoch: daysSinceEpoch(year: date.year, month: date.month, day: date.day))
    }

    static func hijriDate(for date: CivilDate) -> HijriDate? {
        let days = date.daysSinceEpoch
        guard days >= epoch else { return nil }
        let year = floorDivide(30 * (days - epoch) + 10_646, 10_631)
        let priorDays = days - daysSinceEpoch(year: year, month: 1, day: 1)
        let month = floorDivide(11 * priorDays + 330, 325)
        let day = days - daysSinceEpoch(year: year, month: month, day: 1) + 1
        return HijriDate(year: year, month: month, day: day)
    }

    private static func floorDivide(_ dividend: Int, _ divisor: Int) -> Int {
        let quotient = dividend / divisor
        return dividend % divisor != 0 && (dividend < 0) != (divisor < 0) ? quotient - 1 : quotient
    }
}
