/// Finds text reuse between articles: which passages one article shares with another, how closely,
/// and which one is the source.
///
/// Detection runs in three steps, each public so that callers can spread the independent ones over
/// cores:
///
/// 1. ``fingerprint(_:)`` per article: matching-form words, five-word shingles with fixed FNV-1a
///    hashes, and a 128-row MinHash signature (independent per article).
/// 2. ``candidates(among:)`` over all fingerprints: pairs from LSH bands of the signatures (whole
///    articles similar above a Jaccard similarity of about 0.25) and from an inverted index of shingles
///    (articles sharing a passage), in near-linear time.
/// 3. ``edge(between:and:)`` per candidate pair: seed-and-extend alignment of the shared passages,
///    their kinds, and the direction (independent per pair).
///
/// `edges(among:)` runs all three in sequence, from documents or from fingerprints. The method and its
/// parameters are described in <doc:Reuse>.
///
/// ```swift
/// let detector = ReuseDetector()
/// let edges = detector.edges(among: [
///     ReuseDocument(id: "ina-1", text: agencyText, outlet: "وكالة الأنباء العراقية", published: "2021-12-09",
///                   order: 0),
///     ReuseDocument(id: "site-7", text: siteText, outlet: "الحل نت", published: "2021-12-10", order: 1),
/// ])
/// edges.first?.passages.first?.kind  // .verbatim
/// ```
public struct ReuseDetector: Sendable {
    /// The parameters of candidate search, alignment and classification.
    public var configuration: ReuseConfiguration

    /// A detector with the given configuration.
    public init(configuration: ReuseConfiguration = ReuseConfiguration()) {
        self.configuration = configuration
    }

    /// The fingerprint of one article (the same as ``ReuseFingerprint/init(_:)``).
    /// - Complexity: O(n · k) for n words and k = ``MinHash/permutationCount``.
    public func fingerprint(_ document: ReuseDocument) -> ReuseFingerprint {
        ReuseFingerprint(document)
    }

    /// The reuse edges among `documents`, one per pair of articles that share at least one passage,
    /// ordered by the pair's positions in `documents`.
    /// - Complexity: O(N · n · k) to fingerprint N articles of n words, then near-linear candidate
    ///   search and O(n + m) alignment per candidate pair in practice.
    public func edges(among documents: [ReuseDocument]) -> [ReuseEdge] {
        edges(among: documents.map(fingerprint))
    }

    /// The reuse edges among fingerprinted articles, one per pair that shares at least one passage
    /// (but not two copies of one source, see ``CommonSourceLinks``), ordered by the pair's
    /// positions in `fingerprints`.
    /// - Complexity: near-linear candidate search, then O(n + m) alignment per candidate pair in
    ///   practice.
    public func edges(among fingerprints: [ReuseFingerprint]) -> [ReuseEdge] {
        let aligner = PassageAligner(configuration: configuration)
        let edges = candidates(among: fingerprints).compactMap { pair -> ReuseEdge? in
            guard areWithinWindow(fingerprints[pair.first], fingerprints[pair.second]) else { return nil }
            return edge(between: fingerprints[pair.first], and: fingerprints[pair.second], aligner: aligner)
        }
        return CommonSourceLinks.removing(from: edges)
    }

    /// ``edges(among:)-(_:[ReuseDocument])``, with fingerprints and the alignment of candidate pairs
    /// spread over all cores: the same edges in the same order.
    public func edgesInParallel(among documents: [ReuseDocument]) async -> [ReuseEdge] {
        let fingerprints = await orderedParallelMap(count: documents.count, chunk: 16) { fingerprint(documents[$0]) }
        let pairs = candidates(among: fingerprints)
        let aligner = PassageAligner(configuration: configuration)
        let edges = await orderedParallelMap(count: pairs.count, chunk: 32) { number -> ReuseEdge? in
            let (first, second) = (fingerprints[pairs[number].first], fingerprints[pairs[number].second])
            guard areWithinWindow(first, second) else { return nil }
            return edge(between: first, and: second, aligner: aligner)
        }
        return CommonSourceLinks.removing(from: edges.compactMap { $0 })
    }

    /// The reuse between two articles: their shared passages and the direction; `nil` when they share
    /// no passage of at least ``ReuseConfiguration/minimumPassageWords`` aligned words.
    /// - Complexity: O(n + m + s log s) for articles of n and m words sharing s shingle positions.
    public func edge(between first: ReuseFingerprint, and second: ReuseFingerprint) -> ReuseEdge? {
        edge(between: first, and: second, aligner: PassageAligner(configuration: configuration))
    }

    /// ``edge(between:and:)`` with an aligner made once for many pairs.
    func edge(between first: ReuseFingerprint, and second: ReuseFingerprint, aligner: PassageAligner) -> ReuseEdge? {
        let found = aligner.passages(
            first: first.words, firstKeys: first.shingleKeys, second: second.words, secondKeys: second.shingleKeys)
        guard !found.isEmpty else { return nil }
        let (firstIsSource, basis) = direction(first, second, found)
        let source = firstIsSource ? first : second
        let copy = firstIsSource ? second : first
        let passages = found.map { passage in
            let sourceWords = firstIsSource ? passage.first : passage.second
            let copyWords = firstIsSource ? passage.second : passage.first
            return ReusedPassage(
                fromSpan: source.originalSpan(ofWords: sourceWords), toSpan: copy.originalSpan(ofWords: copyWords),
                similarity: passage.similarity, kind: kind(of: passage.similarity), alignedWords: passage.aligned)
        }
        .sorted { ($0.toSpan.lowerBound, $0.fromSpan.lowerBound) < ($1.toSpan.lowerBound, $1.fromSpan.lowerBound) }
        return ReuseEdge(from: source.id, to: copy.id, passages: passages, basis: basis)
    }

    /// Whether two articles were published close enough for ``ReuseConfiguration/maximumDaysApart``:
    /// the seconds between their publication intervals (none where they overlap) against the window.
    func areWithinWindow(_ first: ReuseFingerprint, _ second: ReuseFingerprint) -> Bool {
        guard let days = configuration.maximumDaysApart, let a = first.publicationTime, let b = second.publicationTime else {
            return true
        }
        let gap = max(0, max(a.lower, b.lower) - min(a.upper, b.upper))
        return gap <= days * 86_400
    }

    /// The kind of a passage of the given similarity.
    func kind(of similarity: Double) -> ReuseKind {
        if similarity >= configuration.verbatimThreshold { return .verbatim }
        if similarity >= configuration.nearVerbatimThreshold { return .nearVerbatim }
        return .paraphrase
    }
}
