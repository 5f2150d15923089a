import ArabicText

/// A string made only of ASCII letters, digits, `-` and `_`: safe in an `id`, a fragment or a class
/// without escaping.
struct SafeToken: Hashable {
    /// The characters.
    let value: String

    private init(checked value: String) {
        self.value = value
    }

    /// A token from a literal written in this module's source, such as `"story"`.
    init(_ literal: StaticString) {
        self.value = literal.description
    }

    /// A token from a number.
    init(_ number: Int) {
        self.value = String(number)
    }

    /// `text` itself where it is 1 to 64 safe characters, otherwise `h` and the FNV-1a hash of its
    /// UTF-8 bytes in hex, so that any article id gives a safe and stable token.
    init(sanitizing text: String) {
        let utf8 = text.utf8
        let isSafe = !utf8.isEmpty && utf8.count <= 64 && utf8.allSatisfy(Self.isSafe)
        self.value = isSafe ? text : "h" + FNV1aHex.of(text)
    }

    /// The tokens joined by `-`.
    init(joining parts: [SafeToken]) {
        self.value = parts.map(\.value).joined(separator: "-")
    }

    /// This token with `suffix` after a `-`.
    func appending(_ suffix: SafeToken) -> SafeToken {
        SafeToken(checked: value + "-" + suffix.value)
    }

    private static func isSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}

/// The FNV-1a hash of a string in hex.
private enum FNV1aHex {
    static func of(_ text: String) -> String {
        var hasher = FNV1a()
        hasher.combine(text)
        return hasher.hexDigits
    }
}
