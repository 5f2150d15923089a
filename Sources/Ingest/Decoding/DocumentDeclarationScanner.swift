/// Finds a charset declared inside the bytes of an HTML or XML document, by a byte scan.
///
/// The scan reads the first ``scanLength`` bytes as ASCII, which every encoding it can find a
/// declaration for agrees on. It accepts, in this order:
///
/// 1. an XML declaration at the start (`<?xml version="1.0" encoding="windows-1256"?>`), after
///    optional whitespace;
/// 2. the first `<meta>` tag with a `charset` attribute, or with `http-equiv="Content-Type"` and a
///    `content` attribute holding `charset=` (attributes in any order, any case, quoted with `"` or
///    `'` or unquoted, spaces around `=`).
///
/// Comments (`<!-- … -->`) are skipped, so a commented-out tag declares nothing. This follows the
/// shape of WHATWG's prescan, simplified: other tags are skipped to their first `>`.
enum DocumentDeclarationScanner {
    /// The number of leading bytes scanned.
    static let scanLength = 4096

    /// The declaration in the first ``scanLength`` bytes, if there is one.
    ///
    /// - Complexity: O(1): at most ``scanLength`` bytes are read.
    static func declaration(in bytes: UnsafeBufferPointer<UInt8>) -> CharsetDeclaration? {
        let head = Array(bytes.prefix(scanLength))[...]
        if let label = xmlEncoding(in: head) {
            return CharsetDeclaration(label: label, source: .xmlDeclaration)
        }
        return metaDeclaration(in: head)
    }

    /// The `encoding` of an XML declaration at the start of `head`.
    private static func xmlEncoding(in head: ArraySlice<UInt8>) -> String? {
        let start = ByteText.skipSpaces(in: head, from: head.startIndex)
        guard ByteText.hasPrefix(Array("<?xml".utf8), in: head, at: start),
            let end = ByteText.indexAfter(Array("?>".utf8), in: head, from: start)
        else { return nil }
        let declaration = head[start..<end]
        let name = Array("encoding".utf8)
        guard let afterName = ByteText.indexAfter(name, in: declaration, from: declaration.startIndex) else {
            return nil
        }
        var position = ByteText.skipSpaces(in: declaration, from: afterName)
        guard position < declaration.endIndex, declaration[position] == UInt8(ascii: "=") else { return nil }
        position = ByteText.skipSpaces(in: declaration, from: position + 1)
        return attributeValue(in: declaration, at: &position).flatMap(label)
    }

    /// The charset of the first `<meta>` tag in `head` that declares one.
    private static func metaDeclaration(in head: ArraySlice<UInt8>) -> CharsetDeclaration? {
        let commentOpen = Array("<!--".utf8)
        let commentClose = Array("-->".utf8)
        let metaOpen = Array("<meta".utf8)
        var position = head.startIndex
        while position < head.endIndex {
            guard head[position] == UInt8(ascii: "<") else {
                position += 1
                continue
            }
            if ByteText.hasPrefix(commentOpen, in: head, at: position) {
                guard let end = ByteText.indexAfter(commentClose, in: head, from: position + commentOpen.count) else {
                    return nil
                }
                position = end
                continue
            }
            if ByteText.hasPrefix(metaOpen, in: head, at: position), position + metaOpen.count < head.endIndex,
                ByteText.isSpace(head[position + metaOpen.count]) || head[position + metaOpen.count] == UInt8(ascii: "/")
            {
                var cursor = position + metaOpen.count
                guard let found = metaTag(in: head, at: &cursor) else { return nil }
                if let declaration = found { return declaration }
                position = cursor
                continue
            }
            // Any other tag, doctype or processing instruction: skip to its end.
            guard let end = head[(position + 1)...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            position = end + 1
        }
        return nil
    }

    /// Reads the attributes of a meta tag from `cursor` to its `>`.
    ///
    /// - Returns: `nil` if the tag is cut off by the end of `head`; otherwise the declaration it makes,
    ///   which may be `nil`. `cursor` ends after the tag.
    private static func metaTag(in head: ArraySlice<UInt8>, at cursor: inout Int) -> CharsetDeclaration?? {
        var charset: String?
        var isContentTypePragma = false
        var content: ArraySlice<UInt8>?
        while true {
            while cursor < head.endIndex, ByteText.isSpace(head[cursor]) || head[cursor] == UInt8(ascii: "/") {
                cursor += 1
            }
            guard cursor < head.endIndex else { return nil }
            if head[cursor] == UInt8(ascii: ">") {
                cursor += 1
                break
            }
            let nameStart = cursor
            while cursor < head.endIndex, !ByteText.isSpace(head[cursor]), head[cursor] != UInt8(ascii: "="),
                head[cursor] != UInt8(ascii: ">"), head[cursor] != UInt8(ascii: "/")
            {
                cursor += 1
            }
            let name = String(decoding: head[nameStart..<cursor].map(ByteText.lowercased), as: UTF8.self)
            cursor = ByteText.skipSpaces(in: head, from: cursor)
            var value: ArraySlice<UInt8> = []
            if cursor < head.endIndex, head[cursor] == UInt8(ascii: "=") {
                cursor = ByteText.skipSpaces(in: head, from: cursor + 1)
                guard let read = attributeValue(in: head, at: &cursor) else { return nil }
                value = read
            }
            switch name {
            case "charset" where charset == nil: charset = label(value)
            case "http-equiv": isContentTypePragma = TextEncoding.normalizedLabel(String(decoding: value, as: UTF8.self)) == "content-type"
            case "content" where content == nil: content = value
            default: break
            }
        }
        if let charset {
            return .some(CharsetDeclaration(label: charset, source: .metaCharset))
        }
        if isContentTypePragma, let content, let label = CharsetDeclaration.charsetParameter(in: content) {
            return .some(CharsetDeclaration(label: label, source: .metaHTTPEquiv))
        }
        return .some(nil)
    }

    /// Reads an attribute value at `cursor`, quoted or not, and moves `cursor` past it; `nil` if the
    /// value runs past the end of `bytes`.
    private static func attributeValue(in bytes: ArraySlice<UInt8>, at cursor: inout Int) -> ArraySlice<UInt8>? {
        guard cursor < bytes.endIndex else { return nil }
        let quote = bytes[cursor]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let end = bytes[(cursor + 1)...].firstIndex(of: quote) else { return nil }
            let value = bytes[(cursor + 1)..<end]
            cursor = end + 1
            return value
        }
        let start = cursor
        while cursor < bytes.endIndex, !ByteText.isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") {
            cursor += 1
        }
        return bytes[start..<cursor]
    }

    /// A label from an attribute value: trimmed, cut to a sane length; `nil` if empty.
    private static func label(_ value: ArraySlice<UInt8>) -> String? {
        let text = TextEncoding.normalizedLabel(
            String(decoding: value.prefix(CharsetDeclaration.maximumLabelLength), as: UTF8.self))
        return text.isEmpty ? nil : text
    }
}
