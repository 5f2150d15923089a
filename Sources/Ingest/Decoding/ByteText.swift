/// Small ASCII helpers for scanning markup as bytes.
enum ByteText {
    /// Whether `byte` is ASCII whitespace as HTML defines it (space, tab, LF, FF, CR).
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// `byte` with ASCII upper case folded to lower case.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether `bytes` has `prefix` at `index`, ignoring ASCII case; `prefix` must be lower case.
    static func hasPrefix(_ prefix: [UInt8], in bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard index >= bytes.startIndex, index + prefix.count <= bytes.endIndex else { return false }
        for (offset, expected) in prefix.enumerated() where lowercased(bytes[index + offset]) != expected {
            return false
        }
        return true
    }

    /// The first index at or after `index` that is not whitespace, or the end.
    static func skipSpaces(in bytes: ArraySlice<UInt8>, from index: Int) -> Int {
        var position = index
        while position < bytes.endIndex, isSpace(bytes[position]) { position += 1 }
        return position
    }

    /// The index just after the first occurrence of `needle` at or after `index`, or `nil`.
    static func indexAfter(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, from index: Int) -> Int? {
        var position = index
        while position + needle.count <= bytes.endIndex {
            if hasPrefix(needle, in: bytes, at: position) { return position + needle.count }
            position += 1
        }
        return nil
    }
}
