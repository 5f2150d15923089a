import ArabicText

/// The words that start calendar names of several words, or introduce a name, without being names
/// by themselves; ``TimeScan`` asks ``CalendarLexicon`` at these words whatever the cache says.
enum CalendarHeads {
    /// The heads, matching-normalized.
    static let table: ByteKeyTable<Bool> = {
        var table = ByteKeyTable<Bool>(capacity: 32)
        for word in "كانون تشرين جمادى جمادي ذو ذي ذا شهر شهري يوم يومي فصل arab".split(separator: " ") {
            table.insert(true, for: ArabicNormalizer.matching.normalizedString(String(word)))
        }
        return table
    }()
}
