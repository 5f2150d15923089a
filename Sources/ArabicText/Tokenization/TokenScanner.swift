/// The scanners behind ``Tokenizer``: each consumes one token from a cursor standing at its first scalar.
enum TokenScanner {
    /// Arabic letters and the marks, tatweel and joiners inside them.
    @inline(__always)
    static func scanArabicWord(_ cursor: inout ScalarCursor) {
        while let (scalar, length) = cursor.peek(), ScalarClass.of(scalar).isArabicWordPart {
            cursor.advance(by: length)
        }
    }

    /// Digits with inner separators (`.` `,` U+066B ARABIC DECIMAL SEPARATOR, U+066C ARABIC THOUSANDS
    /// SEPARATOR) between digits; a separator not followed by a digit ends the number.
    static func scanNumberOrAddress(_ cursor: inout ScalarCursor) -> TokenKind {
        while true {
            while let (scalar, length) = cursor.peek(), ScalarClass.of(scalar) == .digit {
                cursor.advance(by: length)
            }
            guard let (scalar, length) = cursor.peek(), isNumberSeparator(scalar),
                  let next = cursor.peek(ahead: 1), ScalarClass.of(next) == .digit
            else { return .number }
            cursor.advance(by: length)
        }
    }

    static func isNumberSeparator(_ scalar: UInt32) -> Bool {
        scalar == 0x2E || scalar == 0x2C || scalar == 0x066B || scalar == 0x066C
    }

    /// A URL (`http://`, `https://` or `www.`), an e-mail address, or a Latin word.
    static func scanLatinOrAddress(_ cursor: inout ScalarCursor) -> TokenKind {
        if startsURL(cursor) {
            scanURL(&cursor)
            return .url
        }
        if scanEmail(&cursor) { return .email }
        while true {
            while let (scalar, length) = cursor.peek(), isLatinWordPart(scalar) {
                cursor.advance(by: length)
            }
            // Inner hyphens and apostrophes: F-16, O'Brien.
            guard let (scalar, length) = cursor.peek(), scalar == 0x2D || scalar == 0x27 || scalar == 0x2019,
                  let next = cursor.peek(ahead: 1), isLatinWordPart(next)
            else { return .latin }
            cursor.advance(by: length)
        }
    }

    private static func isLatinWordPart(_ scalar: UInt32) -> Bool {
        switch ScalarClass.of(scalar) {
        case .latinLetter, .digit: return true
        case .wordMark: return scalar >= 0x0300 && scalar <= 0x036F
        default: return false
        }
    }

    private static func startsURL(_ cursor: ScalarCursor) -> Bool {
        hasPrefix(cursor, "http://") || hasPrefix(cursor, "https://") || hasPrefix(cursor, "www.")
    }

    private static func hasPrefix(_ cursor: ScalarCursor, _ prefix: StaticString) -> Bool {
        let bytes = cursor.bytes
        let start = cursor.byteOffset
        guard bytes.count - start >= prefix.utf8CodeUnitCount else { return false }
        for offset in 0..<prefix.utf8CodeUnitCount {
            let byte = bytes[start + offset]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lowered != prefix.utf8Start[offset] { return false }
        }
        return true
    }

    /// Consumes up to white space, then gives back trailing punctuation that ends the sentence or
    /// closes a bracket or quotation around the address.
    private static func scanURL(_ cursor: inout ScalarCursor) {
        var end = (byte: cursor.byteOffset, scalar: cursor.scalarOffset)
        while let (scalar, length) = cursor.peek(), ScalarClass.of(scalar) != .space {
            cursor.advance(by: length)
            if !isTrailingPunctuation(scalar) { end = (cursor.byteOffset, cursor.scalarOffset) }
        }
        cursor.reset(byteOffset: end.byte, scalarOffset: end.scalar)
    }

    private static func isTrailingPunctuation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x22, 0x27, 0xBB, 0xAB, 0x201D, 0x2019,
             0x060C, 0x061B, 0x061F:
            return true
        default: return false
        }
    }

    /// `local@domain.tld` with an ASCII local part and a dotted domain; leaves the cursor unmoved when
    /// the text is not an address.
    private static func scanEmail(_ cursor: inout ScalarCursor) -> Bool {
        let bytes = cursor.bytes
        var index = cursor.byteOffset
        while index < bytes.count, isEmailLocalByte(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == 0x40, index > cursor.byteOffset else { return false }
        index += 1
        var labels = 0
        var lastLabelLength = 0
        while true {
            let labelStart = index
            while index < bytes.count, isDomainByte(bytes[index]) { index += 1 }
            guard index > labelStart else { break }
            labels += 1
            lastLabelLength = index - labelStart
            guard index + 1 < bytes.count, bytes[index] == 0x2E, isDomainByte(bytes[index + 1]) else { break }
            index += 1
        }
        guard labels >= 2, lastLabelLength >= 2 else { return false }
        // Every byte consumed is ASCII, so bytes and scalars advance together.
        while cursor.byteOffset < index { cursor.advance(by: 1) }
        return true
    }

    private static func isEmailLocalByte(_ byte: UInt8) -> Bool {
        isDomainByte(byte) || byte == 0x2E || byte == 0x5F || byte == 0x2B || byte == 0x25
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x2D
    }

    /// A handle, a hashtag, a run of periods, or one punctuation scalar.
    static func scanPunctuation(_ cursor: inout ScalarCursor, scalar: UInt32, length: Int) -> TokenKind {
        cursor.advance(by: length)
        switch scalar {
        case 0x40 where cursor.peek().map { isHandlePart($0.scalar) } == true:
            while let (next, nextLength) = cursor.peek(), isHandlePart(next) { cursor.advance(by: nextLength) }
            return .handle
        case 0x23 where cursor.peek().map { isHashtagPart($0.scalar) } == true:
            while let (next, nextLength) = cursor.peek(), isHashtagPart(next) { cursor.advance(by: nextLength) }
            return .hashtag
        case 0x2E:
            while let (next, nextLength) = cursor.peek(), next == 0x2E { cursor.advance(by: nextLength) }
            return .punctuation
        default:
            return .punctuation
        }
    }

    private static func isHandlePart(_ scalar: UInt32) -> Bool {
        scalar < 0x80 && (ScalarClass.of(scalar) == .latinLetter || ScalarClass.of(scalar) == .digit || scalar == 0x5F)
    }

    private static func isHashtagPart(_ scalar: UInt32) -> Bool {
        switch ScalarClass.of(scalar) {
        case .arabicLetter, .wordMark, .latinLetter, .digit, .underscore: return true
        default: return false
        }
    }
}
