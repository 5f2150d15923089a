import Testing
@testable import Reports

@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("نص عربي بسيط", "نص عربي بسيط"), ("*مهم* _جدًا_", "\\*مهم\\* \\_جدًا\\_"), ("[رابط](javascript:x)", "\\[رابط\\](javascript:x)"),
        ("# عنوان", "\\# عنوان"), ("أ | ب", "أ \\| ب"), ("<b>&", "&lt;b&gt;&amp;"), ("سطر\nسطر", "سطر سطر"), ("`كود`", "\\`كود\\`"),
        ("a\u{202E}b", "a[U+202E]b"), ("a\u{0}\u{FEFF}b", "ab"), ("ﻻ 👨‍👩‍👧 بِ", "ﻻ 👨‍👩‍👧 بِ"),
    ])
    func escapesForMarkdown(input: String, expected: String) {
        #expect(MarkdownText.inline(input) == expected)
    }
}
