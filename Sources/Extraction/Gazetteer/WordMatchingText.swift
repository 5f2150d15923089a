import ArabicText

/// The matching keys of an article's words folded and tokenized once, so that the lexicons can look
/// up a phrase at any word without folding the words that follow it again.
///
/// It reads exactly as ``MatchingText/init(words:from:limit:)`` would from that word on: the words
/// joined by single spaces, each tokenized on its own, so that a lookup here and one on the word list
/// agree.
struct WordMatchingText: Sendable {
    /// The words, folded and tokenized.
    let text: MatchingText
    /// For each word, its first word-like token after leading punctuation, or -1 where it has none.
    private let firstTokens: [Int32]

    /// Folds and tokenizes `words`.
    /// - Complexity: O(n) in the total length of the words.
    init(_ words: [String]) {
        text = MatchingText(words: words, from: 0, limit: words.count)
        var firstTokens = [Int32](repeating: -1, count: words.count)
        var token = 0
        var word = 0
        while token < text.tokens.count {
            word = text.wordIndices[token]
            var first = token
            while first < text.tokens.count, text.wordIndices[first] == word, text.tokens[first].kind == .punctuation {
                first += 1
            }
            if first < text.tokens.count, text.wordIndices[first] == word, text.isWordLike(first) {
                firstTokens[word] = Int32(first)
            }
            while token < text.tokens.count, text.wordIndices[token] == word { token += 1 }
        }
        self.firstTokens = firstTokens
    }

    /// The first word-like token of word `index`, as ``MatchingText/firstWordToken`` finds it in a
    /// text that starts with that word.
    func firstToken(ofWord index: Int) -> Int? {
        guard index >= 0, index < firstTokens.count, firstTokens[index] >= 0 else { return nil }
        return Int(firstTokens[index])
    }
}
