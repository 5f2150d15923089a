import ArabicText

/// A TimeML value read as a range of days: `2021-12-09`, `2021-12`, `2021-12-01/2021-12-07`.
struct DayRange: Sendable, Hashable {
    var value: String
    var first: Int
    var last: Int

    /// The range of a value; years alone and weeks give `nil` (too coarse to contradict a day).
    /// - Complexity: O(n) in the bytes of `value`, without allocating: conflict detection and claim
    ///   alignment read the dates of every pair of statements.
    init?(_ value: String) {
        let bytes = value.utf8
        let slash = bytes.firstIndex(of: UInt8(ascii: "/"))
        guard let bounds = Self.bounds(of: bytes[..<(slash ?? bytes.endIndex)]) else { return nil }
        var last = bounds.last
        if let slash, let end = Self.bounds(of: bytes[bytes.index(after: slash)...]) { last = end.last }
        self.value = value
        self.first = bounds.first
        self.last = last
    }

    /// Whether the range is at most a month long.
    var isNarrow: Bool { last - first <= 31 }

    /// The day a bound names, where the range is the open side of a bound: «قبل 30 حزيران» holds
    /// every day up to it, «بعد 15 أبريل» every day from it.
    private(set) var boundDay: Int?

    /// The range of a bound of ``ClaimUnit/boundDates``: «<» and a value, every day up to the
    /// value's last; «>» and a value, every day from its first; `nil` for a value that is no day or
    /// month.
    static func bound(_ bound: String) -> DayRange? {
        guard let side = bound.unicodeScalars.first, side == "<" || side == ">",
              var range = DayRange(String(bound.unicodeScalars.dropFirst())), range.isNarrow
        else { return nil }
        range.value = (side == "<" ? "before " : "after ") + range.value
        if side == "<" {
            range.boundDay = range.last
            range.first = Int(Int32.min)
        } else {
            range.boundDay = range.first
            range.last = Int(Int32.max)
        }
        return range
    }

    /// Whether the two can date one event: their days overlap, or for two bounds on one side
    /// (two deadlines), they name the same day.
    func agrees(with other: DayRange) -> Bool {
        if let day = boundDay, let theirs = other.boundDay, isBefore == other.isBefore {
            return day == theirs
        }
        return overlaps(other)
    }

    /// Whether it is a bound the event comes before («قبل …»).
    var isBefore: Bool { boundDay != nil && first == Int(Int32.min) }

    /// The day to measure the distance to another date from: the bound's day, or the first.
    var anchor: Int { boundDay ?? first }

    func overlaps(_ other: DayRange) -> Bool {
        first <= other.last && other.first <= last
    }

    /// The first and last day of `YYYY-MM` or `YYYY-MM-DD`, or `nil` for any other form.
    private static func bounds(of bytes: Substring.UTF8View) -> (first: Int, last: Int)? {
        var fields = (0, 0, 0)
        var count = 0
        var digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                guard digits > 0, count < 2 else { return nil }
                count += 1
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 4 {
                let digit = Int(byte - UInt8(ascii: "0"))
                switch count {
                case 0: fields.0 = fields.0 * 10 + digit
                case 1: fields.1 = fields.1 * 10 + digit
                default: fields.2 = fields.2 * 10 + digit
                }
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        switch count + 1 {
        case 3:
            guard let day = CivilDate(year: fields.0, month: fields.1, day: fields.2) else { return nil }
            return (day.daysSinceEpoch, day.daysSinceEpoch)
        case 2:
            guard let first = CivilDate(year: fields.0, month: fields.1, day: 1),
                  let length = CivilDate.daysInMonth(fields.1, year: fields.0)
            else { return nil }
            return (first.daysSinceEpoch, first.daysSinceEpoch + length - 1)
        default:
            return nil
        }
    }
}
