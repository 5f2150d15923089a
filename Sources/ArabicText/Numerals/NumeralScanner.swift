/// Splits matching-normalized scalars into the tokens the numeral grammar reads.
///
/// White space separates tokens and is not a token; a line break is an ``NumeralToken/Kind/other``
/// token, so no expression runs across lines. A minus sign (U+002D HYPHEN-MINUS or U+2212 MINUS SIGN)
/// belongs to a number only where it does not follow a letter or digit (−5, but not 2020-2021 or
/// كوفيد-19); a leading decimal point (.77, ٫٧٧) only where it does not follow a letter or digit.
enum NumeralScanner {
    /// The tokens of `scalars`.
    /// - Complexity: O(n) in the number of scalars.
    static func tokens(of scalars: [Unicode.Scalar]) -> [NumeralToken] {
        var tokens: [NumeralToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var isJoined = false
        let end = scalars.count
        while index < end {
            let scalar = scalars[index].value
            if scalar == 0x20 {
                isJoined = false
                index += 1
                continue
            }
            let start = index
            let previous = start > 0 ? scalars[start - 1].value : 0x20
            if isLetter(scalar) {
                while index < end, isLetter(scalars[index].value) { index += 1 }
                tokens.append(NumeralToken(kind: .word, range: start..<index, isJoined: isJoined))
            } else if let numberEnd = numberEnd(in: scalars, at: start, after: previous) {
                let isNegative = scalar == 0x2D || scalar == 0x2212
                let body = scalars[(isNegative ? start + 1 : start)..<numberEnd]
                let kind = NumeralDigits(scalars: body, isNegative: isNegative).map(NumeralToken.Kind.number) ?? .other
                tokens.append(NumeralToken(kind: kind, range: start..<numberEnd, isJoined: isJoined))
                index = numberEnd
            } else {
                let kind: NumeralToken.Kind =
                    switch scalar {
                    case 0x2F: .slash
                    case 0x3A: .colon
                    case 0x2D: .dash
                    default: .other
                    }
                index += 1
                tokens.append(NumeralToken(kind: kind, range: start..<index, isJoined: isJoined))
            }
            isJoined = true
        }
        return tokens
    }

    /// Where a number that starts at `start` ends, or `nil` when no number starts there.
    private static func numberEnd(in scalars: [Unicode.Scalar], at start: Int, after previous: UInt32) -> Int? {
        var index = start
        let end = scalars.count
        let followsWord = isLetter(previous) || isDigit(previous)
        if scalars[index].value == 0x2D || scalars[index].value == 0x2212 {
            guard !followsWord else { return nil }
            index += 1
        }
        guard index < end else { return nil }
        if isDecimalPoint(scalars[index].value) {
            guard !followsWord, index + 1 < end, isDigit(scalars[index + 1].value) else { return nil }
        } else if !isDigit(scalars[index].value) {
            return nil
        }
        while index < end {
            let scalar = scalars[index].value
            if isDigit(scalar) {
                index += 1
            } else if NumeralDigits.isSeparator(scalar), index + 1 < end, isDigit(scalars[index + 1].value) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// ASCII digits; every other digit script is ASCII after normalization.
    static func isDigit(_ scalar: UInt32) -> Bool { scalar >= 0x30 && scalar <= 0x39 }

    /// U+002E FULL STOP or U+066B ARABIC DECIMAL SEPARATOR.
    private static func isDecimalPoint(_ scalar: UInt32) -> Bool { scalar == 0x2E || scalar == 0x066B }

    /// Letters of words: Latin letters and the letters of the Arabic blocks (with any marks left in them).
    static func isLetter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xD7, 0xF7: return false  // U+00D7 MULTIPLICATION SIGN, U+00F7 DIVISION SIGN
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return true
        case 0x0621...0x063A, 0x0641...0x065F, 0x066E...0x06D3, 0x06D5, 0x06EE, 0x06EF, 0x06FA...0x06FF: return true
        case 0x0750...0x077F, 0x08A0...0x08FF: return true
        default: return false
        }
    }
}
