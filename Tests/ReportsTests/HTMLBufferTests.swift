import Testing
@testable import Reports

@Suite struct HTMLBufferTests {
    static func escaped(_ text: String) -> String {
        var buffer = HTMLBuffer(capacity: 16)
        buffer.text(text)
        return buffer.string
    }

    @Test(arguments: [
        ("<b>", "&lt;b&gt;"), ("a & b", "a &amp; b"), ("\"x\"", "&quot;x&quot;"), ("'y'", "&#39;y&#39;"),
        ("نصّ عربيّ", "نصّ عربيّ"), ("سطر\nسطر\tعمود", "سطر\nسطر\tعمود"), ("👨‍👩‍👧 ﻻ", "👨‍👩‍👧 ﻻ"),
        ("a\u{202E}b", "a[U+202E]b"), ("\u{2067}x\u{2069}", "[U+2067]x[U+2069]"), ("a\u{0}b\u{1B}c\u{7F}d", "abcd"),
        ("a\u{FEFF}b\u{2028}c", "abc"), ("\u{200C}\u{200D}\u{200F}\u{061C}", "\u{200C}\u{200D}\u{200F}\u{061C}"),
    ])
    func escapesUntrustedText(input: String, expected: String) {
        #expect(Self.escaped(input) == expected)
    }

    @Test func escapesASliceOfBytes() {
        var buffer = HTMLBuffer(capacity: 16)
        let bytes = Array("أ<ب>".utf8)
        buffer.text(bytes, 2..<bytes.count)
        #expect(buffer.string == "&lt;ب&gt;")
    }

    @Test(arguments: [(12.0, "12"), (12.46, "12.5"), (-3.04, "-3"), (0.05, "0.1"), (-0.5, "-0.5")])
    func writesCoordinatesWithOneDecimal(value: Double, expected: String) {
        var buffer = HTMLBuffer(capacity: 8)
        buffer.coordinate(value)
        #expect(buffer.string == expected)
    }
}
