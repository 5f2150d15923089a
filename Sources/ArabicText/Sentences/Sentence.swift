/// One sentence of a text, with its place in that text.
public struct Sentence: Sendable, Hashable {
    /// Unicode scalar offsets into the text, end exclusive; no white space at either end.
    public var span: Range<Int>
    /// UTF-8 byte offsets into the text, end exclusive.
    public var utf8Span: Range<Int>

    /// A sentence at the given scalar and byte spans.
    public init(span: Range<Int>, utf8Span: Range<Int>) {
        self.span = span
        self.utf8Span = utf8Span
    }

    /// The sentence's text in `source`, which must be the text it was found in.
    public func text(in source: String) -> Substring {
        Token(kind: .word, span: span, utf8Span: utf8Span).text(in: source)
    }
}
