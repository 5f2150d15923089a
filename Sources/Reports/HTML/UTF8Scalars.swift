/// Unicode scalar offsets over UTF-8 bytes: the report's spans count scalars, the writers copy bytes.
enum UTF8Scalars {
    /// The number of bytes of the scalar that starts with `lead`.
    @inline(__always)
    static func length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    /// The value of the scalar of `length` bytes at `index` of valid UTF-8.
    @inline(__always)
    static func value(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        switch length {
        case 1: return lead
        case 2: return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 3: return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default:
            return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
        }
    }

    /// The number of scalars of `text`.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    static func count(of text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The byte offsets of the scalar offsets `offsets` (sorted ascending, each in `0...count`).
    /// - Complexity: O(n + k) for n bytes and k offsets.
    static func byteOffsets(of offsets: [Int], in bytes: [UInt8]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var next = 0
        var scalar = 0
        var index = 0
        while next < offsets.count {
            if index >= bytes.count {
                result.append(bytes.count)
                next += 1
                continue
            }
            if bytes[index] & 0xC0 != 0x80 {
                while next < offsets.count, offsets[next] <= scalar {
                    result.append(index)
                    next += 1
                }
                scalar += 1
            }
            index += 1
        }
        return result
    }

    /// The text between scalar offsets `start` and `end` of `text` (clamped to the text).
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    static func slice(of text: String, from start: Int, to end: Int) -> String {
        let bytes = Array(text.utf8)
        let lower = max(0, start)
        let upper = max(lower, end)
        let offsets = byteOffsets(of: [lower, upper], in: bytes)
        return String(decoding: bytes[offsets[0]..<offsets[1]], as: UTF8.self)
    }
}
