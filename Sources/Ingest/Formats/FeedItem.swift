import CLibXML2

/// The fields of one feed item (RSS `<item>`, Atom `<entry>`), read from its child elements, and the
/// draft they make.
///
/// The body is the first of these that has visible text: `content:encoded` (HTML), Atom `<content>`
/// (`type="html"` or `"xhtml"` as HTML, `"text"` or none as text, out-of-line `src` skipped), RSS
/// `<description>` (HTML when it holds tags, elements or references, else text), Atom `<summary>`.
struct FeedItem: Sendable {
    /// The headline.
    var title: String?
    /// The article's address: RSS `<link>`, Atom `<link rel="alternate">`, else a permalink `<guid>`
    /// or an `http` Atom `<id>`.
    var link: String?
    /// The authors, from `<author>`, `<dc:creator>` or Atom `<author><name>`.
    var authors: [String] = []
    /// The publication date as written, and the element it came from.
    var published: (value: String, field: String)?
    /// The item's language (`<dc:language>` or `xml:lang`).
    var language: String?
    /// RSS 2.0 `<source>`: the outlet an aggregated item came from.
    var sourceOutlet: String?
    /// The body candidates in the order they were found, by kind.
    private var bodies: [(kind: BodyKind, body: DocumentDraft.Body)] = []

    /// The kinds of body an item can carry, in order of preference.
    private enum BodyKind: Int, Comparable {
        case contentEncoded, atomContent, description, atomSummary

