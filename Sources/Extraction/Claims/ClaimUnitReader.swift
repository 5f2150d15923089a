import ArabicText

/// Reads the clauses of one article into ``ClaimUnit``s for ``ClaimExtractor``, in text order: what
/// the claim rules ask of each distinct word is worked out once for the article, and the mentions,
/// counts and dates are walked alongside the clauses.
struct ClaimUnitReader {
    private let text: AnnotatedText
    private let annotations: ClaimExtractor.Annotations
    private let stemmer = LightStemmer()
    /// What the claim rules ask of each distinct word of the article, once known.
    private var facts: [ClaimExtractor.WordFacts?]
    /// The number of each distinct word's stem among the article's stems, or -1.
    private var stemOfWord: [Int]
    private var stemNumbers: WordIndex
    /// The last unit that took each stem, so that a unit lists a stem once.
    private var unitOfStem: [Int] = []
    /// How the last unit that took each stem used it: bits of ``speaks``, ``acts`` and ``tells``.
    private var roleOfStem: [UInt8] = []
    /// A stem read in the words of who speaks, of who acts, and elsewhere.
    private static let speaks: UInt8 = 1
    private static let acts: UInt8 = 2
    private static let tells: UInt8 = 4
    private var unitIndex = 0
    // The annotations in text order, and how far each has been walked.
    private let mentions: [Mention]
    private let quantities: [Quantity]
    private let dates: [(span: Range<Int>, value: String, text: String)]
    private var nextMention = 0
    private var nextQuantity = 0
    private var nextDate = 0
    /// The tokens of a formula that keeps a source unnamed («طلب عدم الكشف عن اسمه»): no content.
    private let unnamed: [Bool]
    /// The tokens of counts and the token right before each («مقتل 31»).
    private let counting: [Bool]
    /// The tokens of time expressions: their words are compared as dates, not as content stems
    /// («اليوم»، «الأحد المقبل» would pair statements by the day they name).
    private let dating: [Bool]
    /// For each token, whether it lies in an entity mention.
    private let naming: [Bool]
    /// For each token, whether a quotation starts with it.
    private let quoteStarts: [Bool]
    /// For each token, whether it tells who speaks (see ``ClaimExtractor/speakerWords(_:dating:quoted:in:)``).
    private let speaking: [Bool]
    /// For each token, whether it names who acts (see ``ClaimExtractor/actorWords(_:in:)``).
    private let acting: [Bool]

    init(text: AnnotatedText, annotations: ClaimExtractor.Annotations) {
        self.text = text
        self.annotations = annotations
        facts = Array(repeating: nil, count: text.vocabulary.count)
        stemOfWord = Array(repeating: -1, count: text.vocabulary.count)
        stemNumbers = WordIndex(capacity: text.tokens.count / 2 + 16)
        mentions = annotations.mentions.sorted { $0.span.lowerBound < $1.span.lowerBound }
        quantities = annotations.quantities.sorted { $0.span.lowerBound < $1.span.lowerBound }
        dates = annotations.dates.sorted { $0.span.lowerBound < $1.span.lowerBound }
        unnamed = AnonymityFormula.tokens(in: text)
        counting = ClaimExtractor.countWords(annotations.quantities, in: text)
        dating = ClaimExtractor.tokens(of: annotations.dates.map(\.span), in: text)
        naming = ClaimExtractor.tokens(of: annotations.mentions.map(\.span), in: text)
        var quoteStarts = [Bool](repeating: false, count: text.tokens.count)
        for quote in annotations.quotes {
            if let first = text.tokens(within: quote.span)?.lowerBound { quoteStarts[first] = true }
        }
        self.quoteStarts = quoteStarts
        speaking = ClaimExtractor.speakerWords(
            annotations.mentions, dating: dating, quoted: ClaimExtractor.tokens(of: annotations.quotes.map(\.span), in: text), in: text)
        acting = ClaimExtractor.actorWords(annotations.mentions, in: text)
    }

