extension HijriDate: LosslessStringConvertible, Codable {
    /// The date written `YYYY-MM-DD` (1445-09-01 for 1 Ramadan 1445).
    public var description: String {
        DateText.format(year: year, month: month, day: day)
    }

    /// The date written as `YYYY-MM-DD`, or `nil` when `description` is not one or names no date.
    public init?(_ description: String) {
        guard let (year, month, day) = DateText.parse(description) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Decodes a date from its ``description``.
    /// - Throws: `DecodingError.dataCorrupted` when the text is not a valid Hijri date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = HijriDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a Hijri date written YYYY-MM-DD")
        }
        self = date
    }

    /// Encodes the date as its ``description``.
    /// - Throws: The encoder's errors.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
