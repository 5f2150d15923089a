import ArabicText

/// Cuts an annotated article into ``ClaimUnit``s, one per sentence with content, or per clause of a
/// long sentence that chains several reports (see ``ClauseBoundaries``).
///
/// Each unit gathers what claim alignment compares: the sentence's content stems, the entities,
/// quantities and dates found in it, the predicate frames it asserts (stay or leave, rise or fall),
/// whether it is negated, a denial or hedged, and who said it when it reports speech.
struct ClaimExtractor {
    /// The least number of content stems a sentence needs to make a claim.
    static let minimumStems = ClaimUnit.minimumStems

    /// Where the other annotations stand, by scalar span.
    struct Annotations {
        var mentions: [Mention] = []
        /// The references of the entities that are settlements (see ``ClaimUnit/places``).
        var settlements: Set<String> = []
        var quantities: [Quantity] = []
        var dates: [(span: Range<Int>, value: String, text: String)] = []
        var quotes: [Quote] = []
    }

    func claims(in text: AnnotatedText, annotations: Annotations) -> [ClaimUnit] {
        let stemmer = LightStemmer()
        var units: [ClaimUnit] = []
        var tokenIndex = 0
        // What the claim rules ask of a word, found once per distinct word of the article, with the
        // number of its stem among the article's stems.
        var facts: [WordFacts?] = Array(repeating: nil, count: text.vocabulary.count)
        var stemOfWord = Array(repeating: -1, count: text.vocabulary.count)
        var stemNumbers = WordIndex(capacity: text.tokens.count / 2 + 16)
        // The last unit that took each stem, so that a unit lists a stem once.
        var sentenceOfStem: [Int] = []
        // The annotations in text order, walked once alongside the sentences.
        let mentions = annotations.mentions.sorted { $0.span.lowerBound < $1.span.lowerBound }
        let quantities = annotations.quantities.sorted { $0.span.lowerBound < $1.span.lowerBound }
        let dates = annotations.dates.sorted { $0.span.lowerBound < $1.span.lowerBound }
        // The formula that keeps a source unnamed («طلب عدم الكشف عن اسمه») is no content.
        let unnamed = AnonymityFormula.tokens(in: text)
        // The words of counts and the word right before each («مقتل 31»).
        let counting = Self.countWords(annotations.quantities, in: text)
        var nextMention = 0
        var nextQuantity = 0
        var nextDate = 0
        var unitIndex = 0
        for (sentenceIndex, sentenceSpan) in text.sentences.enumerated() {
            // A date line («حلب – سانا:») says where and who filed, not what happened.
            var sentenceStart = sentenceSpan.lowerBound
            if let body = Self.datelineEnd(from: tokenIndex, in: text) {
                tokenIndex = body
                sentenceStart = text.tokens[body].span.lowerBound
            }
            var sentenceEnd = tokenIndex
            while sentenceEnd < text.tokens.count, text.sentenceOfToken[sentenceEnd] == sentenceIndex { sentenceEnd += 1 }
            let clauses = ClauseBoundaries.clauses(of: tokenIndex..<sentenceEnd, in: text)
            for (clauseIndex, clause) in clauses.enumerated() {
                unitIndex += 1
                let span = (clauseIndex == 0 ? sentenceStart : text.tokens[clause.lowerBound].span.lowerBound)
                    ..< (clauseIndex == clauses.count - 1 ? sentenceSpan.upperBound : text.tokens[clause.upperBound - 1].span.upperBound)
                var stems: [String] = []
                var negated = false
                // Whether a negation or denial is waiting for the predicate it turns.
                var turning = false
                var denial = false
                var hedged = false
                var previous = ""
                var frames: [PredicateFrame] = []
                var negatedStems: [String] = []
                var negatingNext = false
                let firstToken = tokenIndex
                while tokenIndex < clause.upperBound {
                    let token = text.tokens[tokenIndex]
                    tokenIndex += 1
                    guard token.isWord || token.kind == .latin, !unnamed[tokenIndex - 1] else { continue }
                    let key = token.key
                    let number = text.wordOfToken[tokenIndex - 1]
                    let word: WordFacts
                    if let known = facts[number] {
                        word = known
                    } else {
                        word = Self.sharedFacts.value(for: key) { WordFacts(key, stemmer: stemmer) }
                        facts[number] = word
                        if let stem = word.stem, stem.unicodeScalars.count >= 2 {
                            let stemNumber = stemNumbers.insert(stem)
                            if stemNumber == sentenceOfStem.count { sentenceOfStem.append(-1) }
                            stemOfWord[number] = stemNumber
                        }
                    }
                    if ClaimMarkers.isDenialPhrase(previous, key) {
                        denial = true
                        negated = true
                        turning = true
                    }
                    previous = key
                    // The word after «لم، لن، لا» is the predicate the statement denies.
                    if negatingNext, !word.negatesAVerb {
                        if let stem = word.stem { negatedStems.append(stem) }
                        negatingNext = false
                    }
                    if word.negatesAVerb { negatingNext = true }
                    if word.isNegation {
                        negated = true
                        turning = true
                    }
                    if word.isDenial {
                        denial = true
                        negated = true
                        turning = true
                    }
                    if word.isHedge { hedged = true }
                    guard let stem = word.stem else { continue }
                    // Stems are in the matching form (no marks), so scalars are letters.
                    let stemNumber = stemOfWord[number]
                    if stemNumber >= 0, sentenceOfStem[stemNumber] != unitIndex {
                        sentenceOfStem[stemNumber] = unitIndex
                        stems.append(stem)
                    }
                    // A predicate after a negation or a denial asserts its opposite: «ننفي … بقاء القوات»
                    // says they leave. A negated stage keeps the negation to itself: «لم ينته الانسحاب»
                    // says the withdrawal goes on, not that the forces stay.
                    if var frame = word.frame {
                        if frame.isStage {
                            turning = false
                        } else if counting[tokenIndex - 1] {
                            // «نفى … الأنباء عن 31 قتيلا»، «نفى مقتل 31»: a denied count disputes the
                            // number, not that anyone died.
                        } else if turning {
                            frame = PredicateLexicon.opposite(of: frame)
                        }
                        if !frames.contains(frame) { frames.append(frame) }
                    }
                }
                let unitMentions = Self.items(mentions, from: &nextMention, within: span, span: \.span)
                let unitQuantities = Self.items(quantities, from: &nextQuantity, within: span, span: \.span)
                let dated = Self.items(dates, from: &nextDate, within: span, span: \.span)
                guard stems.count >= Self.minimumStems else { continue }
                let entities = unitMentions.map(\.entity)
                let places = Array(Set(entities.filter(annotations.settlements.contains))).sorted()
                var numbers = unitQuantities.map { Self.number($0, in: text, stemmer: stemmer) }
                if negated { numbers += Self.noneCounted(in: firstToken..<tokenIndex, of: text) }
                let speaker = annotations.quotes.first { $0.span.overlaps(span) }?.speaker
                units.append(ClaimUnit(
                    span: span, text: text.slice(span), stems: stems, entities: Array(Set(entities)).sorted(), places: places,
                    numbers: numbers, dates: dated.map(\.value), dateExpressions: dated.map(\.text),
                    frames: Self.unambiguous(frames), isNegated: negated, negatedStems: negatedStems,
                    isDenial: denial, isHedged: hedged, speaker: speaker))
            }
        }
        return units
    }
}

