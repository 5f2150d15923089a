import ArabicText

/// A social-media post embedded in an article as text: the post, then a line
/// «— Name (@handle) Month Day, Year».
enum EmbeddedPost {
    struct Match {
        /// The tokens of the post's text (the paragraph before the signature line).
        var content: Range<Int>
        var name: String
        var item: Int?
        /// The token after the signature's handle.
        var end: Int
    }

    /// The post signed at token `index` (a dash that opens its paragraph), if any.
    static func find(at index: Int, in text: AnnotatedText, entities: DocumentEntities) -> Match? {
        let tokens = text.tokens
        guard tokens[index].kind == .punctuation, ["—", "–", "-"].contains(tokens[index].surface),
              index > 0, text.paragraphOfToken[index - 1] != text.paragraphOfToken[index]
        else { return nil }
        // The name runs up to «(@handle)».
        var open = index + 1
        while open < tokens.count, open - index <= 6, !tokens[open].isPunctuation("(") { open += 1 }
        guard open + 1 < tokens.count, open > index + 1, tokens[open].isPunctuation("("), tokens[open + 1].kind == .handle
        else { return nil }
        let previousParagraph = text.paragraphOfToken[index - 1]
        var start = index - 1
        while start > 0, text.paragraphOfToken[start - 1] == previousParagraph { start -= 1 }
        let nameTokens = (index + 1)..<open
        let item = entities.occurrences.first { nameTokens.contains($0.tokens.lowerBound) }?.item
        return Match(content: start..<index, name: text.text(ofTokens: nameTokens), item: item, end: open + 2)
    }
}
