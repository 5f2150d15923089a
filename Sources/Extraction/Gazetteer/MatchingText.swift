import ArabicText

/// A text folded at the `NormalizationLevel.matching` level and cut into tokens, with the map back to
/// the text it came from: the form every lexicon of this module matches against.
///
/// Lexicon forms go through the same normalizer and tokenizer, so a form and the text it names agree
/// token for token: «أ.ف.ب» is the five tokens ا . ف . ب on both sides, «د.» is د and a full stop.
struct MatchingText {
    /// The matching-normalized UTF-8 bytes.
    let bytes: [UInt8]
    /// The tokens of ``bytes``; their spans are normalized scalar and byte offsets.
    let tokens: [MatchToken]
    /// Takes normalized scalar offsets back to the original text.
    let offsetMap: OffsetMap
    /// For each token, the index of the caller's word it came from (only for ``init(words:from:limit:)``).
    let wordIndices: [Int]

    /// Normalizes and tokenizes `text`.
    ///
    /// Offsets are stored in 32 bits: a text must stay under 2 GB.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    init(_ text: String) {
        var text = text
        (bytes, offsetMap) = text.withUTF8 { ArabicNormalizer.matching.normalize(utf8: $0) }
        tokens = Self.tokenize(bytes)
        wordIndices = []
    }

    private static func tokenize(_ bytes: [UInt8]) -> [MatchToken] {
        var tokens: [MatchToken] = []
        tokens.reserveCapacity(bytes.count / 8 + 4)
        bytes.withUnsafeBufferPointer { buffer in
            Tokenizer().forEachToken(inUTF8: buffer) { tokens.append(MatchToken($0)) }
        }
        return tokens
    }

    /// Normalizes and tokenizes at most `limit` of `words` from `start` on, each word on its own, and
    /// remembers which word each token came from.
    /// - Complexity: O(`limit`·m), where m is the length of a word.
    init<Words: Collection>(words: Words, from start: Words.Index, limit: Int) where Words.Element: StringProtocol {
        var joined: [UInt8] = []
        var starts: [Int] = []
        var index = start
        while starts.count < limit, index < words.endIndex {
            if !starts.isEmpty { joined.append(0x20) }
            starts.append(joined.count)
            let utf8 = words[index].utf8
            let folded =
                utf8.withContiguousStorageIfAvailable { ArabicNormalizer.matching.normalizedUTF8($0) }
                ?? Array(utf8).withUnsafeBufferPointer { ArabicNormalizer.matching.normalizedUTF8($0) }
            joined.append(contentsOf: folded)
            words.formIndex(after: &index)
        }
        (bytes, tokens, offsetMap) = (joined, Self.tokenize(joined), OffsetMap())
        wordIndices = Self.wordIndices(of: tokens, wordStarts: starts)
    }

    /// Tokenizes `keys` as ``init(words:from:limit:)`` does all of them, without folding again the
    /// keys that `isFolded` says are already at the matching level (folding is idempotent, so the
    /// text is the same, without an allocation per word).
    /// - Complexity: O(n) in the total length of the keys.
    init(keys: [String], isFolded: (Int) -> Bool) {
        var joined: [UInt8] = []
        joined.reserveCapacity(keys.reduce(0) { $0 + $1.utf8.count + 1 })
        var starts: [Int] = []
        starts.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            if index > 0 { joined.append(0x20) }
            starts.append(joined.count)
            if isFolded(index) {
                joined.append(contentsOf: key.utf8)
            } else {
                var key = key
                joined.append(contentsOf: key.withUTF8 { ArabicNormalizer.matching.normalizedUTF8($0) })
            }
        }
        (bytes, tokens, offsetMap) = (joined, Self.tokenize(joined), OffsetMap())
        wordIndices = Self.wordIndices(of: tokens, wordStarts: starts)
    }

    /// For each token, the index of the word whose bytes start at or before it (`wordStarts` in order).
    private static func wordIndices(of tokens: [MatchToken], wordStarts starts: [Int]) -> [Int] {
        var indices: [Int] = []
        indices.reserveCapacity(tokens.count)
        var word = 0
        for token in tokens {
            while word + 1 < starts.count, starts[word + 1] <= token.utf8Span.lowerBound { word += 1 }
            indices.append(word)
        }
        return indices
    }

    /// Whether the token at `index` can start or continue a name: Arabic or Latin letters.
    func isWordLike(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        return kind == .word || kind == .latin
    }

    /// Whether tokens `index - 1` and `index` are on one line: a name never spans a line break.
    func isOnSameLine(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        var byte = tokens[index - 1].utf8Span.upperBound
        let end = tokens[index].utf8Span.lowerBound
        while byte < end {
            if bytes[byte] == 0x0A { return false }
            byte += 1
        }
        return true
    }

    /// Whether tokens `index - 1` and `index` touch, with no white space between them.
    func isAttached(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].utf8Span.upperBound == tokens[index].utf8Span.lowerBound
    }

    /// Whether the token at `index` is exactly the normalized `form` (ASCII or pre-normalized bytes).
    func token(_ index: Int, is form: [UInt8]) -> Bool {
        let span = tokens[index].utf8Span
        guard span.count == form.count else { return false }
        var offset = 0
        while offset < form.count {
            if bytes[span.lowerBound + offset] != form[offset] { return false }
            offset += 1
        }
        return true
    }

    /// The normalized text of the token at `index`.
    func text(ofToken index: Int) -> String {
        bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[tokens[index].utf8Span]), as: UTF8.self)
        }
    }

    /// The original scalar span of the normalized scalar span `range`.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        offsetMap.originalRange(of: range)
    }

    /// For the words initializer: the number of caller words that tokens `first...last` cover, when
    /// the tokens after `last` in its word are only punctuation; `nil` when the match would end inside
    /// a word.
    func wordCount(fromToken first: Int, throughToken last: Int) -> Int? {
        var next = last + 1
        while next < tokens.count, wordIndices[next] == wordIndices[last] {
            guard tokens[next].kind == .punctuation else { return nil }
            next += 1
        }
        return wordIndices[last] - wordIndices[first] + 1
    }

    /// For the words initializer: the first word-like token of the first word, after its leading
    /// punctuation.
    var firstWordToken: Int? {
        var index = 0
        while index < tokens.count, wordIndices[index] == 0 {
            if isWordLike(index) { return index }
            guard tokens[index].kind == .punctuation else { return nil }
            index += 1
        }
        return nil
    }
}
