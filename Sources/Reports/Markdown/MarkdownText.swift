/// Untrusted text made safe and inert in Markdown.
enum MarkdownText {
    /// `text` on one line with every character that Markdown or HTML could read as syntax escaped:
    /// `\ ` * _ [ ] { } # | ~ !` get a backslash, `<`, `>` and `&` become character references
    /// (so no raw HTML and no entity reaches the viewer), line breaks become spaces, and controls
    /// follow ``UntrustedScalar``: bidirectional controls shown as `[U+202E]`, other invisible
    /// controls removed.
    /// - Complexity: O(n) in the number of scalars.
    static func inline(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var previousWasSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch UntrustedScalar.treatment(of: value) {
            case .remove:
                continue
            case .reveal:
                result += UntrustedScalar.code(of: value)
                previousWasSpace = false
                continue
            case .keep:
                break
            }
            switch scalar {
            case "\n", "\t":
                if !previousWasSpace { result.unicodeScalars.append(" ") }
                previousWasSpace = true
                continue
            case "\\", "`", "*", "_", "[", "]", "{", "}", "#", "|", "~", "!":
                result.unicodeScalars.append("\\")
                result.unicodeScalars.append(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default: result.unicodeScalars.append(scalar)
            }
            previousWasSpace = scalar == " "
        }
        return result
    }
}
