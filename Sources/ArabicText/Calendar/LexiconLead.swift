/// The first word of a possible match, prepared once and shared by the month, weekday and season
/// tables: the word and its readings without proclitics.
struct LexiconLead {
    /// The prepared word.
    let word: LexiconWord
    /// The word and its readings without proclitics, for forms of several words.
    let readings: [LexiconKey]
    /// The word and those readings that may stand alone (three letters or more after a proclitic).
    let singleWordReadings: [LexiconKey]

    /// Prepares `word`.
    /// - Complexity: O(n) in the length of `word`.
    init(_ word: some StringProtocol) {
        self.word = LexiconWord(word)
        let stems = LexiconWord.procliticReadings(of: self.word.key)
        readings = [self.word.key] + stems
        singleWordReadings =
            stems.isEmpty
            ? readings
            : [self.word.key] + stems.filter { $0.scalarCount >= LexiconWord.minimumSingleWordStemLength }
    }
}

extension LexiconLead {
    /// The word at `start` as a lead and the words after it, ready for ``LexiconTable`` lookups; `nil`
    /// when `start` is past the end or `admits` turns the lead away, in which case the following
    /// words are never normalized.
    static func prepare<Words: Collection>(
        _ words: Words, at start: Words.Index, admits: (LexiconLead) -> Bool
    ) -> (lead: LexiconLead, following: [LexiconWord])? where Words.Element: StringProtocol {
        guard start < words.endIndex else { return nil }
        let lead = LexiconLead(words[start])
        guard admits(lead) else { return nil }
        return (lead, LexiconWord.following(words, after: start, lead: lead.word, limit: LexiconWord.followingLimit))
    }
}
