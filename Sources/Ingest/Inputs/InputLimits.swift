/// Limits that keep one bad input from stalling or exhausting a batch.
public struct InputLimits: Sendable, Hashable {
    /// The largest input read, in bytes; a larger one is rejected with its size.
    public var maximumBytes: Int
    /// The largest single page or text taken as one article, in bytes: a larger one is no news
    /// article, and is rejected with its size (feeds and datasets may be larger: the limit applies
    /// to each of their items).
    public var maximumArticleBytes: Int
    /// How long a web request may take, in seconds.
    public var timeout: Double
    /// How many redirects a web request may follow.
    public var maximumRedirects: Int
    /// The `User-Agent` sent with web requests.
    public var userAgent: String

    /// Limits.
    public init(
        maximumBytes: Int = 256 << 20, maximumArticleBytes: Int = 16 << 20, timeout: Double = 20, maximumRedirects: Int = 5,
        userAgent: String = "Isnad/0.1 (+offline Arabic news analysis; https://github.com/isnad)"
    ) {
        self.maximumBytes = maximumBytes
        self.maximumArticleBytes = maximumArticleBytes
        self.timeout = timeout
        self.maximumRedirects = maximumRedirects
        self.userAgent = userAgent
    }
}
