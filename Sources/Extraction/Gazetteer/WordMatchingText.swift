import ArabicText

/// The matching keys of an article's words folded and tokenized once, so that the lexicons can look
/// up a phrase at any word without folding the words that follow it again.
///
/// It reads exactly as ``MatchingText/init(words:from:limit:)`` would from that word on: the words
/// joined by single spaces, each tokenized on its own, so that a lookup here and one on the word list
/// agree; keys already folded are not folded again.
struct WordMatchingText: Sendable {
    /// The words, folded and tokenized.
    let text: MatchingText
    /// For each word, its first word-like token after leading punctuation, or -1 where it has none.
    private let firstTokens: [Int32]
    /// The gazetteer's match at each word, once asked.
    let gazetteerMatches: WordMatchMemo<GazetteerMatch>
    /// The role lexicon's match at each word, once asked.
    let roleMatches: WordMatchMemo<RoleMatch>
    /// The organization head lexicon's match at each word, once asked.
    let headMatches: WordMatchMemo<OrganizationHeadMatch>

    /// Tokenizes the keys of an article's tokens, which are at the matching level already except
    /// for tokens that are not words (numbers, punctuation), which are folded here.
    /// - Complexity: O(n) in the total length of the keys.
    init(keys: [String], tokens: [WordToken]) {
        let folded: (Int) -> Bool = { index in
            switch tokens[index].kind {
            case .word, .latin, .hashtag, .handle: return true
            default: return false
            }
        }
        self.init(MatchingText(keys: keys, isFolded: folded), wordCount: keys.count)
    }

    private init(_ text: MatchingText, wordCount: Int) {
        self.text = text
        var firstTokens = [Int32](repeating: -1, count: wordCount)
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
        gazetteerMatches = WordMatchMemo(count: wordCount)
        roleMatches = WordMatchMemo(count: wordCount)
        headMatches = WordMatchMemo(count: wordCount)
    }

    /// The first word-like token of word `index`, as ``MatchingText/firstWordToken`` finds it in a
    /// text that starts with that word.
    func firstToken(ofWord index: Int) -> Int? {
        guard index >= 0, index < firstTokens.count, firstTokens[index] >= 0 else { return nil }
        return Int(firstTokens[index])
    }
}
