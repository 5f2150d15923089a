import ArabicText

/// Turns the tokens of a text in matching form into a ``WordSequence``: words and their hashes,
/// shingle hashes and sentence starts. The rules are those of ``Shingler``.
struct WordScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var sequence = WordSequence()
    private var hasher = RollingShingleHasher()
    private var previousEnd = 0
    private var sentencePending = true

    /// A scanner over the UTF-8 bytes of a text in matching form.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        let estimate = bytes.count / 9 + 8
        sequence.hashes.reserveCapacity(estimate)
        sequence.spans.reserveCapacity(estimate)
        sequence.shingles.reserveCapacity(estimate)
    }

    /// Takes the next token of the text.
    mutating func accept(_ token: Token) {
        let start = token.utf8Span.lowerBound
        let end = token.utf8Span.upperBound
        if !sentencePending {
            var index = previousEnd
            while index < start {
                if bytes[index] == 0x0A { sentencePending = true }
                index += 1
            }
        }
        previousEnd = end
        switch token.kind {
        case .word, .latin:
            hasher.beginWord()
            for index in start..<end { hasher.feed(bytes[index]) }
            finishWord(token.span)
        case .number:
            hasher.beginWord()
            feedNumber(start..<end)
            finishWord(token.span)
        case .hashtag:
            acceptHashtag(token)
        case .punctuation:
            if endsSentence(at: start) { sentencePending = true }
        case .handle, .url, .email, .symbol:
            break
        }
    }

    private mutating func finishWord(_ span: Range<Int>) {
        let (word, shingle) = hasher.endWord()
        if sentencePending {
            sequence.sentenceStarts.append(sequence.hashes.count)
            sentencePending = false
        }
        sequence.hashes.append(word)
        sequence.spans.append(span)
        if let shingle { sequence.shingles.append(shingle) }
    }

    /// Feeds a number's digits without thousands separators, with `.` for U+066B.
    private mutating func feedNumber(_ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x2C {  // ,
                index += 1
                continue
            }
            if byte == 0xD9, index + 1 < range.upperBound {
                let trail = bytes[index + 1]
                if trail == 0xAC {  // U+066C ARABIC THOUSANDS SEPARATOR
                    index += 2
                    continue
                }
                if trail == 0xAB {  // U+066B ARABIC DECIMAL SEPARATOR
                    hasher.feed(0x2E)
                    index += 2
                    continue
                }
            }
            hasher.feed(byte)
            index += 1
        }
    }

    /// Takes the words of a hashtag token: its text after `#`, split at underscores.
    private mutating func acceptHashtag(_ token: Token) {
        var byte = token.utf8Span.lowerBound + 1
        var scalar = token.span.lowerBound + 1
        var wordStart: (byte: Int, scalar: Int)?
        while byte < token.utf8Span.upperBound {
            let value = bytes[byte]
            if value == 0x5F {  // _
                if let start = wordStart { acceptWord(bytes: start.byte..<byte, span: start.scalar..<scalar) }
                wordStart = nil
            } else if value & 0xC0 != 0x80, wordStart == nil {
                wordStart = (byte, scalar)
            }
            if value & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        if let start = wordStart {
            acceptWord(bytes: start.byte..<token.utf8Span.upperBound, span: start.scalar..<token.span.upperBound)
        }
    }

    private mutating func acceptWord(bytes range: Range<Int>, span: Range<Int>) {
        hasher.beginWord()
        for index in range { hasher.feed(bytes[index]) }
        finishWord(span)
    }

    /// Whether the punctuation token at `index` ends a sentence: `.`, `!`, `?`, U+061F ARABIC
    /// QUESTION MARK, U+06D4 ARABIC FULL STOP or U+2026 HORIZONTAL ELLIPSIS.
    private func endsSentence(at index: Int) -> Bool {
        switch bytes[index] {
        case 0x2E, 0x21, 0x3F: return true
        case 0xD8: return index + 1 < bytes.count && bytes[index + 1] == 0x9F
        case 0xDB: return index + 1 < bytes.count && bytes[index + 1] == 0x94
        case 0xE2: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
        default: return false
        }
    }
}
