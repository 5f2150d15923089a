/// Decoding of UTF-32 in either byte order.
enum UTF32Transcoding {
    /// Decodes UTF-32 code units of the given byte order.
    ///
    /// A unit that is a surrogate or above U+10FFFF, and one to three bytes left over at the end,
    /// become U+FFFD.
    ///
    /// - Parameters:
    ///   - bytes: The code units, four bytes each, without a byte order mark.
    ///   - bigEndian: Whether the most significant byte of each unit comes first.
    /// - Returns: The text and the number of replacements.
    /// - Complexity: O(*n*) in the number of bytes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> (text: String, replacements: Int) {
        let unitCount = bytes.count / 4
        let hasRemainder = bytes.count % 4 != 0
        let capacity = unitCount * 4 + (hasRemainder ? 3 : 0)
        var replacements = 0
        let text = String(unsafeUninitializedCapacity: capacity) { output in
            var written = 0
            for index in 0..<unitCount {
                let unit = unitValue(bytes, at: index &* 4, bigEndian: bigEndian)
                if isScalarValue(unit) {
                    UTF8Writer.write(unit, to: output, at: &written)
                } else {
                    UTF8Writer.write(UTF8Writer.replacement, to: output, at: &written)
                    replacements += 1
                }
            }
            if hasRemainder {
                UTF8Writer.write(UTF8Writer.replacement, to: output, at: &written)
                replacements += 1
            }
            return written
        }
        return (text, replacements)
    }

    /// The number of whole units that are not Unicode scalar values (surrogates, values above U+10FFFF).
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func invalidUnitCount(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> Int {
        var invalid = 0
        for index in 0..<(bytes.count / 4) where !isScalarValue(unitValue(bytes, at: index &* 4, bigEndian: bigEndian)) {
            invalid += 1
        }
        return invalid
    }

    @inline(__always)
    private static func unitValue(_ bytes: UnsafeBufferPointer<UInt8>, at base: Int, bigEndian: Bool) -> UInt32 {
        if bigEndian {
            return UInt32(bytes[base]) << 24 | UInt32(bytes[base + 1]) << 16 | UInt32(bytes[base + 2]) << 8
                | UInt32(bytes[base + 3])
        }
        return UInt32(bytes[base + 3]) << 24 | UInt32(bytes[base + 2]) << 16 | UInt32(bytes[base + 1]) << 8
            | UInt32(bytes[base])
    }

    @inline(__always)
    private static func isScalarValue(_ unit: UInt32) -> Bool {
        unit < 0xD800 || (unit > 0xDFFF && unit <= 0x10FFFF)
    }
}
