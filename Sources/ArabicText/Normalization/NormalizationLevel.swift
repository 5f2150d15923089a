/// How far ``ArabicNormalizer`` folds text.
///
/// Both levels keep the text readable and keep one output scalar per original letter wherever
/// possible, so that spans found on the normalized form map back to the original through an
/// ``OffsetMap``. The rules with their code points are listed in <doc:NormalizationRules>.
public enum NormalizationLevel: String, CaseIterable, Sendable, Codable {
    /// Invisible differences removed: tatweel, zero-width and bidi marks dropped, presentation forms
    /// and Persian/Urdu letter forms folded to the Arabic letters, every digit script to ASCII,
    /// white space unified. Diacritics and spelling are kept.
    case display
    /// Display, plus the spelling differences that Arabic writers make freely: diacritics removed,
    /// alef forms to bare alef, alef maqsura to ya, ta marbuta to ha, hamza seats to a lone hamza,
    /// letters for foreign sounds to their nearest Arabic letter, Latin letters to lower case.
    case matching
}
