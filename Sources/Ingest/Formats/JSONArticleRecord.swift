import Foundation

/// One article object of a JSON export, read through the field names that common news exports use.
///
/// Field names are matched without regard to case, the first present and non-empty one winning:
/// - title: `title`, `headline`;
/// - plain text: `maintext`, `text`, `body`, `content`, `article`, `content_text`, `full_text`,
///   `article_text`, `description`, `summary` (a value that is HTML, starting with a known tag or
///   holding three of them, is read as HTML);
/// - HTML: `html`, `content_html`, `raw_html`, `body_html`, `article_html` (used when no plain text is found);
/// - date: `date_publish`, `datePublished`, `date_published`, `published_at`, `publishedAt`,
///   `publish_date`, `pubDate`, `pub_date`, `published`, `publication_date`, `date`, `created_at`
///   (a string, or a number for a Unix time);
/// - outlet: `source`, `outlet`, `site`, `source_domain`, `publisher`, `site_name`, `source_name`,
///   `domain` (a string, or an object with `name`, `title` or `domain`);
/// - URL: `url`, `link`, `canonical_url`, `url_canonical`;
/// - author: `authors`, `author`, `byline`, `creator` (a string, an array of strings, or objects with `name`);
/// - identifier: `id`, `_id`, `uuid`, `guid` (named in rejection reasons);
/// - language: `language`, `lang`, `locale`.
///
/// Text values may also be arrays of strings (joined by line breaks) or WordPress-style objects with
/// `rendered`.
struct JSONArticleRecord {
    /// The object's fields by lower-cased name, with the name as written.
    private let fields: [String: (key: String, value: Any)]

    /// Title fields.
    static let titleKeys = ["title", "headline"]
    /// Plain-text body fields, fullest first.
    static let textKeys = [
        "maintext", "text", "body", "content", "article", "content_text", "full_text", "article_text",
        "description", "summary",
    ]
    /// HTML body fields.
    static let htmlKeys = ["html", "content_html", "raw_html", "body_html", "article_html"]
    /// Publication date fields, most specific first (lower case).
    static let dateKeys = [
        "date_publish", "datepublished", "date_published", "published_at", "publishedat", "publish_date",
        "pubdate", "pub_date", "published", "publication_date", "date", "created_at",
    ]
    /// Outlet fields.
    static let outletKeys = [
        "source", "outlet", "site", "source_domain", "publisher", "site_name", "source_name", "domain",
    ]
    /// Article address fields.
    static let urlKeys = ["url", "link", "canonical_url", "url_canonical"]
    /// Author fields.
    static let authorKeys = ["authors", "author", "byline", "creator"]
    /// Record identifier fields.
    static let identifierKeys = ["id", "_id", "uuid", "guid"]
    /// Language fields.
    static let languageKeys = ["language", "lang", "locale"]

    /// The record of a JSON object.
    /// - Complexity: O(*k*) in the number of keys.
    init(_ object: [String: Any]) {
        var fields: [String: (key: String, value: Any)] = [:]
        for (key, value) in object where !(value is NSNull) {
            let lowered = key.lowercased()
            if fields[lowered] == nil || key == lowered { fields[lowered] = (key, value) }
        }
        self.fields = fields
    }

    /// Whether the object has any field of an article (text, HTML, title or URL): a lone article
    /// rather than an envelope.
    var looksLikeArticle: Bool {
        (Self.textKeys + Self.htmlKeys + Self.titleKeys + Self.urlKeys).contains { fields[$0] != nil }
    }

    /// The record's identifier, where it has one.
    var identifier: String? {
        first(of: Self.identifierKeys, Self.scalarText)
    }

    /// The draft of this record, named `input`; `label` names it in a rejection (`line 7`, `element 3`).
    /// - Throws: ``RejectedInput`` when the record has no text, no HTML and no URL.
    func draft(input: String, label: String) throws(RejectedInput) -> DocumentDraft {
        let url = first(of: Self.urlKeys, Self.scalarText)
        let body: DocumentDraft.Body
        if let text = first(of: Self.textKeys, Self.text), MarkupSniffer.hasVisibleText(plain: text) {
            body = MarkupSniffer.looksLikeHTML(text, minimumTags: 3) ? .html(text) : .text(text)
        } else if let html = first(of: Self.htmlKeys, Self.text), MarkupSniffer.hasVisibleText(markup: html) {
            body = .html(html)
        } else if url != nil {
            body = .linkOnly
        } else {
            let named = identifier.map { " (id \($0))" } ?? ""
            throw RejectedInput(input: input, reason: "\(label)\(named) has no article text and no URL")
        }
        let date = Self.dateKeys.lazy.compactMap { key in
            self.fields[key].flatMap { field in Self.scalarText(field.value).map { (field.key, $0) } }
        }.first
        return DocumentDraft(
            input: input, body: body,
            title: first(of: Self.titleKeys, Self.text).flatMap(FeedNode.collapse),
            url: url,
            outlet: first(of: Self.outletKeys, Self.outlet),
            author: first(of: Self.authorKeys, Self.authors),
            published: date?.1, publishedField: date?.0,
            language: first(of: Self.languageKeys, Self.scalarText))
    }

    // MARK: Values

    /// The first of `keys` whose value `read` turns into something.
    private func first<T>(of keys: [String], _ read: (Any) -> T?) -> T? {
        for key in keys {
            if let field = fields[key], let result = read(field.value) { return result }
        }
        return nil
    }

    /// A string, number or boolean as trimmed text; `nil` when empty or of another kind.
    static func scalarText(_ value: Any) -> String? {
        switch value {
        case let string as String:
            return FeedNode.collapse(string)
        case let number as NSNumber:
            let double = number.doubleValue
            if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
            return number.stringValue
        default:
            return nil
        }
    }

    /// A text value: a string, an array of strings (paragraphs), or an object with `rendered`
    /// (WordPress) or `text`; `nil` when empty.
    static func text(_ value: Any) -> String? {
        switch value {
        case let string as String:
            return string.allSatisfy(\.isWhitespace) ? nil : string
        case let strings as [Any]:
            let paragraphs = strings.compactMap { $0 as? String }.filter { !$0.allSatisfy(\.isWhitespace) }
            return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n")
        case let object as [String: Any]:
            return (object["rendered"] ?? object["text"]).flatMap(text)
        default:
            return nil
        }
    }

    /// An outlet: a string, or an object's `name`, `title` or `domain`.
    static func outlet(_ value: Any) -> String? {
        if let object = value as? [String: Any] {
            return ["name", "title", "domain"].lazy.compactMap { object[$0].flatMap(scalarText) }.first
        }
        return value is String ? scalarText(value) : nil
    }

    /// Authors: a string, an array of strings or of objects with `name`, or one such object;
    /// several are joined with `، `.
    static func authors(_ value: Any) -> String? {
        let names: [String]
        switch value {
        case let string as String:
            names = [string]
        case let array as [Any]:
            names = array.compactMap { ($0 as? String) ?? (($0 as? [String: Any])?["name"] as? String) }
        case let object as [String: Any]:
            names = [object["name"] as? String].compactMap { $0 }
        default:
            names = []
        }
        let cleaned = names.compactMap(FeedNode.collapse)
        return cleaned.isEmpty ? nil : cleaned.joined(separator: "، ")
    }
}
