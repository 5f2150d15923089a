/// Where a modifier puts a period.
enum TimeDirection: Sendable, Hashable {
    /// الماضي، المنصرم، الفائت: the last one before now.
    case past
    /// الجاري، الحالي: the current one.
    case current
    /// المقبل، القادم: the next one after now.
    case next
    /// السابق: the one before — before another date of the text when there is one, else before now.
    case previous
    /// التالي: the one after — after another date of the text when there is one, else after now.
    case following
    /// الأخيرة (after a plural): the most recent ones.
    case recent
}