    /// The unit of the clause whose tokens are `clause` and whose scalar span is `span`, or `nil`
    /// when it has fewer content stems than a claim needs. Clauses must come in text order.
    mutating func unit(of clause: Range<Int>, span: Range<Int>) -> ClaimUnit? {
        unitIndex += 1
        var stems: [String] = []
        // The number of each stem of ``stems`` among the article's stems.
        var stemNumbers: [Int] = []
        var negated = false
        // Whether a negation or denial is waiting for the predicate it turns.
        var turning = false
        var denial = false
        var hedged = false
        var speaksOfAMatch = false
        var hasMatchCue = false
        // Words of time expressions: no stems, but they count towards a statement's length.
        var dateWords = 0
        var previous = ""
        var frames: [PredicateFrame] = []
        var negatedStems: [String] = []
        var negatingNext = false
        var countries: Set<String> = []
        // What a denial denies: the stems after «صحة، وجود، ما، أن» once a denial was read.
        var deniedStems: [String] = []
        var inDeniedObject = false
        var dayAway = false
        var deniedObjectEnded = false
        // The denial verb whose object has no opener, and so starts after its subject.
        var objectAfter: Int?
        // Whether the denial denies that something exists or happened («نفى وجود أي طعون»).
        var deniesExistence = false
        // Whether the statement speaks of the whole country («على المستوى الوطني»).
        var nationwide = false
        // The token of the first win or loss («فاز، خسر»), whose party follows it.
        var outcomeWord: Int?
        // The frame of the clause's first content word: the main verb of a verbal sentence.
        var leadingFrame: PredicateFrame?
        // «وكانت السلطات قد أغلقت الطريق منذ الخميس»: the pluperfect tells what was so before the
        // news, which the news may have changed; its predicates are set against no one's.
        let tellsTheBackground = isPluperfect(clause)
        // «لا يزال الطريق مغلقا»: the predicate after "still" is what the clause asserts, whatever
        // else it tells of («مع استمرار أعمال الإزالة»).
        var afterStill = false
        // Whether a predicate is asserted after "still" («لا يزال مغلقا»), and whether the clause tells
        // that something resumed or reopened («استؤنفت الخدمة»، «أعيد فتح الطريق»).
        var holdsStill = false
        var resumes = false
        // «متوقعا استئناف الحركة يوم الجمعة»: a date after an expectation is a projection, not the day
        // something happened.
        var expecting = false
        var projectsADate = false
        var datesAStart = false
        var sport: String?
        // «عُلّق العمل لساعات قبل أن يستأنف»: the predicate after «قبل أن» is what followed, and so
        // the state the clause ends on.
        var followsBefore = false
        // Whether the words since «بعد»، «عقب» or «إثر» are a span of time («بعد ساعات من»).
        var earlierSpan = false
        // A word of refraining read, and then its «عن»: the next predicate is not done.
        var refraining = false
        var refrainedFrom = false
        // «أعيد فتح الشواطئ بعد إغلاقها يومين»: a predicate right after «بعد، عقب، إثر» tells what
        // came before the clause's own, which it leaves standing where they oppose each other.
        var earlierFrames: [PredicateFrame] = []
        // Whether a closing was read off a verb that also arrests («أوقفت الشرطة شخصين»), and whether
        // a person follows that verb as its object («أوقفت الشرطة سائق الحافلة»).
        var closedByAnArrestWord = false
        var arrestsAPerson = false
        // The pole of the first word of scope, after any negation, and its place among the stems.
        var scopePole: String?
        var scopeAt: Int?
        var scopeMixed = false
        // Whether a word of the clause names what befell people (وفاة، إصابة): only then may a victim
        // be counted without a number.
        var namesAnOutcome = false
        for tokenIndex in clause {
            let token = text.tokens[tokenIndex]
            // A comma, a colon or a quotation mark ends the denied object: «نفى صحة الحديث عن موعد
            // قريب لإعادة افتتاح السفارة، وقال إن …».
            // What follows states the denier's own account, not what is denied: «…»، مؤكدا أن الإمدادات
            // مستمرة» says they go on.
            if inDeniedObject, !deniedStems.isEmpty, token.kind == .punctuation || token.kind == .symbol, ClaimMarkers.endsADeniedObject(token.surface) {
                inDeniedObject = false
                deniedObjectEnded = true
                turning = false
            }
            guard token.isWord || token.kind == .latin, !unnamed[tokenIndex] else { continue }
            let key = token.key
            let word = facts(ofWord: text.wordOfToken[tokenIndex], token: token)
            if word.isExpectation { expecting = true }
            if word.mayTellAResult {
                speaksOfAMatch = true
                if word.isMatchCue { hasMatchCue = true }
            }
            if ClaimMarkers.isDenialPhrase(previous, key) {
                denial = true
                negated = true
                turning = true
                // «قالت الوزارة إن الأنباء عن رفع التعرفة عارية عن الصحة»: a denial that closes its
                // clause denies the words between the clause's opener and itself.
                if deniedStems.isEmpty, !inDeniedObject {
                    deniedStems = stemsDenied(before: tokenIndex - 1, in: clause)
                    deniedObjectEnded = !deniedStems.isEmpty
                    // Its predicate, read before the denial, is turned now («إن الحديث عن تعليق
                    // الإضراب سابق لأوانه» says the strike goes on), and what follows the denial
                    // («مؤكدا أن الإضراب مستمر») is the denier's own account, not denied.
                    if deniedObjectEnded {
                        Self.turn(&frames, deniedBy: deniedStems)
                        if let leading = leadingFrame, frames.contains(leading.opposite) { leadingFrame = leading.opposite }
                        turning = false
                    }
                }
            }
            if !nationwide, word.mayEndNationwide, ClaimMarkers.nationwide.contains(previous + " " + key) { nationwide = true }
            let before = previous
            previous = key
            // «بعد ساعات من الإغلاق»، «عقب يومين على اعتقاله»: past a span of time after «بعد», the
            // verbal noun after «من» or «على» tells what came before too.
            let afterEarlierSpan = earlierSpan && (before.sameBytes("من") || before.sameBytes("علي"))
            earlierSpan = word.marksAnEarlierEvent || earlierSpan && (word.isSpanOfTime || word.isNumeral || key.sameBytes("من") || key.sameBytes("علي"))
            if word.refrains { refraining = true }
            if refraining, key.sameBytes("عن") { refrainedFrom = true }
            // «لم يحضر الجلسة التي انعقدت الاثنين»: a relative clause after a negated verb is
            // asserted, not negated.
            if turning, !denial, ClaimMarkers.relativePronouns.contains(key) { turning = false }
            // «لا يزال»، «لا تزال» say "still": they negate nothing; nor does «وليس» before a date,
            // which corrects the date (see ``correctedDates``), or before a number («37 منطقة وليس
            // 24»), which corrects the count.
            let next = tokenIndex + 1
            let still = next < clause.upperBound && (word.isNegation || word.negatesAVerb)
                && (text.tokens[next].isWord && facts(ofWord: text.wordOfToken[next], token: text.tokens[next]).isStillVerb
                    || word.isNegation && (dating[next] || text.tokens[next].kind == .number
                        // «رسم شهري لا يتجاوز دينارا»: a bound of a count negates nothing.
                        || CountBound.boundsACount(negationAt: tokenIndex, in: text)))
            let afterNegation = negatingNext
            // The word after «لم، لن، لا» is the predicate the statement denies; after «يتم، يجر»
            // («لم يتم توقيفه») it is the verbal noun they carry.
            // «لا صحة»، «لا أساس» deny what follows; «صحة» is no predicate negated.
            if negatingNext, !word.negatesAVerb, !ClaimMarkers.carryingVerbs.contains(key) {
                if let stem = word.stem, !ClaimMarkers.isDenialPhrase(before, key) { negatedStems.append(stem) }
                negatingNext = false
            }
            if word.negatesAVerb, !still { negatingNext = true }
            // «بلغ مستوى غير صحي»، «شباك غير مرخصة»: «غير» before a word that is no predicate makes an
            // adjective, not a negated statement; before one («غير مفتوح») it negates that state.
            let makesAnAdjective = key.sameBytes("غير")
                && !(next < clause.upperBound && text.tokens[next].isWord && facts(ofWord: text.wordOfToken[next], token: text.tokens[next]).frame != nil)
            if word.isNegation, !still, !makesAnAdjective {
                negated = true
                turning = true
            }
            if word.isDenial {
                if afterNegation {
                    // «لم يستبعد»، «لا ينفي»: a denial negated leaves the thing possible; it neither
                    // denies nor negates.
                    negated = false
                    turning = false
                    hedged = true
                    if !negatedStems.isEmpty { negatedStems.removeLast() }
                } else {
                    denial = true
                    negated = true
                    turning = true
                    // «نفت وزارة التربية تسريب الأسئلة»: with no «صحة، وجود، ما، أن» after it, what
                    // the verb denies is its object, after the subject.
                    if !(tokenIndex + 1..<clause.upperBound).contains(where: { opensADeniedObject($0) }) {
                        // «نفى مسؤول في البنك، طلب عدم ذكر اسمه، إحالة …»: where the quotation
                        // finder read what the verb denies, the object starts there, past the subject.
                        // A quotation after another verb of saying («مؤكدة أن …») is the denier's own account.
                        let quoted = (tokenIndex + 1..<clause.upperBound).first { quoteStarts[$0] || text.tokens[$0].reportingForm != nil }
                        objectAfter = quoted.flatMap { quoteStarts[$0] ? $0 - 1 : nil } ?? tokenIndex
                    }
                }
            }
            if let verb = objectAfter, tokenIndex > verb, !inDeniedObject, !deniedObjectEnded, !naming[tokenIndex], word.stem != nil,
               !dating[tokenIndex] {
                inDeniedObject = true
            }
            if word.isStillVerb, ClaimMarkers.saysStill(key, after: before) { afterStill = true }
            // «يبقى الجسر مغلقا»، «ظلت المدارس مغلقة»، «ظلت الطريق الدولية رقم 3 مغلقة»: a verb of
            // remaining before a state says "still" too, and is no predicate of its own; «في ظل
            // الإغلاق» is "amid", no verb.
            let remains = word.isRemainingVerb && !before.sameBytes("في") && statusFollows(tokenIndex, in: clause)
            if remains { afterStill = true }
            if key.sameBytes("ان"), before.sameBytes("قبل") { followsBefore = true }
            // «لم يعثر عليه بعد»: a negation with «بعد» (yet) closing its clause says the other
            // pole still holds.
            if negated, !denial, key.sameBytes("بعد"), next >= clause.upperBound || !text.tokens[next].isWord, !frames.isEmpty {
                holdsStill = true
            }
            if word.isHedge { hedged = true }
            if sport == nil { sport = ClaimMarkers.sport(named: key, after: before) }
            if !datesAStart, next + 1 < clause.upperBound, dating[next + 1], text.tokens[next].key.sameBytes("من"),
               ClaimMarkers.startingFromWords.contains(key) {
                datesAStart = true
            }
            if let country = word.nationality { countries.insert(country) }
            if word.namesADayAway { dayAway = true }
            // «… جراء العطل الذي أصاب النظام»: the cause of what is denied is not denied with it;
            // «… في نتائج الانتخابات التي جرت يوم الأحد»: nor is what a relative clause tells of it.
            if inDeniedObject, !deniedStems.isEmpty, ClaimMarkers.givesACause(key) || ClaimMarkers.relativePronouns.contains(key) {
                inDeniedObject = false
                deniedObjectEnded = true
            }
            if denial, !inDeniedObject, !deniedObjectEnded, ClaimMarkers.opensDeniedObject(key) {
                inDeniedObject = true
                deniesExistence = ClaimMarkers.existenceOpeners.contains(key)
                continue
            }
            if word.countedOutcome != nil { namesAnOutcome = true }
            guard let stem = word.stem else { continue }
            if inDeniedObject, !ClaimMarkers.isDenialFiller(key), !deniedStems.contains(stem), !dating[tokenIndex] { deniedStems.append(stem) }
            let stemNumber = stemOfWord[text.wordOfToken[tokenIndex]]
            if dating[tokenIndex] {
                if stemNumber >= 0 { dateWords += 1 }
                if expecting { projectsADate = true }
            } else if stemNumber >= 0 {
                if unitOfStem[stemNumber] != unitIndex {
                    unitOfStem[stemNumber] = unitIndex
                    roleOfStem[stemNumber] = 0
                    stems.append(stem)
                    stemNumbers.append(stemNumber)
                }
                roleOfStem[stemNumber] |= speaking[tokenIndex] ? Self.speaks : acting[tokenIndex] ? Self.acts : Self.tells
            }
            // «مستثناة من القرار»، «لا يشمل الأدوية»: what a measure covers, turned by a negation
            // before it, with the thing it covers (see ``ClaimUnit/scopePole``).
            if let pole = word.scopePole, let at = stems.lastIndex(of: stem) {
                let turned = turning ? ScopeWords.opposite(of: pole) : pole
                // «يشمل المدارس الحكومية ولا يشمل الخاصة»: a statement that draws the line both ways
                // sets nothing against another.
                if let earlier = scopePole, earlier != turned { scopeMixed = true }
                if scopePole == nil {
                    scopePole = turned
                    scopeAt = at
                }
            }
            // A predicate after a negation or a denial asserts its opposite: «ننفي … بقاء القوات»
            // says they leave. A negated stage keeps the negation to itself: «لم ينته الانسحاب»
            // says the withdrawal goes on, not that the forces stay.
            // «لم يصدر أي تعليق على توقف الرافعات»: a negation turns the comment it is about, which is
            // no predicate, and not the stop the comment would be on.
            let comments = (word.frame != nil || turning)
                && (word.isComment || ClaimMarkers.isCommentOrContact(key, before: before, next: next < clause.upperBound ? text.tokens[next].key : "")
                    || opensWithoutOpening(at: tokenIndex, in: clause, frame: word.frame))
            if comments { turning = turning && denial }
            // «عادت المحطة إلى العمل»: a return to work or to normal is a resumption.
            let returns = word.isReturn && word.frame == nil && Self.returnsToService(at: tokenIndex, in: clause, of: text)
                || word.frame == nil && ClaimMarkers.restoresASupply(at: tokenIndex, from: clause.lowerBound, in: text)
            // «انطلاقا من سد المسيرة»، «بدءا من الأحد»: a verbal noun of beginning in the accusative
            // before «من» says "from", not that anything begins.
            let saysFrom = word.frame?.axis == "phase" && key.endsWithBytes("ا") && next < clause.upperBound && text.tokens[next].key.sameBytes("من")
            // «في انتظار استكمال التحقيق»، «إلى حين انتهاء الأشغال»: what is awaited has not happened.
            let awaited = word.frame != nil && ClaimMarkers.awaitingWords.contains(before)
            // «امتناع المصارف عن قبول الأوراق»، «امتنعت الشركة عن صرف الرواتب»: what one refrains
            // from is not done.
            // Only a predicate of the lexicon is negated so, or what a denial denies: «امتنع خمسة نواب
            // عن التصويت» says nothing against the vote's result.
            let refrained = refrainedFrom && !key.sameBytes("عن")
            if refrained {
                refraining = false
                refrainedFrom = false
                if word.frame != nil || inDeniedObject { negatedStems.append(stem) }
            }
            // «لا يزال فارا»، «ما زال مطلوبا»: one still at large is still out of custody.
            let atLarge = afterStill && word.frame == nil && ClaimMarkers.atLargeWords.contains(key)
            // «الإفراج عن الموقوفين»، «أهالي المعتقلين»: the detained named as such are people, not a state.
            let namesTheDetained = word.frame?.axis == "custody" && token.hasArticle && (key.endsWithBytes("ين") || key.endsWithBytes("ون"))
            if var frame = word.frame ?? (returns ? PredicateFrame(axis: "status", pole: "open") : atLarge ? PredicateFrame(axis: "custody", pole: "released") : nil),
               !tellsTheBackground, !comments, !remains, !saysFrom, !awaited, !namesTheDetained {
                if refrained, !frame.isStage {
                    guard PredicateLexicon.negationIsOpposite(frame.axis) else { continue }
                    frame = PredicateLexicon.opposite(of: frame)
                }
                if frame.isStage {
                    turning = false
                } else if counting[tokenIndex] {
                    // «نفى … الأنباء عن 31 قتيلا»، «نفى مقتل 31»: a denied count disputes the
                    // number, not that anyone died.
                } else if turning {
                    // A denied arrest is no release: such a predicate is dropped, not turned.
                    guard PredicateLexicon.negationIsOpposite(frame.axis) else { continue }
                    // «تتواصل عمليات البحث دون العثور عليه»: what goes on without finding leaves the
                    // thing missing still.
                    if frame.axis == "recovery", ClaimMarkers.withoutWords.contains(before) { holdsStill = true }
                    frame = PredicateLexicon.opposite(of: frame)
                }
                // A win after «بعد» is how the clause's result came («توج باللقب بعد فوزه على …»): it
                // stays the clause's own.
                if ClaimMarkers.earlierEventMarkers.contains(before) || afterEarlierSpan, !afterStill, frame.axis != "outcome" {
                    if !earlierFrames.contains(frame) { earlierFrames.append(frame) }
                    followsBefore = false
                    continue
                }
                if stems.count == 1 || afterStill && leadingFrame == nil || followsBefore { leadingFrame = frame }
                followsBefore = false
                if afterStill { holdsStill = true }
                if frame.axis == "status", frame.pole == "open", returns || ClaimMarkers.isResumption(key, before: before) { resumes = true }
                afterStill = false
                if frame.axis == "outcome", outcomeWord == nil { outcomeWord = tokenIndex }
                if frame.axis == "status", frame.pole == "close", word.countedOutcome == .detained {
                    closedByAnArrestWord = true
                    // «أوقفت الأجهزة الأمنية مالك المعمل»: a person after the verb is arrested too.
                    if Self.personFollows(tokenIndex, in: clause, of: text) { arrestsAPerson = true }
                }
                if !frames.contains(frame) { frames.append(frame) }
            }
        }
        for frame in earlierFrames where !frames.contains(frame) && !frames.contains(frame.opposite) { frames.append(frame) }
        let unitMentions = ClaimExtractor.items(mentions, from: &nextMention, within: span, span: \.span)
        let unitQuantities = ClaimExtractor.items(quantities, from: &nextQuantity, within: span, span: \.span)
        // «تهدف إلى خفض الأسعار قبل عيد الأضحى»: a date after «قبل» or «بعد» bounds the event and is
        // not its day.
        let allInSpan = ClaimExtractor.items(dates, from: &nextDate, within: span, span: \.span)
        let sides = allInSpan.map { bound(of: $0.span) }
        let inSpan = zip(allInSpan, sides).filter { $0.1 == nil }.map(\.0)
        let bounds = zip(allInSpan, sides).compactMap { date, side in side.map { $0 + date.value } }
        let setAside = inSpan.map { correctsADate($0.span) }
        let corrected = zip(inSpan, setAside).filter(\.1).map(\.0)
        let kept = zip(inSpan, setAside).filter { !$0.1 }.map(\.0)
        let ofTheSaying = kept.map { datesTheSaying($0.span) }
        let said = zip(kept, ofTheSaying).filter(\.1).map(\.0)
        let dated = zip(kept, ofTheSaying).filter { !$0.1 }.map(\.0)
        let occurrence = datedOccurrence(dated, in: clause)
        // Counts and dates are compared as such, not as stems, but they make a statement as words do.
        guard stems.count + dateWords + unitQuantities.count >= ClaimExtractor.minimumStems, !stems.isEmpty else { return nil }
        let entities = unitMentions.map(\.entity)
        let places = Array(Set(entities.filter(annotations.settlements.contains))).sorted()
        var numbers = unitQuantities.map { ClaimExtractor.number($0, in: text, stemmer: stemmer) }
        if negated {
            numbers += ClaimExtractor.noneCounted(in: clause, of: text)
        } else if namesAnOutcome {
            numbers += ClaimExtractor.oneCounted(in: clause, of: text, besides: numbers)
        }
        // «بلغ 31 عاملا وليس 19»: the figure set aside counts what the figure before it counts.
        for index in numbers.indices.dropFirst() where numbers[index].isSetAside && numbers[index].unit == nil {
            numbers[index].unit = numbers[index - 1].unit
            numbers[index].outcome = numbers[index].outcome ?? numbers[index - 1].outcome
        }
        // «أوقفت الشرطة شخصين»: the verb that stops things arrests the people it counts.
        let closing = PredicateFrame(axis: "status", pole: "close")
        if closedByAnArrestWord, arrestsAPerson || numbers.contains(where: { $0.outcome == .detained }), let index = frames.firstIndex(of: closing) {
            let detained = PredicateFrame(axis: "custody", pole: "detained")
            if frames.contains(detained) { frames.remove(at: index) } else { frames[index] = detained }
            if leadingFrame == closing { leadingFrame = detained }
        }
        // «في المنطقة الشرقية وحدها»: what the clause counts is a part of the whole, «alone».
        if clause.contains(where: { text.claimFacts(ofToken: $0)?.isAlone == true }) {
            for index in numbers.indices { numbers[index].isPart = true }
        }
        let speaker = annotations.quotes.first { $0.span.overlaps(span) }?.speaker
        var unit = ClaimUnit(
            span: span, text: text.slice(span), stems: stems, entities: Array(Set(entities)).sorted(), places: places,
            numbers: numbers, dates: dated.map(\.value), dateExpressions: dated.map(\.text),
            frames: ClaimExtractor.unambiguous(frames, leading: leadingFrame), isNegated: negated, negatedStems: negatedStems,
            isDenial: denial, isHedged: hedged, speaker: speaker)
        unit.sayingDates = said.map(\.value)
        unit.boundDates = bounds
        unit.sayingDateExpressions = said.map(\.text)
        unit.doerAndTarget = DirectedPredicate.doerAndTarget(in: clause, mentions: unitMentions, of: text)
        unit.outcomeParty = outcomeWord.flatMap { party(ofOutcomeAt: $0, in: clause, span: span, mentions: unitMentions) }
        for entity in entities { if let country = annotations.countryOfEntity[entity] { countries.insert(country) } }
        unit.countries = countries.sorted()
        unit.deniedStems = deniedStems
        // Who acts is said apart from what is done, unless the act sets two parties against each other
        // (فاز الوداد على الرجاء): then the parties are what is said.
        let attributing = unit.doerAndTarget.isEmpty && !frames.contains(where: { $0.axis == "outcome" }) ? Self.speaks | Self.acts : Self.speaks
        unit.attributionStems = zip(stems, stemNumbers).filter { _, number in
            roleOfStem[number] & Self.tells == 0 && roleOfStem[number] & attributing != 0
        }.map(\.0)
        unit.speakerStems = zip(stems, stemNumbers).filter { _, number in roleOfStem[number] == Self.speaks }.map(\.0)
        unit.deniesExistence = deniesExistence
        unit.correctedDates = corrected.map(\.value)
        unit.isNationwide = nationwide
        unit.holdsStill = holdsStill
        unit.projectsADate = projectsADate
        unit.datesAStart = datesAStart
        unit.sport = sport
        unit.occurrenceKind = occurrence?.kind
        unit.occurrenceDays = occurrence?.days ?? []
        if !scopeMixed {
            unit.scopePole = scopePole
            unit.scopeThings = scopeAt.map { Self.scopeThings(at: $0, in: stems) } ?? []
        }
        unit.resumes = resumes
        unit.measureAt = stems.indices.filter { ClaimMarkers.measureHeads.contains(stems[$0]) }
        // A loop, not compactMap: a closure that calls a method here would copy the reader.
        for mention in unitMentions {
            if let place = headedPlace(mention) { unit.headedPlaces.append(place) }
        }
        unit.countsSinceADate = annotations.periods.contains { span.contains($0.lowerBound) }
        unit.namesAnEventADayAway = dayAway
        if speaksOfAMatch { unit.scores = MatchScore.scores(in: clause, of: text, speaksOfAMatch: hasMatchCue) }
        return unit
    }

