import ArabicText

/// A TimeML value read as a range of days: `2021-12-09`, `2021-12`, `2021-12-01/2021-12-07`.
struct DayRange: Sendable, Hashable {
    var value: String
    var first: Int
    var last: Int

    /// The range of a value; years alone and weeks give `nil` (too coarse to contradict a day).
    init?(_ value: String) {
        let parts = value.split(separator: "/")
        guard let start = parts.first, let bounds = Self.bounds(of: String(start)) else { return nil }
        var last = bounds.last
        if parts.count == 2, let end = Self.bounds(of: String(parts[1])) { last = end.last }
        self.value = value
        self.first = bounds.first
        self.last = last
    }

    /// Whether the range is at most a month long.
    var isNarrow: Bool { last - first <= 31 }

    func overlaps(_ other: DayRange) -> Bool {
        first <= other.last && other.first <= last
    }

    private static func bounds(of value: String) -> (first: Int, last: Int)? {
        let fields = value.split(separator: "-").compactMap { Int($0) }
        guard !value.contains("W") else { return nil }
        switch fields.count {
        case 3:
            guard let day = CivilDate(year: fields[0], month: fields[1], day: fields[2]) else { return nil }
            return (day.daysSinceEpoch, day.daysSinceEpoch)
        case 2:
            guard let first = CivilDate(year: fields[0], month: fields[1], day: 1),
                  let length = CivilDate.daysInMonth(fields[1], year: fields[0])
            else { return nil }
            return (first.daysSinceEpoch, first.daysSinceEpoch + length - 1)
        default:
            return nil
        }
    }
}
