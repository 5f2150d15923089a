public import ArabicText

/// An article's text prepared once for every extractor: its tokens with their matching-level form,
/// and its sentences and paragraphs.
///
/// Spans are Unicode scalar offsets into ``text``, the article's original text.
public struct AnnotatedText: Sendable {
    /// The original text.
    public let text: String
    /// The tokens of the original text, in order.
    public let tokens: [WordToken]
    /// The matching-level form of each token, for lexicon lookups over word sequences.
    public let keys: [String]
    /// The keys folded and tokenized once for phrase lookups.
    let words: WordMatchingText
    /// The article's distinct keys, numbered in order of first occurrence.
    let vocabulary: WordIndex
    /// For each token, the number of its key in ``vocabulary``: rules that keep something per word
    /// of the article index arrays with it instead of hashing the word again.
    let wordOfToken: [Int]
    /// For each token, what is known of its form where it is a word, a hashtag or a handle (worked
    /// out once per word form in the process and shared).
    private let profiles: [WordProfile?]
    /// For each number of ``vocabulary``, the profile of its first token.
    private let profileOfWord: [WordProfile?]
    /// Sentence spans, in order.
    public let sentences: [Range<Int>]
    /// For each token, the index of its sentence in ``sentences``.
    public let sentenceOfToken: [Int]
    /// For each sentence of ``sentences``, the tokens it holds (empty where it holds none).
    let tokensOfSentence: [Range<Int>]
    /// For each token, the index of its paragraph (line) in the text.
    public let paragraphOfToken: [Int]
    /// For each scalar offset of ``text`` and its end, the UTF-8 offset where it starts, so that spans
    /// slice in constant time.
    private let utf8Offsets: [Int32]

