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
        /// The country of each entity reference the gazetteer places in one (see ``ClaimUnit/countries``).
        var countryOfEntity: [String: String] = [:]
        var quantities: [Quantity] = []
        var dates: [(span: Range<Int>, value: String, text: String)] = []
        var quotes: [Quote] = []
        /// The spans of «منذ» and a date, which open a period that runs to the present.
        var periods: [Range<Int>] = []
    }

    func claims(in text: AnnotatedText, annotations: Annotations) -> [ClaimUnit] {
        var reader = ClaimUnitReader(text: text, annotations: annotations)
        var units: [ClaimUnit] = []
        var tokenIndex = 0
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
                let span = (clauseIndex == 0 ? sentenceStart : text.tokens[clause.lowerBound].span.lowerBound)
                    ..< (clauseIndex == clauses.count - 1 ? sentenceSpan.upperBound : text.tokens[clause.upperBound - 1].span.upperBound)
                if let unit = reader.unit(of: clause, span: span) { units.append(unit) }
                tokenIndex = clause.upperBound
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
    /// («المكلا (وكالة الخليج للأنباء) -»), a place and its agency between slashes («الدوحة في 17
    /// ديسمبر /قنا/»), a place, a colon and the outlet in marks («دمشق: «الشرق الأوسط»»), or a place
    /// and a dash («كسلا - قالت …»), in the same sentence; `nil` where there is none.
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
                // «عجمان في 14 سبتمبر / وام /»، «الدوحة في 17 ديسمبر /قنا/»: the agency between slashes.
                if mark == "/", index > first, Self.opensWithAPlace(first, in: text),
                   let close = (index + 1..<min(index + 5, text.tokens.count)).first(where: { text.tokens[$0].isPunctuation("/") }),
                   close > index + 1 {
                    let body = Self.afterDashes(close + 1, in: text)
                    return body < text.tokens.count && text.sentenceOfToken[body] == sentence ? body : nil
                }
                // «المكلا (وكالة الخليج للأنباء) -»: the agency in parentheses, then the dash.
                if "-–—".unicodeScalars.contains(mark), closedCredit {
                    let body = Self.afterDashes(index + 1, in: text)
                    return body < text.tokens.count && text.sentenceOfToken[body] == sentence ? body : nil
                }
                // A count before a parenthesis is no date line («قتل 19 شخصا (بينهم أطفال) -»), but a
                // place's date is («الكويت – 15 – 11 (كونا) --»).
                closedCredit = mark == ")" && index - first >= 2 && (first + 1..<index).contains { text.tokens[$0].isPunctuation("(") }
                    && (!(first..<index).contains { text.tokens[$0].kind == .number } || EntityLexicons.isPlace(at: first, in: text))
                // «كسلا - قالت …»: a place of up to three words and a dash.
                // A credit and a colon may follow the dash («إربد – بترا:»): the colon ends the line then.
                if "-–—".unicodeScalars.contains(mark), index > first, index - first <= 3, Self.opensWithAPlace(first, in: text),
                   (first..<index).allSatisfy({ text.tokens[$0].isWord }),
                   !(index + 1..<min(index + 6, text.tokens.count)).contains(where: { text.tokens[$0].isPunctuation(":") }) {
                    var body = index + 1
                    // «بيروت – «الوطنية» –»: the agency's name in marks, and its dash.
                    if let credit = text.quotedWords(at: body, before: min(body + 6, text.tokens.count)), credit.upperBound + 1 < text.tokens.count,
                       Self.isDash(text.tokens[credit.upperBound + 1]) {
                        body = Self.afterDashes(credit.upperBound + 1, in: text)
                    } else if let dash = Self.unmarkedCreditEnd(from: body, in: text) {
                        // «عمّان - جو 24 -»، «بغداد – المدى –»: the name without marks, and its dash.
                        body = Self.afterDashes(dash, in: text)
                    }
                    // «الكويت – 15 – 11 (كونا) --»: a day and month in digits, the agency, dashes.
                    if let end = Self.numericDateAndCredit(from: body, in: text) { body = end }
                    return body < text.tokens.count && text.sentenceOfToken[body] == sentence ? body : nil
                }
                if "-–—".unicodeScalars.contains(mark) { sawDash = true }
                // «دمشق: «الشرق الأوسط»»: a place, a colon and the outlet's name in marks.
                if mark == ":", !sawDash, index > first, index - first <= 3, Self.opensWithAPlace(first, in: text),
                   (first..<index).allSatisfy({ text.tokens[$0].isWord }),
                   let credit = text.quotedWords(at: index + 1, before: min(index + 8, text.tokens.count)) {
                    var body = credit.upperBound + 1
                    if body < text.tokens.count, text.tokens[body].isPunctuation(":") || Self.isDash(text.tokens[body]) { body += 1 }
                    return body < text.tokens.count && text.sentenceOfToken[body] == sentence ? body : nil
                }
                if mark == ":", sawDash {
                    let body = index + 1
                    return body < text.tokens.count && text.sentenceOfToken[body] == sentence ? body : nil
                }
            }
            index += 1
        }
        return nil
    }

    /// The end of «15 – 11 (كونا) --» from `start`: numbers joined by dashes or slashes, then an
    /// agency in parentheses and its dashes; `nil` where no such date and credit stand there.
    private static func numericDateAndCredit(from start: Int, in text: AnnotatedText) -> Int? {
        var index = start
        var numbers = 0
        while index < text.tokens.count, text.tokens[index].kind == .number {
            numbers += 1
            index += 1
            guard index < text.tokens.count, let mark = text.tokens[index].surface.unicodeScalars.first, "-–—/".unicodeScalars.contains(mark),
                  index + 1 < text.tokens.count, text.tokens[index + 1].kind == .number
            else { break }
            index += 1
        }
        guard numbers >= 2, index + 2 < text.tokens.count, text.tokens[index].isPunctuation("(") else { return nil }
        var close = index + 1
        while close < text.tokens.count, close - index <= 5, !text.tokens[close].isPunctuation(")") { close += 1 }
        guard close < text.tokens.count, text.tokens[close].isPunctuation(")") else { return nil }
        return afterDashes(close + 1, in: text)
    }

    /// Whether a place the gazetteer knows opens at `index`, even one that several places share
    /// (الكويت، عمان): at the head of a date line a name is the place the story was filed from.
    private static func opensWithAPlace(_ index: Int, in text: AnnotatedText) -> Bool {
        if EntityLexicons.isPlace(at: index, in: text) { return true }
        guard let match = Gazetteer.match(in: text.words, at: index) else { return false }
        return !match.isAdjective && match.type == .location && match.procliticLength == 0
    }

    /// The dash that closes an outlet's name without marks from token `start` (one to three words, a
    /// number of up to three digits after them: «جو 24»), or `nil` where no dash follows such a name
    /// or a word of it is a verb («كسلا - قالت الشرطة -»).
    private static func unmarkedCreditEnd(from start: Int, in text: AnnotatedText) -> Int? {
        var index = start
        while index < text.tokens.count, index - start < 4 {
            let token = text.tokens[index]
            if token.isWord || token.kind == .latin {
                guard TenseLexicon.table.value(for: token.key) == nil, token.reportingForm == nil else { return nil }
            } else if token.kind == .number {
                guard index > start, token.surface.unicodeScalars.count <= 3 else { return nil }
            } else {
                break
            }
            index += 1
        }
        guard index > start, index < text.tokens.count, isDash(text.tokens[index]) else { return nil }
        return index
    }

    /// The first token from `index` on that is no dash («--»).
    private static func afterDashes(_ index: Int, in text: AnnotatedText) -> Int {
        var index = index
        while index < text.tokens.count, isDash(text.tokens[index]) { index += 1 }
        return index
    }

    /// Whether a token is a dash (- – —).
    private static func isDash(_ token: WordToken) -> Bool {
        guard token.kind == .punctuation || token.kind == .symbol, let mark = token.surface.unicodeScalars.first else { return false }
        return "-–—".unicodeScalars.contains(mark)
    }

    /// The ``WordFacts`` of every headline word the process has stemmed (an article's words get
    /// theirs with their form's profile in ``AnnotatedText``).
    static let sharedFacts = WordCache<WordFacts>()

    /// What the claim rules ask of one word: its markers, and for a content word its stem and the
    /// predicate frame of that stem.
    /// Reads numbers in words for ``WordFacts``.
    static let numerals = NumeralParser()

    struct WordFacts: Sendable, Hashable {
        var isNegation: Bool
        var negatesAVerb: Bool
        var isDenial: Bool
        var isHedge: Bool
        /// The stem of a content word; `nil` for a stopword.
        var stem: String?
        var frame: PredicateFrame?
        /// Whether the word is a directed predicate and its target follows على (see
        /// ``DirectedPredicate/takesAla(_:)``); `nil` for any other word.
        var directedTakesAla: Bool?
        /// Whether the word may give or announce a match result (see ``MatchScore/roles(of:)``).
        var mayTellAResult: Bool
        /// Whether the word says its clause is about a match (see ``MatchScore/roles(of:)``).
        var isMatchCue: Bool
        /// The country of a nationality adjective (المصري، السودانية، الخليجي names none).
        var nationality: String?
        /// Whether the word may end «على المستوى الوطني» (see ``ClaimMarkers/nationwideEnds``).
        var mayEndNationwide = false
        /// Whether the word makes «لا» say "still" (يزال، تزال).
        var isStillVerb = false
        /// Whether the word is a verb of remaining (see ``ClaimMarkers/remainingVerbs``).
        var isRemainingVerb = false
        /// Whether the word names an event a day away (see ``ClaimMarkers/dayAwayWords``).
        var namesADayAway = false
        /// Whether the word is a number in words (ثلاثة، مليون).
        var isNumeral = false
        /// What happened to the people a count beside it counts (see ``CountedOutcome/word(_:)``).
        var countedOutcome: CountedOutcome?
        /// Whether the word expects (متوقعا، يرجح): a date after it is a projection.
        var isExpectation = false
        /// Whether it is a form of «عاد», which a return to work may follow (see ``ClaimMarkers/returnForms``).
        var isReturn = false
        /// Whether the word is a comment (التعليق، تعليقات), not a suspension.
        var isComment = false
        /// Whether the word is «وحده» or a form of it: what its clause counts is a part.
        var isAlone = false
        /// Whether the word is one of accordance (بحسب، وفق) before a statement's source.
        var isAccordance = false
        /// Whether the word is a form of كان that may open the pluperfect with قد.
        var opensPluperfect = false
        /// Whether the word tells that what follows came before (بعد، عقب، إثر; see
        /// ``ClaimMarkers/earlierEventMarkers``).
        var marksAnEarlierEvent = false
        /// Whether the word is a span of time or its measure (ساعات، يومين، أقل; see
        /// ``ClaimMarkers/spansOfTime``).
        var isSpanOfTime = false
        /// Whether the word refrains (امتنع، امتناع): the predicate after its «عن» is not done.
        var refrains = false
        /// Whether the word puts a thing in or leaves it out of a measure (see ``ScopeWords``).
        var scopePole: String?

        /// `key` with a feminine noun's ت before a possessive pronoun written as its ة (matching
        /// form ه): «سفارتها» states what «السفارة» does, «حكومته» what «الحكومة» does. The noun keeps
        /// three letters at least and no plural ات (قواتها، بيتها stay).
        static func taMarbutaRestored(_ key: String) -> String {
            let scalars = Array(key.unicodeScalars)
            for suffix in possessives where scalars.count >= suffix.count + 4 && scalars.suffix(suffix.count).elementsEqual(suffix) {
                let noun = scalars.dropLast(suffix.count)
                guard noun.last == "ت", noun.dropLast().last != "ا" else { return key }
                return String(String.UnicodeScalarView(noun.dropLast() + ["ه"]))
            }
            return key
        }

        /// Possessive pronouns, longest first (matching form).
        private static let possessives: [[Unicode.Scalar]] = ["هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه"].map { Array($0.unicodeScalars) }

        /// The stem without a preposition ل glued to a verbal noun that opens with alef: «لانطلاق»،
        /// «لاستقبال»، «لإغلاق» (لاغلاق at the matching level) state what «انطلاق»، «استقبال»، «إغلاق»
        /// do. The light stemmer keeps a lone ل; here the noun's shape (at least five letters, alef
        /// before the last, as in انفعال، افتعال، استفعال، إفعال) tells the preposition from a word that
        /// begins with لا (لاعبين، لاسلكي).
        static func withoutPrepositionBeforeVerbalNoun(_ stem: String) -> String {
            guard stem.startsWithBytes("لا") else { return stem }
            let letters = Array(stem.unicodeScalars)
            guard letters.count >= 6, letters[letters.count - 2] == "\u{0627}" else { return stem }
            return String(String.UnicodeScalarView(letters.dropFirst()))
        }

        /// The content stem of the word whose matching form is `key`, or `nil` for a function word.
        /// ``PredicateLexicon`` stems its words so too, so that a verb whose last alef carried a hamza
        /// (ستبدأ) reads the same in the lexicon and in a sentence.
        static func stem(ofKey key: String, stemmer: LightStemmer) -> String? {
            // A function word with a conjunction (وفي، فقد) stems to the function word.
            guard !Stopwords.contains(key) else { return nil }
            // The accusative's alef of indefinite nouns goes before stemming: «تسربا نفطيا» states
            // what «تسرب نفطي» does, «قتيلا» counts what «قتيل» does.
            let unmarked = key.scalarCount >= 5 && key.endsWithBytes("ا") && !key.endsWithBytes("اا")
                ? key.droppingLastScalar() : key
            var stem = SpellingVariants.folded(stemmer.stem(taMarbutaRestored(unmarked)))
            // A verb whose last letter (ى, ي at the matching level) the stemmer took for a suffix may
            // fall on a function word: «أنهى» and «وأنهى» are no «أنه»; the letter goes back.
            if Stopwords.contains(stem), key.endsWithBytes("ي"), !stem.endsWithBytes("ي") { stem += "ي" }
            return Stopwords.contains(stem) ? nil : withoutFeminineT(withoutLeadingAlefLam(withoutPrepositionBeforeVerbalNoun(stem)))
        }

        /// The stem without the alef and lam that still open it. The matching level writes «إلغاء»
        /// and «ألغت» with a bare alef, so the light stemmer takes their أل for the article and keeps
        /// غاء، while «الإلغاء» and «لإلغاء» keep الغاء after their article or preposition goes:
        /// dropping the letters wherever they are left makes every form of one word one stem
        /// (التزام and الالتزام alike).
        static func withoutLeadingAlefLam(_ stem: String) -> String {
            guard stem.startsWithBytes("ال"), stem.scalarCount >= 5 else { return stem }
            return String(String.UnicodeScalarView(stem.unicodeScalars.dropFirst(2)))
        }

        /// The stem without the ت of a verb's feminine past (أطلقت، أعلنت، قالت), which only agrees
        /// with the subject: «أطلقت الإمارات القمر» and «أُطلق القمر» state one act. The light stemmer
        /// keeps it, as nouns end in ت too; a noun of four letters or more that loses it here (توقيت)
        /// loses it in every statement alike, so the stems still compare.
        static func withoutFeminineT(_ stem: String) -> String {
            guard stem.endsWithBytes("ت"), !stem.endsWithBytes("ات"), stem.scalarCount >= 4 else { return stem }
            return stem.droppingLastScalar()
        }

        init(_ key: String, stemmer: LightStemmer) {
            isNegation = ClaimMarkers.negations.contains(key)
            negatesAVerb = ClaimMarkers.verbalNegations.contains(key)
            isDenial = ClaimMarkers.isDenial(key)
            isHedge = ClaimMarkers.hedges.contains(key)
            stem = Self.stem(ofKey: key, stemmer: stemmer)
            // «أفادت مصادر بوفاة أحد العمال»: a ب glued to a predicate or an outcome word (وفاة، إصابة)
            // is the preposition, which the light stemmer keeps. (Not in ``stem(ofKey:stemmer:)``,
            // which the predicate lexicon stems its own words with.)
            if key.startsWithBytes("ب"), key.scalarCount >= 5 {
                let rest = key.droppingScalars(1)
                if let inner = Self.stem(ofKey: rest, stemmer: stemmer),
                   PredicateLexicon.frame(ofStem: inner) != nil || CountedOutcome.word(rest) != nil {
                    stem = inner
                }
            }
            // Numbers in words (ثلاثة، مليون، المئة) are compared as numbers, not as content.
            isNumeral = ClaimExtractor.numerals.parse(key) != nil
            if isNumeral { stem = nil }
            countedOutcome = CountedOutcome.word(key)
            frame = PredicateLexicon.frame(ofWord: key) ?? stem.flatMap(PredicateLexicon.frame(ofStem:))
            if let imperfect = stem, let perfect = PredicateLexicon.perfectStem(ofStem: imperfect) { stem = perfect }
            directedTakesAla = DirectedPredicate.takesAla(key)
            (isMatchCue, mayTellAResult) = MatchScore.roles(of: key)
            mayEndNationwide = ClaimMarkers.nationwideEnds.contains(key)
            isExpectation = ClaimMarkers.expectations.contains(key)
            isReturn = ClaimMarkers.returnForms.contains(key)
            isComment = ClaimMarkers.commentWords.contains(key)
            isAlone = ClaimMarkers.alone.contains(key)
            isAccordance = ClaimMarkers.accordanceWords.contains(key)
            opensPluperfect = ClaimMarkers.pluperfectOpeners.contains(key)
            marksAnEarlierEvent = ClaimMarkers.earlierEventMarkers.contains(key)
            isSpanOfTime = ClaimMarkers.spansOfTime.contains(key)
            // «امتناعها»، «وامتنعت»: with a pronoun or a conjunction, by its stem.
            refrains = ClaimMarkers.refrainingWords.contains(key) || stem.map { ClaimMarkers.refrainingWords.contains($0) } == true
            isStillVerb = ClaimMarkers.stillVerbs.contains(key)
            isRemainingVerb = ClaimMarkers.remainingVerbs.contains(key)
            namesADayAway = ClaimMarkers.dayAwayWords.contains(key)
            scopePole = stem.flatMap(ScopeWords.pole(ofStem:))
            if stem != nil, EntityLexicons.mayBeANisba(key), !ClaimMarkers.financial.contains(key),
               let match = Gazetteer.match([key], at: 0), match.isAdjective, match.wordCount == 1 {
                nationality = match.country
            }
        }
    }

    /// The frames of a sentence, without an axis on which it holds both poles (it reports both
    /// sides, or contrasts them): such a sentence asserts neither.
    /// But the main verb that opens a verbal sentence asserts its pole over what the sentence tells
    /// of before («أُفرج اليوم عن فلان بعد أسبوع على اعتقاله» says he was released).
    static func unambiguous(_ frames: [PredicateFrame], leading: PredicateFrame? = nil) -> [PredicateFrame] {
        frames.filter { frame in
            frame == leading || !frames.contains { $0.axis == frame.axis && $0.pole != frame.pole } && leading?.axis != frame.axis
        }
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
