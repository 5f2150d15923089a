/// The naming traditions that use a month name.
///
/// One spelling often belongs to several traditions: مارس is transliterated, Maghrebi and Moroccan
/// at once. A match reports all of them, which hints at the region an article was written for.
public struct MonthNameStyles: OptionSet, Hashable, Sendable, Codable {
    /// The bits of the set.
    public let rawValue: UInt8

    /// A set from its bits.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Gregorian months transliterated from European names, as in Egypt, Sudan, the Gulf and most
    /// pan-Arab media: يناير، فبراير، مارس … ديسمبر.
    public static let transliterated = MonthNameStyles(rawValue: 1 << 0)
    /// Gregorian months with their Syriac names, as in the Levant and Iraq: كانون الثاني، شباط … كانون الأول.
    public static let syriac = MonthNameStyles(rawValue: 1 << 1)
    /// Gregorian months from the French names, as in Algeria and Tunisia: جانفي، فيفري … ديسمبر.
    public static let maghrebi = MonthNameStyles(rawValue: 1 << 2)
    /// Gregorian months as written in Morocco: يناير … ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر.
    public static let moroccan = MonthNameStyles(rawValue: 1 << 3)
    /// Gregorian months in English, full and abbreviated (January, Jan, Sept), as embedded in Arabic articles.
    public static let english = MonthNameStyles(rawValue: 1 << 4)
    /// The months of the Hijri calendar: محرم، صفر … ذو الحجة.
    public static let hijri = MonthNameStyles(rawValue: 1 << 5)

    /// The style named `keyword` in the lexicon data ("transliterated", "syriac", …).
    static func named(_ keyword: Substring) -> MonthNameStyles? {
        switch keyword {
        case "transliterated": .transliterated
        case "syriac": .syriac
        case "maghrebi": .maghrebi
        case "moroccan": .moroccan
        case "english": .english
        case "hijri": .hijri
        default: nil
        }
    }
}
