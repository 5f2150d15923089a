/// The metadata an HTML page carries outside its body text.
struct PageMetadata: Sendable {
    /// `<meta>` values by their lower-case `property`, `name` or `itemprop`; the first value wins.
    var meta: [String: String] = [:]
    /// The text of `<title>`.
    var documentTitle: String?
    /// The text of the first `<h1>`.
    var firstHeading: String?
    /// `<link rel="canonical">`.
    var canonicalURL: String?
    /// The `lang` attribute of `<html>`.
    var language: String?
    /// The bodies of `<script type="application/ld+json">` elements.
    var jsonLD: [String] = []
    /// `datetime` attributes of `<time>` elements, in page order.
    var timeValues: [String] = []

    mutating func addMeta(key: String, value: String) {
        let key = key.lowercased()
        if meta[key] == nil, !value.isEmpty { meta[key] = value }
    }
}
