/// The page being written: one growing UTF-8 buffer.
///
/// Markup can only be appended from string literals (`StaticString`), numbers and ``SafeToken``s;
/// every other string goes through ``text(_:)`` or ``attribute(_:)``, which escape it. That keeps
/// untrusted text out of the markup by construction.
struct HTMLBuffer {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The page as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends trusted markup, written in this module's source.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends an integer.
    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends a coordinate with at most one decimal (`12.5`, `-3`), for SVG.
    mutating func coordinate(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = abs(tenths)
        bytes.append(contentsOf: String(magnitude / 10).utf8)
        if magnitude % 10 != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
        }
    }

    /// Appends an identifier made of safe characters only.
    mutating func token(_ token: SafeToken) {
        bytes.append(contentsOf: token.value.utf8)
    }

    /// Appends untrusted text as element content, escaped (see ``UntrustedScalar`` for controls).
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { escape($0) }
    }

    /// Appends untrusted text as the value of an attribute written in double quotes, escaped.
    mutating func attribute(_ text: String) {
        self.text(text)
    }

    /// Appends `range` of untrusted UTF-8 `source`, escaped.
    mutating func text(_ source: [UInt8], _ range: Range<Int>) {
        source.withUnsafeBufferPointer { escape(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Escapes `& < > " '` as character references, drops invisible controls and reveals
    /// bidirectional controls, per ``UntrustedScalar``. The same escaping is right for element
    /// content and for double-quoted attribute values.
    /// - Complexity: O(n) in the number of bytes.
    private mutating func escape(_ input: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var run = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            if byte < 0x80 {
                let replacement: StaticString?
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case 0x09, 0x0A: replacement = nil
                case 0x00...0x1F, 0x7F: replacement = ""
                default: replacement = nil
                }
                if let replacement {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[run..<index]))
                    raw(replacement)
                    run = index + 1
                }
                index += 1
                continue
            }
            let length = min(UTF8Scalars.length(lead: byte), count - index)
            let value = UTF8Scalars.value(in: input, at: index, length: length)
            let treatment = UntrustedScalar.treatment(of: value)
            if treatment != .keep {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[run..<index]))
                if treatment == .reveal { bytes.append(contentsOf: UntrustedScalar.code(of: value).utf8) }
                run = index + length
            }
            index += length
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[run..<count]))
    }
}
