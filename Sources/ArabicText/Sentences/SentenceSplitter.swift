/// Splits text into ``Sentence``s the way Arabic news copy is written.
///
/// A sentence ends at `.` `!` `?` `؟` `…` (a run of them, such as `..` or `؟!`, is one end) together with
/// the closing quotation marks and brackets after it, and at every line break: news copy puts one
/// paragraph on a line. A period does not end a sentence inside a number or an address (the tokenizer
/// keeps those whole), after an abbreviation (a lone Arabic letter such as د. or م., a lone Latin
/// capital, or a Latin title such as `Dr.`), or before a lower-case Latin word. A quotation stays with
/// its sentence: inside «» “” or "" nothing ends it, unless the quotation runs past
/// ``maximumQuotationLength`` scalars without closing (a closing mark a writer forgot). A period set
/// apart by spaces, as translators and hurried writers leave one (`العراق . وقال`), still ends the
/// sentence.
public struct SentenceSplitter: Sendable {
    /// Quotations longer than this many scalars no longer hold sentences together.
    public var maximumQuotationLength: Int

    /// A splitter.
    /// - Parameter maximumQuotationLength: how far an unclosed quotation holds a sentence open.
    public init(maximumQuotationLength: Int = 600) {
        self.maximumQuotationLength = maximumQuotationLength
    }

    /// The sentences of `text`, in order.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func sentences(in text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { sentences(inUTF8: $0) }
    }

    /// The sentences of UTF-8 bytes, with spans into them.
    /// - Complexity: O(n) in the length of `bytes`.
    public func sentences(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        let tokens = Tokenizer().tokens(inUTF8: bytes)
        var state = SplitState(bytes: bytes, tokens: tokens, maximumQuotationLength: maximumQuotationLength)
        for index in tokens.indices { state.read(at: index) }
        state.close(at: tokens.count - 1)
        return state.sentences
    }
}

/// A quotation that has opened and not yet closed.
private struct Quotation {
    /// Scalar offset of its opening mark.
    var start: Int
    /// Whether it opened with a straight mark `"`, which also closes it.
    var isStraight: Bool
}

/// The walk of ``SentenceSplitter`` over the tokens of one text.
private struct SplitState {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let maximumQuotationLength: Int
    var sentences: [Sentence] = []
    /// Index of the first token of the open sentence.
    var start: Int?
    /// The open quotations, innermost last.
    var quotations: [Quotation] = []
    /// Index of the last token that a closing sentence end has already absorbed.
    var absorbedThrough = -1

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], maximumQuotationLength: Int) {
        self.bytes = bytes
        self.tokens = tokens
        self.maximumQuotationLength = maximumQuotationLength
    }

    mutating func read(at index: Int) {
        if index > 0, start != nil, hasLineBreak(between: index - 1, and: index) {
            close(at: index - 1)
        }
        guard index > absorbedThrough else { return }
        if start == nil { start = index }
        let token = tokens[index]
        guard token.kind == .punctuation else { return }
        let scalar = firstScalar(of: token)
        if trackQuotation(scalar, at: index) { return }
        guard SentencePunctuation.isTerminal(scalar), !isInsideQuotation(at: token.span.lowerBound) else { return }
        if scalar == 0x2E, token.span.count == 1, isAbbreviationOrInnerPeriod(at: index) { return }
        close(at: absorbClosers(after: index))
    }

    /// Opens or closes quotations; returns whether `scalar` was a quotation mark.
    ///
    /// A straight mark `"` closes an open straight quotation and opens one otherwise.
    private mutating func trackQuotation(_ scalar: UInt32, at index: Int) -> Bool {
        let offset = tokens[index].span.lowerBound
        if SentencePunctuation.isOpeningQuote(scalar) {
            quotations.append(Quotation(start: offset, isStraight: false))
        } else if SentencePunctuation.isClosingQuote(scalar) {
            closeQuotation(at: index)
        } else if scalar == 0x22 {
            if quotations.last?.isStraight == true {
                closeQuotation(at: index)
            } else {
                quotations.append(Quotation(start: offset, isStraight: true))
            }
        } else {
            return false
        }
        return true
    }

    /// Closes the innermost quotation; «…انتهى.» ends the sentence too, unless more punctuation follows
    /// at once (».، or »).
    private mutating func closeQuotation(at index: Int) {
        let endedWithTerminal = index > 0 && tokens[index - 1].kind == .punctuation
            && SentencePunctuation.isTerminal(firstScalar(of: tokens[index - 1]))
        if !quotations.isEmpty { quotations.removeLast() }
        if endedWithTerminal, quotations.isEmpty, !isFollowedByPunctuation(index) {
            absorbedThrough = index
            close(at: index)
        }
    }

    private func isInsideQuotation(at offset: Int) -> Bool {
        guard let opened = quotations.last else { return false }
        return offset - opened.start <= maximumQuotationLength
    }

    private func isFollowedByPunctuation(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].kind == .punctuation
            && tokens[index + 1].utf8Span.lowerBound == tokens[index].utf8Span.upperBound
    }

    /// Whether the single period at `index` belongs to an abbreviation or sits inside a Latin phrase.
    private func isAbbreviationOrInnerPeriod(at index: Int) -> Bool {
        let period = tokens[index]
        if index > 0 {
            let previous = tokens[index - 1]
            let attached = previous.utf8Span.upperBound == period.utf8Span.lowerBound
            if attached, SentencePunctuation.isAbbreviation(bytes: bytes, token: previous) { return true }
        }
        if index + 1 < tokens.count, tokens[index + 1].kind == .latin {
            let first = bytes[tokens[index + 1].utf8Span.lowerBound]
            if first >= 0x61, first <= 0x7A { return true }
        }
        return false
    }

    /// The index of the last token of a sentence end at `index`: closing quotes, brackets and further
    /// terminal marks attached to it.
    private mutating func absorbClosers(after index: Int) -> Int {
        var last = index
        while last + 1 < tokens.count, tokens[last + 1].kind == .punctuation,
              !hasLineBreak(between: last, and: last + 1) {
            let scalar = firstScalar(of: tokens[last + 1])
            guard SentencePunctuation.isCloser(scalar) || SentencePunctuation.isTerminal(scalar) else { break }
            if SentencePunctuation.isClosingQuote(scalar) || scalar == 0x22, !quotations.isEmpty {
                quotations.removeLast()
            }
            last += 1
        }
        absorbedThrough = last
        return last
    }

    mutating func close(at index: Int) {
        guard let first = start, index >= first else { return }
        let lower = tokens[first]
        let upper = tokens[index]
        sentences.append(Sentence(
            span: lower.span.lowerBound..<upper.span.upperBound,
            utf8Span: lower.utf8Span.lowerBound..<upper.utf8Span.upperBound))
        start = nil
        quotations.removeAll()
    }

    private func hasLineBreak(between left: Int, and right: Int) -> Bool {
        let from = tokens[left].utf8Span.upperBound
        let to = tokens[right].utf8Span.lowerBound
        guard to > from else { return false }
        for offset in from..<to {
            let byte = bytes[offset]
            if byte == 0x0A || byte == 0x0D { return true }
            // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: E2 80 A8 / E2 80 A9.
            if byte == 0xE2, offset + 2 < to, bytes[offset + 1] == 0x80, bytes[offset + 2] & 0xFE == 0xA8 {
                return true
            }
        }
        return false
    }

    private func firstScalar(of token: Token) -> UInt32 {
        var index = token.utf8Span.lowerBound
        return UTF8Decoding.decode(bytes, at: &index)
    }
}
