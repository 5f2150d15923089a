/// A time expression the grammar found: the tokens it covers and what it says.
struct TimexCandidate: Hashable, Sendable {
    /// Token indexes into the ``TimeScan``, end exclusive.
    var tokens: Range<Int>
    /// What the expression says.
    var reading: TimexReading
}