    /// Whether the clause opens with the pluperfect: a form of كان and, within a few words, قد.
    private func isPluperfect(_ clause: Range<Int>) -> Bool {
        guard let first = clause.first(where: { text.tokens[$0].isWord }), text.claimFacts(ofToken: first)?.opensPluperfect == true
        else { return false }
        return (first + 1..<min(first + 6, clause.upperBound)).contains { text.tokens[$0].isWord && text.tokens[$0].key.sameBytes("قد") }
    }

    /// The party a win or a loss at token `word` is said of: the entity within a few words after
    /// the verb («خسر فريق نادي سمائل»), not the opponent after على or أمام; for a noun with a
    /// pronoun («حقق الثمامة اللقب بعد فوزه على …») the clause's first party.
    private func party(ofOutcomeAt word: Int, in clause: Range<Int>, span: Range<Int>, mentions: [Mention]) -> String? {
        if text.tokens[word].key.endsWithBytes("ه") {
            let before = text.tokens[word].span.lowerBound
            return mentions.first { $0.span.lowerBound >= span.lowerBound && $0.span.upperBound <= before }?.entity
        }
        let after = text.tokens[word].span.upperBound
        let reach = text.tokens[min(word + 4, clause.upperBound - 1)].span.upperBound
        guard let party = mentions.first(where: { $0.span.lowerBound >= after && $0.span.lowerBound <= reach }),
              let first = text.token(containing: party.span.lowerBound), first > 0,
              !ClaimMarkers.opponentMarkers.contains(text.tokens[first - 1].key)
        else { return nil }
        return party.entity
    }

