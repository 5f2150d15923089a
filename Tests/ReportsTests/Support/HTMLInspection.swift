import Foundation

/// Reading a generated page in tests: tags, ids, links and the text of one element.
enum HTMLInspection {
    /// Every start or end tag of `page`, as written (`<a href="#x">`).
    static func tags(in page: String) -> [String] {
        page.matches(of: /<[^>]*>/).map { String($0.output) }
    }

    /// Every `id` attribute value.
    static func ids(in page: String) -> [String] {
        page.matches(of: /\sid="([^"]*)"/).map { String($0.output.1) }
    }

    /// Every in-page link target: the part after `#` of `href="#…"`.
    static func fragmentLinks(in page: String) -> [String] {
        page.matches(of: /href="#([^"]*)"/).map { String($0.output.1) }
    }

    /// The attribute names of a tag: `<a class="x" href="y">` gives `["class", "href"]`.
    static func attributeNames(of tag: String) -> [String] {
        let stripped = tag.replacing(/"[^"]*"/, with: "\"\"").replacing(/'[^']*'/, with: "''")
        return stripped.matches(of: /\s([^\s=\/>"']+)(?:=|\s|\/?>)/).map { String($0.output.1).lowercased() }
    }

    /// The markup inside the element with id `id` (the element must be a `<span>`), or `nil`.
    static func innerMarkup(ofSpanWithID id: String, in page: String) -> String? {
        guard let open = page.range(of: "id=\"\(id)\">") else { return nil }
        var depth = 1
        var index = open.upperBound
        while index < page.endIndex {
            let rest = page[index...]
            if rest.hasPrefix("<span") {
                depth += 1
            } else if rest.hasPrefix("</span>") {
                depth -= 1
                if depth == 0 { return String(page[open.upperBound..<index]) }
            } else if rest.hasPrefix("</p>") {
                // The element was closed at a line break and reopened: stop at the paragraph.
                return String(page[open.upperBound..<index])
            }
            index = page.index(after: index)
        }
        return nil
    }

    /// The text of `markup`: tags removed, character references decoded.
    static func text(of markup: String) -> String {
        markup.replacing(/<[^>]*>/, with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
