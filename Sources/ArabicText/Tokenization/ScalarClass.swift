/// The class of a Unicode scalar, as the tokenizer and the sentence splitter see it.
enum ScalarClass: UInt8, Sendable {
    case space
    case arabicLetter
    /// Combining marks, tatweel and joiners: they continue the word before them.
    case wordMark
    case digit
    case latinLetter
    case underscore
    case punctuation
    case symbol

    /// The class of `scalar`.
    @inline(__always)
    static func of(_ scalar: UInt32) -> ScalarClass {
        if scalar < 0x80 { return asciiClass(scalar) }
        if scalar & 0xFF00 == 0x0600 { return arabicBlockClasses[Int(scalar & 0xFF)] }
        return ofOther(scalar)
    }

    /// The class of a scalar outside ASCII and the Arabic block.
    private static func ofOther(_ scalar: UInt32) -> ScalarClass {
        switch scalar {
        case 0x0750...0x077F, 0x08A0...0x08D2, 0xFB50...0xFDFF, 0xFE70...0xFEFC: return .arabicLetter
        case 0x08D3...0x08FF: return .wordMark
        case 0x200C, 0x200D: return .wordMark  // zero-width non-joiner and joiner stay inside words
        case 0xA0, 0x1680, 0x2000...0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202F, 0x205F,
             0x2060, 0x2066...0x2069, 0x3000, 0xFEFF:
            return .space
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return .latinLetter
        case 0x0300...0x036F: return .wordMark
        case 0xFF10...0xFF19: return .digit
        case 0xA1...0xBF, 0x2010...0x2027, 0x2030...0x205E, 0x3001...0x3003, 0xFF01...0xFF0F: return .punctuation
        default: return .symbol
        }
    }

    /// The classes of ASCII, as a table for hot loops.
    static let asciiClasses: [ScalarClass] = (0..<128).map(asciiClass)

    /// The classes of U+0600–U+06FF, as a table for hot loops.
    static let arabicBlockClasses: [ScalarClass] = (UInt32(0x0600)...UInt32(0x06FF)).map(arabicBlockClass)

    /// The class of an ASCII scalar, from a 64-bit mask per class: no table to load, no branch chain.
    @inline(__always)
    private static func asciiClass(_ byte: UInt32) -> ScalarClass {
        let bit: UInt64 = 1 << UInt64(byte & 0x3F)
        if byte < 0x40 {
            if asciiDigits & bit != 0 { return .digit }
            return asciiPunctuationLow & bit != 0 ? .punctuation : .space
        }
        if asciiLettersHigh & bit != 0 { return .latinLetter }
        if byte == 0x5F { return .underscore }
        return asciiPunctuationHigh & bit != 0 ? .punctuation : .space  // other controls separate tokens like white space
    }

    /// Bits of U+0030–U+0039 among U+0000–U+003F.
    private static let asciiDigits: UInt64 = 0x03FF << 0x30
    /// Bits of U+0021–U+002F and U+003A–U+003F among U+0000–U+003F.
    private static let asciiPunctuationLow: UInt64 = 0x7FFF << 0x21 | 0x3F << 0x3A
    /// Bits of U+0041–U+005A and U+0061–U+007A among U+0040–U+007F.
    private static let asciiLettersHigh: UInt64 = 0x03FF_FFFF << 0x01 | 0x03FF_FFFF << 0x21
    /// Bits of U+0040, U+005B–U+005E, U+0060 and U+007B–U+007E among U+0040–U+007F.
    private static let asciiPunctuationHigh: UInt64 = 1 | 0xF << 0x1B | 1 << 0x20 | 0xF << 0x3B

    private static func arabicBlockClass(_ scalar: UInt32) -> ScalarClass {
        switch scalar {
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x060C, 0x060D, 0x061B, 0x061D...0x061F, 0x066A, 0x066B, 0x066C, 0x066D, 0x06D4, 0x0609, 0x060A:
            return .punctuation
        case 0x0600...0x0608, 0x060B, 0x060E, 0x060F, 0x06DD, 0x06DE, 0x06E9, 0x06FD, 0x06FE: return .symbol
        case 0x061C: return .space  // ARABIC LETTER MARK, a bidi control
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8,
             0x06EA...0x06ED, 0x0640:
            return .wordMark
        default: return .arabicLetter
        }
    }

    /// Whether the class continues or starts an Arabic word.
    var isArabicWordPart: Bool { self == .arabicLetter || self == .wordMark }
}
