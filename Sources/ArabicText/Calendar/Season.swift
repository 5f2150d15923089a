/// A season of the year.
public enum Season: String, CaseIterable, Hashable, Sendable, Codable {
    /// الربيع, spring.
    case spring
    /// الصيف, summer.
    case summer
    /// الخريف, autumn.
    case autumn
    /// الشتاء, winter.
    case winter
}
