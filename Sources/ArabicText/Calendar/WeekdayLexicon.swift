/// Weekday names in Arabic and English, with their spelling variants.
///
/// The names are matched with and without the article (الأحد، أحد) and after ``ArabicNormalizer/matching``
/// normalization, so الاثنين، الإثنين and الأثنين are one entry. The full list is in <doc:Calendars>.
///
/// ```swift
/// WeekdayLexicon.weekday(named: "يوم الخميس")?.weekday  // .thursday
/// ```
public enum WeekdayLexicon {
    /// The parsed lexicon, built from ``source`` at first use.
    static let table = LexiconTable<Weekday>(
        source: source,
        contextWords: ["يوم", "يومي"],
        parseValue: { field in Int(field).flatMap(Weekday.init(rawValue:)) },
        merge: { first, second in first == second ? first : nil }
    )

    /// The longest weekday name that starts at `start` in `words`.
    ///
    /// The first word may carry the proclitics و or ف and then ب or ل (والخميس، للأحد), and the name
    /// may be introduced by يوم or يومي (يوم أحد، يومي السبت); an introduced name is never ambiguous.
    ///
    /// - Parameters:
    ///   - words: Tokenized words, in any normalization.
    ///   - start: The index of the first word to look at.
    /// - Returns: The match, or `nil` when no weekday name starts at `start`.
    /// - Complexity: O(k) dictionary lookups and O(k·m) normalization work, where k is at most two
    ///   words and m the length of a word.
    public static func match<Words: Collection>(_ words: Words, at start: Words.Index) -> WeekdayMatch?
    where Words.Element: StringProtocol {
        guard let (lead, following) = LexiconLead.prepare(words, at: start, admits: table.admits) else { return nil }
        return match(lead: lead, following: following)
    }

    /// ``match(_:at:)`` with the word at the start and the words after it already prepared.
    static func match(lead: LexiconLead, following: [LexiconWord]) -> WeekdayMatch? {
        table.match(lead: lead, following: following).map { hit in
            WeekdayMatch(weekday: hit.value, wordCount: hit.wordCount, isAmbiguous: hit.isAmbiguous)
        }
    }

    /// The weekday named by the whole of `name`, such as "الأربعاء" or "يوم جمعة".
    /// - Parameter name: One name, its words separated by white space.
    /// - Returns: The match, or `nil` when `name` is not exactly one weekday name.
    /// - Complexity: O(n) in the length of `name`.
    public static func weekday(named name: String) -> WeekdayMatch? {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard let match = match(words, at: 0), match.wordCount == words.count else { return nil }
        return match
    }
}