    /// `head|entity` for a mention right after a place head («ولاية صحار»), where places named after
    /// the same head are places of one level, and `facility|entity` for a facility named with its head
    /// («مطار حلب الدولي»، «مرفأ طرابلس»، «معبر نصيب»): two statements about different facilities are
    /// two facts, whatever else they share. `nil` for any other mention.
    private func headedPlace(_ mention: Mention) -> String? {
        if let first = text.token(containing: mention.span.lowerBound), text.tokens[first].isWord,
           let (type, proclitic) = EntityRecognizer.facilityHead(text.tokens[first].key), type == .location, proclitic == 0 {
            return "facility|" + mention.entity
        }
        guard let first = text.token(containing: mention.span.lowerBound), first > 0, text.tokens[first - 1].isWord,
              let length = EntityLexicons.placeHeads.procliticLength(of: text.tokens[first - 1].key)
        else { return nil }
        return text.tokens[first - 1].key.droppingScalars(length) + "|" + mention.entity
    }

    /// Whether the word at `index`, whose predicate is `frame`, opens (or resumes) an inquiry, a
    /// file or fire a few words on: «فتحت الشرطة الإسبانية تحقيقا» opens nothing that was closed.
    private func opensWithoutOpening(at index: Int, in clause: Range<Int>, frame: PredicateFrame?) -> Bool {
        guard let frame, frame.axis == "status", frame.pole == "open" else { return false }
        return (index + 1..<min(clause.upperBound, index + 5)).contains { ClaimMarkers.openedThings.contains(text.tokens[$0].key) }
    }

