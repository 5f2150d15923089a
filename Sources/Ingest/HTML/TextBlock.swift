/// A run of text between block boundaries of an HTML page, with what the extractor judges it by.
struct TextBlock: Sendable {
    /// The text with white space collapsed and trimmed.
    var text: String
    /// Bytes of ``text`` that stood inside links.
    var linkBytes: Int
    /// Whether the block is a heading (`h1`–`h6`).
    var isHeading: Bool
    /// The containers the block stands in, outermost first, as indexes into the collector's list.
    var containers: [Int]
    /// The number of space-separated words of ``text``.
    let wordCount: Int

    init(text: String, linkBytes: Int, isHeading: Bool, containers: [Int]) {
        self.text = text
        self.linkBytes = linkBytes
        self.isHeading = isHeading
        self.containers = containers
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        wordCount = count
    }

    /// Share of the text that is link text, from 0 to 1.
    var linkDensity: Double {
        let total = text.utf8.count
        return total == 0 ? 0 : min(1, Double(linkBytes) / Double(total))
    }
}

/// An element that holds blocks, with the hint its tag, class and id give.
struct BlockContainer: Sendable {
    /// The lower-case tag name.
    var tag: String
    /// Positive for article-like names, negative for furniture-like names.
    var hint: Int
    /// The furniture kind its class or id names, for the `removed` reason.
    var furniture: FurnitureKind?
    /// Whether the furniture names are only weak ones (see ``ClassHints/weakWords``).
    var isWeakFurniture: Bool
}
