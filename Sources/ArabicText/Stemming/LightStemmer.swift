/// A light Arabic stemmer for matching: strips proclitics and suffixes, never roots.
///
/// The stemmer follows Larkey's light10 (as Lucene's `ArabicStemmer` does) and agrees with it on
/// Lucene's test cases: one proclitic group from ال، وال، بال، كال، فال، لل، و is removed, then each
/// suffix of ها، ان، ات، ون، ين، يه، ية، ه، ة، ي in turn. Isnad adds the combinations news text uses
/// (ولل، فلل، وبال، فبال، وكال، فكال، فلل) and the pronoun suffixes هم، هن، كم، كما، هما، نا, which
/// are tried first because they attach outside the others. A prefix is removed only where at least
/// two letters remain (three for the lone و), a suffix only where at least two letters remain, so
/// short words stay whole. Lone ف، ب، ك، ل are not removed: too many words start with them
/// (فريق، بيان، كتاب، لبنان). A lone و stays where the word with it stems to the stem of a word that
/// starts with و (وزير، وكالة، وفد: see ``WawInitialWords``), so وزير and الوزير match.
///
/// Input is expected at the ``NormalizationLevel/matching`` level (ة is then ه). The stem is always a
/// contiguous part of the word, so ``stemRange(ofUTF8:)`` returns it without allocating.
public struct LightStemmer: Sendable {
    /// Words returned unchanged.
    public var protectedWords: Set<String>

    /// A stemmer.
    /// - Parameter protectedWords: words, in matching form, that are never stemmed.
    public init(protectedWords: Set<String> = []) {
        self.protectedWords = protectedWords
    }

    /// The stem of `word`.
    /// - Complexity: O(n) in the length of `word`.
    public func stem(_ word: String) -> String {
        if !protectedWords.isEmpty, protectedWords.contains(word) { return word }
        var word = word
        return word.withUTF8 { bytes in
            let range = stemRange(ofUTF8: bytes)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }

    /// The byte range of the stem inside the UTF-8 bytes of one word (``protectedWords`` are not
    /// consulted here).
    /// - Complexity: O(n) in the length of `word`.
    public func stemRange(ofUTF8 word: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = 0
        var letters = StemAffixes.scalarCount(word)
        for prefix in StemAffixes.prefixes {
            let minimum = prefix.letters == 1 ? 4 : prefix.letters + 2
            if letters >= minimum, StemAffixes.matches(prefix.bytes, in: word, at: lower) {
                if prefix.letters == 1, Self.keepsWaw(word, letters: letters) { break }
                lower += prefix.bytes.count
                letters -= prefix.letters
                break
            }
        }
        return lower..<Self.stripSuffixes(word, from: lower, letters: letters)
    }

    /// The end of the stem after the suffixes of `word[lower...]`, which has `letters` scalars.
    private static func stripSuffixes(_ word: UnsafeBufferPointer<UInt8>, from lower: Int, letters: Int) -> Int {
        var upper = word.count
        var letters = letters
        for suffix in StemAffixes.suffixes where letters >= suffix.letters + 2 {
            let start = upper - suffix.bytes.count
            if start >= lower, StemAffixes.matches(suffix.bytes, in: word, at: start) {
                upper = start
                letters -= suffix.letters
            }
        }
        return upper
    }

    /// Whether the و that starts `word` belongs to it: the word stems, و kept, to a stem of
    /// ``WawInitialWords``.
    private static func keepsWaw(_ word: UnsafeBufferPointer<UInt8>, letters: Int) -> Bool {
        let upper = stripSuffixes(word, from: 0, letters: letters)
        return wawInitialStems.contains(String(decoding: UnsafeBufferPointer(rebasing: word[0..<upper]), as: UTF8.self))
    }

    /// The stems, و kept, of ``WawInitialWords``.
    private static let wawInitialStems: Set<String> = Set(
        WawInitialWords.list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { entry in
            var word = ArabicNormalizer.matching.normalizedString(String(entry))
            return word.withUTF8 { bytes in
                let upper = stripSuffixes(bytes, from: 0, letters: StemAffixes.scalarCount(bytes))
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<upper]), as: UTF8.self)
            }
        })
}
