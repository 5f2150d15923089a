/// Something a speaker said, directly or reported, with the chain of outlets it came through.
public struct Quote: Sendable, Hashable, Codable {
    /// Stable identifier within its article.
    public var id: String
    /// Unicode scalar offsets into the article's text of the quoted words, end exclusive.
    public var span: Range<Int>
    /// The quoted words.
    public var text: String
    /// The speaker's entity id, where the speaker was resolved to an entity.
    public var speaker: String?
    /// The speaker as the text names them (الأعرجي، المتحدث، القيادة).
    public var speakerText: String?
    /// The reporting verb or marker (قال، أكد، «:», an embedded post).
    public var cue: String?
    /// Whether the words are quoted directly (in quotation marks or a post), not reported.
    public var isDirect: Bool
    /// The outlets or agencies it passed through, nearest first (بحسب، نقلت … عن، لوكالة …).
    public var via: [String]

    /// A quote.
    public init(
        id: String, span: Range<Int>, text: String, speaker: String?, speakerText: String?, cue: String?,
        isDirect: Bool, via: [String]
    ) {
        self.id = id
        self.span = span
        self.text = text
        self.speaker = speaker
        self.speakerText = speakerText
        self.cue = cue
        self.isDirect = isDirect
        self.via = via
    }
}