    /// Whether a return to work, to service or to normal follows the form of «عاد» at `index` (see
    /// ``ClaimExtractor/WordFacts/isReturn``) within a few words of `clause`, before any mark: «عادت
    /// الحركة إلى طبيعتها»، «لتعود مجموعات التوليد إلى العمل».
    private static func returnsToService(at index: Int, in clause: Range<Int>, of text: AnnotatedText) -> Bool {
        let reach = min(clause.upperBound, index + 9)
        for next in (index + 1)..<reach {
            guard text.tokens[next].isWord else { return false }
            let key = text.tokens[next].key
            if key.startsWithBytes("لل"), ClaimMarkers.serviceWords.contains("ا" + key.droppingScalars(1)) { return true }
            if key.sameBytes("الي"), next + 1 < reach, ClaimMarkers.serviceWords.contains(text.tokens[next + 1].key) { return true }
        }
        return false
    }

    /// `frames` with each predicate of `denied` turned to its other pole, where a denial turns it
    /// (see ``PredicateLexicon/negationIsOpposite(_:)``); stages keep theirs.
    private static func turn(_ frames: inout [PredicateFrame], deniedBy denied: [String]) {
        for stem in denied {
            guard let frame = PredicateLexicon.frame(ofStem: stem), !frame.isStage, PredicateLexicon.negationIsOpposite(frame.axis),
                  let index = frames.firstIndex(of: frame)
            else { continue }
            if frames.contains(frame.opposite) { frames.remove(at: index) } else { frames[index] = frame.opposite }
        }
    }

