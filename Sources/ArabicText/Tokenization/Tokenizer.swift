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
        ScalarClass.asciiClasses.withUnsafeBufferPointer { ascii in
            ScalarClass.arabicBlockClasses.withUnsafeBufferPointer { arabic in
                // The position lives in locals on the fast paths; a cursor is made for the scanners.
                var byteOffset = 0
                var scalarOffset = 0
                let count = bytes.count
                while byteOffset < count {
                    let startByte = byteOffset
                    let startScalar = scalarOffset
                    // Fast paths: white space and Arabic words, the bulk of news text.
                    let lead = bytes[startByte]
                    if lead < 0x80 {
                        switch ascii[Int(lead)] {
                        case .space:
                            byteOffset &+= 1
                            scalarOffset &+= 1
                            continue
                        case .punctuation where lead != 0x40 && lead != 0x23 && lead != 0x2E:
                            // ASCII punctuation other than handles, hashtags and runs of periods is one token.
                            byteOffset &+= 1
                            scalarOffset &+= 1
                            body(Token(kind: .punctuation, span: startScalar..<scalarOffset, utf8Span: startByte..<byteOffset))
                            continue
                        default:
                            break
                        }
                    }
                    ScalarCursor.skipArabicWord(bytes, byteOffset: &byteOffset, scalarOffset: &scalarOffset, classes: arabic)
                    if byteOffset != startByte {
                        // ASCII and the Arabic block end the word here; other scalars (joiners,
                        // presentation forms) may continue it.
                        if byteOffset < count, bytes[byteOffset] >= 0x80, bytes[byteOffset] & 0xFC != 0xD8 {
                            var cursor = ScalarCursor(bytes, byteOffset: byteOffset, scalarOffset: scalarOffset)
                            TokenScanner.scanArabicWord(&cursor)
                            (byteOffset, scalarOffset) = (cursor.byteOffset, cursor.scalarOffset)
                        }
                        body(Token(kind: .word, span: startScalar..<scalarOffset, utf8Span: startByte..<byteOffset))
                        // Most words end at one space: skip it without another turn of the loop.
                        if byteOffset < count, bytes[byteOffset] == 0x20 {
                            byteOffset &+= 1
                            scalarOffset &+= 1
                        }
                        continue
                    }
                    if startByte &+ 1 < count, isTwoBytePunctuation(lead, bytes[startByte &+ 1], arabic: arabic) {
                        byteOffset &+= 2
                        scalarOffset &+= 1
                        body(Token(kind: .punctuation, span: startScalar..<scalarOffset, utf8Span: startByte..<byteOffset))
                        continue
                    }
                    var cursor = ScalarCursor(bytes, byteOffset: byteOffset, scalarOffset: scalarOffset)
                    let kind = scanOther(&cursor)
                    (byteOffset, scalarOffset) = (cursor.byteOffset, cursor.scalarOffset)
                    if let kind {
                        body(Token(kind: kind, span: startScalar..<scalarOffset, utf8Span: startByte..<byteOffset))
                    }
                }
            }
        }
    }

    /// Whether the bytes `lead` `trail` are punctuation of the Arabic block (، ؛ ؟) or of Latin-1
    /// (« »), each a token of its own.
    @inline(__always)
    private func isTwoBytePunctuation(_ lead: UInt8, _ trail: UInt8, arabic: UnsafeBufferPointer<ScalarClass>) -> Bool {
        guard trail & 0xC0 == 0x80 else { return false }
        if lead & 0xFC == 0xD8 { return arabic[Int(lead & 0x03) << 6 | Int(trail & 0x3F)] == .punctuation }
        return lead == 0xC2 && trail >= 0xA1
    }

    /// Scans one token that does not start with an Arabic-block letter; `nil` for white space.
    private func scanOther(_ cursor: inout ScalarCursor) -> TokenKind? {
        guard let (scalar, length) = cursor.peek() else { return nil }
        switch ScalarClass.of(scalar) {
        case .space:
            cursor.advance(by: length)
            return nil
        case .arabicLetter, .wordMark:
            TokenScanner.scanArabicWord(&cursor)
            return .word
        case .digit:
            return TokenScanner.scanNumberOrAddress(&cursor)
        case .latinLetter:
            return TokenScanner.scanLatinOrAddress(&cursor)
        case .underscore, .symbol:
            cursor.advance(by: length)
            return .symbol
        case .punctuation:
            return TokenScanner.scanPunctuation(&cursor, scalar: scalar, length: length)
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
