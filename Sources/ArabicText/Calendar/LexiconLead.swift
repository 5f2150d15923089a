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