    /// Whether the token at `index` opens what a denial denies («نفت صحة …»، «نفى أي علاقة»). «أي»
    /// right after a predicate is inside the object that predicate opened («نفت تعليق أي من رحلاتها»),
    /// and «أن» after a reporting word opens the denier's own account («نفت إغلاق الطريق، مؤكدة أن
    /// الحركة طبيعية»).
    private mutating func opensADeniedObject(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.isWord, ClaimMarkers.opensDeniedObject(token.key) else { return false }
        guard index > 0, text.tokens[index - 1].isWord else { return true }
        let before = text.tokens[index - 1]
        if token.key.sameBytes("ان"), before.reportingForm != nil { return false }
        guard token.key.sameBytes("اي") else { return true }
        return facts(ofWord: text.wordOfToken[index - 1], token: before).frame == nil
    }

    /// The stems a denial that closes its clause denies: the words between the clause's last «أن، إن»
    /// («قال إن الأنباء عن … عارية عن الصحة») and the denial at `end`, or the object of a verb that
    /// describes them as untrue («وصفت الوزارة الأنباء عن … بأنها مجانبة للصواب»), its subject left
    /// out; without the words of the rumour («الأنباء عن») and of dates, and up to a cause given for
    /// the thing («جراء، بسبب»).
    private mutating func stemsDenied(before end: Int, in clause: Range<Int>) -> [String] {
        let words: Range<Int>
        // Who describes is named right after the verb: names are not what is described.
        var skipsNames = false
        if let opener = (clause.lowerBound..<end).last(where: { text.tokens[$0].opensAReportedClause }) {
            words = (opener + 1)..<end
        } else if let verb = (clause.lowerBound..<end).last(where: { ClaimMarkers.describes(text.tokens[$0].key) }),
                  let describedAs = (verb + 1..<end).last(where: { ClaimMarkers.describesAs(text.tokens[$0].key) }) {
            words = (verb + 1)..<describedAs
            skipsNames = true
        } else {
            return []
        }
        var stems: [String] = []
        for index in words where text.tokens[index].isWord && !dating[index] && !(skipsNames && naming[index])
            && !ClaimMarkers.isDenialFiller(text.tokens[index].key) {
            if !stems.isEmpty, ClaimMarkers.givesACause(text.tokens[index].key) { break }
            guard let stem = facts(ofWord: text.wordOfToken[index], token: text.tokens[index]).stem, !stems.contains(stem) else { continue }
            stems.append(stem)
        }
        return stems
    }