    /// Prepares `text`.
    /// - Complexity: O(n) in the length of `text`.
    public init(_ text: String) {
        self.text = text
        var tokens: [WordToken] = []
        var profiles: [WordProfile?] = []
        var paragraphs: [Int] = []
        var paragraph = 0
        var scalarOffset = 0
        var lineBreaks: [Int] = []
        var utf8Offsets: [Int32] = []
        utf8Offsets.reserveCapacity(text.utf8.count + 1)
        var utf8Offset: Int32 = 0
        // A scalar starts at every byte that is no continuation byte (10xxxxxx).
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 {
                if byte == 0x0A { lineBreaks.append(scalarOffset) }
                utf8Offsets.append(utf8Offset)
                scalarOffset += 1
            }
            utf8Offset += 1
        }
        utf8Offsets.append(utf8Offset)
        self.utf8Offsets = utf8Offsets
        var breakIndex = 0
        let rawTokens = Tokenizer().tokens(in: text)
        // Tokens that open an entity only where a gazetteer name of several words goes on after them.
        var startsOnlyLongerNames: [Int] = []
        // Half the words of an article repeat in it: each form is asked of the process's table once.
        var articleProfiles = ByteKeyTable<WordProfile>(capacity: rawTokens.count / 2 + 16)
        for (position, token) in rawTokens.enumerated() {
            if Self.joinsWords(position, in: rawTokens, of: text) { continue }
            while breakIndex < lineBreaks.count, lineBreaks[breakIndex] < token.span.lowerBound {
                paragraph += 1
                breakIndex += 1
            }
            var surface = String(token.text(in: text))
            let profile: WordProfile? = surface.withUTF8 { bytes in
                guard Self.isProfiled(token.kind) else { return nil }
                if let known = articleProfiles.value(for: bytes) { return known }
                let profile = Self.profile(of: bytes, kind: token.kind)
                articleProfiles.insert(profile, for: bytes)
                return profile
            }
            // A token that is no word is its own key.
            tokens.append(WordToken(
                surface: surface, key: profile?.key ?? surface, kind: token.kind, span: token.span,
                mayOpenEntity: profile.map { $0.opening != .none } ?? false, reportingForm: profile?.reportingForm))
            if profile?.opening == .longerPlaceOrBodyName { startsOnlyLongerNames.append(tokens.count - 1) }
            profiles.append(profile)
            paragraphs.append(paragraph)
        }
        let sentences = SentenceSplitter().sentences(in: text).map(\.span)
        var sentenceOfToken: [Int] = []
        sentenceOfToken.reserveCapacity(tokens.count)
        var sentence = 0
        for token in tokens {
            while sentence + 1 < sentences.count, sentences[sentence].upperBound <= token.span.lowerBound { sentence += 1 }
            sentenceOfToken.append(sentence)
        }
        var tokensOfSentence = [Range<Int>](repeating: tokens.count..<tokens.count, count: sentences.count)
        for (token, sentence) in sentenceOfToken.enumerated() where sentence < sentences.count {
            let range = tokensOfSentence[sentence]
            tokensOfSentence[sentence] = range.isEmpty ? token..<(token + 1) : range.lowerBound..<(token + 1)
        }
        self.tokensOfSentence = tokensOfSentence
        let keys = tokens.map(\.key)
        let words = WordMatchingText(keys: keys, tokens: tokens)
        for index in startsOnlyLongerNames where Gazetteer.match(in: words, at: index) == nil {
            tokens[index].mayOpenEntity = false
        }
        self.tokens = tokens
        self.keys = keys
        var vocabulary = WordIndex(capacity: tokens.count / 2 + 16)
        self.wordOfToken = keys.map { vocabulary.insert($0) }
        var profileOfWord = [WordProfile?](repeating: nil, count: vocabulary.count)
        for (token, word) in wordOfToken.enumerated() where profileOfWord[word] == nil {
            profileOfWord[word] = profiles[token]
        }
        self.profileOfWord = profileOfWord
        self.profiles = profiles
        self.vocabulary = vocabulary
        self.words = words
        self.sentences = sentences
        self.sentenceOfToken = sentenceOfToken
        self.paragraphOfToken = paragraphs
    }

    /// Whether the token at `position` is an underscore that glues two words together, as in names
    /// copied from hashtags without their mark («اللواء يحيى_رسول»): it is left out, so that the words
    /// around it read as neighbours.
    private static func joinsWords(_ position: Int, in tokens: [Token], of text: String) -> Bool {
        let token = tokens[position]
        guard token.kind == .symbol, token.span.count == 1, position > 0, position + 1 < tokens.count else { return false }
        let before = tokens[position - 1]
        let after = tokens[position + 1]
        return before.kind == .word && after.kind == .word
            && before.span.upperBound == token.span.lowerBound && after.span.lowerBound == token.span.upperBound
            && token.text(in: text) == "_"
    }

    /// The matching-level form used for lookups: Arabic folded, Latin lower-cased.
    static func key(of surface: String, kind: TokenKind) -> String {
        guard isProfiled(kind) else { return surface }
        var surface = surface
        return surface.withUTF8 { profile(of: $0, kind: kind).key }
    }

    /// What is known of a word form before reading its context: its key, why it can open an entity
    /// (see ``EntityRecognizer/openingReason(_:)``), the reporting verb it is, and what the claim rules
    /// and the time grammar ask of it.
    ///
    /// A class, so that a token holds its form's profile without copying what it holds.
    private final class WordProfile: Sendable {
        let key: String
        let opening: EntityRecognizer.OpeningReason
        let reportingForm: ReportingVerbs.Form?
        let claimFacts: ClaimExtractor.WordFacts?
        let timeForm: WordForm?

        init(
            key: String, opening: EntityRecognizer.OpeningReason, reportingForm: ReportingVerbs.Form?,
            claimFacts: ClaimExtractor.WordFacts?, timeForm: WordForm?
        ) {
            self.key = key
            self.opening = opening
            self.reportingForm = reportingForm
            self.claimFacts = claimFacts
            self.timeForm = timeForm
        }
    }

    /// The profile of a word form of a profiled kind (see ``isProfiled(_:)``).
    private static func profile(of bytes: UnsafeBufferPointer<UInt8>, kind: TokenKind) -> WordProfile {
        sharedProfiles.value(for: bytes) {
            let surface = String(decoding: bytes, as: UTF8.self)
            let key = ArabicNormalizer.matching.normalizedString(surface)
            let isWordOrLatin = kind == .word || kind == .latin
            var keyBytes = key
            let timeForm = isWordOrLatin
                ? keyBytes.withUTF8 { TimeScan.form(of: $0, isWord: kind == .word, text: Substring(key), parser: NumeralParser()) } : nil
            return WordProfile(
                key: key, opening: kind == .word ? EntityRecognizer.openingReason(key) : .none,
                reportingForm: kind == .word ? ReportingVerbs.form(of: key) : nil,
                claimFacts: isWordOrLatin ? ClaimExtractor.WordFacts(key, stemmer: LightStemmer()) : nil,
                timeForm: timeForm)
        }
    }

    /// Whether tokens of `kind` are words with a profile; other tokens are their own key.
    private static func isProfiled(_ kind: TokenKind) -> Bool {
        switch kind {
        case .word, .latin, .hashtag, .handle: true
        default: false
        }
    }

    /// The profile of every word form the process has read.
    private static let sharedProfiles = WordCache<WordProfile>()

    /// What the claim rules ask of the word at token `index` (`nil` for tokens that are no words).
    func claimFacts(ofToken index: Int) -> ClaimExtractor.WordFacts? {
        profiles[index]?.claimFacts
    }

    /// What the claim rules ask of the word numbered `number` in ``vocabulary`` (`nil` for tokens
    /// that are no words).
    func claimFacts(ofWord number: Int) -> ClaimExtractor.WordFacts? {
        profileOfWord[number]?.claimFacts
    }

    /// What the time grammar asks of the token at `index` where it is a word, Arabic or Latin;
    /// ``TimeScan`` takes it instead of looking it up again.
    func timeForm(ofToken index: Int) -> WordForm? {
        profiles[index]?.timeForm
    }

    /// The original text of the tokens `range`, from the first one's start to the last one's end.
    public func text(ofTokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return slice(tokens[first].span.lowerBound..<tokens[last].span.upperBound)
    }

    /// The original text of the scalar span `range`, clamped to the text.
    /// - Complexity: O(m) in the length of the slice.
    public func slice(_ range: Range<Int>) -> String {
        let last = utf8Offsets.count - 1
        let lower = min(max(range.lowerBound, 0), last)
        let upper = min(max(range.upperBound, lower), last)
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[lower]))
        let to = utf8.index(from, offsetBy: Int(utf8Offsets[upper] - utf8Offsets[lower]))
        return String(text[from..<to])
    }

    /// The words between quotation marks that open at token `start` («الوطن»، “Sky News”، «جو 24»),
    /// at most four and all before `limit`, without the marks; a number among words is part of the
    /// name. `nil` where no such name opens there.
    func quotedWords(at start: Int, before limit: Int) -> Range<Int>? {
        guard start < limit, tokens[start].isOpeningQuote else { return nil }
        var end = start + 1
        while end < limit, end - start <= 4, tokens[end].kind == .word || tokens[end].kind == .latin || tokens[end].kind == .number { end += 1 }
        guard end > start + 1, end < limit, tokens[end].isClosingQuote,
              tokens[(start + 1)..<end].contains(where: { $0.kind == .word || $0.kind == .latin })
        else { return nil }
        return (start + 1)..<end
    }

    /// The index of the token whose span holds the scalar offset `offset` (which may fall after a
    /// proclitic, inside «بنحو»), or `nil` between tokens.
    /// - Complexity: O(log n) in the number of tokens.
    func token(containing offset: Int) -> Int? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < tokens.count, tokens[low].span.contains(offset) else { return nil }
        return low
    }

    /// The tokens that lie within the scalar span `span`, from the one that starts it; `nil` where no
    /// token starts there.
    /// - Complexity: O(log n + k) for k tokens.
    public func tokens(within span: Range<Int>) -> ClosedRange<Int>? {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.lowerBound < span.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < tokens.count, tokens[low].span.lowerBound == span.lowerBound, tokens[low].span.upperBound <= span.upperBound
        else { return nil }
        var last = low
        while last + 1 < tokens.count, tokens[last + 1].span.upperBound <= span.upperBound { last += 1 }
        return low...last
    }

    /// The tokens of the scalar span `span`, from the one that holds its first scalar: a count glued
    /// to و («وتسعة نزلاء») starts inside its token, where ``tokens(within:)`` finds none.
    public func tokens(holding span: Range<Int>) -> ClosedRange<Int>? {
        if let within = tokens(within: span) { return within }
        guard let first = token(containing: span.lowerBound) else { return nil }
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].span.upperBound <= span.upperBound { last += 1 }
        return first...last
    }

    /// The scalar span covering the tokens `range`.
    public func span(ofTokens range: Range<Int>) -> Range<Int> {
        guard let first = range.first, let last = range.last else { return 0..<0 }
        return tokens[first].span.lowerBound..<tokens[last].span.upperBound
    }
}

