/// Decoding of UTF-16 in either byte order.
enum UTF16Transcoding {
    /// Decodes UTF-16 code units of the given byte order.
    ///
    /// Surrogate pairs become one scalar; a lone surrogate and a final odd byte become U+FFFD.
    ///
    /// - Parameters:
    ///   - bytes: The code units, two bytes each, without a byte order mark.
    ///   - bigEndian: Whether the most significant byte of each unit comes first.
    /// - Returns: The text and the number of replacements.
    /// - Complexity: O(*n*) in the number of bytes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> (text: String, replacements: Int) {
        let unitCount = bytes.count / 2
        let hasOddByte = bytes.count % 2 == 1
        // Three UTF-8 bytes per unit at most (a surrogate pair is two units for four bytes).
        let capacity = unitCount * 3 + (hasOddByte ? 3 : 0)
        var replacements = 0
        let text = String(unsafeUninitializedCapacity: capacity) { output in
            var written = 0
            var index = 0
            let high = bigEndian ? 0 : 1
            let low = bigEndian ? 1 : 0
            while index < unitCount {
                let base = index &* 2
                let unit = UInt32(bytes[base + high]) << 8 | UInt32(bytes[base + low])
                index += 1
                if unit < 0x80 {
                    output[written] = UInt8(truncatingIfNeeded: unit)
                    written += 1
                    continue
                }
                if unit & 0xF800 != 0xD800 {
                    UTF8Writer.write(unit, to: output, at: &written)
                    continue
                }
                // A surrogate: a leading one followed by a trailing one forms a pair.
                if unit < 0xDC00, index < unitCount {
                    let next = index &* 2
                    let trail = UInt32(bytes[next + high]) << 8 | UInt32(bytes[next + low])
                    if trail & 0xFC00 == 0xDC00 {
                        index += 1
                        let scalar = 0x10000 + ((unit & 0x3FF) << 10 | trail & 0x3FF)
                        UTF8Writer.write(scalar, to: output, at: &written)
                        continue
                    }
                }
                UTF8Writer.write(UTF8Writer.replacement, to: output, at: &written)
                replacements += 1
            }
            if hasOddByte {
                UTF8Writer.write(UTF8Writer.replacement, to: output, at: &written)
                replacements += 1
            }
            return written
        }
        return (text, replacements)
    }
}