    /// Whether the date at the scalar span `span` tells when something was said, not when what is
    /// said happened: it stands after a reporting verb (and its subject), with at most a comma
    /// before the clause the verb reports («قال الوزير، يوم الأحد، إن …»، «قال الوزير أمس
    /// إن …») or between commas before what was disclosed or denied («كشف المصدر، أمس، عن …»، «نفت
    /// الوزارة، أمس، وجود …»), or the verb gives the source of the sentence («… حسبما ذكرته الوكالة
    /// أمس»).
    private func datesTheSaying(_ span: Range<Int>) -> Bool {
        guard let first = text.token(containing: span.lowerBound), let last = text.token(containing: max(span.lowerBound, span.upperBound - 1))
        else { return false }
        var next = last + 1
        while next < text.tokens.count, text.tokens[next].isComma { next += 1 }
        let opensTheReport = next < text.tokens.count && text.tokens[next].opensAReportedClause
        // «أفاد مصدر، اليوم الأربعاء، بمصرع خمسة»: «أفاد» reports what follows ب as others report
        // what follows «أن».
        let opensWhatIsReported = next < text.tokens.count && text.tokens[next].isWord && text.tokens[next].key.startsWithBytes("ب")
        // «كشف مصدر في الوزارة، اليوم الأحد، عن تفاصيل …»، «نفت الوزارة، أمس الاثنين، وجود …»: a date
        // set between commas after the verb's subject, before what was disclosed or denied, dates the
        // verb's act.
        var opening = first - 1
        if opening > 0, text.tokens[opening].key.sameBytes("يوم") || text.tokens[opening].key.sameBytes("في") { opening -= 1 }
        let betweenCommas = opening >= 0 && text.tokens[opening].isComma && next > last + 1 && next < text.tokens.count
        let beforeWhatWasDisclosed = betweenCommas && text.tokens[next].key.sameBytes("عن")
        let sentence = text.sentenceOfToken[first]
        var index = first - 1
        while index >= 0, first - index <= Self.sayingReach, text.sentenceOfToken[index] == sentence {
            let token = text.tokens[index]
            let givesTheSource = index > 0 && Self.sourceOpeners.contains(text.tokens[index - 1].key)
            if token.reportingForm != nil || givesTheSource && Self.reportsWithAPronoun(token) {
                return givesTheSource
                    || token.reportsSpeech && (opensTheReport || beforeWhatWasDisclosed || betweenCommas && ClaimMarkers.isDenial(token.key)
                        || opensWhatIsReported && token.reportingForm?.lemma == "افاد")
            }
            // A clause of its own in between: the date is that clause's.
            if token.opensAReportedClause || token.isPunctuation(".") || token.isPunctuation("؛") { return false }
            index -= 1
        }
        return false
    }

    /// Whether `token` is a finite reporting verb with the pronoun of what it reported after «ما»
    /// («أعلنه»، «ذكرته»).
    private static func reportsWithAPronoun(_ token: WordToken) -> Bool {
        guard token.isWord, token.key.endsWithBytes("ه"), token.key.scalarCount >= 4 else { return false }
        return ReportingVerbs.form(of: token.key.droppingLastScalar()).map { !$0.isParticiple } ?? false
    }

    /// Words before a reporting verb that make it the source of the sentence: «بحسب ما أعلنه»،
    /// «حسبما ذكرت»، «كما أفادت»، «وفق ما صرح به» (matching form).
    private static let sourceOpeners = WordIndex(["ما", "حسبما", "كما", "مثلما", "وكما"])

    /// The most tokens between a reporting verb and the date of the saying after it: the verb's
    /// subject with its titles («أعلن رئيس الاتحاد الأردني لكرة القدم الأمير …، اليوم»).
    private static let sayingReach = 12

