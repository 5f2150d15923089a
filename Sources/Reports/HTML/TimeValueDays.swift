/// The days a TimeML-style value covers, for placing it on the timeline's axis.
///
/// Reads `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-Www` and `START/END` made of those; anything else
/// (an unresolved value such as `XXXX-03`) has no place on the axis.
enum TimeValueDays {
    /// The first and last day of `value`, as days since 1970-01-01, or `nil`.
    static func days(of value: String) -> ClosedRange<Int>? {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            return single(parts[0])
        case 2:
            guard let first = single(parts[0]), let last = single(parts[1]), first.lowerBound <= last.upperBound else { return nil }
            return first.lowerBound...last.upperBound
        default:
            return nil
        }
    }

    private static func single(_ text: Substring) -> ClosedRange<Int>? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearField = fields.first, yearField.count == 4, let year = Int(yearField) else { return nil }
        switch fields.count {
        case 1:
            return day(year, 1, 1)...day(year, 12, 31)
        case 2 where fields[1].first == "W":
            guard let week = Int(fields[1].dropFirst()), (1...53).contains(week) else { return nil }
            // ISO week 1 holds 4 January; weeks start on Monday.
            let january4 = day(year, 1, 4)
            let monday = january4 - weekdayFromMonday(january4) + (week - 1) * 7
            return monday...(monday + 6)
        case 2:
            guard let month = Int(fields[1]), (1...12).contains(month) else { return nil }
            return day(year, month, 1)...day(year, month, length(of: month, in: year))
        case 3:
            guard let month = Int(fields[1]), (1...12).contains(month), let dayOfMonth = Int(fields[2]),
                  (1...length(of: month, in: year)).contains(dayOfMonth) else { return nil }
            let value = day(year, month, dayOfMonth)
            return value...value
        default:
            return nil
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dayOfMonth - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 0 for Monday … 6 for Sunday.
    private static func weekdayFromMonday(_ day: Int) -> Int {
        // 1970-01-01 was a Thursday (3).
        ((day % 7) + 7 + 3) % 7
    }

    private static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
