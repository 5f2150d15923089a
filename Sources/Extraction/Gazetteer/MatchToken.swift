import ArabicText

/// A token of a ``MatchingText``, stored in 20 bytes instead of the 40 of a `Token`:
/// a text of 10 MB has about 1.5 million tokens, and the scans read them all.
struct MatchToken {
    private let scalarStart: Int32
    private let scalarEnd: Int32
    private let byteStart: Int32
    private let byteEnd: Int32
    /// What the token is.
    let kind: TokenKind

    /// The compact form of `token`.
    init(_ token: Token) {
        scalarStart = Int32(truncatingIfNeeded: token.span.lowerBound)
        scalarEnd = Int32(truncatingIfNeeded: token.span.upperBound)
        byteStart = Int32(truncatingIfNeeded: token.utf8Span.lowerBound)
        byteEnd = Int32(truncatingIfNeeded: token.utf8Span.upperBound)
        kind = token.kind
    }

    /// Unicode scalar offsets into the normalized text, end exclusive.
    var span: Range<Int> { Int(scalarStart)..<Int(scalarEnd) }
    /// UTF-8 byte offsets into the normalized text, end exclusive.
    var utf8Span: Range<Int> { Int(byteStart)..<Int(byteEnd) }
}
