/// The kinds of input that ingest reads, as ``FormatDetector`` tells them apart.
enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// An HTML page or fragment: one document, main text still to be extracted.
    case html
    /// An RSS 2.0 (or 0.9x) or RSS 1.0 (RDF) feed: one document per item.
    case rss
    /// An Atom feed: one document per entry.
    case atom
    /// JSON Lines: one article object per line.
    case jsonLines
    /// One JSON document: an array of article objects, an object that wraps such an array
    /// (`{"articles": […]}`), or a single article object.
    case jsonArray
    /// Plain text: one document.
    case text
}
