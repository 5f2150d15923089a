/// One token of the numeral scanner: a word, a number in digits, or a punctuation mark.
struct NumeralToken: Sendable, Hashable {
    /// What the token is.
    enum Kind: Sendable, Hashable {
        /// A run of letters.
        case word
        /// Digits with separators and an optional sign.
        case number(NumeralDigits)
        /// U+002F SOLIDUS, between the parts of a written fraction or a date.
        case slash
        /// U+003A COLON, between the parts of a time or a verse reference.
        case colon
        /// U+002D HYPHEN-MINUS that is not a minus sign: between the parts of a range or a date.
        case dash
        /// Any other mark, a line break, or digits whose separators make no number; it ends an expression.
        case other
    }

    /// What the token is.
    var kind: Kind
    /// Where the token is, as scalar offsets into the normalized text.
    var range: Range<Int>
    /// Whether the token follows the previous one without white space.
    var isJoined: Bool

    /// The digits of a number token.
    var digits: NumeralDigits? {
        if case .number(let digits) = kind { return digits }
        return nil
    }

    /// Whether the token is a word.
    var isWord: Bool { kind == .word }

    /// Whether the token joins numbers into a date, a time, a range or a written fraction.
    var isNumberJoiner: Bool { kind == .slash || kind == .colon || kind == .dash }
}
