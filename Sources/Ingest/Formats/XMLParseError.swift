import CLibXML2

/// An error that libxml2 reported while parsing a feed: where, and libxml2's own words.
struct XMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line, or 0 when libxml2 gave none.
    var line: Int
    /// The 1-based column in characters, or 0 when libxml2 gave none.
    var column: Int
    /// The first line of libxml2's message (`Opening and ending tag mismatch: br line 3 and p`).
    var message: String

    /// An error at `line`, `column`.
    init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// The error libxml2 describes in `error`.
    init(_ error: xmlError) {
        let message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
        self.init(
            line: Int(error.line), column: Int(error.int2),
            message: Self.trimmed(message))
    }

    /// `line 3, column 53: Opening and ending tag mismatch: br line 3 and p`.
    var description: String {
        line > 0 ? "line \(line), column \(column): \(message)" : message
    }

    /// The first line of `message` without white space at either end: some messages go on with
    /// the raw input they stopped in («CData section not finished» and the section's text), which
    /// has no place in a one-line reason.
    private static func trimmed(_ message: String) -> String {
        let scalars = message.unicodeScalars.drop { $0.properties.isWhitespace }.prefix { $0 != "\n" && $0 != "\r" }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
