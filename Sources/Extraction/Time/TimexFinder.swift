public import ArabicText

/// Finds time expressions in Arabic news text and resolves them to TimeML-style values.
///
/// The finder reads absolute dates in every month system of `CalendarLexicon` (9 ديسمبر 2021،
/// التاسع من كانون الأول 2021، 9 كانون الأول/ديسمبر 2021، 14 جويلية 2021، 14 شوال 1442 هـ),
/// numeric dates (9/12/2021 day first, 2021/12/09 year first), English dates (December 9, 2021),
/// years, seasons and Hijri years (عام 2014، صيف 2014، 1442 هـ), expressions counted from the
/// publication date (اليوم، أمس، أول أمس، غدا، الخميس، الأسبوع الماضي، قبل شهرين، منذ ثلاثة أيام،
/// خلال الأيام الماضية، نهاية العام، مطلع ديسمبر، 9 ديسمبر الجاري) and holidays (عيد الأضحى). The
/// rules are described in <doc:TimeResolution>.
///
/// ```swift
/// let finder = TimexFinder()
/// let published = CivilDate(year: 2021, month: 12, day: 9)
/// for timex in finder.timexes(in: "وقبل شهرين أعلن اللواء رسول بدء الانسحاب", published: published) {
///     print(timex.text, timex.value ?? "-", timex.anchor)  // وقبل شهرين 2021-10 publication
/// }
/// ```
public struct TimexFinder: Sendable {
    /// A finder.
    public init() {}

    /// The time expressions of `text`, in text order, without overlaps.
    ///
    /// Without a publication date, expressions counted from it are still found, with a `nil` value
    /// and the ``TimexAnchor/publication`` anchor; a day and month without a year then take the year
    /// of the last date written before them, if any.
    ///
    /// - Parameters:
    ///   - text: An article's text.
    ///   - published: The day the article was published, if known.
    /// - Returns: The expressions with their spans (Unicode scalar offsets into `text`) and values.
    /// - Complexity: O(n) in the length of `text`.
    public func timexes(in text: String, published: CivilDate?) -> [Timex] {
        TimexAnalysis(text).timexes(published: published)
    }
}
