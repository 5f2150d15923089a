/// Walks UTF-8 bytes scalar by scalar, counting scalars as it goes.
struct ScalarCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Byte offset of the next scalar.
    private(set) var byteOffset = 0
    /// Scalar offset of the next scalar.
    private(set) var scalarOffset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A cursor standing at `byteOffset`, which is scalar `scalarOffset`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, byteOffset: Int, scalarOffset: Int) {
        self.bytes = bytes
        self.byteOffset = byteOffset
        self.scalarOffset = scalarOffset
    }

    var isAtEnd: Bool { byteOffset >= bytes.count }

    /// The next scalar and its byte length, without moving; `nil` at the end.
    @inline(__always)
    func peek() -> (scalar: UInt32, length: Int)? {
        guard byteOffset < bytes.count else { return nil }
        var index = byteOffset
        let scalar = UTF8Decoding.decode(bytes, at: &index)
        return (scalar, index - byteOffset)
    }

    /// The scalar `ahead` scalars after the next one; `nil` past the end.
    func peek(ahead: Int) -> UInt32? {
        var index = byteOffset
        var remaining = ahead
        while index < bytes.count {
            let scalar = UTF8Decoding.decode(bytes, at: &index)
            if remaining == 0 { return scalar }
            remaining -= 1
        }
        return nil
    }

    /// Moves past one scalar of `length` bytes.
    @inline(__always)
    mutating func advance(by length: Int) {
        byteOffset += length
        scalarOffset += 1
    }

    /// Moves `byteOffset` and `scalarOffset` past a run of two-byte Arabic-block scalars whose class
    /// in `classes` (indexed from U+0600) is a word part. The caller finishes the word with the
    /// general scanner, which also takes word parts outside the block.
    @inline(__always)
    static func skipArabicWord(
        _ bytes: UnsafeBufferPointer<UInt8>, byteOffset: inout Int, scalarOffset: inout Int,
        classes: UnsafeBufferPointer<ScalarClass>
    ) {
        var index = byteOffset
        var scalars = scalarOffset
        let end = bytes.count
        while index &+ 1 < end {
            let lead = bytes[index]
            let trail = bytes[index &+ 1]
            let unit = UInt16(lead) << 8 | UInt16(trail)
            // U+0620–U+065F, the letters of Arabic with tatweel and harakat, all continue a word.
            if unit &- 0xD8A0 < 0x100, trail & 0xC0 == 0x80 {
                index &+= 2
                scalars &+= 1
                continue
            }
            guard unit & 0xFCC0 == 0xD880 else { break }
            let scalarClass = classes[Int(lead & 0x03) << 6 | Int(trail & 0x3F)]
            guard scalarClass == .arabicLetter || scalarClass == .wordMark else { break }
            index &+= 2
            scalars &+= 1
        }
        byteOffset = index
        scalarOffset = scalars
    }

    /// Returns to an earlier position.
    mutating func reset(byteOffset: Int, scalarOffset: Int) {
        self.byteOffset = byteOffset
        self.scalarOffset = scalarOffset
    }
}
