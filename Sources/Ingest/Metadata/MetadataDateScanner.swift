/// A cursor over the ASCII form of a date string, for ``MetadataDate``'s parsers.
///
/// The text is prepared once: digits of every Arabic script become ASCII digits, ASCII letters
/// become lower case, white space and the Arabic comma become plain spaces and collapse, and both
/// ends are trimmed. Other bytes pass unchanged.
struct MetadataDateScanner {
    /// The prepared bytes.
    private(set) var bytes: [UInt8]
    /// The position of the next byte to read.
    var index = 0

    /// A scanner over `text`.
    /// - Complexity: O(*n*).
    init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let byte: UInt8?
            switch value {
            case 0x0660...0x0669: byte = UInt8(0x30 + value - 0x0660)
            case 0x06F0...0x06F9: byte = UInt8(0x30 + value - 0x06F0)
            case 0x41...0x5A: byte = UInt8(value) | 0x20
            case 0x060C: byte = UInt8(ascii: ",")
            default:
                if scalar.properties.isWhitespace || value == 0x200F || value == 0x200E {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                byte = nil
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            if let byte { bytes.append(byte) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    var isAtEnd: Bool { index >= bytes.count }

    /// The next byte, or `nil` at the end.
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Whether every byte is an ASCII digit.
    var isAllDigits: Bool { !bytes.isEmpty && bytes.allSatisfy(Self.isDigit) }

    /// Reads `byte` if it is next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        index += 1
        return true
    }

    /// Reads one of `bytes` if it is next, and returns it.
    mutating func consume(anyOf choices: [UInt8]) -> UInt8? {
        guard let byte = peek, choices.contains(byte) else { return nil }
        index += 1
        return byte
    }

    /// Skips spaces.
    mutating func skipSpaces() {
        while peek == 0x20 { index += 1 }
    }

    /// Reads a run of digits, at most `maximum`, as a number with its digit count; `nil` when no
    /// digit is next or more than `maximum` follow.
    mutating func number(maximum: Int = 4) -> (value: Int, digits: Int)? {
        var value = 0
        var digits = 0
        while let byte = peek, Self.isDigit(byte) {
            guard digits < maximum else { return nil }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
            index += 1
        }
        return digits == 0 ? nil : (value, digits)
    }

    /// Reads exactly `count` digits as a number.
    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard Self.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    /// Reads a word: a run of letters (ASCII in lower case, or any non-ASCII), with a trailing `.`
    /// of an abbreviation dropped.
    mutating func word() -> String? {
        let start = index
        while let byte = peek, MarkupSniffer.isASCIILetter(byte) || byte >= 0x80 { index += 1 }
        guard index > start else { return nil }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        _ = consume(UInt8(ascii: "."))
        return word
    }

    /// Whether `byte` is an ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }
}
