/// A word of running text prepared for a lexicon lookup: folded at the matching level, with
/// punctuation trimmed from both ends and remembered, because a multi-word name never spans
/// punctuation ("ربيع، الأول" is not a month).
struct LexiconWord {
    /// The matching-normalized word without surrounding punctuation; empty for pure punctuation.
    let key: LexiconKey
    /// Whether punctuation was trimmed from the start of the word.
    let hasLeadingPunctuation: Bool
    /// Whether punctuation was trimmed from the end of the word.
    let hasTrailingPunctuation: Bool

    /// Prepares `word`.
    /// - Complexity: O(n) in the UTF-8 length of `word`.
    init(_ word: some StringProtocol) {
        let normalizer = ArabicNormalizer.matching
        let utf8 = word.utf8
        var folded = utf8.withContiguousStorageIfAvailable { normalizer.normalizedUTF8($0) }
            ?? Array(utf8).withUnsafeBufferPointer { normalizer.normalizedUTF8($0) }
        let (lower, upper) = folded.withUnsafeBufferPointer(Self.unpunctuatedRange)
        hasLeadingPunctuation = lower != 0
        hasTrailingPunctuation = upper != folded.count
        if hasLeadingPunctuation || hasTrailingPunctuation {
            folded = Array(folded[lower..<upper])
        }
        key = LexiconKey(bytes: folded)
    }

    /// The byte range of `bytes` without punctuation scalars at either end.
    private static func unpunctuatedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var lower = 0
        var upper = bytes.count
        while lower < upper {
            var next = lower
            guard isPunctuation(UTF8Decoding.decode(bytes, at: &next)) else { break }
            lower = next
        }
        while lower < upper {
            var start = upper - 1
            while start > lower, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            var next = start
            guard isPunctuation(UTF8Decoding.decode(bytes, at: &next)) else { break }
            upper = start
        }
        return (lower, upper)
    }

    private static func isPunctuation(_ value: UInt32) -> Bool {
        switch value {
        // ASCII letters and digits and the Arabic letters, the usual case, answered without a table.
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x0621...0x064A: return false
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// The words after `start` that may continue a name starting there: at most `limit` of them, none
    /// after punctuation.
    /// - Complexity: O(`limit`·m), where m is the length of a word.
    static func following<Words: Collection>(
        _ words: Words, after start: Words.Index, lead: LexiconWord, limit: Int
    ) -> [LexiconWord] where Words.Element: StringProtocol {
        var following: [LexiconWord] = []
        guard !lead.hasTrailingPunctuation else { return following }
        following.reserveCapacity(limit)
        var index = words.index(after: start)
        while following.count < limit, index < words.endIndex {
            let word = LexiconWord(words[index])
            if word.key.isEmpty || word.hasLeadingPunctuation { break }
            following.append(word)
            if word.hasTrailingPunctuation { break }
            words.formIndex(after: &index)
        }
        return following
    }

    /// The most words ``following(_:after:lead:limit:)`` needs to collect for any calendar lexicon:
    /// a context word (شهر) and a name of two words.
    static let followingLimit = 2

    // The two UTF-8 bytes of the letters proclitics are made of.
    private static let waw: UInt16 = 0xD988  // U+0648 ARABIC LETTER WAW, "and"
    private static let feh: UInt16 = 0xD981  // U+0641 ARABIC LETTER FEH, "so"
    private static let beh: UInt16 = 0xD8A8  // U+0628 ARABIC LETTER BEH, "in, with"
    private static let lam: UInt16 = 0xD984  // U+0644 ARABIC LETTER LAM, "for"
    private static let alef: [UInt8] = [0xD8, 0xA7]  // U+0627 ARABIC LETTER ALEF

    /// The shortest stem left after removing proclitics. Callers that match a single word want
    /// three letters (``minimumSingleWordStemLength``); two are enough before more words (وذي الحجة).
    private static let minimumStemLength = 2
    /// The shortest stem that may stand alone after removing proclitics; shorter ones (اب from باب
    /// "door") are too often a different word.
    static let minimumSingleWordStemLength = 3

    /// The readings of `key` with its attached proclitics removed: an optional و or ف followed by an
    /// optional ب or ل, so وشباط → شباط, بشهر → شهر, وبشهر → بشهر and شهر, and لل + word → ال + word
    /// (للأحد → الأحد). The unchanged key is not included; stems have at least two letters.
    static func procliticReadings(of key: LexiconKey) -> [LexiconKey] {
        let bytes = key.bytes
        func letter(at index: Int) -> UInt16? {
            index + 1 < bytes.count ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]) : nil
        }
        guard let lead = letter(at: 0), lead == waw || lead == feh || lead == beh || lead == lam else { return [] }
        var readings: [LexiconKey] = []
        var stemStart = 0
        if lead == waw || lead == feh {
            stemStart = 2
            appendStem(of: bytes, from: stemStart, to: &readings)
        }
        if let preposition = letter(at: stemStart), preposition == beh || preposition == lam {
            let afterPreposition = stemStart + 2
            if preposition == lam, letter(at: afterPreposition) == lam {
                // ل + ال is written لل: restore the article's alef.
                readings.append(LexiconKey(bytes: alef + bytes[afterPreposition...]))
            }
            appendStem(of: bytes, from: afterPreposition, to: &readings)
        }
        return readings
    }

    private static func appendStem(of bytes: [UInt8], from start: Int, to readings: inout [LexiconKey]) {
        let stem = LexiconKey(bytes: Array(bytes[start...]))
        if stem.scalarCount >= minimumStemLength { readings.append(stem) }
    }
}
