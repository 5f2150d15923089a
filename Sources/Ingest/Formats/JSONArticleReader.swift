import Foundation

/// Reads datasets of news articles in JSON: JSON Lines (one object per line) and JSON documents (an
/// array of objects, an object wrapping one such as `{"articles": […]}` or `{"data": […]}`, or one
/// article object), with Foundation's `JSONSerialization`.
///
/// Each record becomes a ``DocumentDraft`` through ``JSONArticleRecord``, named `INPUT:LINE` for JSON
/// Lines (the line number in the file, blank lines counted) and `INPUT#N` for the *n*-th element of
/// an array. A bad record (not JSON, not an object, no text and no URL) is rejected with a reason
/// that names its line or element, and the others still come through.
enum JSONArticleReader {
    /// The keys under which exports wrap their array of articles, in the order they are tried.
    static let wrapperKeys = [
        "articles", "data", "items", "results", "records", "documents", "news", "posts", "entries", "hits",
    ]

    /// The drafts of `text` read as `format` (``InputFormat/jsonLines`` or, for anything else, a
    /// JSON document).
    /// - Complexity: O(*n*) in the length of `text`.
    static func read(_ text: String, input: String, format: InputFormat) -> DraftReading {
        format == .jsonLines ? readLines(text, input: input) : readDocument(text, input: input)
    }

    /// The drafts of JSON Lines `text`: one per non-blank line.
    /// - Complexity: O(*n*) in the length of `text`.
    static func readLines(_ text: String, input: String) -> DraftReading {
        var reading = DraftReading()
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            var bytes = line[...]
            if lineNumber == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            guard bytes.contains(where: { !MarkupSniffer.isSpace($0) }) else { continue }
            let name = "\(input):\(lineNumber)"
            let label = "line \(lineNumber)"
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
            } catch {
                reading.rejections.append(
                    RejectedInput(input: name, reason: "\(label) is not JSON: «\(excerpt(bytes))»"))
                continue
            }
            append(value, input: name, label: label, to: &reading)
        }
        if reading.drafts.isEmpty, reading.rejections.isEmpty {
            reading.rejections.append(RejectedInput(input: input, reason: "the file has no JSON lines"))
        }
        return reading
    }

    /// The drafts of one JSON document: an array, a wrapping object, or one article.
    /// - Complexity: O(*n*) in the length of `text`.
    static func readDocument(_ text: String, input: String) -> DraftReading {
        var reading = DraftReading()
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        } catch {
            reading.rejections.append(RejectedInput(input: input, reason: "not valid JSON: \(describe(error))"))
            return reading
        }
        let elements: [Any]
        if let array = value as? [Any] {
            elements = array
        } else if let object = value as? [String: Any] {
            if let wrapped = wrappedArray(in: object, depth: 2) {
                elements = wrapped
            } else if JSONArticleRecord(object).looksLikeArticle {
                append(object, input: input, label: "the object", to: &reading)
                return reading
            } else {
                let keys = object.keys.sorted().prefix(8).joined(separator: ", ")
                reading.rejections.append(
                    RejectedInput(
                        input: input,
                        reason: "no articles found: the object has neither article fields nor an array under "
                            + "\(wrapperKeys.prefix(3).joined(separator: ", ")) … (its keys: \(keys))"))
                return reading
            }
        } else {
            reading.rejections.append(
                RejectedInput(input: input, reason: "the JSON is \(kind(of: value)), not articles"))
            return reading
        }
        if elements.isEmpty {
            reading.rejections.append(RejectedInput(input: input, reason: "the JSON array has no articles"))
        }
        for (offset, element) in elements.enumerated() {
            append(element, input: "\(input)#\(offset + 1)", label: "element \(offset + 1)", to: &reading)
        }
        return reading
    }

    /// Adds the draft of one record, or its rejection.
    private static func append(_ value: Any, input: String, label: String, to reading: inout DraftReading) {
        guard let object = value as? [String: Any] else {
            reading.rejections.append(
                RejectedInput(input: input, reason: "\(label) is \(kind(of: value)), not an article object"))
            return
        }
        do {
            reading.drafts.append(try JSONArticleRecord(object).draft(input: input, label: label))
        } catch {
            reading.rejections.append(error)
        }
    }

    /// The array of articles under a wrapper key, looking `depth` objects deep
    /// (`{"data": {"articles": […]}}`).
    private static func wrappedArray(in object: [String: Any], depth: Int) -> [Any]? {
        let lowered = Dictionary(
            object.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        for key in wrapperKeys {
            if let array = lowered[key] as? [Any] { return array }
        }
        guard depth > 1 else { return nil }
        for key in wrapperKeys {
            if let inner = lowered[key] as? [String: Any], let array = wrappedArray(in: inner, depth: depth - 1) {
                return array
            }
        }
        return nil
    }

    /// `a string`, `a number`, `an array` … for a reason.
    private static func kind(of value: Any) -> String {
        switch value {
        case is String: "a string"
        case is NSNumber: "a number"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        default: "not an object"
        }
    }

    /// The start of a bad line, for a reason a person can match with the file.
    private static func excerpt(_ bytes: Substring.UTF8View.SubSequence) -> String {
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.count > 60 ? String(text.prefix(60)) + "…" : text
    }

    /// Foundation's description of a JSON error, with its position where it gives one.
    private static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return nsError.localizedDescription
    }
}
