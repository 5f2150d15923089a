/// A gazetteer name found at a place in a sequence of words, with what it may refer to.
///
/// ```swift
/// let match = Gazetteer.match(["وصل", "إلى", "طرابلس", "أمس"], at: 2)
/// match?.entry.id             // "city:tripoli-ly"
/// match?.alternatives.map(\.id)  // ["city:tripoli-lb"]
/// match?.isAmbiguous          // true
/// ```
public struct GazetteerMatch: Sendable, Hashable {
    /// The most likely entry among those the words may name: countries before capitals, capitals
    /// before other cities, then regions and organizations, each in lexicon order; a reading of the
    /// whole first word before a reading without proclitics.
    public var entry: GazetteerEntry
    /// The other entries the same words may name (طرابلس in Libya and in Lebanon; عمان, Oman and
    /// Amman; الرياض, the city and the newspaper).
    public var alternatives: [GazetteerEntry]
    /// The number of words the name covers.
    public var wordCount: Int
    /// The number of Unicode scalars of proclitics (و، ف، ب، ل، ك) in front of the name in its first
    /// word, in matching form: 1 for «وبغداد», 2 for «وبغداد» read as و + ب + غداد, 0 for «العراق».
    public var procliticLength: Int
    /// Whether the words are a nisba adjective of a country (الأمريكية، العراقيين، الأتراك) rather
    /// than its name: «القوات الأمريكية» gives a nationality, not a place mention.
    public var isAdjective: Bool
    /// Whether the words need context before a caller relies on them: several entries share them
    /// (see ``alternatives``), or they are also a common word (صور "pictures", العربية "Arabic",
    /// القاعدة "the base").
    public var isAmbiguous: Bool
    /// Whether the words may be something other than a name: a common word (صور "pictures"), or
    /// other words once a proclitic is read off (وجدة). A name only several places share (طرابلس) is
    /// ambiguous but no other word.
    public var mayBeAnotherWord: Bool

    /// A match.
    public init(
        entry: GazetteerEntry, alternatives: [GazetteerEntry], wordCount: Int, procliticLength: Int, isAdjective: Bool,
        isAmbiguous: Bool, mayBeAnotherWord: Bool? = nil
    ) {
        self.mayBeAnotherWord = mayBeAnotherWord ?? isAmbiguous
        self.entry = entry
        self.alternatives = alternatives
        self.wordCount = wordCount
        self.procliticLength = procliticLength
        self.isAdjective = isAdjective
        self.isAmbiguous = isAmbiguous
    }

    /// The canonical name of the most likely entry.
    public var name: String { entry.name }
    /// The entity type of the most likely entry.
    public var type: EntityType { entry.type }
    /// The country of the most likely entry (see ``GazetteerEntry/country``).
    public var country: String? { entry.country }
    /// Whether the most likely entry is a news outlet or agency.
    public var isMedia: Bool { entry.isMedia }
}
