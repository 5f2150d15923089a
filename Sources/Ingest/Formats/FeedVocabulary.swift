import CLibXML2

/// The elements of RSS 2.0, RSS 1.0 (RDF), Atom and the modules feeds mix in, recognised by namespace
/// and local name.
enum FeedVocabulary {
    /// The dialect of a feed, told by its root element.
    enum Dialect: Sendable, Hashable {
        /// RSS 0.9x or 2.0: `<rss><channel><item>`.
        case rss
        /// RSS 1.0 or 0.90 in RDF: `<rdf:RDF><channel/><item/>`.
        case rdf
        /// Atom 1.0 or 0.3: `<feed><entry>`, or a lone `<entry>`.
        case atom
    }

    /// The namespaces an element can be in, as far as feeds matter.
    enum Namespace: Sendable, Hashable {
        /// No namespace (RSS 2.0).
        case none
        /// RSS 1.0 or RSS 0.90.
        case rss
        /// Atom 1.0 or 0.3.
        case atom
        /// The RSS content module (`content:encoded`).
        case content
        /// Dublin Core elements (`dc:creator`, `dc:date`).
        case dublinCore
        /// Dublin Core terms (`dcterms:issued`).
        case dublinCoreTerms
        /// RDF itself (`rdf:RDF`).
        case rdf
        /// Any other namespace (media, iTunes, Atom threading …).
        case other
    }

    /// The namespace of a URI.
    static func namespace(uri: String?) -> Namespace {
        switch uri {
        case nil: .none
        case "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/": .rss
        case "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#": .atom
        case "http://purl.org/rss/1.0/modules/content/": .content
        case "http://purl.org/dc/elements/1.1/": .dublinCore
        case "http://purl.org/dc/terms/": .dublinCoreTerms
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": .rdf
        default: .other
        }
    }

    /// The namespace and local name of an element; an undeclared prefix that libxml2 kept in the name
    /// (`dc:creator` without `xmlns:dc`) is read as the usual one.
    static func name(of node: xmlNodePtr) -> (namespace: Namespace, local: String) {
        let name = FeedNode.localName(node)
        let uri = FeedNode.namespaceURI(node)
        guard uri == nil, let colon = name.firstIndex(of: ":") else { return (namespace(uri: uri), name) }
        let local = String(name[name.index(after: colon)...])
        switch name[..<colon] {
        case "content": return (.content, local)
        case "dc": return (.dublinCore, local)
        case "dcterms": return (.dublinCoreTerms, local)
        case "atom": return (.atom, local)
        case "rdf": return (.rdf, local)
        default: return (.other, local)
        }
    }

    /// The name of an element as the feed wrote it (`dc:date`, `pubDate`), for evidence.
    static func writtenName(of node: xmlNodePtr) -> String {
        let local = FeedNode.localName(node)
        guard let prefix = FeedNode.prefix(node), !prefix.isEmpty else { return local }
        return prefix + ":" + local
    }

    /// The dialect of a feed whose root element is `root`, or `nil` when it is no feed.
    static func dialect(ofRoot root: xmlNodePtr) -> Dialect? {
        let (namespace, local) = name(of: root)
        switch (namespace, local) {
        case (.none, "rss"), (.rss, "rss"): return .rss
        case (.rdf, "RDF"), (.none, "RDF"): return .rdf
        case (.atom, "feed"), (.none, "feed"), (.atom, "entry"): return .atom
        default: return nil
        }
    }

    /// Whether `node` is an item of a feed in `dialect` (`<item>` in RSS and RDF, `<entry>` in Atom).
    static func isItem(_ node: xmlNodePtr, in dialect: Dialect) -> Bool {
        let (namespace, local) = name(of: node)
        switch dialect {
        case .rss, .rdf: return local == "item" && (namespace == .none || namespace == .rss)
        case .atom: return local == "entry" && (namespace == .atom || namespace == .none)
        }
    }

    /// Whether `namespace` is the feed's own: RSS elements have none (2.0) or the RSS 1.0 one;
    /// Atom elements have Atom's (or, in careless feeds, none).
    static func isOwn(_ namespace: Namespace, in dialect: Dialect) -> Bool {
        switch dialect {
        case .rss, .rdf: namespace == .none || namespace == .rss
        case .atom: namespace == .atom || namespace == .none
        }
    }
}
