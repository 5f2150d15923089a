/// A day of a calendar, written `YYYY-MM-DD` in text and in JSON: the form ``CivilDate`` and
/// ``HijriDate`` share.
public protocol CalendarDay: LosslessStringConvertible, Codable {
    /// The year (astronomical numbering for Gregorian years before 1).
    var year: Int { get }
    /// The month, from 1.
    var month: Int { get }
    /// The day of the month, from 1.
    var day: Int { get }
    /// The day `year`-`month`-`day`, or `nil` when it does not exist in the calendar.
    init?(year: Int, month: Int, day: Int)
    /// The calendar's name, for error messages ("Gregorian", "Hijri").
    static var calendarName: String { get }
}

extension CalendarDay {
    /// The day written `YYYY-MM-DD`, the year padded to four digits (2024-03-11; 1445-09-01 for
    /// 1 Ramadan 1445; -0001-12-31 for 2 BC).
    public var description: String {
        DateText.format(year: year, month: month, day: day)
    }

    /// The day written as `YYYY-MM-DD`, or `nil` when `description` is not one or names no day of
    /// the calendar.
    public init?(_ description: String) {
        guard let (year, month, day) = DateText.parse(description) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Decodes a day from its ``description``.
    /// - Throws: `DecodingError.dataCorrupted` when the text is not a valid day of the calendar.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Self(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a \(Self.calendarName) date written YYYY-MM-DD")
        }
        self = day
    }

    /// Encodes the day as its ``description``.
    /// - Throws: The encoder's errors.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
