/// What a time expression's value was worked out from.
public enum TimexAnchor: String, Sendable, Hashable, Codable, CaseIterable {
    /// The text states the date in full: «9 ديسمبر 2021»، «14 شوال 1442 هـ»، «صيف 2014».
    case absolute
    /// The value counts from the publication date: «اليوم»، «أمس»، «الخميس»، «الشهر الماضي»،
    /// «9 ديسمبر الجاري»، «قبل شهرين».
    case publication
    /// The value counts from another date of the same text: «في اليوم التالي»، «العام نفسه».
    case relative
    /// The text leaves out the year (or the month) and it was filled in from the publication date and
    /// the tense around the expression: «في 8 أكتوبر»، «في رمضان».
    case inferred
}
