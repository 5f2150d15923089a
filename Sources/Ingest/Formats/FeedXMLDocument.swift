import CLibXML2

/// A feed parsed by libxml2's XML parser, with the first error it met and a record of which elements
/// were closed by an end tag.
///
/// Options: no network, CDATA merged into text, no error output, and recovery, so that a feed with
/// a broken tag or a cut-off end still yields the items before and after the damage. Never
/// `XML_PARSE_NOENT` (entity substitution), `XML_PARSE_DTDLOAD` (external DTDs) or
/// `XML_PARSE_HUGE` (which lifts libxml2's limits on depth, text size and entity amplification).
/// ``PreparedFeedXML`` removes document type declarations beforehand, so no entity reaches the
/// parser at all; the options keep the document safe even without that step.
///
/// Recovery has a cost that callers must respect: after an error libxml2 may nest later elements
/// inside earlier ones (look for items anywhere in the tree) and drops named entity references (the
/// preparation turns them into numeric ones). An element the input ends inside is never closed;
/// ``isClosed(_:)`` tells so that a cut-off item is not mistaken for a whole one.
///
/// The document owns libxml2's tree and frees it when it goes away; nodes are valid only while it lives.
final class FeedXMLDocument {
    /// The parsed document.
    let pointer: xmlDocPtr
    /// The first error libxml2 reported, or `nil` when the document is well-formed.
    let firstError: XMLParseError?
    /// How many errors libxml2 reported.
    let errorCount: Int

    /// The libxml2 options the feed reader parses with.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_IGNORE_ENC.rawValue
            | XML_PARSE_COMPACT.rawValue)

    /// Parses UTF-8 bytes of a feed (its own encoding declaration is ignored: decoding has happened).
    ///
    /// - Throws: ``XMLParseError`` when libxml2 builds no document at all.
    /// - Complexity: O(*n*); libxml2 bounds depth (256), text node size (10 MB) and entity expansion.
    init(utf8 bytes: [UInt8]) throws(XMLParseError) {
        _ = Self.libraryInitialized
        guard let context = xmlNewParserCtxt() else {
            throw XMLParseError(line: 0, column: 0, message: "libxml2 could not make a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let log = FeedParseLog()
        let unmanagedLog = Unmanaged.passRetained(log)
        defer { unmanagedLog.release() }
        context.pointee._private = unmanagedLog.toOpaque()
        if let handler = context.pointee.sax {
            handler.pointee.serror = recordError
            handler.pointee.endElementNs = markClosedElement
        }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), nil, "UTF-8", Self.options)
                }
            }
        }
        let first = log.first ?? Self.lastError(of: context)
        guard let document else {
            throw first ?? XMLParseError(line: 1, column: 1, message: "no XML document")
        }
        pointer = document
        firstError = first
        errorCount = max(log.count, first == nil ? 0 : 1)
    }

    /// Frees libxml2's tree.
    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element, if any.
    var root: xmlNodePtr? {
        xmlDocGetRootElement(pointer)
    }

    /// Whether `element` was closed by an end tag (or was empty, `<item/>`), as opposed to being
    /// open when the input ended.
    func isClosed(_ element: xmlNodePtr) -> Bool {
        element.pointee._private != nil
    }

    /// The error libxml2 keeps in the context, when the handler saw none.
    private static func lastError(of context: xmlParserCtxtPtr) -> XMLParseError? {
        let error = context.pointee.lastError
        guard error.code != 0 else { return nil }
        return XMLParseError(error)
    }

    /// libxml2's one-time set-up, done before the first parse on any thread.
    private static let libraryInitialized: Void = xmlInitParser()
}

/// The errors of one parse, reached from libxml2's error callback through the parser context's
/// `_private` pointer; used only on the thread that parses.
private final class FeedParseLog {
    /// The first error.
    var first: XMLParseError?
    /// How many errors there were.
    var count = 0
}

/// Keeps the first error of a parse in the context's ``FeedParseLog``.
private func recordError(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaqueLog = context.pointee._private else { return }
    let log = Unmanaged<FeedParseLog>.fromOpaque(opaqueLog).takeUnretainedValue()
    log.count += 1
    if log.first == nil { log.first = XMLParseError(error.pointee) }
}

/// Marks the element being closed (libxml2's current node) and hands on to the default handler.
private func markClosedElement(
    _ context: UnsafeMutableRawPointer?, _ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
    _ uri: UnsafePointer<xmlChar>?
) {
    if let context {
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        parser.pointee.node?.pointee._private = UnsafeMutableRawPointer(bitPattern: 1)
    }
    xmlSAX2EndElementNs(context, localName, prefix, uri)
}
