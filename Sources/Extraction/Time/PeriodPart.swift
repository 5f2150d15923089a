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
    /// نهاية، ختام، متم: the end.
    case end
}
