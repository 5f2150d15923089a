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

    /// Returns to an earlier position.
    mutating func reset(byteOffset: Int, scalarOffset: Int) {
        self.byteOffset = byteOffset
        self.scalarOffset = scalarOffset
    }
}
