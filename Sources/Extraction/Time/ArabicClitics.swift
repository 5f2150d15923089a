/// Attached proclitics of matching-normalized Arabic words, removed at the byte level.
enum ArabicClitics {
    // The two UTF-8 bytes of the letters proclitics are made of, read as one big-endian number.
    private static let waw: UInt16 = 0xD988  // U+0648 ARABIC LETTER WAW, "and"
    private static let feh: UInt16 = 0xD981  // U+0641 ARABIC LETTER FEH, "so"
    private static let beh: UInt16 = 0xD8A8  // U+0628 ARABIC LETTER BEH, "in, with"
    private static let lam: UInt16 = 0xD984  // U+0644 ARABIC LETTER LAM, "for"
    private static let kaf: UInt16 = 0xD983  // U+0643 ARABIC LETTER KAF, "as"

    /// The readings of a word without attached proclitics, as byte offsets where the stem starts.
    struct Stems {
        /// The stem after و or ف, if any.
        var afterConjunction: Int?
        /// The stem after a preposition ب، ل or ك (itself after و/ف or not), if any.
        var afterPreposition: Int?
        /// Whether the preposition is ل before the article written لل: the stem at
        /// `afterPreposition` then reads with an alef before it (للعام is ل + العام).
        var restoresArticle = false
    }

    /// The stems of `word`: without و or ف; without ب، ل or ك after them or alone. A stem has at
    /// least two letters.
    /// - Complexity: O(1).
    static func stems(of word: UnsafeBufferPointer<UInt8>) -> Stems {
        var stems = Stems()
        var start = 0
        if let lead = letter(word, at: 0), lead == waw || lead == feh {
            start = 2
            if word.count - start >= 4 { stems.afterConjunction = start }
        }
        guard let preposition = letter(word, at: start), preposition == beh || preposition == lam || preposition == kaf
        else { return stems }
        let stem = start + 2
        guard word.count - stem >= 4 else { return stems }
        stems.afterPreposition = stem
        stems.restoresArticle = preposition == lam && letter(word, at: stem) == lam
        return stems
    }

    /// The letter (two UTF-8 bytes) at byte `index`, or `nil` past the end.
    @inline(__always)
    private static func letter(_ word: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt16? {
        index + 1 < word.count ? UInt16(word[index]) << 8 | UInt16(word[index + 1]) : nil
    }
}
