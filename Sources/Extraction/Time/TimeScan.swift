import ArabicText

/// An article prepared for the time grammar: its matching-normalized form, the tokens of that form,
/// and what each token is to a time expression.
///
/// Everything is computed in one pass over the tokens. Words are classified by byte lookups in
/// ``TimeLexicon`` and ``TenseLexicon``; what ``CalendarLexicon`` and ``NumeralParser`` say about a
/// word form is asked once per process (``TimeScan/sharedForms``) and kept per article, so most words are
/// decided by one hash lookup; ``CalendarLexicon`` reads the words after a word only where a longer
/// name may start.
struct TimeScan {
    /// The matching-normalized text with its map back to the original.
    let normalized: NormalizedText
    /// The UTF-8 bytes of the normalized text.
    let bytes: [UInt8]
    /// The tokens of the normalized text.
    let tokens: [Token]
    /// The lexicon entry of each token, if any.
    private(set) var words: [TimeWord?]
    /// The month, weekday or season name starting at each token, if any.
    private(set) var terms: [CalendarTerm?]
    /// The tense a token marks, if any.
    private(set) var tenses: [Tense?]
    /// Whether each token can be part of a number in words.
    private(set) var numeralParts: [Bool]

    /// Scans `text`; where `known` is the same text prepared for the other extractors, the forms its
    /// words were given there are taken instead of being looked up again (a word whose matching form
    /// differs from the scanned one is looked up as usual).
    /// - Complexity: O(n) in the length of `text`.
    init(_ text: String, known: AnnotatedText? = nil) {
        normalized = ArabicNormalizer.matching.normalize(text)
        bytes = Array(normalized.text.utf8)
        tokens = Tokenizer().tokens(in: normalized.text)
        words = Array(repeating: nil, count: tokens.count)
        terms = Array(repeating: nil, count: tokens.count)
        tenses = Array(repeating: nil, count: tokens.count)
        numeralParts = Array(repeating: false, count: tokens.count)
        classify(known: known)
    }

    /// The number of tokens.
    var count: Int { tokens.count }

    /// The ``WordForm`` of every word form the process has scanned.
    static let sharedForms = WordCache<WordForm>()

    private mutating func classify(known: AnnotatedText?) {
        var formCache = ByteKeyTable<WordForm>(capacity: 1024)
        var aligned = KnownForms(known)
        let view = TokenWords(text: normalized.text, tokens: tokens)
        var extensible: [Int] = []
        let parser = NumeralParser()
        bytes.withUnsafeBufferPointer { buffer in
            for index in tokens.indices {
                let token = tokens[index]
                guard token.kind == .word || token.kind == .latin else { continue }
                let word = UnsafeBufferPointer(rebasing: buffer[token.utf8Span])
                let form: WordForm
                if let known = aligned.form(of: word) {
                    form = known
                } else if let cached = formCache.value(for: word) {
                    form = cached
                } else if let shared = Self.sharedForms.value(for: word) {
                    form = shared
                    formCache.insert(form, for: word)
                } else {
                    form = Self.form(of: word, isWord: token.kind == .word, text: view[token], parser: parser)
                    formCache.insert(form, for: word)
                    Self.sharedForms.insert(form, for: word)
                }
                if token.kind == .word {
                    words[index] = form.timeWord
                    tenses[index] = form.tense
                }
                numeralParts[index] = form.isNumeralPart
                switch form.calendar {
                case .none: break
                case .alone(let term): terms[index] = term
                case .extensible: extensible.append(index)
                }
            }
        }
        for index in extensible {
            terms[index] = CalendarLexicon.match(view, at: index)
        }
    }

    /// What the time grammar needs to know of the word form `word` (matching form), written `text`;
    /// `isWord` for an Arabic word, not a Latin one.
    static func form(of word: UnsafeBufferPointer<UInt8>, isWord: Bool, text: Substring, parser: NumeralParser) -> WordForm {
        WordForm(
            timeWord: isWord ? TimeLexicon.lookup(word, in: TimeLexicon.table) : nil,
            tense: isWord ? tense(of: word, in: TenseLexicon.table) : nil,
            calendar: calendarLead(word, text: text),
            isNumeralPart: isWord && isNumeralPart(word, text: text, parser: parser))
    }

    /// Whether `word` can be part of a number in words: it is one by itself (التاسع، عشر،
    /// والعشرين، الخمسة), or it is one of ``NumeralHeads``, which never stand alone.
    private static func isNumeralPart(_ word: UnsafeBufferPointer<UInt8>, text: Substring, parser: NumeralParser) -> Bool {
        if TimeLexicon.lookup(word, in: NumeralHeads.table) != nil { return true }
        return parser.parse(String(text)) != nil
    }

    /// The tense of a verb as written, or without a leading و or ف (وأعلن، فقال), or without an
    /// object pronoun (عقدها، استقبلهم), or both.
    private static func tense(of word: UnsafeBufferPointer<UInt8>, in table: ByteKeyTable<Tense>) -> Tense? {
        if let tense = table.value(for: word) ?? conjunctionStripped(word, in: table) { return tense }
        let pronoun = objectPronounLength(word)
        guard pronoun > 0 else { return nil }
        let stem = UnsafeBufferPointer(rebasing: word[..<(word.count - pronoun)])
        return table.value(for: stem) ?? conjunctionStripped(stem, in: table)
    }

