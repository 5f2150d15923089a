/// Feed XML made safe and regular before libxml2 parses it.
///
/// Real feeds break XML in a few predictable ways, and libxml2's recovery makes one of them worse:
/// once a document has had an error, the recovering parser silently drops every later named entity
/// reference, `&amp;` and `&lt;` included, so «وزارة الصحة &amp; السكان» loses its `&`. The
/// preparation removes the causes before the parser sees them, changing no line breaks:
/// - the document type declaration is blanked out (replaced by spaces): a feed needs none, and
///   without one libxml2 has no entity to expand, internal or external, so billion-laughs and
///   `SYSTEM "file:///…"` entities are inert whatever the parser options;
/// - every named reference becomes a numeric one, which recovery keeps: the five XML entities,
///   the HTML entities feeds use without declaring them (`&nbsp;`, `&hellip;`, `&raquo;` …); a reference
///   to an entity that the removed declaration defined becomes nothing; an unknown name and a bare
///   `&` stay as literal text (`&#38;`);
/// - numeric references to characters that XML forbids (`&#0;`, surrogates) are dropped;
/// - a `<` that cannot start markup (`a < b`, `<عاجل>`) becomes `&#60;`;
/// - control characters that XML forbids become spaces.
///
/// Comments, CDATA sections and processing instructions are copied unchanged.
struct PreparedFeedXML {
    /// The prepared document in UTF-8, without a byte order mark.
    private(set) var bytes: [UInt8] = []
    /// Whether a document type declaration was removed.
    private(set) var removedDoctype = false
    /// The names of the general entities that the removed declaration defined.
    private(set) var declaredEntities: Set<String> = []
    /// How many references or characters were rewritten because XML or libxml2 would not take them.
    private(set) var repairs = 0

    /// A place where the prepared text has a different length from the original: columns after it on
    /// the same line are off by `delta` characters.
    private struct ColumnShift {
        /// The line of the rewrite.
        var line: Int
        /// The column after the rewrite, in the prepared text.
        var column: Int
        /// Characters added (positive) or removed (negative).
        var delta: Int
    }

    /// The rewrites that changed lengths, in order.
    private var shifts: [ColumnShift] = []
    /// The line being written (1-based).
    private var line = 1
    /// The column being written, in characters (1-based).
    private var column = 1

