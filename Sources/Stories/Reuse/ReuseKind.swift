/// How closely a reused passage follows its source.
///
/// The kind is read off a passage's ``ReusedPassage/similarity``, the share of its words that the
/// copy keeps in order (see <doc:Reuse>): at least ``ReuseConfiguration/verbatimThreshold`` is
/// verbatim, at least ``ReuseConfiguration/nearVerbatimThreshold`` near-verbatim, anything lower
/// down to ``ReuseConfiguration/paraphraseFloor`` a paraphrase.
public enum ReuseKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The words are the same and in the same order, up to spelling the matching form folds
    /// (diacritics, hamza and alef forms) and a stray word.
    case verbatim
    /// Mostly the same words in the same order: a few words changed, inserted or dropped.
    case nearVerbatim = "near-verbatim"
    /// Rewritten around shared stretches of text: less than the near-verbatim share of the words
    /// kept in order, anchored by at least two shared shingles.
    case paraphrase
}
