public import ArabicText

/// A publication date read from an article's text, with what it rests on.
public struct InferredPublicationDate: Sendable, Hashable, Codable {
    /// The date as a TimeML-style ISO value: a day (`2021-12-12`) or a range with both ends included
    /// (`2021-11-01/2021-11-30`).
    public var value: String
    /// The earliest day the article can have been published.
    public var earliest: CivilDate
    /// The latest day the article can have been published.
    public var latest: CivilDate
    /// The expressions of the text the date rests on, quoted, with how each was read.
    public var evidence: String

    /// A publication date.
    public init(earliest: CivilDate, latest: CivilDate, evidence: String) {
        self.earliest = min(earliest, latest)
        self.latest = max(earliest, latest)
        self.evidence = evidence
        value = TemporalValue.days(self.earliest, self.latest).iso ?? ""
    }

    /// Whether the evidence pins one day.
    public var isDay: Bool { earliest == latest }
}