    /// Prepares `text`.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    init(_ text: String) {
        var input = Array(text.utf8)
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input.removeFirst(3) }
        bytes.reserveCapacity(input.count + input.count / 32)
        var index = 0
        while index < input.count {
            let byte = input[index]
            switch byte {
            case UInt8(ascii: "&"):
                index = rewriteReference(input, at: index)
            case UInt8(ascii: "<"):
                index = copyMarkup(input, at: index)
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F:
                emit(0x20)
                repairs += 1
                index += 1
            default:
                emit(byte)
                index += 1
            }
        }
    }

    /// The column in the original text of the character that is at `line`, `column` in
    /// ``bytes`` (both 1-based, columns in characters as libxml2 counts them).
    ///
    /// - Complexity: O(*s*) in the number of rewritten references.
    func originalColumn(line: Int, column: Int) -> Int {
        var original = column
        for shift in shifts where shift.line == line && shift.column <= column {
            original -= shift.delta
        }
        return max(1, original)
    }

    // MARK: Output

    /// Appends one byte, keeping count of lines and of columns in characters.
    private mutating func emit(_ byte: UInt8) {
        bytes.append(byte)
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// Appends ASCII `text` in place of `originalLength` ASCII characters.
    private mutating func emit(replacing originalLength: Int, with text: String) {
        for byte in text.utf8 { emit(byte) }
        let delta = text.utf8.count - originalLength
        if delta != 0 { shifts.append(ColumnShift(line: line, column: column, delta: delta)) }
    }

    // MARK: References

    /// Rewrites the reference that starts with the `&` at `start`; returns the index after it.
    private mutating func rewriteReference(_ input: [UInt8], at start: Int) -> Int {
        var index = start + 1
        if index < input.count, input[index] == UInt8(ascii: "#") {
            return rewriteCharacterReference(input, at: start)
        }
        while index < input.count, index - start <= 32, isNameByte(input[index], first: index == start + 1) {
            index += 1
        }
        guard index > start + 1, index < input.count, input[index] == UInt8(ascii: ";") else {
            emit(replacing: 1, with: "&#38;")
            repairs += 1
            return start + 1
        }
        let name = String(decoding: input[(start + 1)..<index], as: UTF8.self)
        let length = index + 1 - start
        if let scalar = Self.predefinedEntities[name] {
            emit(replacing: length, with: "&#\(scalar);")
        } else if let scalar = Self.htmlEntities[name] {
            emit(replacing: length, with: "&#\(scalar);")
            repairs += 1
        } else if declaredEntities.contains(name) {
            emit(replacing: length, with: "")
            repairs += 1
        } else {
            emit(replacing: 1, with: "&#38;")
            for byte in input[(start + 1)...index] { emit(byte) }
            repairs += 1
        }
        return index + 1
    }

    /// Copies a numeric reference that names a character XML allows, or drops it; a `&#` that is
    /// no reference stays literal text. Returns the index after what was read.
    private mutating func rewriteCharacterReference(_ input: [UInt8], at start: Int) -> Int {
        var index = start + 2
        let hexadecimal = index < input.count && (input[index] | 0x20) == UInt8(ascii: "x")
        if hexadecimal { index += 1 }
        var value = 0
        let digitsStart = index
        while index < input.count, index - digitsStart < 8, let digit = Self.digitValue(input[index], hexadecimal) {
            value = value * (hexadecimal ? 16 : 10) + digit
            index += 1
        }
        guard index > digitsStart, index < input.count, input[index] == UInt8(ascii: ";") else {
            emit(replacing: 1, with: "&#38;")
            repairs += 1
            return start + 1
        }
        if Self.isXMLCharacter(value) {
            for byte in input[start...index] { emit(byte) }
        } else {
            emit(replacing: index + 1 - start, with: "")
            repairs += 1
        }
        return index + 1
    }

    // MARK: Markup

    /// Copies the markup that starts with the `<` at `start` (or escapes a `<` that starts none);
    /// returns the index after what was handled.
    private mutating func copyMarkup(_ input: [UInt8], at start: Int) -> Int {
        let rest = input[start...]
        if rest.starts(with: Array("<!--".utf8)) { return copyVerbatim(input, from: start, through: "-->") }
        if rest.starts(with: Array("<![CDATA[".utf8)) { return copyVerbatim(input, from: start, through: "]]>") }
        if rest.starts(with: Array("<?".utf8)) { return copyVerbatim(input, from: start, through: "?>") }
        if MarkupSniffer.hasPrefix(rest, "<!doctype") { return blankDoctype(input, from: start) }
        let next = start + 1 < input.count ? input[start + 1] : 0
        if isNameByte(next, first: true) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") {
            emit(UInt8(ascii: "<"))
        } else {
            emit(replacing: 1, with: "&#60;")
            repairs += 1
        }
        return start + 1
    }

    /// Copies bytes from `start` through the first `terminator` (or to the end).
    private mutating func copyVerbatim(_ input: [UInt8], from start: Int, through terminator: String) -> Int {
        let pattern = Array(terminator.utf8)
        var index = start
        while index < input.count {
            if input[index...].starts(with: pattern) {
                for byte in pattern { emit(byte) }
                return index + pattern.count
            }
            emit(input[index])
            index += 1
        }
        return index
    }

    /// Replaces the document type declaration at `start` with one space per character (line
    /// breaks kept), noting the general entities it declares. Returns the index after it.
    private mutating func blankDoctype(_ input: [UInt8], from start: Int) -> Int {
        removedDoctype = true
        var index = start
        var inSubset = false
        var quote: UInt8?
        while index < input.count {
            let byte = input[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                inSubset = true
            } else if byte == UInt8(ascii: "]") {
                inSubset = false
            } else if byte == UInt8(ascii: "<"), inSubset, input[index...].starts(with: Array("<!ENTITY".utf8)) {
                noteEntityDeclaration(input, at: index + 8)
            } else if byte == UInt8(ascii: ">"), !inSubset {
                emit(0x20)
                return index + 1
            }
            if byte == 0x0A || byte & 0xC0 != 0x80 { emit(byte == 0x0A ? 0x0A : 0x20) }
            index += 1
        }
        return index
    }

    /// Records the name of a general entity declared after `<!ENTITY` (parameter entities, `% name`,
    /// are only used inside the declaration and are skipped).
    private mutating func noteEntityDeclaration(_ input: [UInt8], at start: Int) {
        var index = start
        while index < input.count, MarkupSniffer.isSpace(input[index]) { index += 1 }
        guard index < input.count, input[index] != UInt8(ascii: "%") else { return }
        let nameStart = index
        while index < input.count, isNameByte(input[index], first: index == nameStart) { index += 1 }
        if index > nameStart { declaredEntities.insert(String(decoding: input[nameStart..<index], as: UTF8.self)) }
    }

    // MARK: Characters

    /// Whether `byte` may be part of an entity name (ASCII names only; others are not references
    /// that feeds use).
    private func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        if MarkupSniffer.isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") { return true }
        if first { return false }
        return (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// The value of a decimal or hexadecimal digit.
    private static func digitValue(_ byte: UInt8, _ hexadecimal: Bool) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x61...0x66 where hexadecimal: Int(byte - 0x61 + 10)
        case 0x41...0x46 where hexadecimal: Int(byte - 0x41 + 10)
        default: nil
        }
    }

    /// Whether XML 1.0 allows the character `value`.
    private static func isXMLCharacter(_ value: Int) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