/// One token of an ``AnnotatedText``.
public struct WordToken: Sendable, Hashable {
    /// The token as written.
    public var surface: String
    /// Its matching-level form.
    public var key: String
    /// What kind of token it is.
    public var kind: TokenKind
    /// Unicode scalar offsets into the text, end exclusive.
    public var span: Range<Int>
    /// Whether an entity can start at it: whether its form opens a role, a known name, an
    /// organization head or a given name (worked out once per form).
    var mayOpenEntity: Bool
    /// The reporting verb it is (قال، أكدت، وأضاف، مضيفا), if any (worked out once per form).
    var reportingForm: ReportingVerbs.Form?
    /// The first scalar of a punctuation token, `nil` for other tokens: the tests of marks below
    /// compare it instead of reading ``surface`` again.
    private var mark: Unicode.Scalar?

    /// A token; `mayOpenEntity` is for tokens the entity rules should read.
    public init(surface: String, key: String, kind: TokenKind, span: Range<Int>, mayOpenEntity: Bool = true) {
        self.init(
            surface: surface, key: key, kind: kind, span: span, mayOpenEntity: mayOpenEntity,
            reportingForm: kind == .word ? ReportingVerbs.form(of: key) : nil)
    }

    init(surface: String, key: String, kind: TokenKind, span: Range<Int>, mayOpenEntity: Bool, reportingForm: ReportingVerbs.Form?) {
        self.surface = surface
        self.key = key
        self.kind = kind
        self.span = span
        self.mayOpenEntity = mayOpenEntity
        self.reportingForm = reportingForm
        mark = kind == .punctuation ? surface.unicodeScalars.first : nil
    }

