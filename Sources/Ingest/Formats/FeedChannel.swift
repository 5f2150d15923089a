import CLibXML2
import Foundation

/// What a feed says about itself and hands down to its items: the outlet's name and site, the
/// language, and (in Atom) the authors of entries that name none.
struct FeedChannel: Sendable {
    /// The channel's or feed's `<title>`.
    var title: String?
    /// The site's address: RSS `<link>`, Atom `<link rel="alternate" href>`.
    var link: String?
    /// RSS `<language>` or `<dc:language>`, Atom `xml:lang` on the feed.
    var language: String?
    /// Atom feed-level `<author><name>`s.
    var authors: [String] = []

    /// Reads the channel of the feed whose root element is `root`.
    /// - Complexity: O(*c*) in the number of the channel's children.
    init(root: xmlNodePtr, dialect: FeedVocabulary.Dialect) {
        let channel: xmlNodePtr?
        switch dialect {
        case .rss, .rdf:
            channel = FeedNode.elementChildren(root).first { element in
                let (namespace, local) = FeedVocabulary.name(of: element)
                return local == "channel" && FeedVocabulary.isOwn(namespace, in: dialect)
            }
        case .atom:
            channel = FeedVocabulary.isItem(root, in: .atom) ? nil : root
            language = FeedNode.language(root)
        }
        guard let channel else { return }
        for element in FeedNode.elementChildren(channel) {
            let (namespace, local) = FeedVocabulary.name(of: element)
            let own = FeedVocabulary.isOwn(namespace, in: dialect)
            switch local {
            case "title" where own || namespace == .dublinCore:
                if title == nil { title = FeedNode.collapsedText(element) }
            case "link" where own && dialect != .atom:
                if link == nil { link = FeedNode.collapsedText(element) }
            case "link" where namespace == .atom || (own && dialect == .atom):
                if link == nil { link = FeedItem.alternateLink(element) }
            case "language" where own || namespace == .dublinCore:
                if language == nil { language = FeedNode.collapsedText(element) }
            case "author" where dialect == .atom && own:
                authors.append(contentsOf: FeedItem.atomPersonNames(element))
            default:
                break
            }
        }
    }

    /// The outlet the feed's items come from: the channel title without the section a feed of one
    /// section adds after a separator («القبس - محليات» is القبس), else the site's domain.
    var outlet: String? {
        guard let title else { return link.flatMap(FeedItem.domain) }
        for separator in HeadlineCleaner.separators where title.contains(separator) {
            if let first = title.components(separatedBy: separator).map(WhiteSpace.collapsed).first(where: { !$0.isEmpty }) {
                return first
            }
        }
        return title
    }
}