        /// Whether `lhs` is preferred to `rhs`.
        static func < (lhs: BodyKind, rhs: BodyKind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The date elements, in order of preference.
    private static let dateFields = ["pubDate", "published", "date", "issued", "created", "updated", "modified"]

    /// Reads the item `element` of a feed in `dialect`.
    /// - Complexity: O(*n*) in the size of the item.
    init(element: xmlNodePtr, dialect: FeedVocabulary.Dialect) {
        var guid: String?
        var atomID: String?
        var dates: [(rank: Int, value: String, field: String)] = []
        language = FeedNode.language(element)
        for child in FeedNode.elementChildren(element) {
            let (namespace, local) = FeedVocabulary.name(of: child)
            let own = FeedVocabulary.isOwn(namespace, in: dialect)
            let isAtom = namespace == .atom || (own && dialect == .atom)
            switch (namespace, local) {
            case (.content, "encoded"):
                addBody(.contentEncoded, Self.htmlBody(child))
            case (_, "content") where isAtom:
                addBody(.atomContent, Self.atomBody(child))
            case (_, "summary") where isAtom:
                addBody(.atomSummary, Self.atomBody(child))
            case (_, "description") where own || namespace == .dublinCore:
                addBody(.description, Self.htmlBody(child))
            case (_, "title") where own || namespace == .dublinCore:
                if title == nil { title = Self.title(child, isAtom: isAtom) }
            case (_, "link") where isAtom:
                if link == nil { link = Self.alternateLink(child) }
            case (_, "link") where own:
                if link == nil { link = FeedNode.collapsedText(child) }
            case (_, "guid") where own:
                let isPermaLink = FeedNode.attribute(child, "isPermaLink")?.lowercased() != "false"
                if isPermaLink { guid = FeedNode.collapsedText(child) }
            case (_, "id") where isAtom:
                atomID = FeedNode.collapsedText(child)
            case (_, "author") where isAtom:
                authors.append(contentsOf: Self.atomPersonNames(child))
            case (_, "author") where own:
                if let author = FeedNode.collapsedText(child).flatMap(Self.rssAuthorName) { authors.append(author) }
            case (.dublinCore, "creator"):
                if let creator = FeedNode.collapsedText(child) { authors.append(creator) }
            case (.dublinCore, "language"):
                language = FeedNode.collapsedText(child) ?? language
            case (_, "source") where own && dialect == .rss:
                sourceOutlet = FeedNode.collapsedText(child)
            default:
                let isDate = own || isAtom || namespace == .dublinCore || namespace == .dublinCoreTerms
                if isDate, let rank = Self.dateFields.firstIndex(of: local), let value = FeedNode.collapsedText(child) {
                    dates.append((rank, value, FeedVocabulary.writtenName(of: child)))
                }
            }
        }
        if link == nil { link = [guid, atomID].compactMap { $0 }.first(where: Self.isWebAddress) }
        if let best = dates.min(by: { $0.rank < $1.rank }) { published = (best.value, best.field) }
    }

    /// The best body with visible text, or `nil`.
    var body: DocumentDraft.Body? {
        bodies.sorted { $0.kind < $1.kind }.first?.body
    }

    /// The draft of this item, named `input`, with what the channel hands down; or the reason it
    /// gives none.
    /// - Throws: ``RejectedInput`` when the item has neither text nor a link.
    func draft(input: String, channel: FeedChannel) throws(RejectedInput) -> DocumentDraft {
        let url = link.map { Self.resolve($0, against: channel.link) }
        let body: DocumentDraft.Body
        if let found = self.body {
            body = found
        } else if url != nil {
            body = .linkOnly
        } else {
            throw RejectedInput(input: input, reason: "feed item has neither text nor a link")
        }
        let itemAuthors = authors.isEmpty ? channel.authors : authors
        return DocumentDraft(
            input: input, body: body, title: title, url: url,
            outlet: sourceOutlet ?? channel.outlet ?? url.flatMap(Self.domain),
            author: itemAuthors.isEmpty ? nil : itemAuthors.joined(separator: "، "),
            published: published?.value, publishedField: published?.field,
            language: language ?? channel.language)
    }

    // MARK: Reading elements

    /// Keeps a body candidate, when there is one.
    private mutating func addBody(_ kind: BodyKind, _ body: DocumentDraft.Body?) {
        if let body { bodies.append((kind, body)) }
    }

    /// An element whose content is HTML, escaped (the usual case) or written as elements; `nil`
    /// when it has no visible text.
    private static func htmlBody(_ element: xmlNodePtr) -> DocumentDraft.Body? {
        if !FeedNode.elementChildren(element).isEmpty {
            let markup = FeedNode.markup(ofChildrenOf: element)
            return MarkupSniffer.hasVisibleText(markup: markup) ? .html(markup) : nil
        }
        let text = FeedNode.text(element)
        if MarkupSniffer.htmlTagCount(in: text.utf8, limit: 1) > 0 || hasCharacterReference(text) {
            return MarkupSniffer.hasVisibleText(markup: text) ? .html(text) : nil
        }
        return MarkupSniffer.hasVisibleText(plain: text) ? .text(text) : nil
    }

    /// An Atom text construct (`<content>`, `<summary>`) by its `type`; `nil` when it has no visible
    /// text or its content is elsewhere (`src`) or not text.
    private static func atomBody(_ element: xmlNodePtr) -> DocumentDraft.Body? {
        guard FeedNode.attribute(element, "src") == nil else { return nil }
        switch FeedNode.attribute(element, "type")?.lowercased() ?? "text" {
        case "html", "text/html", "escaped":
            let text = FeedNode.text(element)
            return MarkupSniffer.hasVisibleText(markup: text) ? .html(text) : nil
        case "xhtml", "application/xhtml+xml":
            let markup = FeedNode.markup(ofChildrenOf: element)
            return MarkupSniffer.hasVisibleText(markup: markup) ? .html(markup) : nil
        case "text", "text/plain":
            let text = FeedNode.text(element)
            return MarkupSniffer.hasVisibleText(plain: text) ? .text(text) : nil
        default:
            return nil
        }
    }

    /// A title: collapsed text, with tags removed where Atom says it is HTML.
    private static func title(_ element: xmlNodePtr, isAtom: Bool) -> String? {
        guard isAtom, FeedNode.attribute(element, "type")?.lowercased() == "html" else {
            return FeedNode.collapsedText(element)
        }
        var text = ""
        var inTag = false
        for character in FeedNode.text(element) {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return FeedNode.collapse(text)
    }

    /// The `href` of an Atom `<link>` that points to the article itself (no `rel`, or `alternate`).
    static func alternateLink(_ element: xmlNodePtr) -> String? {
        let relation = FeedNode.attribute(element, "rel")?.lowercased() ?? "alternate"
        guard relation == "alternate" else { return nil }
        return FeedNode.attribute(element, "href").flatMap(FeedNode.collapse)
    }

    /// The `<name>`s of an Atom person construct (`<author>`).
    static func atomPersonNames(_ element: xmlNodePtr) -> [String] {
        FeedNode.elementChildren(element).compactMap { child in
            FeedVocabulary.name(of: child).local == "name" ? FeedNode.collapsedText(child) : nil
        }
    }

    /// The name in an RSS `<author>`, which the specification wants as `email (Name)`.
    private static func rssAuthorName(_ author: String) -> String? {
        if let open = author.firstIndex(of: "("), let close = author.lastIndex(of: ")"), open < close {
            let name = FeedNode.collapse(String(author[author.index(after: open)..<close]))
            if let name { return name }
        }
        return author
    }

    /// Whether text holds a character reference (`&amp;`, `&#1593;`): escaped HTML without tags.
    private static func hasCharacterReference(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&") {
                var end = index + 1
                while end < bytes.count, end - index <= 10,
                    MarkupSniffer.isASCIILetter(bytes[end]) || bytes[end] == UInt8(ascii: "#")
                        || (bytes[end] >= 0x30 && bytes[end] <= 0x39)
                {
                    end += 1
                }
                if end < bytes.count, end > index + 1, bytes[end] == UInt8(ascii: ";") { return true }
            }
            index += 1
        }
        return false
    }

    // MARK: Addresses

    /// Whether `text` is an `http` or `https` address.
    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// `link` made absolute with the scheme and host of `base` when it is a path (`/2023/05/14/x`).
    static func resolve(_ link: String, against base: String?) -> String {
        guard link.hasPrefix("/"), !link.hasPrefix("//"), let base, isWebAddress(base),
            let schemeEnd = base.firstRange(of: "://")
        else { return link }
        let hostEnd = base[schemeEnd.upperBound...].firstIndex(of: "/") ?? base.endIndex
        return base[..<hostEnd] + link
    }

    /// The host of a web address, lower-cased, without `www.` (`hespress.com`); `nil` for anything else.
    static func domain(_ address: String) -> String? {
        guard isWebAddress(address), let schemeEnd = address.firstRange(of: "://") else { return nil }
        let rest = address[schemeEnd.upperBound...]
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }
}
