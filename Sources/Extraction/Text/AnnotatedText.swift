public import ArabicText

/// An article's text prepared once for every extractor: its tokens with their matching-level form,
/// and its sentences and paragraphs.
///
/// Spans are Unicode scalar offsets into ``text``, the article's original text.
public struct AnnotatedText: Sendable {
    /// The original text.
    public let text: String
    /// The tokens of the original text, in order.
    public let tokens: [WordToken]
    /// The matching-level form of each token, for lexicon lookups over word sequences.
    public let keys: [String]
    /// Sentence spans, in order.
    public let sentences: [Range<Int>]
    /// For each token, the index of its sentence in ``sentences``.
    public let sentenceOfToken: [Int]
    /// For each token, the index of its paragraph (line) in the text.
    public let paragraphOfToken: [Int]

    /// Prepares `text`.
    /// - Complexity: O(n) in the length of `text`.
    public init(_ text: String) {
        self.text = text
        var tokens: [WordToken] = []
        var paragraphs: [Int] = []
        var paragraph = 0
        var scalarOffset = 0
        var lineBreaks: [Int] = []
        for scalar in text.unicodeScalars {
            if scalar == "\n" { lineBreaks.append(scalarOffset) }
            scalarOffset += 1
        }
        var breakIndex = 0
        for token in Tokenizer().tokens(in: text) {
            while breakIndex < lineBreaks.count, lineBreaks[breakIndex] < token.span.lowerBound {
                paragraph += 1
                breakIndex += 1
            }
            let surface = String(token.text(in: text))
            tokens.append(WordToken(
                surface: surface, key: Self.key(of: surface, kind: token.kind), kind: token.kind, span: token.span))
            paragraphs.append(paragraph)
        }
        let sentences = SentenceSplitter().sentences(in: text).map(\.span)
        var sentenceOfToken: [Int] = []
        sentenceOfToken.reserveCapacity(tokens.count)
        var sentence = 0
        for token in tokens {
            while sentence + 1 < sentences.count, sentences[sentence].upperBound <= token.span.lowerBound { sentence += 1 }
            sentenceOfToken.append(sentence)
        }
        self.tokens = tokens
        self.keys = tokens.map(\.key)
        self.sentences = sentences
        self.sentenceOfToken = sentenceOfToken
        self.paragraphOfToken = paragraphs
    }

    /// The matching-level form used for lookups: Arabic folded, Latin lower-cased.
    static func key(of surface: String, kind: TokenKind) -> String {
        switch kind {
        case .word, .latin, .hashtag, .handle: return ArabicNormalizer.matching.normalizedString(surface)
        default: return surface
        }
    }

    /// The original text of the tokens `range`, from the first one's start to the last one's end.
    public func text(ofTokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return text.scalarSlice(tokens[first].span.lowerBound..<tokens[last].span.upperBound)
    }

    /// The scalar span covering the tokens `range`.
    public func span(ofTokens range: Range<Int>) -> Range<Int> {
        guard let first = range.first, let last = range.last else { return 0..<0 }
        return tokens[first].span.lowerBound..<tokens[last].span.upperBound
    }
}

/// One token of an ``AnnotatedText``.
public struct WordToken: Sendable, Hashable {
    /// The token as written.
    public var surface: String
    /// Its matching-level form.
    public var key: String
    /// What kind of token it is.
    public var kind: TokenKind
    /// Unicode scalar offsets into the text, end exclusive.
    public var span: Range<Int>

    /// Whether it is an Arabic word.
    public var isWord: Bool { kind == .word }

    /// Whether it is punctuation whose first scalar is `mark`.
    public func isPunctuation(_ mark: Unicode.Scalar) -> Bool {
        kind == .punctuation && surface.unicodeScalars.first == mark
    }
}

extension String {
    /// The scalars of `range` (scalar offsets), clamped to the string.
    func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: max(0, range.lowerBound), limitedBy: scalars.endIndex) ?? scalars.endIndex
        let upper = scalars.index(lower, offsetBy: max(0, range.count), limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[lower..<upper])
    }
}
