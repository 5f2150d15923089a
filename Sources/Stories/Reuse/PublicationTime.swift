import ArabicText

/// A publication date or time read from an ISO 8601 string, as the interval of UTC seconds it may
/// stand for: a day is its 24 hours, a month or year all of it, a time to the minute its minute.
///
/// A day, month or year is read in UTC, since its time zone is unknown; a date and time without an
/// offset is read as UTC too. A range `start/end` spans from the start of `start` to the end of `end`.
struct PublicationTime: Sendable, Hashable {
    /// First second it may be, in seconds since 1970-01-01T00:00:00Z.
    var lower: Int
    /// One past the last second it may be.
    var upper: Int

    /// Reads `text`; `nil` when it is not one of the accepted forms.
    init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let start = Self.interval(Array(parts[0].utf8)), let end = Self.interval(Array(parts[1].utf8)),
                start.lower < end.upper
            else { return nil }
            lower = start.lower
            upper = end.upper
        } else {
            guard let interval = Self.interval(Array(text.utf8)) else { return nil }
            lower = interval.lower
            upper = interval.upper
        }
    }

    /// Whether this time certainly comes before `other`: the intervals do not overlap.
    func isBefore(_ other: PublicationTime) -> Bool {
        upper <= other.lower
    }

    /// One date, month, year or date and time.
    private static func interval(_ bytes: [UInt8]) -> (lower: Int, upper: Int)? {
        var reader = DigitReader(bytes: bytes)
        guard let year = reader.number(digits: 4) else { return nil }
        if reader.isAtEnd {
            guard let start = CivilDate(year: year, month: 1, day: 1),
                let end = CivilDate(year: year + 1, month: 1, day: 1)
            else { return nil }
            return (start.daysSinceEpoch * 86_400, end.daysSinceEpoch * 86_400)
        }
        guard reader.take(0x2D), let month = reader.number(digits: 2) else { return nil }
        if reader.isAtEnd {
            guard let start = CivilDate(year: year, month: month, day: 1) else { return nil }
            let end = start.adding(months: 1)
            return (start.daysSinceEpoch * 86_400, end.daysSinceEpoch * 86_400)
        }
        guard reader.take(0x2D), let day = reader.number(digits: 2),
            let date = CivilDate(year: year, month: month, day: day)
        else { return nil }
        let midnight = date.daysSinceEpoch * 86_400
        if reader.isAtEnd { return (midnight, midnight + 86_400) }
        guard reader.take(0x54) || reader.take(0x74) || reader.take(0x20), let hour = reader.number(digits: 2),
            reader.take(0x3A), let minute = reader.number(digits: 2), hour < 24, minute < 60
        else { return nil }
        var seconds = midnight + hour * 3_600 + minute * 60
        var length = 60
        if reader.take(0x3A) {
            guard let second = reader.number(digits: 2), second < 61 else { return nil }
            seconds += second
            length = 1
            if reader.take(0x2E) || reader.take(0x2C) { reader.skipDigits() }
        }
        if reader.take(0x5A) || reader.take(0x7A) || reader.isAtEnd {
            return reader.isAtEnd ? (seconds, seconds + length) : nil
        }
        let sign: Int
        if reader.take(0x2B) { sign = 1 } else if reader.take(0x2D) { sign = -1 } else { return nil }
        guard let offsetHours = reader.number(digits: 2) else { return nil }
        _ = reader.take(0x3A)
        let offsetMinutes = reader.isAtEnd ? 0 : reader.number(digits: 2)
        guard let offsetMinutes, reader.isAtEnd else { return nil }
        seconds -= sign * (offsetHours * 3_600 + offsetMinutes * 60)
        return (seconds, seconds + length)
    }

    /// Reads ASCII digits and separators off a byte array.
    private struct DigitReader {
        let bytes: [UInt8]
        var index = 0

        var isAtEnd: Bool { index >= bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func number(digits: Int) -> Int? {
            guard index + digits <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = bytes[index + offset]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }

        mutating func skipDigits() {
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        }
    }
}
