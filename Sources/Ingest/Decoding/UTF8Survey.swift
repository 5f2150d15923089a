/// What a pass over bytes finds about their UTF-8 well-formedness, for bytes that failed validation.
///
/// Ill-formed sequences are counted as the standard library replaces them: each maximal subpart of
/// an ill-formed sequence (at least one byte) is one U+FFFD, so ``invalidCount`` is the number of
/// replacements that decoding as UTF-8 makes.
struct UTF8Survey: Sendable, Hashable {
    /// Well-formed sequences of two to four bytes.
    var multibyteCount = 0
    /// Ill-formed subparts, each of which decodes to one U+FFFD.
    var invalidCount = 0
    /// Whether the input ends inside a sequence that was well-formed so far: a cut, not an error of
    /// encoding.
    var endsTruncated = false
    /// The offset of the first ill-formed byte, if any.
    var firstInvalidOffset: Int?

    /// Surveys bytes.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF:
                length = 3
                if lead == 0xE0 { lowest = 0xA0 }
                if lead == 0xED { highest = 0x9F }
            case 0xF0...0xF4:
                length = 4
                if lead == 0xF0 { lowest = 0x90 }
                if lead == 0xF4 { highest = 0x8F }
            default:
                recordInvalid(at: index)
                index += 1
                continue
            }
            var position = index + 1
            var wellFormed = true
            for step in 1..<length {
                guard position < count else {
                    recordInvalid(at: index)
                    endsTruncated = true
                    wellFormed = false
                    break
                }
                let byte = bytes[position]
                guard byte >= (step == 1 ? lowest : 0x80), byte <= (step == 1 ? highest : 0xBF) else {
                    recordInvalid(at: index)
                    wellFormed = false
                    break
                }
                position += 1
            }
            if wellFormed { multibyteCount += 1 }
            index = position
        }
    }

    /// Ill-formed subparts other than a truncated final sequence.
    var errorCount: Int { invalidCount - (endsTruncated ? 1 : 0) }

    /// Whether the bytes are UTF-8 with a cut end or rare damage: no errors but a truncated final
    /// sequence, or at least twenty well-formed multibyte sequences for each error.
    ///
    /// - Parameter declared: Whether UTF-8 was declared, which accepts a truncated end even without
    ///   another multibyte sequence.
    func isDamagedUTF8(declared: Bool) -> Bool {
        if errorCount == 0 { return multibyteCount > 0 || declared }
        return multibyteCount >= 20 * errorCount
    }

    private mutating func recordInvalid(at offset: Int) {
        invalidCount += 1
        if firstInvalidOffset == nil { firstInvalidOffset = offset }
    }
}
