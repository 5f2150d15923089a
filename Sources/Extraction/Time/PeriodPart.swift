/// A part of a month, a year or a week.
enum PeriodPart: Sendable, Hashable {
    /// بداية، مطلع، مستهل: the start.
    case start
    /// أوائل، بدايات: the early part.
    case early
    /// منتصف، أواسط: the middle.
    case middle
    /// أواخر: the late part.
    case late
    /// نهاية، ختام، متم، موفى (Tunisian): the end.
    case end
    /// «الربع الأول» … «الربع الرابع» (or «الأخير»): a quarter of a year, 1 to 4.
    case quarter(Int)
    /// «النصف الأول»، «النصف الثاني»: a half of a year or a month, 1 or 2.
    case half(Int)
}
