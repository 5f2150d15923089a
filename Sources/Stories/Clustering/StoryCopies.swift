/// Which reuse makes two articles one story.
public enum StoryCopies {
    /// The least number of separate passages a copy must take.
    public static let minimumPassages = 2
    /// The least number of aligned words a copy must take.
    public static let minimumWords = 30

    /// The article pairs of `edges` that copied at least ``minimumPassages`` separate passages and
    /// ``minimumWords`` words: more than a shared background paragraph or a stock formula.
    public static func strong(_ edges: [ReuseEdge]) -> [(String, String)] {
        edges.filter { $0.passages.count >= minimumPassages && $0.sharedWords >= minimumWords }.map { ($0.from, $0.to) }
    }
}
