/// Decoding and encoding of UTF-8 on raw bytes, for the byte loops of this module.
enum UTF8Decoding {
    /// U+FFFD REPLACEMENT CHARACTER.
    static let replacement: UInt32 = 0xFFFD

    /// Decodes the scalar whose lead byte is at `index` and moves `index` past it.
    ///
    /// Ill-formed input yields U+FFFD and consumes the maximal bad subpart (at least one byte), as
    /// Unicode recommends, so that decoding always moves forward.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
            return UInt32(lead)
        }
        let count = bytes.count
        if lead >= 0xC2, lead <= 0xDF, index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 {
            let scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
            return scalar
        }
        return decodeLong(bytes, at: &index)
    }

    private static func decodeLong(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let lead = bytes[index]
        let count = bytes.count
        let length: Int
        var scalar: UInt32
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xE0...0xEF:
            length = 3
            scalar = UInt32(lead & 0x0F)
            if lead == 0xE0 { lowest = 0xA0 }
            if lead == 0xED { highest = 0x9F }
        case 0xF0...0xF4:
            length = 4
            scalar = UInt32(lead & 0x07)
            if lead == 0xF0 { lowest = 0x90 }
            if lead == 0xF4 { highest = 0x8F }
        default:
            index += 1
            return replacement
        }
        var position = index + 1
        for step in 1..<length {
            guard position < count else {
                index = position
                return replacement
            }
            let byte = bytes[position]
            let low = step == 1 ? lowest : 0x80
            let high = step == 1 ? highest : 0xBF
            guard byte >= low, byte <= high else {
                index = position
                return replacement
            }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
            position += 1
        }
        index = position
        return scalar
    }

    /// Appends the UTF-8 encoding of `scalar`.
    @inline(__always)
    static func encode(_ scalar: UInt32, into output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (scalar >> 18)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
