/// Splits text into ``Token``s: Arabic words, Latin words, numbers, handles, hashtags, URLs, e-mail
/// addresses, punctuation and symbols, each with its scalar and byte span.
///
/// The tokenizer walks UTF-8 bytes once. White space separates tokens and is not a token. Every scalar
/// that is not white space belongs to exactly one token, so the tokens and the white space between
/// them cover the text.
///
/// ```swift
/// Tokenizer().tokens(in: "قال #يحيى_رسول إن 2,500 جندي")
/// // word, hashtag, word, number, word
/// ```
public struct Tokenizer: Sendable {
    /// A tokenizer.
    public init() {}

    /// The tokens of `text`, in order.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(inUTF8: $0) }
    }

    /// The tokens of UTF-8 bytes, with spans into them.
    ///
    /// Ill-formed sequences count as one U+FFFD REPLACEMENT CHARACTER each, a symbol.
    /// - Complexity: O(n) in the length of `bytes`.
    public func tokens(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 6 + 4)
        forEachToken(inUTF8: bytes) { tokens.append($0) }
        return tokens
    }

    /// Calls `body` with each token of UTF-8 bytes, in order, without collecting them.
    /// - Complexity: O(n) in the length of `bytes`.
    public func forEachToken(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) -> Void) {
        var cursor = ScalarCursor(bytes)
        while let (scalar, length) = cursor.peek() {
            let startByte = cursor.byteOffset
            let startScalar = cursor.scalarOffset
            let kind: TokenKind?
            switch ScalarClass.of(scalar) {
            case .space:
                cursor.advance(by: length)
                kind = nil
            case .arabicLetter, .wordMark:
                TokenScanner.scanArabicWord(&cursor)
                kind = .word
            case .digit:
                kind = TokenScanner.scanNumberOrAddress(&cursor)
            case .latinLetter:
                kind = TokenScanner.scanLatinOrAddress(&cursor)
            case .underscore, .symbol:
                cursor.advance(by: length)
                kind = .symbol
            case .punctuation:
                kind = TokenScanner.scanPunctuation(&cursor, scalar: scalar, length: length)
            }
            if let kind {
                body(Token(
                    kind: kind, span: startScalar..<cursor.scalarOffset, utf8Span: startByte..<cursor.byteOffset))
            }
        }
    }

    /// The words of a hashtag token: its text after `#`, split at underscores.
    ///
    /// `#يحيى_رسول` gives the words يحيى and رسول, with spans into the same text; a part that starts
    /// with a Latin letter or digit is a ``TokenKind/latin`` token.
    public func hashtagWords(of token: Token, in text: String) -> [Token] {
        guard token.kind == .hashtag else { return [] }
        var words: [Token] = []
        var scalarOffset = token.span.lowerBound + 1
        var byteOffset = token.utf8Span.lowerBound + 1
        var start: (scalar: Int, byte: Int, kind: TokenKind)?
        for scalar in token.text(in: text).unicodeScalars.dropFirst() {
            if scalar == "_" {
                if let word = start {
                    words.append(Token(kind: word.kind, span: word.scalar..<scalarOffset, utf8Span: word.byte..<byteOffset))
                }
                start = nil
            } else if start == nil {
                let kind: TokenKind = ScalarClass.of(scalar.value).isArabicWordPart ? .word : .latin
                start = (scalarOffset, byteOffset, kind)
            }
            scalarOffset += 1
            byteOffset += UTF8.width(scalar)
        }
        if let word = start {
            words.append(Token(kind: word.kind, span: word.scalar..<scalarOffset, utf8Span: word.byte..<byteOffset))
        }
        return words
    }
}
