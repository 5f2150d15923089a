/// Writes Unicode scalars as UTF-8 into a buffer, for the decoders of this folder.
enum UTF8Writer {
    /// U+FFFD REPLACEMENT CHARACTER, which stands for every invalid sequence.
    static let replacement: UInt32 = 0xFFFD

    /// The number of UTF-8 bytes of `scalar`, which must be a Unicode scalar value.
    @inline(__always)
    static func length(of scalar: UInt32) -> Int {
        scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4
    }

    /// Writes `scalar`, a Unicode scalar value, at `index` and moves `index` past it.
    ///
    /// The buffer must have room for four more bytes, or for ``length(of:)`` of them.
    @inline(__always)
    static func write(_ scalar: UInt32, to output: UnsafeMutableBufferPointer<UInt8>, at index: inout Int) {
        switch scalar {
        case 0..<0x80:
            output[index] = UInt8(truncatingIfNeeded: scalar)
            index += 1
        case 0x80..<0x800:
            output[index] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
            output[index + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            index += 2
        case 0x800..<0x10000:
            output[index] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
            output[index + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            output[index + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            index += 3
        default:
            output[index] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
            output[index + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
            output[index + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
            output[index + 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
            index += 4
        }
    }
}
