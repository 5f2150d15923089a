import CLibXML2

/// An HTML page parsed by libxml2's HTML parser, which recovers from broken markup the way browsers do.
///
/// The document owns libxml2's tree and frees it when it goes away; nodes are only valid while the
/// document lives, so they never leave this module.
final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parses UTF-8 bytes of an HTML page.
    ///
    /// The parser never touches the network, reports no errors on standard error, and ignores the
    /// page's own charset declaration: decoding has happened before. libxml2 stops descending at its
    /// depth limit (256 levels), so absurdly nested pages parse in bounded time and stack.
    /// - Throws: ``RejectedInput`` when libxml2 produces no document at all.
    init(utf8 bytes: [UInt8], input: String) throws(RejectedInput) {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                | HTML_PARSE_NODEFDTD.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else { throw RejectedInput(input: input, reason: "the HTML parser found no document in it") }
        pointer = document
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element (`<html>`), if any.
    var root: xmlNodePtr? {
        xmlDocGetRootElement(pointer)
    }
}

/// Read access to libxml2 nodes.
enum HTMLNode {
    /// The lower-case tag name of an element node (libxml2's HTML parser lower-cases names).
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The value of attribute `name` (lower case) of an element, without allocating in libxml2.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, equals(attributeName, name) {
                return current.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Whether a NUL-terminated libxml2 string equals `text`, compared byte by byte, ASCII case-insensitively.
    static func equals(_ string: UnsafePointer<xmlChar>, _ text: String) -> Bool {
        var index = 0
        for byte in text.utf8 {
            let other = string[index]
            if other == 0 { return false }
            let lowered = other >= 0x41 && other <= 0x5A ? other + 0x20 : other
            if lowered != byte { return false }
            index += 1
        }
        return string[index] == 0
    }
}
