/// A span of an article that the report cites or links to.
struct CitedSpan: Hashable {
    /// The article's id.
    var article: String
    /// Unicode scalar offset of the first scalar.
    var start: Int
    /// Unicode scalar offset after the last scalar.
    var end: Int
}
