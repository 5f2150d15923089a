import ArabicText

/// Finds the direct quotations of a text by their marks: «» “” and straight quotes, tolerating a
/// closing mark of another style (“…» or «…”) and a missing closing mark (the quotation then ends
/// with its paragraph).
enum QuoteMarks {
    /// A quotation: the tokens of its marks and of its words.
    struct Span: Sendable, Hashable {
        var opening: Int
        /// The closing mark's token, or the last token of the paragraph where it never closed.
        var closing: Int
        /// Whether a closing mark was found.
        var isClosed: Bool
        /// The tokens between the marks.
        var content: Range<Int> { (opening + 1)..<(isClosed ? closing : closing + 1) }
    }

    static func spans(in text: AnnotatedText) -> [Span] {
        allSpans(in: text).filter { !isName($0, in: text) }
    }

    /// Whether a quoted span is a name in quotation marks, not a quotation: at most three words,
    /// not opened by a colon, a reporting verb or أن (وكالة «شفق نيوز»، لـ«السومرية»، أنبوب «ترانسميد»),
    /// or opened by أن with its clause going on after the marks (أن «ساما» ستتبع …).
    static func isName(_ span: Span, in text: AnnotatedText) -> Bool {
        let words = span.content.filter { text.tokens[$0].kind != .punctuation }.count
        guard span.isClosed, words <= 3 else { return false }
        guard span.opening > 0 else { return false }
        let previous = text.tokens[span.opening - 1]
        if previous.isPunctuation(":") { return false }
        if ["ان", "بان", "انه", "انها", "قوله", "قولها"].contains(previous.key) {
            // «قال إن "ساما" ستتبع النهج ذاته»: the clause goes on past the marks, which hold its subject.
            let next = span.closing + 1
            return next < text.tokens.count && text.tokens[next].isWord && text.sentenceOfToken[next] == text.sentenceOfToken[span.closing]
        }
        return previous.reportingForm == nil
    }

    private static func allSpans(in text: AnnotatedText) -> [Span] {
        var spans: [Span] = []
        var open: (index: Int, mark: Unicode.Scalar)?
        let tokens = text.tokens
        for index in tokens.indices {
            if let current = open, text.paragraphOfToken[index] != text.paragraphOfToken[current.index] {
                // The paragraph ended with the quotation still open.
                if index - 1 > current.index { spans.append(Span(opening: current.index, closing: index - 1, isClosed: false)) }
                open = nil
            }
            let token = tokens[index]
            guard token.kind == .punctuation, let mark = token.surface.unicodeScalars.first else { continue }
            switch mark {
            case "«", "“", "„":
                if open == nil { open = (index, mark) }
            case "»", "”":
                if let current = open {
                    if index > current.index + 1 { spans.append(Span(opening: current.index, closing: index, isClosed: true)) }
                    open = nil
                } else if mark == "”", opensStraightly(index, in: text) {
                    // Some writers open with ” as well as close with it.
                    open = (index, mark)
                }
            case "\"":
                if let current = open {
                    if current.mark == "\"" || current.mark == "”" || current.mark == "“" {
                        if index > current.index + 1 { spans.append(Span(opening: current.index, closing: index, isClosed: true)) }
                        open = nil
                    }
                } else {
                    open = (index, mark)
                }
            default:
                continue
            }
        }
        if let current = open, current.index + 1 < tokens.count {
            spans.append(Span(opening: current.index, closing: tokens.count - 1, isClosed: false))
        }
        return spans
    }

    /// Whether a ” at `index` stands where a quotation opens: after a colon, a reporting verb or أن.
    private static func opensStraightly(_ index: Int, in text: AnnotatedText) -> Bool {
        guard index > 0 else { return true }
        let previous = text.tokens[index - 1]
        return previous.isPunctuation(":") || ["ان", "بان"].contains(previous.key) || previous.reportingForm != nil
    }
}
