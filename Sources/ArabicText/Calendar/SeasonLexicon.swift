/// Season names in Arabic and English.
///
/// ربيع "spring" is also the first word of the Hijri months ربيع الأول and ربيع الآخر; the lexicon
/// defers to ``MonthLexicon`` there, so "ربيع الأول" is never read as spring. The phrase الربيع
/// العربي "the Arab Spring" is known not to be a season.
///
/// ```swift
/// SeasonLexicon.season(named: "الشتاء")?.season  // .winter
/// ```
public enum SeasonLexicon {
    /// The parsed lexicon, built from ``source`` at first use.
    static let table = LexiconTable<Season>(
        source: source,
        contextWords: ["فصل"],
        parseValue: { field in Season(rawValue: String(field)) },
        merge: { first, second in first == second ? first : nil }
    )

    /// The longest season name that starts at `start` in `words`, unless a longer month name starts
    /// there.
    ///
    /// The first word may carry the proclitics و or ف and then ب or ل (والصيف، بالشتاء), and the name
    /// may be introduced by فصل (فصل الربيع), which makes it unambiguous.
    ///
    /// - Parameters:
    ///   - words: Tokenized words, in any normalization.
    ///   - start: The index of the first word to look at.
    /// - Returns: The match, or `nil` when no season name starts at `start` or a month name covering
    ///   more words does.
    /// - Complexity: O(k) dictionary lookups and O(k·m) normalization work, where k is the most words
    ///   in a month name and m the length of a word.
    public static func match<Words: Collection>(_ words: Words, at start: Words.Index) -> SeasonMatch?
    where Words.Element: StringProtocol {
        guard let (lead, following) = LexiconLead.prepare(words, at: start, admits: table.admits) else { return nil }
        return match(lead: lead, following: following)
    }

    /// ``match(_:at:)`` with the word at the start and the words after it already prepared.
    static func match(lead: LexiconLead, following: [LexiconWord]) -> SeasonMatch? {
        guard let hit = table.match(lead: lead, following: following) else { return nil }
        if let month = MonthLexicon.match(lead: lead, following: following), month.wordCount > hit.wordCount {
            return nil
        }
        return SeasonMatch(season: hit.value, wordCount: hit.wordCount, isAmbiguous: hit.isAmbiguous)
    }

    /// The season named by the whole of `name`, such as "الخريف" or "فصل الصيف".
    /// - Parameter name: One name, its words separated by white space.
    /// - Returns: The match, or `nil` when `name` is not exactly one season name.
    /// - Complexity: O(n) in the length of `name`.
    public static func season(named name: String) -> SeasonMatch? {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard let match = match(words, at: 0), match.wordCount == words.count else { return nil }
        return match
    }
}
