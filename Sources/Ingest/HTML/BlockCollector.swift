import CLibXML2

/// Walks a parsed page once, depth first with an explicit stack (no recursion, whatever the
/// nesting), and cuts its visible text into ``TextBlock``s while gathering ``PageMetadata``.
struct BlockCollector {
    private(set) var blocks: [TextBlock] = []
    private(set) var containers: [BlockContainer] = []
    private(set) var metadata = PageMetadata()

    private var openContainers: [Int] = []
    private var text: [UInt8] = []
    private var linkBytes = 0
    private var pendingSpace = false
    private var linkDepth = 0
    private var headingDepth = 0
    /// Element names by libxml2's interned name pointer: a page has few distinct names.
    private var names: [UnsafePointer<xmlChar>: (name: String, role: ElementRole)] = [:]
    /// Class-and-id hints by their text: pages repeat the same classes many times.
    private var hints: [String: (score: Int, furniture: FurnitureKind?, isWeak: Bool)] = [:]

    private enum Step {
        case enter(xmlNodePtr)
        case leaveBlock
        case leaveLink
        case leaveHeading
    }

    /// Collects the blocks and metadata of `document`.
    static func collect(_ document: HTMLDocument) -> BlockCollector {
        var collector = BlockCollector()
        guard let root = document.root else { return collector }
        if let language = HTMLNode.attribute(root, "lang") { collector.metadata.language = language }
        collector.walk(root)
        collector.flush()
        return collector
    }

    private mutating func walk(_ root: xmlNodePtr) {
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .leaveBlock:
                flush()
                openContainers.removeLast()
            case .leaveLink:
                linkDepth -= 1
            case .leaveHeading:
                flush()
                headingDepth -= 1
                openContainers.removeLast()
            case .enter(let node):
                switch node.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content { appendText(content) }
                case XML_ELEMENT_NODE:
                    enterElement(node, stack: &stack)
                default:
                    break
                }
            }
        }
    }

    private mutating func enterElement(_ node: xmlNodePtr, stack: inout [Step]) {
        let (name, role) = nameAndRole(of: node)
        switch role {
        case .skipped:
            collectMetadata(from: node, name: name)
            return
        case .lineBreak:
            flush()
            return
        case .inline:
            if name == "a" {
                linkDepth += 1
                stack.append(.leaveLink)
            } else if name == "time", let value = HTMLNode.attribute(node, "datetime") {
                metadata.timeValues.append(value)
            }
        case .block, .heading:
            flush()
            let classAndID = (HTMLNode.attribute(node, "class") ?? "") + " " + (HTMLNode.attribute(node, "id") ?? "")
            let hint = hint(tag: name, classAndID: classAndID)
            containers.append(BlockContainer(tag: name, hint: hint.score, furniture: hint.furniture, isWeakFurniture: hint.isWeak))
            openContainers.append(containers.count - 1)
            if role == .heading {
                headingDepth += 1
                stack.append(.leaveHeading)
            } else {
                stack.append(.leaveBlock)
            }
        }
        // Children are pushed in reverse so that they are visited in document order.
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            children.append(current)
            child = current.pointee.next
        }
        for current in children.reversed() { stack.append(.enter(current)) }
    }

    private mutating func nameAndRole(of node: xmlNodePtr) -> (String, ElementRole) {
        guard let pointer = node.pointee.name else { return ("", .block) }
        if let known = names[pointer] { return known }
        let name = String(cString: pointer)
        let entry = (name, ElementRole.of(name))
        names[pointer] = entry
        return entry
    }

    private mutating func hint(tag: String, classAndID: String) -> (score: Int, furniture: FurnitureKind?, isWeak: Bool) {
        let key = tag + "|" + classAndID
        if let known = hints[key] { return known }
        let hint = ClassHints.hint(tag: tag, classAndID: classAndID)
        hints[key] = hint
        return hint
    }

    private mutating func collectMetadata(from node: xmlNodePtr, name: String) {
        switch name {
        case "head":
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { collectMetadata(from: current, name: HTMLNode.name(current)) }
                child = current.pointee.next
            }
        case "title":
            if metadata.documentTitle == nil { metadata.documentTitle = Self.textContent(of: node) }
        case "meta":
            guard let content = HTMLNode.attribute(node, "content") else { return }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                if let value = HTMLNode.attribute(node, key) { metadata.addMeta(key: value, value: content) }
            }
        case "link":
            if HTMLNode.attribute(node, "rel")?.lowercased() == "canonical", metadata.canonicalURL == nil {
                metadata.canonicalURL = HTMLNode.attribute(node, "href")
            }
        case "script":
            if HTMLNode.attribute(node, "type")?.lowercased().contains("ld+json") == true {
                metadata.jsonLD.append(Self.textContent(of: node))
            }
        default:
            break
        }
    }

    /// All text under a node, white space collapsed (for titles and JSON-LD).
    static func textContent(of node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            stack.append(current)
            child = current.pointee.next
        }
        stack.reverse()
        while let current = stack.popLast() {
            if let content = current.pointee.content, current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                var index = 0
                while content[index] != 0 {
                    bytes.append(content[index])
                    index += 1
                }
            }
            var grandchildren: [xmlNodePtr] = []
            var next = current.pointee.children
            while let item = next {
                grandchildren.append(item)
                next = item.pointee.next
            }
            stack.append(contentsOf: grandchildren.reversed())
        }
        return WhiteSpace.collapsed(String(decoding: bytes, as: UTF8.self))
    }

    /// Appends a text node's bytes, folding every run of white space to one space.
    private mutating func appendText(_ content: UnsafePointer<xmlChar>) {
        var index = 0
        while true {
            let byte = content[index]
            if byte == 0 { break }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, content[index + 1] == 0xA0 {  // U+00A0 NO-BREAK SPACE
                pendingSpace = true
                index += 2
                continue
            }
            if pendingSpace, !text.isEmpty {
                text.append(0x20)
                if linkDepth > 0 { linkBytes += 1 }
            }
            pendingSpace = false
            text.append(byte)
            if linkDepth > 0 { linkBytes += 1 }
            index += 1
        }
    }

    /// Ends the current block, if it holds any text.
    private mutating func flush() {
        pendingSpace = false
        guard !text.isEmpty else { return }
        let string = String(decoding: text, as: UTF8.self)
        blocks.append(TextBlock(text: string, linkBytes: linkBytes, isHeading: headingDepth > 0, containers: openContainers))
        if headingDepth > 0, metadata.firstHeading == nil, containers[openContainers.last ?? 0].tag == "h1" {
            metadata.firstHeading = string
        }
        text.removeAll(keepingCapacity: true)
        linkBytes = 0
    }
}