    /// The tense of a word after removing a leading و or ف (وأعلن، فقال).
    private static func conjunctionStripped(_ word: UnsafeBufferPointer<UInt8>, in table: ByteKeyTable<Tense>) -> Tense? {
        guard word.count >= 6, word[0] == 0xD9, word[1] == 0x88 || word[1] == 0x81 else { return nil }
        return table.value(for: UnsafeBufferPointer(rebasing: word[2...]))
    }

    /// The UTF-8 length of an object pronoun ending a word whose stem keeps three letters or more:
    /// ها، هم، هما. Not ه alone: the matching level folds ة into it, and «إجازة» is no «أجاز» with
    /// a pronoun.
    private static func objectPronounLength(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        for pronoun in objectPronouns where word.count >= pronoun.count + 6 {
            if word.suffix(pronoun.count).elementsEqual(pronoun) { return pronoun.count }
        }
        return 0
    }

    /// Object pronouns, longest first, in UTF-8.
    private static let objectPronouns: [[UInt8]] = ["هما", "ها", "هم"].map { Array($0.utf8) }

    /// What `word` is to ``CalendarLexicon``: the first word of names of several words (كانون،
    /// تشرين، جمادى، ذو) or a word that introduces a name (شهر، يوم، فصل), possibly with proclitics,
    /// is extensible; so is a Hijri month or a season, which longer names start with; a Gregorian
    /// month or a weekday is a name alone.
    private static func calendarLead(_ word: UnsafeBufferPointer<UInt8>, text: Substring) -> CalendarLead {
        if TimeLexicon.lookup(word, in: CalendarHeads.table) != nil { return .extensible }
        guard let term = CalendarLexicon.match(CollectionOfOne(text), at: 0) else { return .none }
        switch term {
        case .month(let match) where match.month.calendar == .gregorian: return .alone(term)
        case .weekday: return .alone(term)
        default: return .extensible
        }
    }

    // MARK: Token access

    /// The normalized text of token `index`.
    func text(_ index: Int) -> Substring {
        tokens[index].text(in: normalized.text)
    }

    /// The kind of token `index`, or `nil` outside the text.
    func kind(_ index: Int) -> TokenKind? {
        tokens.indices.contains(index) ? tokens[index].kind : nil
    }

    /// The lexicon entry of token `index`, or `nil` outside the text.
    func word(_ index: Int) -> TimeWord? {
        tokens.indices.contains(index) ? words[index] : nil
    }

    /// The calendar name starting at token `index`, or `nil` outside the text.
    func term(_ index: Int) -> CalendarTerm? {
        tokens.indices.contains(index) ? terms[index] : nil
    }

    /// The value of token `index` when it is a run of ASCII digits (the normalized form of digits of
    /// any script) of at most nine digits, with the number of digits.
    func integer(_ index: Int) -> (value: Int, digits: Int)? {
        guard tokens.indices.contains(index), tokens[index].kind == .number else { return nil }
        let span = tokens[index].utf8Span
        guard span.count <= 9 else { return nil }
        var value = 0
        for offset in span {
            let byte = bytes[offset]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return (value, span.count)
    }

    /// The first scalar of token `index` when it is punctuation or a symbol.
    func punctuation(_ index: Int) -> Unicode.Scalar? {
        guard tokens.indices.contains(index), tokens[index].kind == .punctuation || tokens[index].kind == .symbol
        else { return nil }
        var position = tokens[index].utf8Span.lowerBound
        let lead = bytes[position]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for _ in 1..<length {
            position += 1
            guard position < bytes.count else { return nil }
            value = value << 6 | UInt32(bytes[position] & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    /// Whether token `index` is the punctuation `scalar`.
    func isPunctuation(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        punctuation(index) == scalar
    }

    /// Whether token `index` follows token `index - 1` with no white space between them.
    func isAttached(_ index: Int) -> Bool {
        index > 0 && index < tokens.count && tokens[index].span.lowerBound == tokens[index - 1].span.upperBound
    }

    /// Whether a line break separates token `index` from the token before it.
    func startsLine(_ index: Int) -> Bool {
        guard index > 0, index < tokens.count else { return true }
        for offset in tokens[index - 1].utf8Span.upperBound..<tokens[index].utf8Span.lowerBound
        where bytes[offset] == 0x0A {
            return true
        }
        return false
    }

    /// Words that say from when something takes effect before «من»: «اعتبارا من»، «ابتداء من»،
    /// «بدءا من»، «انطلاقا من» (matching form).
    static let takingEffectWords = ["اعتبارا", "ابتداء", "بدءا", "انطلاقا"]

    /// Whether the normalized text of token `index` is exactly `word` (already normalized),
    /// compared byte by byte.
    func isWord(_ index: Int, _ word: String) -> Bool {
        guard tokens.indices.contains(index) else { return false }
        let span = tokens[index].utf8Span
        return span.count == word.utf8.count && word.utf8.elementsEqual(bytes[span])
    }

    /// Whether the normalized text of token `index` starts with `prefix`, compared byte by byte.
    func hasPrefix(_ index: Int, _ prefix: String) -> Bool {
        guard tokens.indices.contains(index) else { return false }
        let span = tokens[index].utf8Span
        return span.count >= prefix.utf8.count && prefix.utf8.elementsEqual(bytes[span.lowerBound..<(span.lowerBound + prefix.utf8.count)])
    }

    /// The span of tokens `range` in the original text, in Unicode scalar offsets.
    func originalSpan(of range: Range<Int>) -> Range<Int> {
        let lower = tokens[range.lowerBound].span.lowerBound
        let upper = tokens[range.upperBound - 1].span.upperBound
        return normalized.originalRange(of: lower..<upper)
    }
}
