/// A weekday name found in a run of words by ``WeekdayLexicon``.
public struct WeekdayMatch: Hashable, Sendable {
    /// The day the name stands for.
    public let weekday: Weekday
    /// The number of words the match covers, counting an introducing يوم.
    public let wordCount: Int
    /// Whether the matched word has a common meaning besides the day, so that a caller should accept
    /// it only with context.
    ///
    /// The names without the article are ambiguous: أحد is also "anyone", اثنين is also "two",
    /// جمعة and خميس are also given names; so are the English abbreviations Sat, Sun and Wed.
    /// A name introduced by يوم ("يوم أحد") is never ambiguous.
    public let isAmbiguous: Bool

    /// A match of `weekday` covering `wordCount` words.
    public init(weekday: Weekday, wordCount: Int, isAmbiguous: Bool) {
        self.weekday = weekday
        self.wordCount = wordCount
        self.isAmbiguous = isAmbiguous
    }
}
