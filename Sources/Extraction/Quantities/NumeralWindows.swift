import ArabicText

/// Runs `NumeralFinder` only on the stretches of a text that can hold a number.
///
/// Numbers are sparse in prose, and the finder reads every word; so the text is cut into windows
/// around its possible numerals: runs of digit tokens and number words (ثلاثة، آلاف، مليون، نصف,
/// with their proclitics and article), joined by و and by punctuation written without spaces (11/9،
/// 10:30، 2020-2021), with two tokens of context on each side so that the finder's context rules
/// (شهر صفر، 30 ثانية، في المئة، خمس السكان) see what they need. A match is kept when it starts in
/// the run of its window and not inside a handle, hashtag, URL or Latin word (@un10، covid-19). The
/// result equals the finder's on the whole text for every cardinal and fraction outside those tokens
/// (tests compare both).
enum NumeralWindows {
    /// Tokens of context on each side of a run.
    private static let margin = 2

    /// The numerals of `text` (cardinals and fractions; ordinals where the finder sees them), with
    /// spans as normalized scalar offsets of `text`.
    /// - Complexity: O(n) in the number of tokens, plus the finder's cost on the windows.
    static func numerals(in text: MatchingText, triggers: QuantityTriggers, finder: NumeralFinder) -> [NumeralMatch] {
        var matches: [NumeralMatch] = []
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            guard triggers.isNumeric(index) else {
                index += 1
                continue
            }
            var runStart = index
            if runStart > 0, text.isAttached(runStart), tokens[runStart - 1].kind == .punctuation { runStart -= 1 }
            var runEnd = index
            var windowEnd = extend(text, triggers, from: &runEnd)
            // Runs closer than the margins share one window.
            var next = windowEnd + 1
            while next < tokens.count, next <= runEnd + 2 * margin + 1 {
                if triggers.isNumeric(next) {
                    runEnd = next
                    windowEnd = extend(text, triggers, from: &runEnd)
                    next = windowEnd + 1
                } else {
                    next += 1
                }
            }
            let first = Swift.max(0, runStart - margin)
            let last = Swift.min(tokens.count - 1, windowEnd + margin)
            let byteRange = tokens[first].utf8Span.lowerBound..<tokens[last].utf8Span.upperBound
            let window = text.bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[byteRange]), as: UTF8.self)
            }
            let base = tokens[first].span.lowerBound
            let runScalars = tokens[runStart].span.lowerBound..<tokens[runEnd].span.upperBound
            for match in finder.numerals(in: window) {
                let span = match.span.lowerBound + base..<match.span.upperBound + base
                guard runScalars.contains(span.lowerBound), startsInProse(text, span.lowerBound, from: first) else {
                    continue
                }
                if let previous = matches.last, previous.span.upperBound > span.lowerBound { continue }
                matches.append(NumeralMatch(span: span, numeral: match.numeral))
            }
            index = windowEnd + 1
        }
        return matches
    }

    /// Extends a run from `end` over numeric tokens, و and punctuation attached to its neighbours;
    /// returns the last token of the run, which `end` also becomes.
    private static func extend(_ text: MatchingText, _ triggers: QuantityTriggers, from end: inout Int) -> Int {
        let tokens = text.tokens
        while end + 1 < tokens.count {
            let next = end + 1
            if triggers.isNumeric(next) || (text.isAttached(next) && tokens[next].kind != .word) {
                end = next
            } else if tokens[next].kind == .word, tokens[next].span.count == 1,
                text.bytes[tokens[next].utf8Span.lowerBound] == 0xD9,
                text.bytes[tokens[next].utf8Span.lowerBound + 1] == 0x88,  // U+0648 ARABIC LETTER WAW alone
                next + 1 < tokens.count, triggers.isNumeric(next + 1)
            {
                end = next + 1
            } else {
                break
            }
        }
        return end
    }

    /// Whether scalar `offset` is in a word, number or punctuation token, not inside a handle, a
    /// hashtag, a URL, an e-mail address or a Latin word (@un10، covid-19), whose digits are no numbers.
    private static func startsInProse(_ text: MatchingText, _ offset: Int, from first: Int) -> Bool {
        var index = first
        while index + 1 < text.tokens.count, text.tokens[index + 1].span.lowerBound <= offset { index += 1 }
        switch text.tokens[index].kind {
        case .url, .handle, .hashtag, .email, .latin: return !text.tokens[index].span.contains(offset)
        default: return true
        }
    }
}
