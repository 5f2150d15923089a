/// The tunable parameters of ``ReuseDetector``: candidate generation, alignment and classification.
///
/// The fingerprint itself (the shingle size ``Shingler/wordCount``, the hash, and the MinHash family
/// of ``MinHash``) is fixed, not configured, so that stored signatures stay comparable. The defaults
/// and the reasons for them are in <doc:Reuse>.
public struct ReuseConfiguration: Sendable, Hashable, Codable {
    /// LSH bands over the MinHash signature. With ``rowsPerBand`` 3, 42 bands put the middle of the
    /// S-curve 1 − (1 − s³)⁴² at a Jaccard similarity of 0.25.
    public var bands: Int = 42
    /// Signature rows per LSH band; `bands * rowsPerBand` must not exceed ``MinHash/permutationCount``.
    public var rowsPerBand: Int = 3
    /// An LSH bucket with more articles than this pairs each with the earliest one only, instead of
    /// all with all, so that a story copied by hundreds of outlets costs linear time.
    public var maximumBucketSize: Int = 64
    /// Distinct shingles two articles must share to become a candidate through the inverted index.
    public var minimumSharedShingles: Int = 3
    /// Shingles found in more articles than this are boilerplate for the inverted index and are not
    /// counted (they still count in MinHash and alignment).
    public var maximumDocumentFrequency: Int = 48
    /// The most words a passage may skip on either side between two stretches seeded by shared
    /// shingles (a changed clause, an inserted aside).
    public var maximumGap: Int = 8
    /// The most words a passage end may skip on either side to take in a further run of two or more
    /// shared words not seeded by a shingle.
    public var maximumGrowthGap: Int = 4
    /// The fewest aligned words a passage needs.
    public var minimumPassageWords: Int = 8
    /// Similarity from which a passage is ``ReuseKind/verbatim``.
    public var verbatimThreshold: Double = 0.95
    /// Similarity from which a passage is ``ReuseKind/nearVerbatim``.
    public var nearVerbatimThreshold: Double = 0.7
    /// Similarity from which a passage anchored by at least two shingles is a
    /// ``ReuseKind/paraphrase``; below it the pair shares phrases, not a passage.
    public var paraphraseFloor: Double = 0.4

    /// The most days between two articles' publication for their shared text to be aligned as a
    /// copy; `nil` aligns any two. News copies within days, and a story's articles fall within
    /// weeks; a passage met again months later is background, which stories do not join (see
    /// `StoryReuse.copyWindow`), and aligning every such pair would make a large archive cost time
    /// quadratic in its recurring stock phrases. Articles without a readable date are always aligned.
    public var maximumDaysApart: Int? = 31

    /// The default configuration.
    public init() {}
}
