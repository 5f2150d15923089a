/// A season name found in a run of words by ``SeasonLexicon``.
public struct SeasonMatch: Hashable, Sendable {
    /// The season the name stands for.
    public let season: Season
    /// The number of words the match covers, counting an introducing فصل.
    public let wordCount: Int
    /// Whether the matched word has a common meaning besides the season, so that a caller should
    /// accept it only with context: ربيع without the article is also a given name, and the English
    /// spring and fall are also ordinary words. A name introduced by فصل ("فصل الربيع") is never
    /// ambiguous.
    public let isAmbiguous: Bool

    /// A match of `season` covering `wordCount` words.
    public init(season: Season, wordCount: Int, isAmbiguous: Bool) {
        self.season = season
        self.wordCount = wordCount
        self.isAmbiguous = isAmbiguous
    }
}
