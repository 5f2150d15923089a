/// The grammar of numeral expressions, read over the tokens of one matching-normalized text.
///
/// At a token, the grammar lists every expression that starts there — cardinals, fractions and
/// ordinals of every length — and ``best(at:)`` takes the longest, preferring an ordinal, then a
/// fraction, to a cardinal of the same length. In ``Mode/inText`` the readings that are more often
/// something else in running prose (a weekday, a month name, «one of») are left out; see
/// ``NumeralGrammar/accepts(_:at:)``.
struct NumeralGrammar {
    /// Whether the grammar reads a whole expression or searches running text.
    enum Mode: Sendable {
        /// The text is one numeral expression: every reading of a word is allowed.
        case wholeText
        /// The text is prose: readings that are usually something else are left out.
        case inText
    }

    /// One expression that starts at a token.
    struct Candidate: Sendable, Hashable {
        /// The value of the expression.
        var value: Double
        /// What kind of number it is.
        var kind: NumeralKind
        /// The index of the token after the expression.
        var end: Int
        /// The meaning of the first word, or `nil` when the expression starts with digits.
        var lead: NumeralWord?
    }

    /// A word or number of the expression, with the و before it, standalone or attached.
    struct Item {
        /// The token index of the word or number.
        var index: Int
        /// Whether the item is joined by و to what precedes it.
        var hasConjunction: Bool
        /// The lexicon reading of a word.
        var reading: NumeralReading?
        /// The value of a number in digits.
        var digits: NumeralDigits?

        /// The index of the token after the item.
        var end: Int { index + 1 }
        /// The meanings of a word; empty for digits.
        var meanings: [NumeralWord] { reading?.meanings ?? [] }
        /// Whether the word carries the article.
        var hasArticle: Bool { reading?.hasArticle ?? false }
        /// Whether the item can continue an expression: no preposition and no article on it.
        var continues: Bool { !(reading?.hasPreposition ?? false) && !hasArticle }
        /// Whether the word has `meaning`.
        func means(_ meaning: NumeralWord) -> Bool { reading?.means(meaning) ?? false }
    }

    /// The normalized text, as scalars.
    let scalars: [Unicode.Scalar]
    /// The tokens of the text.
    let tokens: [NumeralToken]
    /// The lexicon reading of every word token; `nil` for other tokens and unknown words.
    let readings: [NumeralReading?]
    /// How the text is read.
    let mode: Mode
    /// For each token, whether it is a number joined to other numbers into a date, a time or a
    /// reference (10-12-2021، 13:45، 11/9/2001); two numbers joined by a dash are a range and stay free.
    let isChained: [Bool]

    /// Reads the matching-normalized `text`.
    /// - Complexity: O(n) in the length of the text.
    init(normalizedText text: String, lexicon: NumeralLexicon = .standard, mode: Mode) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        let tokens = NumeralScanner.tokens(of: scalars)
        self.scalars = scalars
        self.tokens = tokens
        self.readings = tokens.map { token in
            token.isWord ? lexicon.reading(of: scalars[token.range]) : nil
        }
        self.mode = mode
        self.isChained = Self.chainedNumbers(in: tokens)
    }

    /// Marks the numbers that are joined, without white space, by slashes, colons or dashes to other
    /// numbers, except two numbers joined by one dash.
    private static func chainedNumbers(in tokens: [NumeralToken]) -> [Bool] {
        var chained = [Bool](repeating: false, count: tokens.count)
        var index = 0
        while index < tokens.count {
            guard tokens[index].digits != nil else {
                index += 1
                continue
            }
            var last = index
            var joinsOnlyByDash = true
            while last + 2 < tokens.count, tokens[last + 1].isNumberJoiner, tokens[last + 1].isJoined,
                tokens[last + 2].isJoined, tokens[last + 2].digits != nil
            {
                joinsOnlyByDash = joinsOnlyByDash && tokens[last + 1].kind == .dash
                last += 2
            }
            let isRange = last == index + 2 && joinsOnlyByDash
            if last > index, !isRange {
                for member in index...last { chained[member] = true }
            }
            index = last + 1
        }
        return chained
    }

    /// The longest expression that starts at token `index`, if any.
    /// - Complexity: O(k²) in the length k of the expression; expressions are a few words long.
    func best(at index: Int) -> Candidate? {
        var best: Candidate?
        for candidate in ordinals(at: index) + cardinals(at: index) {
            if mode == .inText, !accepts(candidate, at: index) { continue }
            if let current = best, !Self.ranks(candidate, above: current) { continue }
            best = candidate
        }
        guard let best, best.value.magnitude < Self.largestValue else { return nil }
        return best
    }

    /// No number in the news reaches a thousand million million: a longer run of digits or of scale
    /// words (a table glued into one line, a mangled input) is no number, and its value would not
    /// fit the integers that dates, counts and reports take.
    static let largestValue = 1e15

    /// Whether `candidate` beats `other`: longer, or as long and of a more specific kind.
    private static func ranks(_ candidate: Candidate, above other: Candidate) -> Bool {
        if candidate.end != other.end { return candidate.end > other.end }
        return priority(of: candidate.kind) > priority(of: other.kind)
    }

    private static func priority(of kind: NumeralKind) -> Int {
        switch kind {
        case .ordinal: return 2
        case .fraction: return 1
        case .cardinal: return 0
        }
    }

    /// The word or number at token `index`, taking a standalone و before it as its conjunction.
    func item(at index: Int) -> Item? {
        guard index < tokens.count else { return nil }
        switch tokens[index].kind {
        case .number(let digits):
            if mode == .inText, isChained[index] { return nil }
            return Item(index: index, hasConjunction: false, reading: nil, digits: digits)
        case .word:
            guard let reading = readings[index] else { return nil }
            if reading.means(.conjunction), reading.cliticLength == 0 {
                guard var next = item(at: index + 1), !next.hasConjunction else { return nil }
                next.hasConjunction = true
                return next
            }
            guard reading.isNumeric else { return nil }
            return Item(index: index, hasConjunction: reading.hasConjunction, reading: reading, digits: nil)
        case .slash, .colon, .dash, .other:
            return nil
        }
    }

}
