import ArabicText

/// Tests on words by their UTF-8 bytes, for the hot paths of the extractors.
///
/// `String`'s own `==`, `hasPrefix` and `count` work on grapheme clusters under canonical equivalence,
/// which costs a normalization check or a grapheme break test per comparison. The words the
/// extractors test are matching-level keys (no marks, one spelling per letter), where bytes and
/// graphemes agree; on a word with marks, a byte prefix still sees «الْ» as starting with «ال», which
/// is what an Arabic reader means.
extension String {
    /// Whether the UTF-8 bytes start with those of `prefix`.
    @inline(__always)
    func startsWithBytes(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// Whether the UTF-8 bytes end with those of `suffix`.
    @inline(__always)
    func endsWithBytes(_ suffix: String) -> Bool {
        let bytes = utf8
        let tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -tail.count)...].elementsEqual(tail)
    }

    /// Whether the two strings have the same UTF-8 bytes.
    @inline(__always)
    func sameBytes(_ other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }

    /// The number of Unicode scalars: the number of letters of a matching-level word.
    @inline(__always)
    var scalarCount: Int { unicodeScalars.count }
}

extension String {
    /// Whether the word opens with a letter that is glued on as a proclitic: و، ف، ب or ل.
    var startsWithGluedProclitic: Bool {
        var bytes = utf8.makeIterator()
        guard let lead = bytes.next(), let trail = bytes.next() else { return false }
        // و U+0648 and ف U+0641 and ل U+0644 are D9 88, D9 81, D9 84; ب U+0628 is D8 A8.
        return lead == 0xD9 && (trail == 0x88 || trail == 0x81 || trail == 0x84) || lead == 0xD8 && trail == 0xA8
    }

    /// The string without its first `count` Unicode scalars (a proclitic letter, the article).
    func droppingScalars(_ count: Int = 1) -> String {
        String(String.UnicodeScalarView(unicodeScalars.dropFirst(count)))
    }

    /// The string without its last Unicode scalar (an ending: the alef of the accusative, a nisba's ي).
    func droppingLastScalar() -> String {
        String(String.UnicodeScalarView(unicodeScalars.dropLast()))
    }
}

extension WordIndex {
    /// Whether `word` without its first `count` Unicode scalars (a proclitic letter) is in the index,
    /// read in place rather than copied.
    func contains(_ word: String, droppingScalars count: Int) -> Bool {
        var word = word
        return word.withUTF8 { bytes in
            var start = 0
            for _ in 0..<count {
                guard start < bytes.count else { return false }
                let lead = bytes[start]
                start += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            }
            return start <= bytes.count && contains(utf8: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// How many proclitic letters come before a word of the index in `key`: 0 for the word itself,
    /// 1 for the word after one glued و، ف، ب or ل (بمدينة، وولاية), `nil` otherwise. A glued form
    /// counts only from `minimumLetters` letters on, so that short words are not taken apart.
    func procliticLength(of key: String, minimumLetters: Int = 0) -> Int? {
        if contains(key) { return 0 }
        guard key.startsWithGluedProclitic, minimumLetters <= 1 || key.scalarCount >= minimumLetters,
              contains(key, droppingScalars: 1)
        else { return nil }
        return 1
    }
}

extension String {
    /// The name as written without its first `count` proclitic letters; ل before the article is
    /// written لل, so the article's alef comes back (للوكالة → الوكالة).
    func droppingProclitics(_ count: Int) -> String {
        guard count > 0 else { return self }
        let rest = droppingScalars(count)
        return startsWithBytes("لل") && rest.startsWithBytes("ل") ? "ا" + rest : rest
    }
}

extension String {
    /// The string with every occurrence of the bytes of `target` replaced by `replacement`; the
    /// string itself, without copying, when `target` does not occur.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.utf8)
        guard !pattern.isEmpty else { return self }
        var copy = self
        return copy.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            var start = 0
            var at = 0
            while at + pattern.count <= bytes.count {
                if bytes[at] == pattern[0], bytes[at..<(at + pattern.count)].elementsEqual(pattern) {
                    output.append(contentsOf: bytes[start..<at])
                    output.append(contentsOf: replacement.utf8)
                    at += pattern.count
                    start = at
                } else {
                    at += 1
                }
            }
            guard start > 0 else { return self }
            output.append(contentsOf: bytes[start...])
            return String(decoding: output, as: UTF8.self)
        }
    }
}
