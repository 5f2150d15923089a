/// A unit of calendar time.
enum TimeUnit: Int, Sendable, Hashable {
    case day
    case week
    case month
    case year

    /// The grain of a value counted in this unit.
    var grain: TimeGrain {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        case .year: .year
        }
    }
}
