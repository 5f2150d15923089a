/// The UTF-8 bytes of an original text, sliced at Unicode scalar offsets that mostly increase.
///
/// Matches are found in order, so the cursor walks from the last offset it was asked for, forward or
/// back, and slicing a whole text costs one pass over it.
struct OriginalText {
    private let bytes: [UInt8]
    private var byte = 0
    private var scalar = 0

    /// The bytes of `text`.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The byte offset of scalar offset `target` (the byte count past the end).
    /// - Complexity: O(d) in the bytes between the last offset asked for and `target`.
    mutating func byteOffset(ofScalar target: Int) -> Int {
        while scalar > target, byte > 0 {
            byte -= 1
            while byte > 0, bytes[byte] & 0xC0 == 0x80 { byte -= 1 }
            scalar -= 1
        }
        while scalar < target, byte < bytes.count {
            byte += 1
            // Skip continuation bytes (10xxxxxx) to the next lead byte.
            while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            scalar += 1
        }
        return byte
    }

    /// The text at a scalar span.
    /// - Complexity: O(d + m), where d is the distance walked and m the length of the span.
    mutating func text(of span: Range<Int>) -> String {
        let start = byteOffset(ofScalar: span.lowerBound)
        let end = byteOffset(ofScalar: span.upperBound)
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}
