/// The punctuation facts the sentence splitter relies on.
enum SentencePunctuation {
    /// `.` `!` `?` U+061F ARABIC QUESTION MARK, U+2026 HORIZONTAL ELLIPSIS, U+06D4 ARABIC FULL STOP,
    /// U+203C and U+2047–U+2049 (double marks).
    static func isTerminal(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x203C, 0x2047...0x2049: return true
        default: return false
        }
    }

    /// « U+00AB, “ U+201C, ‹ U+2039, „ U+201E.
    static func isOpeningQuote(_ scalar: UInt32) -> Bool {
        scalar == 0xAB || scalar == 0x201C || scalar == 0x2039 || scalar == 0x201E
    }

    /// » U+00BB, ” U+201D, › U+203A.
    static func isClosingQuote(_ scalar: UInt32) -> Bool {
        scalar == 0xBB || scalar == 0x201D || scalar == 0x203A
    }

    /// Marks that stay with the sentence they close: closing quotes and brackets.
    static func isCloser(_ scalar: UInt32) -> Bool {
        isClosingQuote(scalar) || scalar == 0x22 || scalar == 0x27 || scalar == 0x2019 || scalar == 0x29
            || scalar == 0x5D || scalar == 0x7D
    }

    /// Latin titles and abbreviations that take a period inside a sentence, in lower case.
    static let latinAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "no",
        "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "mt", "ft", "approx", "dept", "univ", "e.g", "i.e",
    ]

    /// Whether `token` is an abbreviation that a period after it belongs to: a lone Arabic letter
    /// (د. for دكتور, م. for ميلادي or مهندس, هـ. for هجري, ص. for صفحة), a lone Latin letter (U.S.),
    /// or a Latin title.
    static func isAbbreviation(bytes: UnsafeBufferPointer<UInt8>, token: Token) -> Bool {
        switch token.kind {
        case .word:
            var index = token.utf8Span.lowerBound
            var letters = 0
            while index < token.utf8Span.upperBound {
                if ScalarClass.of(UTF8Decoding.decode(bytes, at: &index)) == .arabicLetter { letters += 1 }
            }
            return letters == 1
        case .latin:
            if token.span.count == 1 { return true }
            guard token.span.count <= 6 else { return false }
            var word = ""
            for offset in token.utf8Span {
                let byte = bytes[offset]
                word.unicodeScalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte))
            }
            return latinAbbreviations.contains(word)
        default:
            return false
        }
    }
}
