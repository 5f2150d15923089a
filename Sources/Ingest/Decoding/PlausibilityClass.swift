/// What a decoded scalar is, for judging whether a candidate decoding reads as real text.
enum PlausibilityClass: UInt8, Sendable {
    /// A–Z, a–z.
    case asciiLetter
    /// 0–9.
    case digit
    /// Space, tab, line breaks, U+00A0 NO-BREAK SPACE.
    case space
    /// ASCII punctuation and symbols, and symbols of other blocks (€, «, », …, quotation marks):
    /// they end a word.
    case boundary
    /// An Arabic letter, U+0640 ARABIC TATWEEL included, Persian and Urdu letters too.
    case arabicLetter
    /// An Arabic haraka or other combining mark (U+064B–U+065F, U+0670).
    case arabicMark
    /// U+060C ARABIC COMMA, U+061B ARABIC SEMICOLON, U+061F ARABIC QUESTION MARK.
    case arabicPunctuation
    /// A Latin letter outside ASCII (À–ɏ, without × and ÷).
    case latinLetter
    /// Zero-width joiners and directional marks (U+200C–U+200F), which may stand inside a word.
    case formatControl
    /// A C0 control other than whitespace, DEL, or a C1 control (U+0080–U+009F).
    case control
    /// A byte that the code page leaves unassigned.
    case unassigned

    /// The class of a scalar.
    init(_ scalar: UInt32) {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A: self = .asciiLetter
        case 0x30...0x39: self = .digit
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0xA0: self = .space
        case 0x00...0x1F, 0x7F...0x9F: self = .control
        case 0x0621...0x063A, 0x0640...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5: self = .arabicLetter
        case 0x064B...0x065F, 0x0670: self = .arabicMark
        case 0x060C, 0x061B, 0x061F: self = .arabicPunctuation
        case 0xC0...0x24F where scalar != 0xD7 && scalar != 0xF7: self = .latinLetter
        case 0x200C...0x200F: self = .formatControl
        default: self = .boundary
        }
    }
}
