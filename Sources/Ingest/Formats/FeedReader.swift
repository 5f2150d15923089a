import CLibXML2

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds into one ``DocumentDraft`` per item.
///
/// The text is first made regular by ``PreparedFeedXML`` (no DTD, numeric references only), then
/// parsed by ``FeedXMLDocument`` with libxml2's recovery. Items are looked for anywhere in the tree,
/// since recovery can nest the items after a broken tag inside an earlier one. Each item is named
/// `INPUT#N` (1-based, in document order) and takes the channel's title as its outlet.
///
/// What is rejected, with reasons: an input that is no XML or whose root is no feed, a feed with no
/// items, an item that the input ends inside (a truncated download), an item with neither text nor
/// a link. A feed that libxml2 had to recover still gives its whole items, and says so in
/// ``DraftReading/notes``.
enum FeedReader {
    /// The drafts of the feed `text`, read from the input called `input`.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func read(_ text: String, input: String) -> DraftReading {
        var reading = DraftReading()
        let prepared = PreparedFeedXML(text)
        let document: FeedXMLDocument
        do {
            document = try FeedXMLDocument(utf8: prepared.bytes)
        } catch {
            reading.rejections.append(
                RejectedInput(input: input, reason: "not XML: \(describe(error, prepared: prepared))"))
            return reading
        }
        guard let root = document.root else {
            let problem = document.firstError.map { describe($0, prepared: prepared) } ?? "no element found"
            reading.rejections.append(RejectedInput(input: input, reason: "not XML: \(problem)"))
            return reading
        }
        guard let dialect = FeedVocabulary.dialect(ofRoot: root) else {
            let name = FeedVocabulary.writtenName(of: root)
            reading.rejections.append(
                RejectedInput(input: input, reason: "not an RSS, RDF or Atom feed: the root element is <\(name)>"))
            return reading
        }
        if prepared.removedDoctype {
            let entities = prepared.declaredEntities.sorted().map { "&\($0);" }.joined(separator: ", ")
            reading.notes.append(
                "\(input): the document type declaration was removed"
                    + (entities.isEmpty ? "" : "; its entities (\(entities)) were read as nothing"))
        }
        let items = items(under: root, dialect: dialect)
        if let error = document.firstError {
            reading.notes.append(
                "\(input): the XML is not well-formed (\(describe(error, prepared: prepared))); "
                    + "\(items.count) item(s) were recovered")
        }
        guard !items.isEmpty else {
            let reason = document.firstError.map {
                "feed has no items; the XML is not well-formed (\(describe($0, prepared: prepared)))"
            }
            reading.rejections.append(RejectedInput(input: input, reason: reason ?? "feed has no items"))
            return reading
        }
        let channel = FeedChannel(root: root, dialect: dialect)
        for (offset, element) in items.enumerated() {
            let name = "\(input)#\(offset + 1)"
            guard document.isClosed(element) else {
                let problem = document.firstError.map { " (\(describe($0, prepared: prepared)))" } ?? ""
                reading.rejections.append(
                    RejectedInput(
                        input: name,
                        reason: "the feed is cut off inside this item, which starts at line "
                            + "\(FeedNode.line(element))\(problem)"))
                continue
            }
            do {
                reading.drafts.append(
                    try FeedItem(element: element, dialect: dialect).draft(input: name, channel: channel))
            } catch {
                reading.rejections.append(error)
            }
        }
        return reading
    }

    /// The item elements anywhere under `root`, in document order.
    /// - Complexity: O(*n*) in the number of elements.
    private static func items(under root: xmlNodePtr, dialect: FeedVocabulary.Dialect) -> [xmlNodePtr] {
        var items: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = [root]
        while let element = stack.popLast() {
            if FeedVocabulary.isItem(element, in: dialect) {
                items.append(element)
            }
            stack.append(contentsOf: FeedNode.elementChildren(element).reversed())
        }
        return items
    }

    /// An error with its column counted in the original text.
    private static func describe(_ error: XMLParseError, prepared: PreparedFeedXML) -> String {
        guard error.line > 0, error.column > 0 else { return error.description }
        var original = error
        original.column = prepared.originalColumn(line: error.line, column: error.column)
        return original.description
    }
}
