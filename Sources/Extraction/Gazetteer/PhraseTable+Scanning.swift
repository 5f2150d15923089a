import ArabicText

extension PhraseTable {
    /// The longest phrase at `start` in `words`, for the `match(_:at:)` functions of the lexicons.
    ///
    /// The first word is folded alone to see whether any phrase starts with it; only then are the
    /// words a phrase may need folded and tokenized.
    /// - Parameters:
    ///   - words: Words in any normalization; punctuation at their ends is ignored and ends a phrase.
    ///   - start: The index of the first word.
    ///   - proclitics: Whether the first word may carry proclitics.
    ///   - make: Builds the result from the hit and the number of words it covers, or rejects it.
    /// - Complexity: O(m) for a first word of length m that starts no phrase; otherwise O(k·m) for the
    ///   k words of the longest phrase.
    func match<Words: Collection, Result>(
        _ words: Words, at start: Words.Index, proclitics: Bool, _ make: (Hit, Int) -> Result?
    ) -> Result? where Words.Element: StringProtocol {
        guard start < words.endIndex else { return nil }
        let lead = MatchingText(words: words, from: start, limit: 1)
        guard let first = lead.firstWordToken, startsPhrase(in: lead, at: first, proclitics: proclitics) else {
            return nil
        }
        let text = maxTokenCount > 1 ? MatchingText(words: words, from: start, limit: maxTokenCount) : lead
        guard let token = text.firstWordToken, let hit = longest(in: text, at: token, proclitics: proclitics),
            let wordCount = text.wordCount(fromToken: token, throughToken: token + hit.tokenCount - 1)
        else { return nil }
        return make(hit, wordCount)
    }

    /// Whether some phrase starts with `word` (in any normalization) or, with `proclitics`, with one
    /// of its readings without them; when not, no match at a word of this form finds anything,
    /// whatever follows it.
    func startsPhrase(withWord word: String, proclitics: Bool) -> Bool {
        let lead = MatchingText(words: CollectionOfOne(word), from: CollectionOfOne(word).startIndex, limit: 1)
        guard let first = lead.firstWordToken else { return false }
        return startsPhrase(in: lead, at: first, proclitics: proclitics)
    }

    /// The longest phrase at word `index` of an annotated text, with the rules of
    /// ``match(_:at:proclitics:_:)`` on its keys, read from the text's ``WordMatchingText`` instead of
    /// folding the words again at every lookup.
    /// - Complexity: O(r·m) for r readings of a word of m bytes that starts no phrase; otherwise
    ///   O(k·m) for the k tokens of the longest phrase.
    func match<Result>(
        in words: WordMatchingText, at index: Int, proclitics: Bool, _ make: (Hit, Int) -> Result?
    ) -> Result? {
        guard let token = words.firstToken(ofWord: index), startsPhrase(in: words.text, at: token, proclitics: proclitics),
            let hit = longest(in: words.text, at: token, proclitics: proclitics),
            let wordCount = words.text.wordCount(fromToken: token, throughToken: token + hit.tokenCount - 1)
        else { return nil }
        return make(hit, wordCount)
    }

    /// Every phrase in `text`, in order and without overlaps: at each word-like token the longest
    /// phrase wins and the scan goes on after it.
    /// - Parameters:
    ///   - text: The text to search, in any normalization.
    ///   - proclitics: Whether the first word of a phrase may carry proclitics.
    ///   - make: Builds the match from the hit and the number of its word tokens, or rejects it (the
    ///     tokens are skipped all the same).
    /// - Complexity: O(n) in the length of `text`.
    func occurrences<Match>(
        in text: String, proclitics: Bool, _ make: (Hit, Int) -> Match?
    ) -> [LexiconOccurrence<Match>] {
        var original = OriginalText(text)
        return occurrences(in: MatchingText(text), original: &original, proclitics: proclitics, make)
    }

    /// ``occurrences(in:proclitics:_:)`` on a text already normalized and tokenized, so that several
    /// lexicons (and the quantity finder) can share one ``MatchingText`` of an article.
    /// - Complexity: O(n) in the number of tokens.
    func occurrences<Match>(
        in matching: MatchingText, original: inout OriginalText, proclitics: Bool, _ make: (Hit, Int) -> Match?
    ) -> [LexiconOccurrence<Match>] {
        var occurrences: [LexiconOccurrence<Match>] = []
        var index = 0
        while index < matching.tokens.count {
            guard matching.isWordLike(index), let hit = longest(in: matching, at: index, proclitics: proclitics) else {
                index += 1
                continue
            }
            let last = index + hit.tokenCount - 1
            var words = 0
            for token in index...last where matching.tokens[token].kind != .punctuation { words += 1 }
            if let match = make(hit, words) {
                let start = matching.tokens[index].span.lowerBound + hit.procliticLength
                let span = matching.originalRange(of: start..<matching.tokens[last].span.upperBound)
                occurrences.append(LexiconOccurrence(span: span, text: original.text(of: span), match: match))
            }
            index = last + 1
        }
        return occurrences
    }
}
