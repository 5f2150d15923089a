import ArabicText

/// An outlet's name as word hashes in matching form, found in a text with the proclitics Arabic glues
/// to its first word: و، ف، ب، ك and ل (لـ before ال contracts: الجزيرة → للجزيرة).
///
/// A name whose first word carries ل («لوكالة الأنباء»، «للجزيرة») is attributed by the preposition
/// itself (said *to* the outlet); other forms need a cue word before them (see ``AttributionCues``).
struct OutletPattern: Sendable, Hashable {
    /// Hashes of the first word, bare or with و، ف، ب، ك.
    var firstWords: [UInt64]
    /// Hashes of the first word with ل, alone or after و or ف.
    var firstWordsWithLam: [UInt64]
    /// Hashes of the other words.
    var rest: [UInt64]
    /// One bit per first-word form (bit `hash & 63`), to turn most words away with one test.
    private var filter: UInt64

    /// The pattern of `name`; `nil` when it has no words.
    init?(name: String) {
        let normalized = ArabicNormalizer.matching.normalizedString(name)
        let words = Tokenizer().tokens(in: normalized).filter { [.word, .latin, .number].contains($0.kind) }
            .map { String($0.text(in: normalized)) }
        guard let first = words.first else { return nil }
        func hash(_ word: String) -> UInt64 { FNV1a.hash(word.utf8) }
        firstWords = ["", "و", "ف", "ب", "ك", "وب", "فب"].map { hash($0 + first) }
        var withLam = ["ل", "ول", "فل"].map { hash($0 + first) }
        if first.hasPrefix("ال"), first.unicodeScalars.count > 2 {
            let stem = String(first.unicodeScalars.dropFirst(2))
            withLam += ["لل", "ولل", "فلل"].map { hash($0 + stem) }
        }
        firstWordsWithLam = withLam
        rest = words.dropFirst().map(hash)
        filter = (firstWords + withLam).reduce(0) { $0 | 1 << ($1 & 63) }
    }

    /// Whether the name starts at word `index` of `words`, and whether its first word carries ل.
    /// - Returns: `nil` when it does not start there, else whether the ل form matched.
    func match(_ words: UnsafeBufferPointer<UInt64>, at index: Int) -> Bool? {
        guard index + rest.count < words.count, filter & 1 << (words[index] & 63) != 0 else { return nil }
        let withLam: Bool
        if firstWords.contains(words[index]) {
            withLam = false
        } else if firstWordsWithLam.contains(words[index]) {
            withLam = true
        } else {
            return nil
        }
        for (offset, word) in rest.enumerated() where words[index + 1 + offset] != word { return nil }
        return withLam
    }
}
