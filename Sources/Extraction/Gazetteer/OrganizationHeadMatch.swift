/// A word or phrase that heads an organization name, found at a place in a sequence of words:
/// «وزارة» in «وزارة الخارجية العراقية», «الحرس» in «الحرس الثوري», «الحكومة» alone.
public struct OrganizationHeadMatch: Sendable, Hashable {
    /// The head as the lexicon writes it, or its definite form (وزارة، الوزارة، مجلس النواب).
    public var head: String
    /// The number of words the head covers.
    public var wordCount: Int
    /// The number of Unicode scalars of proclitics (و، ف، ب، ل، ك) in front of the head in its first
    /// word, in matching form: 1 for «ووزارة», 1 for «لوزارة».
    public var procliticLength: Int
    /// Whether the head carries the article: with an adjective after it, it names an organization
    /// (الحكومة العراقية، القوات الأمريكية); alone, it refers back to one (وقالت الوزارة).
    public var isDefinite: Bool
    /// Whether the head names an organization on its own, without a complement (الحكومة، البرلمان،
    /// الجيش، الديوان الملكي، البنك المركزي); it may still take an adjective.
    public var isStandalone: Bool
    /// Whether the head names a news outlet (صحيفة، قناة، وكالة الأنباء), a link of a quotation chain.
    public var isMedia: Bool

    /// A match.
    public init(head: String, wordCount: Int, procliticLength: Int, isDefinite: Bool, isStandalone: Bool, isMedia: Bool)
    {
        self.head = head
        self.wordCount = wordCount
        self.procliticLength = procliticLength
        self.isDefinite = isDefinite
        self.isStandalone = isStandalone
        self.isMedia = isMedia
    }
}
