/// Prepositions that matter to time expressions.
enum TimePreposition: Sendable, Hashable {
    /// في
    case inside
    /// من
    case from
    /// منذ
    case since
    /// خلال، طوال
    case during
    /// حتى
    case until
    /// إلى
    case to
    /// قبل
    case before
    /// بعد
    case after
    /// بين
    case between
}
