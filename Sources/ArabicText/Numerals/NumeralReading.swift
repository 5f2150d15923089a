/// A word of a text read against the numeral lexicon: its meanings and the clitics around its stem.
struct NumeralReading: Sendable, Hashable {
    /// What the stem means; never empty.
    var meanings: [NumeralWord]
    /// Number of scalars of conjunction and preposition clitics before the article or stem.
    var cliticLength: Int
    /// Number of scalars of the article: 2 for ال, 1 for the ل left of it after the preposition ل
    /// (للثالث), 0 without an article.
    var articleLength: Int
    /// Whether the word starts with the conjunction و or ف.
    var hasConjunction: Bool
    /// Whether the word carries one of the prepositions ب، ل، ك.
    var hasPreposition: Bool

    /// Whether the stem carries the article.
    var hasArticle: Bool { articleLength > 0 }

    /// Whether any meaning can be part of a numeral expression.
    var isNumeric: Bool { meanings.contains { $0.isNumeric } }

    /// Whether the stem has `meaning`.
    func means(_ meaning: NumeralWord) -> Bool { meanings.contains(meaning) }

    /// The context word the stem is, if it is one.
    var contextWord: NumeralWord.Context? {
        for meaning in meanings {
            if case .context(let word) = meaning { return word }
        }
        return nil
    }
}
