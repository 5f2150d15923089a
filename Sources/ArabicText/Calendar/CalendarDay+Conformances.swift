extension CivilDate: CalendarDay {
    /// The calendar's name in error messages.
    public static var calendarName: String { "Gregorian" }
}

extension HijriDate: CalendarDay {
    /// The calendar's name in error messages.
    public static var calendarName: String { "Hijri" }
}