    /// «<» where the date at the scalar span `span` follows «قبل» or «قبيل» as a word of its own,
    /// «>» where it follows «بعد» or «بعيد» (not «قبل يومين», which is a day itself, nor «بعد ظهر
    /// اليوم»، «قبل منتصف الليل», which tell the time of day); `nil` for any other date.
    private func bound(of span: Range<Int>) -> String? {
        guard let first = text.token(containing: span.lowerBound), first > 0, text.tokens[first - 1].isWord,
              !ClaimMarkers.middaysAndMidnights.contains(text.tokens[first].key)
        else { return nil }
        return ClaimMarkers.boundingWords.value(for: text.tokens[first - 1].key)
    }

    /// Whether the date at the scalar span `span` is one a negation sets aside: «اندلعت النيران مساء
    /// الأحد وليس مساء الاثنين» dates the fire to Sunday and says it was not Monday.
    private func correctsADate(_ span: Range<Int>) -> Bool {
        guard let first = text.token(containing: span.lowerBound), first > 0 else { return false }
        let before = text.tokens[first - 1]
        if before.isWord && ClaimMarkers.dateCorrections.contains(before.key) { return true }
        // «في 9 آذار وليس في 2 آذار»، «من يناير وليس من ديسمبر»، «وليس في شهر ديسمبر»: a
        // preposition or a word of the calendar between, two at most.
        var index = first - 1
        while index >= 0, first - index <= 2, text.tokens[index].isWord, Self.betweenACorrectionAndItsDate.contains(text.tokens[index].key) {
            index -= 1
        }
        guard index >= 0, index < first - 1 else { return false }
        return text.tokens[index].isWord && ClaimMarkers.dateCorrections.contains(text.tokens[index].key)
    }

    /// Words between «وليس» and the date it sets aside (matching form).
    private static let betweenACorrectionAndItsDate = WordIndex(
        ["في", "يوم", "من", "منذ", "حتى", "خلال", "شهر", "مطلع", "نهاية", "مساء", "صباح", "ليلة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The occurrence a clause dates and the days it dates it to: a date that a word of occurrence
    /// comes right before, three words at most and no mark between («اندلع الحريق فجر الثلاثاء»،
    /// «انهيار المبنى ليل السبت»). A date of something else the clause tells («أعلنت إخماد الحريق الذي
    /// نشب في الغابة مساء أمس») dates no occurrence.
    private mutating func datedOccurrence(
        _ dates: [(span: Range<Int>, value: String, text: String)], in clause: Range<Int>
    ) -> (kind: Int, days: [String])? {
        var found: (kind: Int, days: [String])?
        for date in dates {
            guard let first = text.token(containing: date.span.lowerBound) else { continue }
            var index = first - 1
            while index >= clause.lowerBound, first - index <= 3, text.tokens[index].isWord {
                let token = text.tokens[index]
                if let stem = facts(ofWord: text.wordOfToken[index], token: token).stem, let kind = OccurrenceWords.kind(ofStem: stem) {
                    if found == nil { found = (kind, []) }
                    if found?.kind == kind { found?.days.append(date.value) }
                    break
                }
                index -= 1
            }
        }
        return found
    }

    /// The stems of what the word of scope at `index` of `stems` includes or excludes (see
    /// ``ClaimUnit/scopeThings``).
    static func scopeThings(at index: Int, in stems: [String]) -> [String] {
        let things = stems[index].hasPrefix("م") ? max(0, index - 4)..<index : (index + 1)..<min(index + 4, stems.count)
        // The measure itself («يشمل القرار الوزاري المحاسبين») and words of all are no things covered.
        return stems[things].filter { !ScopeWords.isMeasureOrWhole($0) }
    }

    /// Whether a noun for a person («سائق، مالك، مشتبه به») comes within five words after token
    /// `index` in `clause`, with or without the article.
    static func personFollows(_ index: Int, in clause: Range<Int>, of text: AnnotatedText) -> Bool {
        for next in (index + 1)..<min(index + 6, clause.upperBound) where text.tokens[next].isWord {
            let key = text.tokens[next].key
            if ClaimMarkers.personNouns.contains(key) || key.startsWithBytes("ال") && ClaimMarkers.personNouns.contains(key.droppingScalars(2)) {
                return true
            }
        }
        return false
    }

    /// Whether a word of the status axis (open, closed, suspended) comes within six words after
    /// token `index` in `clause`: a subject may stand between at length.
    private mutating func statusFollows(_ index: Int, in clause: Range<Int>) -> Bool {
        for next in (index + 1)..<min(index + 7, clause.upperBound) where text.tokens[next].isWord {
            if facts(ofWord: text.wordOfToken[next], token: text.tokens[next]).frame?.axis == "status" { return true }
        }
        return false
    }

    /// What the claim rules ask of the distinct word numbered `number` (the word of `token`), with
    /// its stem numbered among the article's stems the first time.
    private mutating func facts(ofWord number: Int, token: WordToken) -> ClaimExtractor.WordFacts {
        if let known = facts[number] { return known }
        let word = text.claimFacts(ofWord: number) ?? ClaimExtractor.WordFacts(token.key, stemmer: stemmer)
        facts[number] = word
        // Stems are in the matching form (no marks), so scalars are letters.
        if let stem = word.stem, stem.unicodeScalars.count >= 2 {
            let stemNumber = stemNumbers.insert(stem)
            if stemNumber == unitOfStem.count {
                unitOfStem.append(-1)
                roleOfStem.append(0)
            }
            stemOfWord[number] = stemNumber
        }
        return word
    }
}
