/// White-space helpers shared by the formats.
enum WhiteSpace {
    /// The text with every run of white space (including U+00A0 and the Unicode spaces) folded to one
    /// space and none at either end.
    static func collapsed(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pending = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pending = !result.isEmpty
                continue
            }
            if pending { result.append(0x20) }
            pending = false
            if scalar.value < 0x80 {
                result.append(UInt8(scalar.value))
            } else {
                result.append(contentsOf: String(scalar).utf8)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// White space, including U+00A0 NO-BREAK SPACE; ASCII is answered without Unicode tables.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0xA0: return true
        case 0..<0x80: return false
        default: return scalar.properties.isWhitespace
        }
    }
}
