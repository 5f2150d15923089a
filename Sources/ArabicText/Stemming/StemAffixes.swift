/// The affixes of ``LightStemmer`` as UTF-8 byte patterns.
enum StemAffixes {
    struct Affix: Sendable {
        let bytes: [UInt8]
        let letters: Int

        init(_ text: String) {
            bytes = Array(text.utf8)
            letters = text.unicodeScalars.count
        }
    }

    /// Proclitic groups, longest first; the first that fits is removed.
    static let prefixes: [Affix] = [
        "وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "ال", "لل", "و",
    ].map(Affix.init)

    /// Suffixes in the order they are tried; each is removed at most once.
    static let suffixes: [Affix] = [
        "هما", "كما", "هم", "هن", "كم", "نا",
        "ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي",
    ].map(Affix.init)

    @inline(__always)
    static func matches(_ pattern: [UInt8], in word: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + pattern.count <= word.count else { return false }
        for index in pattern.indices where word[offset + index] != pattern[index] { return false }
        return true
    }

    /// Unicode scalars in UTF-8 bytes: the bytes that are not continuation bytes.
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
