/// A place in an article that backs a statement of the report: the article and a scalar span.
public struct Citation: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// Unicode scalar offset of the first cited scalar.
    public var start: Int
    /// Unicode scalar offset after the last cited scalar.
    public var end: Int

    /// A citation of `span` in `article`.
    public init(article: String, span: Range<Int>) {
        self.article = article
        self.start = span.lowerBound
        self.end = span.upperBound
    }
}
