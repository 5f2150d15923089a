/// A day counted from another day: the holidays of the Hijri and Gregorian calendars.
enum Holiday: Hashable, Sendable {
    /// A day of a Hijri month: عيد الفطر is 1 Shawwal.
    case hijri(month: Int, day: Int)
    /// A day of a Gregorian month: عيد الميلاد is 25 December.
    case gregorian(month: Int, day: Int)
    /// Western Easter Sunday (the Gregorian computus).
    case easter
}
