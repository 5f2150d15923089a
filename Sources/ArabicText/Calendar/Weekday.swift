/// A day of the week, numbered as in ISO 8601: Monday is 1 and Sunday is 7.
///
/// The Arabic week starts on Sunday (الأحد, "the first"), and Friday (الجمعة) is the weekly holiday
/// in most Arab countries; the raw values nevertheless follow ISO so that they compare with other
/// systems without translation.
public enum Weekday: Int, CaseIterable, Hashable, Sendable, Codable {
    /// الاثنين, Monday (ISO 1).
    case monday = 1
    /// الثلاثاء, Tuesday (ISO 2).
    case tuesday = 2
    /// الأربعاء, Wednesday (ISO 3).
    case wednesday = 3
    /// الخميس, Thursday (ISO 4).
    case thursday = 4
    /// الجمعة, Friday (ISO 5).
    case friday = 5
    /// السبت, Saturday (ISO 6).
    case saturday = 6
    /// الأحد, Sunday (ISO 7).
    case sunday = 7

    /// The ISO 8601 number of the day, 1 (Monday) through 7 (Sunday).
    public var isoNumber: Int { rawValue }
}
