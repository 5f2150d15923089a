/// How many units a unit word names by itself.
enum UnitCount: Sendable, Hashable {
    /// يوم، شهر، عاما.
    case one
    /// يومين، شهرين، عامين: the dual.
    case two
    /// أيام، أشهر، سنوات: a plural, counted by a number beside it.
    case many
}
