/// One token of a text, with its place in that text.
public struct Token: Sendable, Hashable {
    /// What the token is.
    public var kind: TokenKind
    /// Unicode scalar offsets into the tokenized text, end exclusive.
    public var span: Range<Int>
    /// UTF-8 byte offsets into the tokenized text, end exclusive.
    public var utf8Span: Range<Int>

    /// A token of `kind` at the given scalar and byte spans.
    public init(kind: TokenKind, span: Range<Int>, utf8Span: Range<Int>) {
        self.kind = kind
        self.span = span
        self.utf8Span = utf8Span
    }

    /// The token's text in `source`, which must be the text it was found in.
    public func text(in source: String) -> Substring {
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Span.lowerBound)
        let upper = utf8.index(lower, offsetBy: utf8Span.count)
        return source[lower..<upper]
    }
}

/// The kinds of ``Token``.
public enum TokenKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Arabic letters with their marks (harakat, tatweel, joiners).
    case word
    /// Latin letters and digits starting with a letter, with inner hyphens or apostrophes (`F-16`).
    case latin
    /// Digits of any script with inner separators (`1,500`, `٢٫٥`).
    case number
    /// `@` and a handle (`@qassimalaraji`).
    case handle
    /// `#` and a tag whose underscores separate words (`#يحيى_رسول`).
    case hashtag
    /// A web address starting with a scheme or `www.`.
    case url
    /// An e-mail address.
    case email
    /// Punctuation, Arabic and Latin (، ؛ ؟ « » “ ” ( ) … – —). A run of periods is one token.
    case punctuation
    /// Any other visible scalar: symbols, emoji.
    case symbol
}
