public import ArabicText

/// A time expression found in a text, with its value.
///
/// ```swift
/// let published = CivilDate(year: 2021, month: 12, day: 12)
/// let timexes = TimexFinder().timexes(in: "أعلن التحالف اليوم الأحد انتهاء مهامه منذ 9 ديسمبر الجاري", published: published)
/// // «اليوم الأحد» 2021-12-12 publication, weekdayMismatch false
/// // «9 ديسمبر الجاري» 2021-12-09 publication
/// ```
public struct Timex: Sendable, Hashable, Codable {
    /// Unicode scalar offsets of the expression in the text it was found in, end exclusive. The span
    /// covers whole words: an attached conjunction or preposition (وقبل، بعام) is part of it; a
    /// separate preposition (في، منذ) is not, except where it belongs to the meaning (قبل، منذ، بعد
    /// before a duration, من … إلى around a range).
    public var span: Range<Int>
    /// The text of the expression, as written.
    public var text: String
    /// The TimeML-style ISO value: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`, `YYYY`, or `START/END` with
    /// both ends included (`2021-12-21/2021-12-31`, `2014-06/2014-08`, `2014/2017`). `nil` when the
    /// expression needs a publication date that was not given (or a year outside 0–9999).
    public var value: String?
    /// What the value was worked out from.
    public var anchor: TimexAnchor
    /// Whether a weekday written beside the date disagrees with it (`true` for «الأربعاء 9 ديسمبر
    /// 2021», a Thursday); `nil` when no weekday was written beside a date, or the date is unknown.
    public var weekdayMismatch: Bool?
    /// The days the value covers, first and last included; `nil` when there is no value.
    public var days: ClosedRange<CivilDate>?

    /// A time expression.
    public init(
        span: Range<Int>, text: String, value: String?, anchor: TimexAnchor, weekdayMismatch: Bool? = nil,
        days: ClosedRange<CivilDate>? = nil
    ) {
        self.span = span
        self.text = text
        self.value = value
        self.anchor = anchor
        self.weekdayMismatch = weekdayMismatch
        self.days = days
    }
}
