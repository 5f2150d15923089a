/// What an HTML element means for main-text extraction.
enum ElementRole: Sendable {
    /// Never text of the page: scripts, styles, forms, media, navigation chrome.
    case skipped
    /// Starts and ends a block of text (paragraphs, list items, cells, containers).
    case block
    /// A heading, kept as its own paragraph when it stands inside the article.
    case heading
    /// A line break: ends a paragraph inside text written with `<br>`s.
    case lineBreak
    /// Text-level markup: its text joins the block around it.
    case inline

    /// The role of an element by its lower-case tag name.
    static func of(_ name: String) -> ElementRole {
        switch name {
        case "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
             "video", "audio", "source", "track", "picture", "img", "input", "select", "option", "textarea",
             "button", "label", "head", "title", "meta", "link", "base", "map", "area", "dialog",
             "nav", "figcaption", "amp-ad", "amp-img", "amp-analytics", "ins", "menu", "datalist", "output":
            return .skipped
        case "h1", "h2", "h3", "h4", "h5", "h6":
            return .heading
        case "br", "hr":
            return .lineBreak
        case "a", "span", "strong", "b", "em", "i", "u", "font", "small", "big", "sup", "sub", "time", "abbr",
             "q", "mark", "cite", "code", "kbd", "var", "dfn", "s", "strike", "del", "bdi", "bdo", "wbr", "nobr",
             "acronym", "tt", "data":
            return .inline
        default:
            return .block
        }
    }
}
