import ArabicText

/// الحادي and الحادية, with or without the article, heads of the ordinals 11 and 21, and و written
/// apart («خمسة و عشرون»): parts of numbers that ``NumeralParser`` reads only with what follows.
enum NumeralHeads {
    /// The heads, matching-normalized.
    static let table: ByteKeyTable<Bool> = {
        var table = ByteKeyTable<Bool>(capacity: 8)
        for word in "الحادي الحادية حادي حادية و".split(separator: " ") {
            table.insert(true, for: ArabicNormalizer.matching.normalizedString(String(word)))
        }
        return table
    }()
}
