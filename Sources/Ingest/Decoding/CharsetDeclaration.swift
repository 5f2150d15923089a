/// A charset that a document or its transport declares.
struct CharsetDeclaration: Sendable, Hashable {
    /// Where a declaration was found.
    enum Source: Sendable, Hashable {
        /// The `Content-Type` header (or a bare label) passed by the caller.
        case contentType
        /// `<meta charset="…">`.
        case metaCharset
        /// `<meta http-equiv="Content-Type" content="…; charset=…">`.
        case metaHTTPEquiv
        /// `<?xml … encoding="…"?>`.
        case xmlDeclaration
    }

    /// The longest label kept; longer ones are cut (no real charset name comes close).
    static let maximumLabelLength = 40

    /// The label as written, trimmed of spaces and quotes and in lower case.
    let label: String
    /// Where it was found.
    let source: Source

    /// A declaration.
    init(label: String, source: Source) {
        self.label = TextEncoding.normalizedLabel(label)
        self.source = source
    }

    /// The charset of a `Content-Type` value such as `text/html; charset=windows-1256`.
    ///
    /// A value without `charset=` that is a bare token (no `/`, `;` or `=`) is taken as a label
    /// itself, so that callers can pass `windows-1256` from a feed or a dataset field. A media type
    /// without a charset (`text/html`) declares nothing.
    ///
    /// - Complexity: O(*n*) in the length of `contentType`.
    init?(contentType: String) {
        let bytes = Array(contentType.utf8)
        if let label = CharsetDeclaration.charsetParameter(in: bytes[...]) {
            self.init(label: label, source: .contentType)
            return
        }
        let trimmed = TextEncoding.normalizedLabel(String(contentType.prefix(CharsetDeclaration.maximumLabelLength)))
        let separators: Set<UInt8> = [UInt8(ascii: "/"), UInt8(ascii: ";"), UInt8(ascii: "=")]
        guard !trimmed.isEmpty, !trimmed.utf8.contains(where: separators.contains) else { return nil }
        self.init(label: trimmed, source: .contentType)
    }

    /// How the declaration reads in evidence strings.
    var description: String {
        switch source {
        case .contentType: "the Content-Type charset \(label)"
        case .metaCharset: "<meta charset=\"\(label)\">"
        case .metaHTTPEquiv: "<meta http-equiv=\"Content-Type\"> charset \(label)"
        case .xmlDeclaration: "the XML declaration encoding=\"\(label)\""
        }
    }

    /// The value of the first `charset=` parameter in bytes such as a `Content-Type` value or a meta
    /// tag's `content`, without quotes; `nil` if there is none or it is empty.
    ///
    /// Matching is case-insensitive and allows spaces around `=`, as WHATWG's algorithm for
    /// extracting an encoding from a meta element does.
    ///
    /// - Complexity: O(*n*) in the number of bytes.
    static func charsetParameter(in bytes: ArraySlice<UInt8>) -> String? {
        let name = Array("charset".utf8)
        var index = bytes.startIndex
        while index + name.count <= bytes.endIndex {
            guard ByteText.hasPrefix(name, in: bytes, at: index) else {
                index += 1
                continue
            }
            var position = ByteText.skipSpaces(in: bytes, from: index + name.count)
            guard position < bytes.endIndex, bytes[position] == UInt8(ascii: "=") else {
                index = position
                continue
            }
            position = ByteText.skipSpaces(in: bytes, from: position + 1)
            guard position < bytes.endIndex else { return nil }
            let quote = bytes[position]
            var end: Int
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                position += 1
                end = position
                while end < bytes.endIndex, bytes[end] != quote { end += 1 }
            } else {
                end = position
                while end < bytes.endIndex, !ByteText.isSpace(bytes[end]), bytes[end] != UInt8(ascii: ";"),
                    bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "'")
                {
                    end += 1
                }
            }
            let value = bytes[position..<min(end, position + maximumLabelLength)]
            return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
        }
        return nil
    }
}
