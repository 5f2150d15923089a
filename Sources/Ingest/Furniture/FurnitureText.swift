import ArabicText

/// Cuts a line into the words furniture rules compare: matching-level Arabic words, lower-case
/// Latin words and numbers, without punctuation.
enum FurnitureText {
    static func words(of text: String) -> [String] {
        let normalized = ArabicNormalizer.matching.normalizedString(text)
        return Tokenizer().tokens(in: normalized).compactMap { token in
            switch token.kind {
            case .word, .latin, .number, .handle, .hashtag: return String(token.text(in: normalized))
            default: return nil
            }
        }
    }
}