    /// Whether it is a finite reporting verb (قال، أكدت، وأضاف; not a participle), whose subject
    /// slot may name someone.
    var reportsSpeech: Bool {
        reportingForm.map { !$0.isParticiple } ?? false
    }

    /// Whether it is an Arabic word.
    public var isWord: Bool { kind == .word }

    /// Whether the word opens with the definite article ال as written. The matching level folds a
    /// hamza on the alef, so «ألقت» and «إلا» share their first letters with the article there; the
    /// written alef tells them apart.
    public var hasArticle: Bool {
        key.startsWithBytes("ال") && surface.unicodeScalars.first == "\u{0627}"
    }

    /// Whether it opens a quotation: « “ or ".
    public var isOpeningQuote: Bool {
        switch mark {
        case "«", "“", "\"": true
        default: false
        }
    }

    /// Whether it closes a quotation: » ” or ".
    public var isClosingQuote: Bool {
        switch mark {
        case "»", "”", "\"": true
        default: false
        }
    }

    /// Whether it is punctuation that a quotation's edges drop: a full stop or a comma, but not the
    /// percent sign that ends a figure («بلغت 11.4%»).
    var isTrimmedPunctuation: Bool {
        switch mark {
        case nil, "%", "٪", "‰": false
        default: true
        }
    }

    /// Whether it is the straight quotation mark ", which both opens and closes.
    var isStraightQuote: Bool {
        isPunctuation("\"")
    }

    /// Whether it opens a reported clause: «أن، إن، بأن، أنه، أنها» (matching form).
    var opensAReportedClause: Bool {
        ["ان", "بان", "انه", "انها"].contains(where: key.sameBytes)
    }

    /// Whether it is a comma, Arabic or Latin.
    var isComma: Bool {
        mark == "،" || mark == ","
    }

    /// Whether it is punctuation whose first scalar is `mark`.
    public func isPunctuation(_ mark: Unicode.Scalar) -> Bool {
        self.mark == mark
    }
}

extension AnnotatedText {
    /// The end of the tokens `range` without the punctuation that closes them (a full stop, a comma),
    /// keeping a closing quotation mark whose opening mark is inside: «يمثل "خطرا وجوديا".» keeps
    /// its last ", so the quoted words stay quoted.
    func endWithoutPunctuation(_ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound, tokens[end - 1].isTrimmedPunctuation {
            if tokens[end - 1].isClosingQuote, closesAQuote(at: end - 1, openedAfter: range.lowerBound) { break }
            end -= 1
        }
        return end
    }

    /// Whether the closing mark at `index` closes a quotation opened at or after `start`.
    private func closesAQuote(at index: Int, openedAfter start: Int) -> Bool {
        var open = 0
        var straight = 0
        for token in tokens[start..<index] where token.kind == .punctuation {
            if token.isStraightQuote {
                straight += 1
            } else if token.isOpeningQuote {
                open += 1
            } else if token.isClosingQuote {
                open -= 1
            }
        }
        return tokens[index].isStraightQuote ? straight % 2 == 1 : open > 0
    }
}
