public import ArabicText

/// What reuse detection keeps of one article: its MinHash signature for candidate search, and its
/// words and shingles in matching form for alignment.
///
/// Making a fingerprint is the per-article part of reuse detection and is independent across
/// articles, so callers can make them in parallel (a task group over the articles) and hand the
/// results to the `edges(among:)` of ``ReuseDetector`` that takes fingerprints.
public struct ReuseFingerprint: Sendable {
    /// The article id.
    public let id: String
    /// The article's outlet, if known.
    public let outlet: String?
    /// The publication date or time as given.
    public let published: String?
    /// The article's place in the input.
    public let order: Int
    /// The MinHash signature of the article's shingles.
    public let signature: MinHashSignature
    /// The article's original text length in Unicode scalars.
    public let scalarCount: Int

    /// Words, word hashes, sentence starts and shingles in matching form.
    let words: WordSequence
    /// The shingle occurrences as ``ShingleKey``s, sorted (by hash prefix, then position).
    let shingleKeys: [UInt64]
    /// From spans of the matching form back to the original text.
    let offsetMap: OffsetMap
    /// The names of the outlet, ready to be found in other articles.
    let outletPatterns: [OutletPattern]
    /// The publication time, when `published` could be read.
    let publicationTime: PublicationTime?

    /// The fingerprint of `document`.
    /// - Complexity: O(n · k) for n words of text and k = ``MinHash/permutationCount``.
    public init(_ document: ReuseDocument) {
        var text = document.text
        let normalized = text.withUTF8 { ArabicNormalizer.matching.normalize(utf8: $0) }
        let words = normalized.utf8.withUnsafeBufferPointer { Shingler().words(inNormalizedUTF8: $0) }
        self.init(document, words: words, offsetMap: normalized.offsetMap)
    }

    /// The fingerprint of `document` from its matching form, made once at ingestion and shared with
    /// the other stages, so that the text is not normalized again.
    /// - Parameters:
    ///   - document: the article.
    ///   - matching: `document.text` normalized by `ArabicNormalizer.matching`; a text of another
    ///     level or of another text gives wrong words and spans.
    /// - Complexity: O(n · k) for n words of text and k = ``MinHash/permutationCount``.
    public init(_ document: ReuseDocument, matching: NormalizedText) {
        var text = matching.text
        let words = text.withUTF8 { Shingler().words(inNormalizedUTF8: $0) }
        self.init(document, words: words, offsetMap: matching.offsetMap)
    }

    private init(_ document: ReuseDocument, words: WordSequence, offsetMap map: OffsetMap) {
        id = document.id
        outlet = document.outlet
        published = document.published
        order = document.order
        scalarCount = map.originalCount
        signature = MinHash.standard.signature(of: words.shingles)
        var keys: [UInt64] = []
        keys.reserveCapacity(min(words.shingles.count, ShingleKey.maximumPosition + 1))
        for (position, hash) in words.shingles.enumerated() where position <= ShingleKey.maximumPosition {
            keys.append(ShingleKey.make(hash: hash, position: position))
        }
        KeySort.sort(&keys, lowBytesInOrder: 3)
        shingleKeys = keys
        shingleCount = words.shingles.count
        // The hashes live on in the sorted keys; the sequence keeps words and sentences only.
        var words = words
        words.shingles = []
        self.words = words
        offsetMap = map
        outletPatterns = ([document.outlet].compactMap { $0 } + document.outletAliases).compactMap(
            OutletPattern.init(name:))
        publicationTime = document.published.flatMap(PublicationTime.init)
    }

    /// The number of words in matching form.
    public var wordCount: Int { words.count }

    /// The number of shingles (positions, repeats included).
    public let shingleCount: Int

    /// The original scalar span of the words `range`.
    func originalSpan(ofWords range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return offsetMap.originalRange(
            of: words.spans[range.lowerBound].lowerBound..<words.spans[range.upperBound - 1].upperBound)
    }
}
