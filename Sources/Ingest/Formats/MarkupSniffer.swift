/// Cheap tests on text that may or may not be HTML: whether it carries HTML tags, and whether markup
/// has any visible text at all.
///
/// These are byte scans, not parses: they decide which reader or cleaner gets a text, and a wrong
/// answer costs little (the HTML extractor reads plain text too), so they favour speed.
enum MarkupSniffer {
    /// The lower-case names of the HTML elements that count as evidence of markup.
    ///
    /// Only names that never occur as words between angle brackets in news text: `<p>`, `<div>`,
    /// `<br>` … but not made-up ones such as `<عاجل>`.
    static let htmlTagNames: Set<String> = [
        "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "center", "code", "dd", "div", "dl",
        "dt", "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "i", "iframe", "img", "li", "link", "main", "meta", "nav", "ol", "p",
        "picture", "pre", "script", "section", "small", "source", "span", "strong", "style", "sub", "sup",
        "table", "tbody", "td", "th", "thead", "time", "title", "tr", "u", "ul", "video",
    ]

    /// The number of HTML tags (opening or closing, of ``htmlTagNames``) in `bytes`, counting no
    /// further than `limit`.
    ///
    /// - Complexity: O(*n*) in the number of bytes scanned.
    static func htmlTagCount(in bytes: some Collection<UInt8>, limit: Int = .max) -> Int {
        var count = 0
        var index = bytes.startIndex
        while index != bytes.endIndex, count < limit {
            if bytes[index] == UInt8(ascii: "<"), let end = tagNameEnd(in: bytes, after: index) {
                count += 1
                index = end
            } else {
                bytes.formIndex(after: &index)
            }
        }
        return count
    }

    /// Whether `bytes`, after leading white space, begin with an HTML tag of ``htmlTagNames``
    /// (or `<!DOCTYPE html`, or a comment).
    ///
    /// - Complexity: O(*n*) in the leading white space.
    static func startsWithHTMLTag(_ bytes: some Collection<UInt8>) -> Bool {
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), bytes[start] == UInt8(ascii: "<") else {
            return false
        }
        if hasPrefix(bytes[start...], "<!doctype html") || hasPrefix(bytes[start...], "<!--") { return true }
        return tagNameEnd(in: bytes, after: start) != nil
    }

    /// Whether a text is HTML rather than plain text that happens to hold a `<`: it starts with a
    /// known tag, or holds at least `minimumTags` of them.
    ///
    /// - Complexity: O(*n*).
    static func looksLikeHTML(_ text: String, minimumTags: Int = 2) -> Bool {
        let bytes = text.utf8
        return startsWithHTMLTag(bytes) || htmlTagCount(in: bytes, limit: minimumTags) >= minimumTags
    }

    /// Whether markup has visible text: a letter or a digit outside tags and character references.
    ///
    /// `<img src="…">` or `<p>&nbsp;</p>` have none; the feed reader then treats the item as a link.
    /// - Complexity: O(*n*).
    static func hasVisibleText(markup: String) -> Bool {
        var inTag = false
        var referenceLength = -1
        for scalar in markup.unicodeScalars {
            if inTag {
                if scalar == ">" { inTag = false }
                continue
            }
            if referenceLength >= 0 {
                referenceLength += 1
                if scalar == ";" || referenceLength > 10 { referenceLength = -1 }
                continue
            }
            switch scalar {
            case "<": inTag = true
            case "&": referenceLength = 0
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return true }
            }
        }
        return false
    }

    /// Whether plain text has a letter or a digit.
    /// - Complexity: O(*n*).
    static func hasVisibleText(plain: String) -> Bool {
        plain.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// The index after the name of a known HTML tag that starts at `start` (`<p>`, `</div>`,
    /// `<br/>`, `<a href…`), or `nil` when no known tag starts there.
    private static func tagNameEnd<C: Collection<UInt8>>(in bytes: C, after start: C.Index) -> C.Index? {
        var index = bytes.index(after: start)
        if index != bytes.endIndex, bytes[index] == UInt8(ascii: "/") { bytes.formIndex(after: &index) }
        var name: [UInt8] = []
        while index != bytes.endIndex, name.count <= 10 {
            let byte = bytes[index]
            if isASCIILetter(byte) || (byte >= 0x30 && byte <= 0x39 && !name.isEmpty) {
                name.append(byte | 0x20)
                bytes.formIndex(after: &index)
            } else {
                break
            }
        }
        guard !name.isEmpty, index != bytes.endIndex else { return nil }
        let next = bytes[index]
        guard next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || isSpace(next) else { return nil }
        // Lower-cased ASCII letters and digits are valid UTF-8.
        guard htmlTagNames.contains(String(decoding: name, as: UTF8.self)) else { return nil }
        return index
    }

    /// Whether `bytes` begin with the lower-case ASCII `prefix`, ignoring ASCII case.
    static func hasPrefix(_ bytes: some Collection<UInt8>, _ prefix: String) -> Bool {
        var index = bytes.startIndex
        for expected in prefix.utf8 {
            guard index != bytes.endIndex else { return false }
            let byte = bytes[index]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lowered != expected { return false }
            bytes.formIndex(after: &index)
        }
        return true
    }

    /// Whether `byte` is ASCII white space (space, tab, line feed, carriage return, form feed).
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Whether `byte` is an ASCII letter.
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }
}
