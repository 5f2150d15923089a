import CLibXML2

/// Read access to the nodes of a ``FeedXMLDocument``.
///
/// Text is read from the tree by these functions alone: an entity reference node (which a document
/// with a DTD could hold) reads as nothing, and libxml2's `xmlNodeGetContent`, which would expand it,
/// is never called. Walks use an explicit stack, whatever the nesting.
enum FeedNode {
    /// The namespace of XML itself, which `xml:lang` belongs to.
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The element's name without its prefix (`encoded` for `content:encoded`), or the whole name
    /// when libxml2 kept an undeclared prefix in it.
    static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The element's namespace URI, or `nil` when it has none.
    static func namespaceURI(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The element's prefix, or `nil` when it has none.
    static func prefix(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.prefix.map { String(cString: $0) }
    }

    /// The element children of `node`, in order.
    /// - Complexity: O(*c*) in the number of children.
    static func elementChildren(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
            child = current.pointee.next
        }
        return children
    }

    /// The line of the input the element starts on.
    static func line(_ node: xmlNodePtr) -> Int {
        Int(xmlGetLineNo(node))
    }

    /// The concatenated text and CDATA of `node` and its descendants, as the input had it (no white
    /// space collapsed); entity references read as nothing.
    /// - Complexity: O(*n*) in the size of the subtree.
    static func text(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var stack: [xmlNodePtr] = []
        pushChildren(of: node, onto: &stack)
        while let current = stack.popLast() {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { append(content, to: &bytes) }
            case XML_ELEMENT_NODE:
                pushChildren(of: current, onto: &stack)
            default:
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text of `node` with runs of white space collapsed to one space and trimmed, or `nil` when
    /// nothing is left.
    /// - Complexity: O(*n*) in the size of the subtree.
    static func collapsedText(_ node: xmlNodePtr) -> String? {
        collapse(text(node))
    }

    /// `text` with runs of white space collapsed to one space and trimmed, or `nil` when empty.
    /// - Complexity: O(*n*).
    static func collapse(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The children of `node` written back as markup (elements under their local names, text
    /// escaped), for XHTML content and unescaped HTML inside a feed element; entity references are left out.
    /// - Complexity: O(*n*) in the size of the subtree.
    static func markup(ofChildrenOf node: xmlNodePtr) -> String {
        /// A step of the walk: write a node, or close an element.
        enum Step {
            /// Write this node (and, for an element, its children).
            case enter(xmlNodePtr)
            /// Write the end tag of this element.
            case close(String)
        }
        var output: [UInt8] = []
        var stack: [Step] = []
        var child = node.pointee.last
        while let current = child {
            stack.append(.enter(current))
            child = current.pointee.prev
        }
        while let step = stack.popLast() {
            switch step {
            case .close(let name):
                output.append(contentsOf: "</\(name)>".utf8)
            case .enter(let current):
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { appendEscaped(content, to: &output, quotes: false) }
                case XML_ELEMENT_NODE:
                    let name = localName(current)
                    output.append(UInt8(ascii: "<"))
                    output.append(contentsOf: name.utf8)
                    appendAttributes(of: current, to: &output)
                    output.append(UInt8(ascii: ">"))
                    guard !voidElements.contains(name) else { continue }
                    stack.append(.close(name))
                    var grandchild = current.pointee.last
                    while let inner = grandchild {
                        stack.append(.enter(inner))
                        grandchild = inner.pointee.prev
                    }
                default:
                    break
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The value of the attribute `name` (local name) in `namespace` (`nil`: in no namespace) of
    /// an element, read from its text children.
    static func attribute(_ node: xmlNodePtr, _ name: String, namespace: String? = nil) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            let currentName = current.pointee.name.map { String(cString: $0) }
            let currentNamespace = current.pointee.ns?.pointee.href.map { String(cString: $0) }
            if currentName == name, currentNamespace == namespace {
                return attributeValue(current)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The nearest `xml:lang` on `node` or an ancestor, or `nil`.
    /// - Complexity: O(*d*) in the depth of `node`.
    static func language(_ node: xmlNodePtr) -> String? {
        var current: xmlNodePtr? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            if let language = attribute(element, "lang", namespace: xmlNamespace).flatMap(collapse) {
                return language
            }
            current = element.pointee.parent
        }
        return nil
    }

    /// The elements that have no end tag in HTML.
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Pushes the children of `node` so that the first is popped first.
    private static func pushChildren(of node: xmlNodePtr, onto stack: inout [xmlNodePtr]) {
        var child = node.pointee.last
        while let current = child {
            stack.append(current)
            child = current.pointee.prev
        }
    }

    /// The value of an attribute from its text children; entity references read as nothing.
    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var bytes: [UInt8] = []
        var child = attribute.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                append(content, to: &bytes)
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the attributes of an element, ` name="value"`, escaped.
    private static func appendAttributes(of node: xmlNodePtr, to output: inout [UInt8]) {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name {
                output.append(UInt8(ascii: " "))
                append(name, to: &output)
                output.append(contentsOf: "=\"".utf8)
                let value = Array(attributeValue(current).utf8)
                value.withUnsafeBufferPointer { buffer in
                    for byte in buffer { appendEscaped(byte, to: &output, quotes: true) }
                }
                output.append(UInt8(ascii: "\""))
            }
            attribute = current.pointee.next
        }
    }

    /// Appends a NUL-terminated libxml2 string.
    private static func append(_ string: UnsafePointer<xmlChar>, to bytes: inout [UInt8]) {
        var index = 0
        while string[index] != 0 {
            bytes.append(string[index])
            index += 1
        }
    }

    /// Appends a NUL-terminated libxml2 string with `&`, `<`, `>` (and `"` in attributes) escaped.
    private static func appendEscaped(_ string: UnsafePointer<xmlChar>, to bytes: inout [UInt8], quotes: Bool) {
        var index = 0
        while string[index] != 0 {
            appendEscaped(string[index], to: &bytes, quotes: quotes)
            index += 1
        }
    }

    /// Appends one byte, escaped as markup needs.
    private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8], quotes: Bool) {
        switch byte {
        case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\"") where quotes: bytes.append(contentsOf: "&quot;".utf8)
        default: bytes.append(byte)
        }
    }
}
