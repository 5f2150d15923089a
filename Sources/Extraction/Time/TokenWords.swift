import ArabicText

/// The tokens of a text as `Substring`s, the word collection ``CalendarLexicon`` reads.
struct TokenWords: RandomAccessCollection {
    let text: String
    let tokens: [Token]

    var startIndex: Int { 0 }
    var endIndex: Int { tokens.count }

    subscript(position: Int) -> Substring {
        tokens[position].text(in: text)
    }

    subscript(token: Token) -> Substring {
        token.text(in: text)
    }
}
