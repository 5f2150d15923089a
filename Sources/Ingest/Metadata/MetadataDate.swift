import ArabicText

/// A publication date as metadata states it: the local day as written, and the time and UTC
/// offset where the metadata gave them.
///
/// The day is the one written, never converted: `2023-05-14T23:30:00-05:00` is 14 May, although it
/// was already 15 May in UTC, because the outlet dated its article by its own clock. Only a Unix
/// timestamp, which has no local clock, gives a UTC day.
///
/// ```swift
/// MetadataDate(parsing: "Sun, 14 May 2023 09:30:00 +0300")?.value   // "2023-05-14"
/// MetadataDate(parsing: "14/05/2023")?.value                        // "2023-05-14" (day first)
/// MetadataDate.dateInURL("https://example.ma/2023/05/14/x")?.value  // "2023-05-14"
/// ```
struct MetadataDate: Sendable, Hashable {
    /// The day.
    var date: CivilDate
    /// The time of day as written, `HH:MM:SS` (`HH:MM` when no seconds were written), without
    /// fractions of a second; `nil` when the metadata gave only a day.
    var time: String?
    /// The offset from UTC as `+HH:MM` or `-HH:MM`, `Z` for UTC (`Z`, `GMT`, `UT`, `UTC`); `nil` when
    /// none was written or the zone name is not one of the unambiguous ones.
    var utcOffset: String?
    /// The day of the week the text named (RFC 822 `Sun,`), which may disagree with ``date``.
    var statedWeekday: Weekday?

    /// The years a metadata date may fall in; anything else is a placeholder or a typing error.
    static let plausibleYears = 1990...2100

    /// A date; `nil` when the year is outside ``plausibleYears``.
    init?(date: CivilDate, time: String? = nil, utcOffset: String? = nil, statedWeekday: Weekday? = nil) {
        guard Self.plausibleYears.contains(date.year) else { return nil }
        self.date = date
        self.time = time
        self.utcOffset = utcOffset
        self.statedWeekday = statedWeekday
    }

    /// The TimeML day value, `YYYY-MM-DD`.
    var value: String {
        date.description
    }

    /// The day with the time and offset where known: `2023-05-14T09:30:00+03:00`.
    var dateTimeValue: String {
        guard let time else { return value }
        return value + "T" + time + (utcOffset ?? "")
    }

    /// Whether the text named a day of the week that the date does not fall on (the date is kept,
    /// and later stages can report the inconsistency).
    var hasWeekdayConflict: Bool {
        statedWeekday.map { $0 != date.weekday } ?? false
    }
}
