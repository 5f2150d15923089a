import ArabicText

/// Cuts a text into shingles: overlapping runs of ``wordCount`` words of its matching form, each with
/// a fixed 64-bit hash.
///
/// The text is normalized at the `NormalizationLevel.matching` level (so diacritics, tatweel, alef
/// and hamza forms, ta marbuta and digit scripts do not matter) and tokenized by `Tokenizer`. Words
/// are Arabic words, Latin words and numbers; a hashtag contributes the words between its
/// underscores. Punctuation, symbols, handles, URLs and e-mail addresses are not words and do not
/// break a shingle. Inside numbers the thousands separators `,` and U+066C ARABIC THOUSANDS SEPARATOR
/// are dropped and U+066B ARABIC DECIMAL SEPARATOR reads as `.`, so `2,500` and `2500` are one word.
///
/// A shingle's hash is FNV-1a 64 (`FNV1a`) of the UTF-8 bytes of its words joined by one
/// U+0020 SPACE: `FNV1a.hash("w1 w2 w3 w4 w5".utf8)`. It never depends on the process or machine.
///
/// ```swift
/// let shingles = Shingler().shingles(in: "أعلن مستشار الأمن القومي العراقي قاسم الأعرجي")
/// shingles.count         // 3
/// shingles[0].span       // 0..<27, «أعلن مستشار الأمن القومي العراقي»
/// ```
public struct Shingler: Sendable {
    /// Words per shingle: five.
    ///
    /// An Arabic word carries its conjunction, preposition and article (وبالعراق is one word), so five
    /// words say about as much as seven or eight English ones. Shorter shingles repeat across
    /// unrelated articles in formulae (مستشار الأمن القومي، وزارة الخارجية الأميركية); longer ones break
    /// at every changed word: one change removes five shingles, so a copy with a changed word every six
    /// words still keeps one in six, where seven-word shingles would keep none. A passage of the
    /// minimum eight words holds four shingles.
    public static let wordCount = 5

    /// A shingler.
    public init() {}

    /// The shingles of `text`, in order, with spans into `text`.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func shingles(in text: String) -> [Shingle] {
        var text = text
        let normalized = text.withUTF8 { ArabicNormalizer.matching.normalize(utf8: $0) }
        let words = normalized.utf8.withUnsafeBufferPointer { self.words(inNormalizedUTF8: $0) }
        let map = normalized.offsetMap
        return words.shingles.indices.map { index in
            let last = index + Self.wordCount - 1
            let span = map.originalRange(of: words.spans[index].lowerBound..<words.spans[last].upperBound)
            return Shingle(hash: words.shingles[index], words: index..<(last + 1), span: span)
        }
    }

    /// The shingle hashes of `text`, in order.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func hashes(in text: String) -> [UInt64] {
        var text = text
        return text.withUTF8 { bytes in
            ArabicNormalizer.matching.normalizedUTF8(bytes).withUnsafeBufferPointer {
                self.words(inNormalizedUTF8: $0).shingles
            }
        }
    }

    /// The words, word hashes, sentence starts and shingle hashes of text already in matching form.
    /// - Complexity: O(n) in the length of `bytes`.
    func words(inNormalizedUTF8 bytes: UnsafeBufferPointer<UInt8>) -> WordSequence {
        var scanner = WordScanner(bytes: bytes)
        // The token callback reaches the scanner through a pointer: a captured `var` would be checked
        // for exclusive access on every token, which costs more than the hashing.
        withUnsafeMutablePointer(to: &scanner) { pointer in
            Tokenizer().forEachToken(inUTF8: bytes) { pointer.pointee.accept($0) }
        }
        return scanner.sequence
    }
}
