/// What a reading resolves to.
struct TimexResolution: Sendable, Hashable {
    /// The value, or `nil` when the reading needs a publication date (or another date) that is
    /// missing.
    var value: TemporalValue?
    /// What the value was worked out from.
    var anchor: TimexAnchor
    /// Whether a weekday written beside the date disagrees with it; `nil` when no weekday was
    /// written or the date is unknown.
    var weekdayMismatch: Bool?
}
