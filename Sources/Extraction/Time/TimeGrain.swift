/// The unit a resolved time value is stated in.
enum TimeGrain: Int, Sendable, Hashable, Comparable {
    case day
    case week
    case month
    case year

    static func < (lhs: TimeGrain, rhs: TimeGrain) -> Bool { lhs.rawValue < rhs.rawValue }
}
