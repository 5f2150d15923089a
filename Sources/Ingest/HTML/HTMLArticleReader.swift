import Foundation

/// Reads one HTML page into the article it carries: body paragraphs, removed furniture and metadata.
struct HTMLArticleReader {
    /// What a page gave.
    struct Page: Sendable {
        var title: String?
        var paragraphs: [String]
        var removed: [RemovedText]
        /// The publication date as the page's metadata wrote it, and the field it came from.
        var published: (value: String, field: String)?
        var outlet: String?
        var author: String?
        var url: String?
        var language: String?
    }

    /// Fields that carry the publication date, most trusted first.
    static let dateFields = [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
        "article.published", "parsely-pub-date", "sailthru.date", "og:published_time", "published_time",
        "release_date", "created", "article:modified_time",
    ]

    /// Reads a page given as UTF-8 text.
    /// - Parameter url: where the page came from, for the outlet and a date in the URL.
    /// - Throws: ``RejectedInput`` when libxml2 finds no document.
    func read(html: String, input: String, url: String?) throws(RejectedInput) -> Page {
        let document = try HTMLDocument(utf8: Array(html.utf8), input: input)
        let collected = BlockCollector.collect(document)
        let metadata = collected.metadata
        let jsonLD = JSONLDArticle.first(in: metadata.jsonLD)
        let siteName = metadata.meta["og:site_name"] ?? jsonLD?.publisher ?? metadata.meta["application-name"]
        let title = headline(metadata: metadata, jsonLD: jsonLD, siteName: siteName)
        let extracted = MainTextExtractor().extract(blocks: collected.blocks, containers: collected.containers, title: title)
        let pageURL = metadata.canonicalURL ?? metadata.meta["og:url"] ?? jsonLD?.url ?? url
        return Page(
            title: title,
            paragraphs: extracted.paragraphs,
            removed: extracted.removed,
            published: publicationDate(metadata: metadata, jsonLD: jsonLD, url: pageURL ?? url),
            outlet: siteName ?? metadata.documentTitle.flatMap(HeadlineCleaner.siteName(in:)) ?? pageURL.flatMap(Self.domain),
            author: metadata.meta["author"] ?? metadata.meta["article:author"] ?? jsonLD?.author
                ?? metadata.meta["dc.creator"] ?? metadata.meta["byl"],
            url: pageURL,
            language: (metadata.language ?? jsonLD?.language ?? metadata.meta["og:locale"]).map(Self.languageCode))
    }

    private func headline(metadata: PageMetadata, jsonLD: JSONLDArticle?, siteName: String?) -> String? {
        let candidates = [metadata.meta["og:title"], metadata.meta["twitter:title"], jsonLD?.headline,
                          metadata.firstHeading, metadata.documentTitle]
        for candidate in candidates {
            guard let candidate, !candidate.isEmpty else { continue }
            let cleaned = HeadlineCleaner.headline(from: candidate, siteName: siteName)
            if !cleaned.isEmpty { return cleaned }
        }
        return nil
    }

    private func publicationDate(metadata: PageMetadata, jsonLD: JSONLDArticle?, url: String?) -> (value: String, field: String)? {
        for field in Self.dateFields {
            if field == "datepublished", let value = jsonLD?.datePublished { return (value, "JSON-LD datePublished") }
            if let value = metadata.meta[field] { return (value, "meta \(field)") }
        }
        if let value = metadata.timeValues.first { return (value, "<time datetime>") }
        if let url { return (url, "URL") }
        return nil
    }

    /// The host of a URL without `www.`.
    static func domain(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }

    /// The primary language subtag: `ar-SA` and `ar_EG` give `ar`.
    static func languageCode(_ value: String) -> String {
        String(value.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }
}