extension ClaimExtractor {
    /// The items of `sorted` (in order of their starts) that lie within `range`, walking on from
    /// `next`, which is left at the first item that starts at or after the end of `range`.
    static func items<Item>(
        _ sorted: [Item], from next: inout Int, within range: Range<Int>, span: (Item) -> Range<Int>
    ) -> [Item] {
        while next < sorted.count, span(sorted[next]).lowerBound < range.lowerBound { next += 1 }
        var found: [Item] = []
        while next < sorted.count, span(sorted[next]).lowerBound < range.upperBound {
            if span(sorted[next]).upperBound <= range.upperBound { found.append(sorted[next]) }
            next += 1
        }
        return found
    }

    /// The first token after a date line that opens a paragraph at `first`: a dash and then a colon
    /// within its first ten tokens («بغداد – واع:»), a place, its agency in parentheses and a dash
    /// («المكلا (وكالة الخليج للأنباء) -»), or a place and a dash («كسلا - قالت …»), in the same
    /// sentence; `nil` where there is none.
    static func datelineEnd(from first: Int, in text: AnnotatedText) -> Int? {
        guard first < text.tokens.count, first == 0 || text.paragraphOfToken[first - 1] != text.paragraphOfToken[first] else {
            return nil
        }
        let sentence = text.sentenceOfToken[first]
        var sawDash = false
        var closedCredit = false
        var index = first
        while index < text.tokens.count, index - first < 10, text.sentenceOfToken[index] == sentence {
            let token = text.tokens[index]
            if token.kind == .punctuation || token.kind == .symbol, let mark = token.surface.unicodeScalars.first {
                // «المكلا (وكالة الخليج للأنباء) -»: the agency in parentheses, then the dash.
                if "-–—".unicodeScalars.contains(mark), closedCredit {
                    let body = index + 1
                    return body < text.tokens.count && text.sentenceOfToken[body] == sentence ? body : nil
                }
                closedCredit = mark == ")" && index - first >= 2 && (first + 1..<index).contains { text.tokens[$0].isPunctuation("(") }
                    && !(first..<index).contains { text.tokens[$0].kind == .number }
                // «كسلا - قالت …»: a place of up to three words and a dash.
                // A credit and a colon may follow the dash («إربد – بترا:»): the colon ends the line then.
                if "-–—".unicodeScalars.contains(mark), index > first, index - first <= 3, EntityLexicons.isPlace(at: first, in: text),
                   (first..<index).allSatisfy({ text.tokens[$0].isWord }),
                   !(index + 1..<min(index + 6, text.tokens.count)).contains(where: { text.tokens[$0].isPunctuation(":") }) {
                    let body = index + 1
                    return body < text.tokens.count && text.sentenceOfToken[body] == sentence ? body : nil
                }
                if "-–—".unicodeScalars.contains(mark) { sawDash = true }
                if mark == ":", sawDash {
                    let body = index + 1
                    return body < text.tokens.count && text.sentenceOfToken[body] == sentence ? body : nil
                }
            }
            index += 1
        }
        return nil
    }

