import Foundation

/// The article fields of a page's JSON-LD (`NewsArticle`, `Article`, `ReportageNewsArticle`,
/// `BlogPosting`, …), found anywhere in the script's objects, arrays and `@graph`.
struct JSONLDArticle: Sendable {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var url: String?
    var language: String?

    /// The first article object in `scripts`, or `nil` where none parses.
    static func first(in scripts: [String]) -> JSONLDArticle? {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            if let article = search(value) { return article }
        }
        return nil
    }

    private static func search(_ value: Any) -> JSONLDArticle? {
        if let array = value as? [Any] {
            for item in array { if let found = search(item) { return found } }
            return nil
        }
        guard let object = value as? [String: Any] else { return nil }
        if isArticle(object["@type"]) { return JSONLDArticle(object) }
        if let graph = object["@graph"] { return search(graph) }
        if let main = object["mainEntity"] { return search(main) }
        return nil
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let types = (type as? [String]) ?? [(type as? String) ?? ""]
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
    }

    private init(_ object: [String: Any]) {
        headline = (object["headline"] as? String) ?? (object["name"] as? String)
        datePublished = (object["datePublished"] as? String) ?? (object["dateCreated"] as? String)
        author = Self.names(object["author"])
        publisher = Self.names(object["publisher"])
        url = (object["url"] as? String) ?? ((object["mainEntityOfPage"] as? [String: Any])?["@id"] as? String)
        language = object["inLanguage"] as? String
    }

    /// A name, or names joined with `، `, from a string, an object with `name`, or an array of either.
    private static func names(_ value: Any?) -> String? {
        if let name = value as? String { return name.isEmpty ? nil : name }
        if let object = value as? [String: Any] { return names(object["name"]) }
        if let array = value as? [Any] {
            let all = array.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: "، ")
        }
        return nil
    }
}
