/// Month names of the Gregorian and Hijri calendars as written in Arabic media, with their spelling
/// variants.
///
/// The lexicon covers the transliterated names (يناير), the Syriac names of the Levant and Iraq
/// (كانون الثاني), the French-derived names of Algeria and Tunisia (جانفي), the Moroccan names
/// (يوليوز), the English names and abbreviations (December, Dec, Sept) and the Hijri months
/// (ربيع الأول، ذو الحجة). Words are compared after ``ArabicNormalizer/matching`` normalization, so
/// every variant that level folds (أبريل، ابريل، إبريل; ذو القعدة، ذو القعده; diacritics, tatweel,
/// Arabic-Indic digits, Latin case) matches without being listed. The full list is in
/// <doc:Calendars>.
///
/// ```swift
/// let words = ["وفي", "منتصف", "كانون", "الثاني", "2024"]
/// let match = MonthLexicon.match(words, at: 2)
/// match?.month      // CalendarMonth(calendar: .gregorian, number: 1)
/// match?.wordCount  // 2
/// ```
public enum MonthLexicon {
    /// What one normalized form stands for.
    struct Entry: Sendable {
        let month: CalendarMonth
        let styles: MonthNameStyles
    }

    /// The parsed lexicon, built from ``source`` at first use.
    static let table = LexiconTable<Entry>(
        source: source,
        contextWords: ["شهر", "شهري"],
        parseValue: parseEntry,
        merge: { first, second in
            guard first.month == second.month else { return nil }
            return Entry(month: first.month, styles: first.styles.union(second.styles))
        }
    )

    /// Reads a value field such as `syriac 2`.
    private static func parseEntry(_ field: Substring) -> Entry? {
        let parts = field.split(separator: " ")
        guard parts.count == 2, let styles = MonthNameStyles.named(parts[0]), let number = Int(parts[1]),
            let month = CalendarMonth(calendar: styles == .hijri ? .hijri : .gregorian, number: number)
        else { return nil }
        return Entry(month: month, styles: styles)
    }

    /// The longest month name that starts at `start` in `words`.
    ///
    /// Names may span several words (كانون الثاني، ربيع الأول، ذو الحجة); the longest name wins, so
    /// ربيع الأول is a month even though ربيع alone is not. The first word may carry the proclitics
    /// و or ف and then ب or ل (وشباط، بمارس، ولأيار), and the name may be introduced by شهر or شهري,
    /// with or without those proclitics (بشهر رمضان); an introduced name is never ambiguous. A name
    /// never spans punctuation, which is trimmed from the ends of each word.
    ///
    /// - Parameters:
    ///   - words: Tokenized words, in any normalization (they are folded again, which is idempotent).
    ///   - start: The index of the first word to look at.
    /// - Returns: The match, or `nil` when no month name starts at `start`.
    /// - Complexity: O(k) dictionary lookups and O(k·m) normalization work, where k is the most words
    ///   in a name (three with شهر) and m the length of a word.
    public static func match<Words: Collection>(_ words: Words, at start: Words.Index) -> MonthMatch?
    where Words.Element: StringProtocol {
        guard let (lead, following) = LexiconLead.prepare(words, at: start, admits: table.admits) else { return nil }
        return match(lead: lead, following: following)
    }

    /// ``match(_:at:)`` with the word at the start and the words after it already prepared.
    static func match(lead: LexiconLead, following: [LexiconWord]) -> MonthMatch? {
        table.match(lead: lead, following: following).map { hit in
            MonthMatch(
                month: hit.value.month, styles: hit.value.styles, wordCount: hit.wordCount,
                isAmbiguous: hit.isAmbiguous)
        }
    }

    /// The month named by the whole of `name`, such as "ربيع الآخر" or "بشهر آب".
    /// - Parameter name: One name, its words separated by white space.
    /// - Returns: The match, or `nil` when `name` is not exactly one month name.
    /// - Complexity: O(n) in the length of `name`.
    public static func month(named name: String) -> MonthMatch? {
        let words = name.split(whereSeparator: \.isWhitespace)
        guard let match = match(words, at: 0), match.wordCount == words.count else { return nil }
        return match
    }
}