    /// What the claim rules ask of one word: its markers, and for a content word its stem and the
    /// predicate frame of that stem.
    /// The ``WordFacts`` of every word the process has cut into claims.
    static let sharedFacts = WordCache<WordFacts>()

    struct WordFacts: Sendable {
        var isNegation: Bool
        var negatesAVerb: Bool
        var isDenial: Bool
        var isHedge: Bool
        /// The stem of a content word; `nil` for a stopword.
        var stem: String?
        var frame: PredicateFrame?

        init(_ key: String, stemmer: LightStemmer) {
            isNegation = ClaimMarkers.negations.contains(key)
            negatesAVerb = ClaimMarkers.verbalNegations.contains(key)
            isDenial = ClaimMarkers.isDenial(key)
            isHedge = ClaimMarkers.hedges.contains(key)
            // A function word with a conjunction (وفي، فقد) stems to the function word.
            stem = Stopwords.contains(key) ? nil : SpellingVariants.folded(stemmer.stem(key))
            if let content = stem, Stopwords.contains(content) { stem = nil }
            frame = stem.flatMap(PredicateLexicon.frame(ofStem:))
        }
    }

    /// The frames of a sentence, without an axis on which it holds both poles (it reports both
    /// sides, or contrasts them): such a sentence asserts neither.
    static func unambiguous(_ frames: [PredicateFrame]) -> [PredicateFrame] {
        frames.filter { frame in !frames.contains { $0.axis == frame.axis && $0.pole != frame.pole } }
    }
}

extension ClaimUnit {
    /// The content stems of a short text such as a headline, made as claim units make theirs, so
    /// that the two compare.
    public static func contentStems(of text: String) -> Set<String> {
        let stemmer = LightStemmer()
        var stems: Set<String> = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let key = ArabicNormalizer.matching.normalizedString(String(word))
            guard !key.isEmpty, !Stopwords.contains(key) else { continue }
            stems.insert(ClaimExtractor.sharedFacts.value(for: key) { ClaimExtractor.WordFacts(key, stemmer: stemmer) }.stem ?? "")
        }
        stems.remove("")
        return stems
    }
}
