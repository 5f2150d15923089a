/// A title or role found at a place in a sequence of words, such as the words before a person's
/// name.
///
/// ```swift
/// let words = ["قال", "وزير", "الخارجية", "العراقي", "فؤاد", "حسين"]
/// let match = RoleLexicon.match(words, at: 1)
/// match?.role           // "وزير الخارجية"
/// match?.wordCount      // 2
/// match?.takesGenitive  // false
/// ```
public struct RoleMatch: Sendable, Hashable {
    /// The role as the lexicon writes it (وزير الخارجية، المتحدث باسم، د.).
    public var role: String
    /// What kind of role it is.
    public var kind: RoleKind
    /// The number of words the role covers.
    public var wordCount: Int
    /// The number of Unicode scalars of proclitics (و، ف، ب، ل، ك) in front of the role in its first
    /// word, in matching form: 1 for «والرئيس».
    public var procliticLength: Int
    /// Whether the role goes on with a genitive or a ل complement that names what it heads or speaks
    /// for: «وزير» + الخارجية، «المتحدث باسم» + الحكومة، «الأمين العام» + للأمم المتحدة، «قائد» + القوات.
    /// A caller reads that complement (an organization, a country) before the person's name.
    public var takesGenitive: Bool
    /// Whether the role is grammatically feminine (الوزيرة، المتحدثة باسم، السيدة), which tells a
    /// quotation resolver the speaker's gender.
    public var isFeminine: Bool
    /// Whether the words are often something else (اللواء "the brigade", الفريق "the team", العميد
    /// "the dean"), so a caller should want a name after them.
    public var isAmbiguous: Bool

    /// A match.
    public init(
        role: String, kind: RoleKind, wordCount: Int, procliticLength: Int, takesGenitive: Bool, isFeminine: Bool,
        isAmbiguous: Bool
    ) {
        self.role = role
        self.kind = kind
        self.wordCount = wordCount
        self.procliticLength = procliticLength
        self.takesGenitive = takesGenitive
        self.isFeminine = isFeminine
        self.isAmbiguous = isAmbiguous
    }
}
