/// A word n-gram of a text's matching form: its fixed hash, the words it covers and where it is in
/// the original text.
public struct Shingle: Sendable, Hashable, Codable {
    /// FNV-1a 64 of the UTF-8 bytes of its ``Shingler/wordCount`` words in matching form, joined by
    /// one U+0020 SPACE.
    public var hash: UInt64
    /// The indices of its words among the text's words.
    public var words: Range<Int>
    /// Unicode scalar offsets into the original text, from its first word's first scalar to the end of
    /// its last word (with the marks that follow it), end exclusive.
    public var span: Range<Int>

    /// A shingle with its hash, word range and original span.
    public init(hash: UInt64, words: Range<Int>, span: Range<Int>) {
        self.hash = hash
        self.words = words
        self.span = span
    }
}
