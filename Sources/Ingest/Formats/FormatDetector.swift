import Foundation

/// Tells which ``InputFormat`` a decoded input is in, from its content first and its name only to
/// break a tie.
///
/// Content rules, after a byte order mark and white space:
/// - markup whose first element is `<rss>` or `<rdf:RDF>` is RSS, `<feed>` is Atom (XML declarations,
///   comments, processing instructions and a document type declaration before it are skipped);
///   `<!DOCTYPE html>`, `<html>` or a known HTML element first (`<head>`, `<body>`, `<div>`, `<p>` …) is HTML;
///   other XML (`<?xml` then an unknown root) goes to the feed reader, which names the root it found;
/// - `[` followed by `{` or `]` is a JSON array;
/// - a first non-blank line that is a complete JSON object is JSON Lines (later lines are checked by
///   the reader, which rejects bad ones one by one); `{` followed by `"` or `}` is one JSON document;
/// - text holding three or more known HTML tags in its first 4 KB is HTML;
/// - anything else is text, unless the name's extension (`.html`, `.xml`, `.rss`, `.atom`, `.json`,
///   `.jsonl`, `.ndjson`) names a structured format.
///
/// A plain-text article that merely holds a `<` (`<عاجل>`, `a < b`) stays text.
enum FormatDetector {
    /// How many bytes from the start the content rules look at.
    static let sniffLength = 4096

    /// The format of `text`, read from the input called `name` (a path, a URL or a bare name).
    ///
    /// - Complexity: O(*k*) where *k* is ``sniffLength`` plus the length of the first line.
    static func format(of text: String, name: String) -> InputFormat {
        content(of: text) ?? formatFromExtension(of: name) ?? .text
    }

    /// The format that the content alone shows, or `nil` when it looks like plain text.
    private static func content(of text: String) -> InputFormat? {
        let bytes = text.utf8
        var start = bytes.startIndex
        if MarkupSniffer.hasPrefix(bytes, "\u{FEFF}") { start = bytes.index(start, offsetBy: 3) }
        guard let first = bytes[start...].firstIndex(where: { !MarkupSniffer.isSpace($0) }) else { return nil }
        let head = bytes[first...].prefix(sniffLength)
        switch head.first {
        case UInt8(ascii: "<"):
            if let format = markup(Array(head)) { return format }
        case UInt8(ascii: "["):
            if let next = head.dropFirst().first(where: { !MarkupSniffer.isSpace($0) }),
                next == UInt8(ascii: "{") || next == UInt8(ascii: "]")
            {
                return .jsonArray
            }
        case UInt8(ascii: "{"):
            if isJSONObjectLine(bytes[first...].prefix { $0 != 0x0A }) { return .jsonLines }
            if let next = head.dropFirst().first(where: { !MarkupSniffer.isSpace($0) }),
                next == UInt8(ascii: "\"") || next == UInt8(ascii: "}")
            {
                return .jsonArray
            }
        default:
            break
        }
        return MarkupSniffer.htmlTagCount(in: head, limit: 3) >= 3 ? .html : nil
    }

    /// The format of markup from its first element, or `nil` when it starts with no element that
    /// tells (such as `<عاجل>` in a plain-text article).
    private static func markup(_ head: [UInt8]) -> InputFormat? {
        var index = 0
        var sawXMLDeclaration = false
        while index < head.count {
            while index < head.count, MarkupSniffer.isSpace(head[index]) { index += 1 }
            guard index < head.count, head[index] == UInt8(ascii: "<") else { return nil }
            let rest = head[index...]
            if MarkupSniffer.hasPrefix(rest, "<?") {
                sawXMLDeclaration = sawXMLDeclaration || MarkupSniffer.hasPrefix(rest, "<?xml")
                index = end(of: "?>", in: head, from: index + 2)
            } else if MarkupSniffer.hasPrefix(rest, "<!--") {
                index = end(of: "-->", in: head, from: index + 4)
            } else if MarkupSniffer.hasPrefix(rest, "<!doctype") {
                if MarkupSniffer.hasPrefix(rest, "<!doctype html") { return .html }
                index = endOfDoctype(in: head, from: index)
            } else {
                return rootFormat(head, nameStart: index + 1, afterXMLDeclaration: sawXMLDeclaration)
            }
        }
        return sawXMLDeclaration ? .rss : nil
    }

    /// The format named by the element whose name starts at `nameStart`.
    private static func rootFormat(_ head: [UInt8], nameStart: Int, afterXMLDeclaration: Bool) -> InputFormat? {
        var nameEnd = nameStart
        while nameEnd < head.count, !MarkupSniffer.isSpace(head[nameEnd]), head[nameEnd] != UInt8(ascii: ">"),
            head[nameEnd] != UInt8(ascii: "/")
        {
            nameEnd += 1
        }
        let name = String(decoding: head[nameStart..<nameEnd], as: UTF8.self)
        let localName = name.split(separator: ":").last.map(String.init) ?? name
        switch localName {
        case "rss", "RDF": return .rss
        case "feed": return .atom
        default: break
        }
        if MarkupSniffer.startsWithHTMLTag(head[(nameStart - 1)...]) { return .html }
        // Other XML goes to the feed reader, which says what it found instead of a feed.
        return afterXMLDeclaration ? .rss : nil
    }

    /// The index after the first `terminator` at or after `from`, or the end of `head`.
    private static func end(of terminator: String, in head: [UInt8], from: Int) -> Int {
        let pattern = Array(terminator.utf8)
        var index = from
        while index + pattern.count <= head.count {
            if head[index..<(index + pattern.count)].elementsEqual(pattern) { return index + pattern.count }
            index += 1
        }
        return head.count
    }

    /// The index after a document type declaration that starts at `from`, internal subset included.
    private static func endOfDoctype(in head: [UInt8], from: Int) -> Int {
        var index = from
        var inSubset = false
        while index < head.count {
            switch head[index] {
            case UInt8(ascii: "["): inSubset = true
            case UInt8(ascii: "]"): inSubset = false
            case UInt8(ascii: ">") where !inSubset: return index + 1
            default: break
            }
            index += 1
        }
        return head.count
    }

    /// Whether a line is one complete JSON object.
    private static func isJSONObjectLine(_ line: Substring.UTF8View.SubSequence) -> Bool {
        guard let value = try? JSONSerialization.jsonObject(with: Data(line), options: []) else { return false }
        return value is [String: Any]
    }

    /// The format that the extension of `name` suggests, or `nil`.
    static func formatFromExtension(of name: String) -> InputFormat? {
        let path = name.prefix { $0 != "?" && $0 != "#" }
        let lastComponent = path.split(separator: "/").last ?? path[...]
        guard let dot = lastComponent.lastIndex(of: ".") else { return nil }
        switch lastComponent[lastComponent.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml", "shtml", "php", "aspx": return .html
        case "rss", "xml", "rdf": return .rss
        case "atom": return .atom
        case "jsonl", "ndjson", "jsonlines": return .jsonLines
        case "json": return .jsonArray
        default: return nil
        }
    }
}
