/// The calendar a month name counts in.
///
/// Arabic media name the months of the Gregorian calendar in several traditions (transliterated,
/// Syriac, Maghrebi, Moroccan, English; see ``MonthNameStyles``), but all of them count in the same
/// solar calendar. Only the Hijri month names count in the lunar Islamic calendar.
public enum CalendarSystem: String, CaseIterable, Sendable, Codable {
    /// The Gregorian calendar, whatever tradition names its months (يناير، كانون الثاني، جانفي، January).
    case gregorian
    /// The Islamic lunar calendar (محرم … ذو الحجة); see ``HijriCalendar`` for conversions.
    case hijri
}
