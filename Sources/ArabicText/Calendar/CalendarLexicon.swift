/// One entry point to the month, weekday and season lexicons.
///
/// A scanner that walks the words of an article asks ``match(_:at:)`` once per word and skips the
/// words a match covers.
///
/// ```swift
/// let words = ["مساء", "الخميس", "9", "ديسمبر", "2021"]
/// CalendarLexicon.match(words, at: 1)  // .weekday(…thursday…)
/// CalendarLexicon.match(words, at: 3)  // .month(…gregorian 12…)
/// ```
public enum CalendarLexicon {
    /// The longest month, weekday or season name that starts at `start` in `words`.
    ///
    /// When names of two kinds start at `start`, the one covering more words wins (ربيع الأول is a
    /// month, not spring). The rules for proclitics, introducing words and punctuation are those of
    /// ``MonthLexicon/match(_:at:)``, ``WeekdayLexicon/match(_:at:)`` and ``SeasonLexicon/match(_:at:)``.
    ///
    /// - Parameters:
    ///   - words: Tokenized words, in any normalization.
    ///   - start: The index of the first word to look at.
    /// - Returns: The term, or `nil` when no calendar word starts at `start`.
    /// - Complexity: O(m) in the length of the word at `start` when no name starts with it (the usual
    ///   case: it is normalized once for all three lexicons); otherwise O(k) dictionary lookups and
    ///   O(k·m) normalization, where k is the most words in a name.
    public static func match<Words: Collection>(_ words: Words, at start: Words.Index) -> CalendarTerm?
    where Words.Element: StringProtocol {
        let prepared = LexiconLead.prepare(words, at: start) { lead in
            MonthLexicon.table.admits(lead) || WeekdayLexicon.table.admits(lead) || SeasonLexicon.table.admits(lead)
        }
        guard let (lead, following) = prepared else { return nil }
        var best: CalendarTerm?
        if let month = MonthLexicon.match(lead: lead, following: following) { best = .month(month) }
        if let weekday = WeekdayLexicon.match(lead: lead, following: following),
            weekday.wordCount > best?.wordCount ?? 0
        {
            best = .weekday(weekday)
        }
        if let season = SeasonLexicon.match(lead: lead, following: following), season.wordCount > best?.wordCount ?? 0 {
            best = .season(season)
        }
        return best
    }
}
