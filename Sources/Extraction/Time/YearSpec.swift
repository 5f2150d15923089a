/// A year as a time expression gives it.
enum YearSpec: Hashable, Sendable {
    /// Not given: the resolver infers it.
    case unstated
    /// A Gregorian year: «2021»، «عام 2021»، «2021 م».
    case gregorian(Int)
    /// A Gregorian year said to be the current one: «العام الجاري 2021»، «هذا العام 2021». It
    /// resolves like ``gregorian(_:)`` and tells the publication year.
    case currentGregorian(Int)
    /// A Hijri year: «1442 هـ»، «14 شوال 1442».
    case hijri(Int)
    /// A year counted from the publication year: العام الماضي (−1)، هذا العام (0)، العام المقبل (+1).
    case offset(Int)
    /// A year counted from another date of the text when there is one: العام التالي (+1)، العام
    /// السابق (−1)، العام نفسه (0).
    case relative(Int)
}
