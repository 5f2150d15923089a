/// The `YYYY-MM-DD` text form shared by ``CalendarDay``s.
enum DateText {
    /// `year`-`month`-`day` with the year padded to four digits and month and day to two.
    static func format(year: Int, month: Int, day: Int) -> String {
        let digits = String(year.magnitude)
        let paddedYear = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return (year < 0 ? "-" : "") + paddedYear + "-" + twoDigits(month) + "-" + twoDigits(day)
    }

    /// The three numbers of `YYYY-MM-DD` (an optional `-` before the year), without checking that
    /// they name a date.
    static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let negative = text.hasPrefix("-")
        let parts = text.dropFirst(negative ? 1 : 0).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count >= 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return (negative ? -year : year, month, day)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
