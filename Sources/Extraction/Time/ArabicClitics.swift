/// Attached proclitics of matching-normalized Arabic words, removed at the byte level.
enum ArabicClitics {
    // The two UTF-8 bytes of the letters proclitics are made of, read as one big-endian number.
    private static let waw: UInt16 = 0xD988  // U+0648 ARABIC LETTER WAW, "and"
    private static let feh: UInt16 = 0xD981  // U+0641 ARABIC LETTER FEH, "so"
    private static let beh: UInt16 = 0xD8A8  // U+0628 ARABIC LETTER BEH, "in, with"
    private static let lam: UInt16 = 0xD984  // U+0644 ARABIC LETTER LAM, "for"
    private static let kaf: UInt16 = 0xD983  // U+0643 ARABIC LETTER KAF, "as"

    /// Calls `body` with each reading of `word` without attached proclitics, shortest removal first,
    /// and returns the first non-`nil` result: without و or ف; without ب، ل or ك (after و/ف or
    /// alone); and ل + ال written لل read back as ال. Stems have at least two letters.
    /// - Complexity: O(1) readings, each passed without copying except لل, which copies the word.
    static func withStems<Result>(
        of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result?
    ) -> Result? {
        var start = 0
        if let lead = letter(word, at: 0), lead == waw || lead == feh {
            start = 2
            if word.count - start >= 4, let result = body(UnsafeBufferPointer(rebasing: word[start...])) {
                return result
            }
        }
        guard let preposition = letter(word, at: start), preposition == beh || preposition == lam || preposition == kaf
        else { return nil }
        let stem = start + 2
        if preposition == lam, letter(word, at: stem) == lam, word.count - stem >= 4 {
            // ل + ال is written لل: restore the article's alef.
            var restored: [UInt8] = [0xD8, 0xA7]
            restored.append(contentsOf: word[stem...])
            if let result = restored.withUnsafeBufferPointer(body) { return result }
        }
        guard word.count - stem >= 4 else { return nil }
        return body(UnsafeBufferPointer(rebasing: word[stem...]))
    }

    /// The letter (two UTF-8 bytes) at byte `index`, or `nil` past the end.
    @inline(__always)
    private static func letter(_ word: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt16? {
        index + 1 < word.count ? UInt16(word[index]) << 8 | UInt16(word[index + 1]) : nil
    }
}
