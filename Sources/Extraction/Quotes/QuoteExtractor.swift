import ArabicText

/// Finds what was said in an article and by whom: direct quotations in quotation marks, reported
/// speech (قال … إن/أن), «X: …» statements, and embedded posts («— Name (@handle) date»), each with
/// its speaker, its reporting verb and the outlets it came through.
///
/// Attribution follows Arabic news practice: a reporting verb before the quotation with its subject
/// right after it (وقال الأعرجي …: «…»), a name or noun before a colon (القيادة: «…»), a verb after
/// the quotation («…»، قال الوزير), and verbs without a subject (وأضاف، وأضافت، مؤكدا), which continue
/// the last speaker of their gender. Nominal subjects (المتحدث، القيادة) resolve to the last entity
/// that bears that role or name.
struct QuoteExtractor {
    /// The quotations of `text`, in text order.
    /// - Parameters:
    ///   - outlet: the outlet that published the article, the last link of every chain.
    ///   - articleID: prefix of the quotations' identifiers.
    func quotes(in text: AnnotatedText, entities: DocumentEntities, outlet: String?, articleID: String) -> [Quote] {
        var resolver = SpeakerResolver(text: text, entities: entities)
        var found: [(content: Range<Int>, attribution: Attribution, isDirect: Bool)] = []
        // An outlet's name in marks is no quotation: «نقلت "رويترز" عن …».
        let marks = QuoteMarks.spans(in: text).filter { !TransmissionChain.quotesAnOutlet(at: $0.opening, in: text) }
        let closings = Set(marks.map(\.closing))
        var usedVerbs = Set<Int>()
        var markIndex = 0
        var index = 0
        // One pass in text order, so continuations see the speakers before them.
        while index < text.tokens.count {
            // Quotations a reported clause took in are behind.
            while markIndex < marks.count, marks[markIndex].opening < index { markIndex += 1 }
            if markIndex < marks.count, marks[markIndex].opening == index {
                let span = marks[markIndex]
                markIndex += 1
                if let attribution = attributeDirect(
                    span, text: text, entities: entities, resolver: resolver, closings: closings, usedVerbs: &usedVerbs,
                    after: found.last.map { ($0.content, $0.attribution) })
                {
                    resolver.remember(attribution)
                    found.append((span.content, attribution, true))
                    // «قولها إن الناقلة «ستضيف …»، وإنها تستعد …»: «وإن» after the closing mark goes on
                    // with what the same speaker said.
                    if span.closing + 2 < text.tokens.count, text.tokens[span.closing + 1].isComma,
                       Self.continuingComplementizers.contains(text.tokens[span.closing + 2].key),
                       let clause = indirectClause(after: span.closing + 1, in: text, marks: marks, continuing: true) {
                        found.append((clause, attribution, false))
                        index = clause.upperBound
                        continue
                    }
                } else if let last = found.last, Self.continuesStatement(last.content, with: span, in: text) {
                    // «قال الوزير إن عدد الطلاب بلغ 120 ألفا، «وهو رقم غير مسبوق»»: words in marks that
                    // go on with the statement just before them are the same speaker's.
                    found.append((span.content, last.attribution, true))
                }
                index = span.closing + 1
                continue
            }
            // «فضل عدم ذكر اسمه»: a source kept unnamed, whose verbs report nothing.
            if let end = AnonymityFormula.end(at: index, in: text) {
                index = end
                continue
            }
            var verb = text.tokens[index].reportingForm
            if verb != nil, usedVerbs.contains(index) || TransmissionChain.isCarryingVerb(at: index, in: text)
                || Self.isImpersonal(at: index, in: text) || !Self.reports(at: index, in: text) {
                verb = nil
            }
            if let form = verb, let clause = indirectClause(after: index, in: text, marks: marks) {
                let attribution = resolver.resolve(verb: index, form: form)
                resolver.remember(attribution)
                usedVerbs.insert(index)
                found.append((clause, attribution, false))
                index = clause.upperBound
                continue
            }
            if let statement = trailingAttribution(at: index, in: text, marks: marks, resolver: resolver),
               found.last.map({ $0.content.upperBound <= statement.content.lowerBound }) ?? true {
                resolver.remember(statement.attribution)
                found.append((statement.content, statement.attribution, false))
                index = statement.end
                // «…، بحسب تقرير أصدرته الهيئة، أشار إلى أن …»: the verb right after the source tells
                // what its report said, whatever the verb agrees with, where no subject of its own
                // follows it («، وقال الوزير إن» has one).
                let verb = statement.end + 1
                let opener = verb + 1 < text.tokens.count && text.tokens[verb + 1].key.sameBytes("الي") ? verb + 2 : verb + 1
                if opener < text.tokens.count, text.tokens[statement.end].isComma, text.tokens[verb].reportsSpeech, !usedVerbs.contains(verb),
                   !text.tokens[verb].key.startsWithBytes("و"), Self.complementizers.contains(text.tokens[opener].key),
                   let clause = indirectClause(after: verb, in: text, marks: marks) {
                    var attribution = statement.attribution
                    attribution.cue = text.tokens[verb].surface
                    attribution.verbToken = verb
                    usedVerbs.insert(verb)
                    found.append((clause, attribution, false))
                    index = clause.upperBound
                }
                continue
            }
            if let statement = accordingTo(at: index, in: text, marks: marks, resolver: resolver) {
                resolver.remember(statement.attribution)
                found.append((statement.content, statement.attribution, false))
                index = statement.content.upperBound
                continue
            }
            if let statement = statementSays(at: index, in: text, marks: marks, resolver: resolver) {
                resolver.remember(statement.attribution)
                found.append((statement.content, statement.attribution, false))
                index = statement.content.upperBound
                continue
            }
            if let statement = colonStatement(at: index, in: text, entities: entities, resolver: resolver) {
                resolver.remember(statement.attribution)
                found.append((statement.content, statement.attribution, false))
                index = statement.content.upperBound
                continue
            }
            if let post = EmbeddedPost.find(at: index, in: text, entities: entities) {
                found.append((post.content, Attribution(item: post.item, speakerText: post.name, cue: "post"), true))
                index = post.end
                continue
            }
            // A reporting verb that introduces no quotation still names who speaks next: after «أعلن
            // المتحدث، فلان، …» a subjectless «وأضاف» or «قائلا» continues فلان.
            if let form = verb, let named = resolver.explicitSpeaker(verb: index, form: form), named.item != nil {
                resolver.remember(named)
            }
            index += 1
        }
        // A title that named no one when it was read may be named in the sentences after it; named
        // once, it names the same person when it speaks again («… حسب رئيس المصلحة»).
        var namedTitles: [(title: String, item: Int)] = []
        for index in found.indices {
            if let item = NamedLater.person(for: found[index].attribution, after: found[index].content, in: text, entities: entities) {
                found[index].attribution.item = item
                if let title = found[index].attribution.speakerText { namedTitles.append((title, item)) }
            } else if let item = NamedLater.person(for: found[index].attribution, namedAs: namedTitles, entities: entities) {
                found[index].attribution.item = item
            }
        }
        // The chain each reporting verb's quotation named, for the continuations of its speaker.
        var chainOfVerb: [Int: [String]] = [:]
        return found.enumerated().map { number, quote in
            let sentence = text.sentenceOfToken[quote.content.lowerBound]
            let sentenceTokens = tokenRange(ofSentence: sentence, in: text)
            var via = TransmissionChain.outlets(in: Self.clause(of: sentenceTokens, holding: quote.content.lowerBound, in: text), of: text)
            // «وقال فلان لوكالة الأنباء الألمانية إن …. وأضاف أن …»: the continuation came the same way.
            if via.isEmpty, let continued = quote.attribution.continuedVerb, let chain = chainOfVerb[continued] { via = chain }
            if let verb = quote.attribution.verbToken { chainOfVerb[verb] = via }
            // The article's outlet named in its own chain by a shorter name («في حديث لـ"وفا"» in an
            // article of «وكالة الأنباء والمعلومات الفلسطينية (وفا)») is one link, the outlet.
            if let outlet {
                via.removeAll { Self.isAName(of: outlet, $0) }
                via.append(outlet)
            }
            // «بحسب وكالة الأنباء اليمنية (سبأ)»: the agency that speaks did not carry its own words.
            if let item = quote.attribution.item {
                let forms = Set(([entities.items[item].name] + entities.items[item].aliases).map { AnnotatedText.key(of: $0, kind: .word) })
                via.removeAll { outlet in
                    let key = AnnotatedText.key(of: outlet, kind: .word)
                    return forms.contains { $0 == key || $0.hasPrefix(key + " ") }
                }
            }
            return Quote(
                id: "\(articleID)-q\(number + 1)", span: text.span(ofTokens: quote.content),
                text: text.text(ofTokens: quote.content), speaker: nil, speakerText: quote.attribution.speakerText,
                cue: quote.attribution.cue, isDirect: quote.isDirect, via: via)
                .withSpeakerItem(quote.attribution.item, of: entities)
        }
    }

    /// Whether the reporting verb form at `index` is used as one: not a verb of the formula that keeps
    /// a source unnamed («طالبا عدم ذكر اسمه»), not a verb of a relative clause about the speaker («كمال
    /// بن عيسى، الذي تنقل إلى عين المكان، أن»), and «نقل» only with «عن» after it: «ونقل الجرحى إلى
    /// المستشفى» carries people, not words.
    static func reports(at index: Int, in text: AnnotatedText) -> Bool {
        guard let form = text.tokens[index].reportingForm else { return false }
        // «…، الذي أشار إلى أن …»: a relative clause about the speaker reports words only where the
        // verb takes them right away.
        if index > 0, relativePronouns.contains(text.tokens[index - 1].key) {
            let next = index + 1
            let opensClause = next < text.tokens.count && (complementizers.contains(text.tokens[next].key)
                || next + 1 < text.tokens.count && ["الي", "علي"].contains(where: text.tokens[next].key.sameBytes)
                    && complementizers.contains(text.tokens[next + 1].key))
            // «المديرية، التي أعلنت قبل يومين عن تجنيد 12 برجا»: or where it announces an act after «عن».
            let announcesAnAct = form.isAnnouncement && (next..<min(next + 4, text.tokens.count)).contains { at in
                at + 1 < text.tokens.count && text.tokens[at].key.sameBytes("عن")
                    && (announcedNouns.contains(text.tokens[at + 1].key) || EntityRecognizer.isVerbalNounTafil(text.tokens[at + 1]))
            }
            if !opensClause, !announcesAnAct { return false }
        }
        for start in max(0, index - 2)..<index {
            if let end = AnonymityFormula.end(at: start, in: text), end > index { return false }
        }
        guard form.lemma == "نقل" else { return true }
        let sentence = text.sentenceOfToken[index]
        var after = index + 1
        // Marks take no room: «نقلت وكالة الأنباء الأردنية (بترا) الشهر الماضي عن …».
        var marks = 0
        while after < text.tokens.count, after - index - marks <= 8, text.sentenceOfToken[after] == sentence {
            let key = text.tokens[after].key
            if key.sameBytes("عن") || key.sameBytes("عنه") || key.sameBytes("عنها") || key.sameBytes("عنهم") { return true }
            if text.tokens[after].kind == .punctuation { marks += 1 }
            after += 1
        }
        return false
    }

    /// Relative pronouns (matching form).
    private static let relativePronouns = WordIndex(
        ["الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the reporting verb at `index` is impersonal, the writer's note rather than anyone's
    /// words: «يذكر أن»، «ويشار إلى أن»، «يقال إن»، «ويعتقد أن», with the clause right after it.
    /// So is «تبين» where the clause or «له» follows it (see ``saysItBecameClear(at:in:)``).
    static func isImpersonal(at index: Int, in text: AnnotatedText) -> Bool {
        if saysItBecameClear(at: index, in: text) { return true }
        guard impersonalVerbs.procliticLength(of: text.tokens[index].key, minimumLetters: 5) != nil, index + 1 < text.tokens.count
        else { return false }
        let next = text.tokens[index + 1].key
        return complementizers.contains(next) || next.sameBytes("الي")
    }

    /// Whether «تبين» at `index` says something became clear, with the clause or «له» right after it:
    /// «وتبين له أن التشققات سطحية» (it became clear to him), «وتبين أن السائق فر» (it turned out),
    /// not «تبين الوزيرة أن» (she explains). No one speaks there.
    static func saysItBecameClear(at index: Int, in text: AnnotatedText) -> Bool {
        guard index + 1 < text.tokens.count, becameClear.procliticLength(of: text.tokens[index].key, minimumLetters: 4) != nil else { return false }
        let next = text.tokens[index + 1].key
        return complementizers.contains(next) || clearTo.contains(next)
    }

    /// «تبين»، «يتبين» (matching form): it became clear.
    private static let becameClear: WordIndex = ["تبين", "يتبين"]

    /// «له»، «لها»، «لهم»، «لنا» … after «تبين» (matching form).
    private static let clearTo: WordIndex = ["له", "لها", "لهم", "لهما", "لنا", "لي"]

    /// Imperfects that news uses in the passive, with no one speaking (matching form).
    private static let impersonalVerbs = WordIndex(
        ["يذكر", "يشار", "يقال", "يعتقد", "يتوقع", "يرجح", "يلاحظ", "يعرف", "يبدو"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether `name` is `outlet` or a part of its name, word for word: «وفا» of «وكالة الأنباء
    /// والمعلومات الفلسطينية (وفا)», «الشروق» of «جريدة الشروق التونسية».
    static func isAName(of outlet: String, _ name: String) -> Bool {
        // Digits glued to a name are a word of it: «كوردستان24» is «كوردستان 24».
        func words(_ text: String) -> [String] {
            var spaced = String.UnicodeScalarView()
            var previousIsDigit: Bool?
            for scalar in text.unicodeScalars {
                let isDigit = scalar.properties.numericType != nil
                if let previousIsDigit, previousIsDigit != isDigit, scalar.properties.isAlphabetic || isDigit { spaced.append(" ") }
                previousIsDigit = scalar.properties.isAlphabetic || isDigit ? isDigit : nil
                spaced.append(scalar)
            }
            return String(spaced).split { $0 == " " || $0 == "(" || $0 == ")" || $0 == "«" || $0 == "»" || $0 == "\"" }
                .map { AnnotatedText.key(of: String($0), kind: .word) }
        }
        let part = words(name)
        let whole = words(outlet)
        guard !part.isEmpty, part.count <= whole.count else { return false }
        return (0...(whole.count - part.count)).contains { whole[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// The attribution of a quotation in marks, from the text before it or, failing that, after it.
    /// The search back stops at the end of an earlier quotation (`closings`), not at marks around a
    /// name («وقال جبار لقناة «العراقية» إنه «…»»). Reaching the words of the statement found last
    /// (`previous`), it goes on with that statement's speaker: a verb among those words is what was
    /// said («قال فلان إن الوزارة أضافت 40 مقعدا، «استجابة للطلب»» goes on with فلان).
    private func attributeDirect(
        _ span: QuoteMarks.Span, text: AnnotatedText, entities: DocumentEntities, resolver: SpeakerResolver,
        closings: Set<Int>, usedVerbs: inout Set<Int>, after previous: (content: Range<Int>, attribution: Attribution)?
    ) -> Attribution? {
        let paragraph = text.paragraphOfToken[span.opening]
        var index = span.opening - 1
        var steps = 0
        // «X: «…»» — a speaker before a colon with no verb between.
        if index >= 0, text.tokens[index].isPunctuation(":") || (index > 0 && text.tokens[index - 1].isPunctuation(":")) {
            let colon = text.tokens[index].isPunctuation(":") ? index : index - 1
            if colon > 0, let occurrence = entities.occurrence(covering: colon - 1), !hasVerb(before: colon, in: text) {
                return resolver.attribution(of: occurrence, cue: ":", verb: nil)
            }
        }
        while index >= 0, steps < 30, text.paragraphOfToken[index] == paragraph {
            if let previous, previous.content.contains(index) {
                // «… إن الرحلات ألغيت. «…»، قال سائق شاحنة»: a verb after the marks in their own
                // sentence says them, not the statement of the sentence before.
                if text.sentenceOfToken[index] != text.sentenceOfToken[span.opening], Self.hasTrailingVerb(span, in: text) { break }
                return previous.attribution
            }
            let token = text.tokens[index]
            if token.kind == .punctuation, closings.contains(index), ["»", "”", "\""].contains(token.surface.unicodeScalars.first) {
                break
            }
            if !usedVerbs.contains(index), !TransmissionChain.isCarryingVerb(at: index, in: text), let form = token.reportingForm,
               Self.reports(at: index, in: text), !Self.saysItBecameClear(at: index, in: text) {
                usedVerbs.insert(index)
                return resolver.resolve(verb: index, form: form)
            }
            index -= 1
            steps += 1
        }
        // «…»، قال X
        let after = Self.firstWord(after: span, in: text)
        // A verb that opens the next sentence, or a clause after و, with words of its own («…». وأكد
        // قاسمي أن «…»، «…»، وأضاف أن …) says those words, not the quotation before it.
        if after < text.tokens.count, text.paragraphOfToken[after] == paragraph, let form = text.tokens[after].reportingForm,
           Self.reports(at: after, in: text),
           text.sentenceOfToken[after] == text.sentenceOfToken[span.closing] && !text.tokens[after].key.startsWithBytes("و")
            || !opensItsOwnClause(verb: after, in: text) {
            // «…»، مشيرا إلى أن …: the participle names the speaker and opens a clause of its own.
            if !form.isParticiple { usedVerbs.insert(after) }
            return resolver.resolve(verb: after, form: form)
        }
        // «…»، بحسب ما قاله الخبير فلان / «…»، وفق الخبير فلان
        if after < text.tokens.count, text.paragraphOfToken[after] == paragraph, Self.trailingCues.contains(text.tokens[after].key) {
            let sentence = text.sentenceOfToken[after]
            var end = after + 1
            while end < text.tokens.count, text.sentenceOfToken[end] == sentence { end += 1 }
            return resolver.accordingToSource(at: Self.sourceCue(after: after, before: end, in: text), before: end)
        }
        return nil
    }

    /// The token after the closing mark of `span` and the one or two marks after it («…»، قال).
    private static func firstWord(after span: QuoteMarks.Span, in text: AnnotatedText) -> Int {
        var after = span.closing + 1
        while after < text.tokens.count, text.tokens[after].kind == .punctuation, after - span.closing <= 2 { after += 1 }
        return after
    }

    /// Whether a verb of saying follows the marks `span` in their sentence, past a comma: «…»، قال X.
    private static func hasTrailingVerb(_ span: QuoteMarks.Span, in text: AnnotatedText) -> Bool {
        let after = firstWord(after: span, in: text)
        return after < text.tokens.count && text.sentenceOfToken[after] == text.sentenceOfToken[span.closing]
            && !text.tokens[after].key.startsWithBytes("و") && text.tokens[after].reportingForm != nil && reports(at: after, in: text)
    }

    /// A «X: …» statement opening a paragraph («الحلواني: المعسكر يبدأ الأحد», a headline
    /// «الزيزفوني: السد لم ينهر»): a person or organization named in at most four words (or a body of
    /// the article named short, «الصحة:»; see ``bodyNamedShort(_:in:entities:)``), a colon,
    /// and at least three words that are not a quotation in marks (those are direct quotations).
    /// The outlet the words were given to may stand before the colon, as headlines write it
    /// («وزير النقل لـ«الوطن»: الخط يفتتح في مارس»).
    private func colonStatement(
        at index: Int, in text: AnnotatedText, entities: DocumentEntities, resolver: SpeakerResolver
    ) -> (content: Range<Int>, attribution: Attribution)? {
        guard index == 0 || text.paragraphOfToken[index - 1] != text.paragraphOfToken[index] else { return nil }
        let paragraph = text.paragraphOfToken[index]
        var colon = index
        while colon < text.tokens.count, colon - index <= 9, text.paragraphOfToken[colon] == paragraph,
              !text.tokens[colon].isPunctuation(":") {
            colon += 1
        }
        guard colon > index, colon < text.tokens.count, text.tokens[colon].isPunctuation(":") else { return nil }
        let start = colon + 1
        guard start < text.tokens.count, !["«", "“", "\""].contains(text.tokens[start].surface.unicodeScalars.first) else { return nil }
        var end = start
        // To the end of the sentence: «الأهرام: الحكومة تدرس … . ذكرت الصحيفة …» is two statements.
        while end < text.tokens.count, text.paragraphOfToken[end] == paragraph, text.sentenceOfToken[end] == text.sentenceOfToken[start] { end += 1 }
        end = text.endWithoutPunctuation(start..<end)
        guard (start..<end).filter({ text.tokens[$0].isWord }).count >= 3 else { return nil }
        if entities.occurrence(covering: index) == nil, let body = Self.bodyNamedShort(index..<colon, in: text, entities: entities) {
            return (start..<end, Attribution(item: body, speakerText: text.text(ofTokens: index..<colon), cue: ":"))
        }
        guard let occurrence = entities.occurrence(covering: index), occurrence.tokens.lowerBound == index,
              occurrence.tokens.upperBound == colon && colon - index <= 4
                || Self.isOutletCredit(occurrence.tokens.upperBound..<colon, in: text),
              entities.items[occurrence.item].type != .location
        else { return nil }
        return (start..<end, resolver.attribution(of: occurrence, cue: ":", verb: nil))
    }

    /// The organization of the article that the words `range` name short, as headlines do before a
    /// colon: its portfolio or field, the last words of its name («الصحة:» for وزارة الصحة،
    /// «الإحصاء الفلسطيني:» for الجهاز المركزي للإحصاء الفلسطيني), also in marks («البترول»).
    private static func bodyNamedShort(_ range: Range<Int>, in text: AnnotatedText, entities: DocumentEntities) -> Int? {
        let words = range.filter { text.tokens[$0].isWord }.map { text.tokens[$0].key }
        guard (1...3).contains(words.count), range.allSatisfy({ text.tokens[$0].isWord || text.tokens[$0].kind == .punctuation }),
              let first = words.first, first.startsWithBytes("ال")
        else { return nil }
        let tail = " " + words.joined(separator: " ")
        let withLam = " لل" + words.joined(separator: " ").droppingScalars(2)
        let matches = entities.items.indices.filter { item in
            entities.items[item].type == .organization
                && ([entities.items[item].name] + entities.items[item].aliases).contains { form in
                    let key = AnnotatedText.key(of: form, kind: .word)
                    return key.hasSuffix(tail) || key.hasSuffix(withLam)
                }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Whether the tokens `range` credit the outlet a statement was given to: «لـ«الوطن»» in marks,
    /// or an outlet or a media head glued to ل (لرويترز، لقناة العربية).
    private static func isOutletCredit(_ range: Range<Int>, in text: AnnotatedText) -> Bool {
        guard let first = range.first else { return false }
        let key = text.tokens[first].key
        if key.sameBytes("ل") || key.sameBytes("لـ"), let quoted = text.quotedWords(at: first + 1, before: range.upperBound) {
            return quoted.upperBound + 1 == range.upperBound
        }
        return TransmissionChain.isOutletGivenTo(at: first, in: text) && TransmissionChain.links(in: range, of: text).contains { $0.tokens.upperBound == range.upperBound }
    }

    /// Whether two words that end their sentence make a statement of their own: a subject and its
    /// predicate, neither a function word («قال إن المحادثات مستمرة.»، «أكد أن الطريق مغلق.»); two words
    /// before a quotation («أن ثلاثة صناديق «أعيد فرزها»») are the quotation's subject.
    private static func isShortStatement(_ range: Range<Int>, in text: AnnotatedText) -> Bool {
        guard range.count == 2, range.allSatisfy({ text.tokens[$0].isWord && !NameWords.isStopword(text.tokens[$0].key) }) else {
            return false
        }
        let next = range.upperBound
        return next >= text.tokens.count || text.sentenceOfToken[next] != text.sentenceOfToken[range.lowerBound]
            || text.tokens[next].isPunctuation(".") || text.tokens[next].isPunctuation("!")
    }

    /// The part of the sentence `sentence` that holds token `index`, where a contrast («…، في حين قال
    /// الخبير لـ"العربي الجديد" …») parts the sentence into the reports of two sources.
    private static func clause(of sentence: Range<Int>, holding index: Int, in text: AnnotatedText) -> Range<Int> {
        var start = sentence.lowerBound
        var end = sentence.upperBound
        for boundary in sentence where boundary > sentence.lowerBound && text.tokens[boundary - 1].isComma && opensContrast(at: boundary, in: text) {
            if boundary <= index {
                start = boundary
            } else {
                end = boundary
                break
            }
        }
        return start..<end
    }

    /// Whether the quotation `span` follows the statement `content` in its sentence with only
    /// punctuation or «و» between.
    private static func continuesStatement(_ content: Range<Int>, with span: QuoteMarks.Span, in text: AnnotatedText) -> Bool {
        guard let last = content.last, last < span.opening, text.sentenceOfToken[last] == text.sentenceOfToken[span.opening] else {
            return false
        }
        return ((last + 1)..<span.opening).allSatisfy { text.tokens[$0].kind == .punctuation || text.tokens[$0].key.sameBytes("و") }
            && span.opening - last <= 3
    }

    /// Whether the form of «أبلغ» (informed) at `index` is rather «بلغ» (reached), which the same
    /// letters write: «ويبلغ من العمر 39 عاما»، «يبلغ عددهم 40». Informing is followed by what was said
    /// («أن، إن، بأن») within a few words.
    static func readsAsReaching(at index: Int, in text: AnnotatedText) -> Bool {
        guard text.tokens[index].reportingForm?.lemma == "ابلغ" else { return false }
        let after = (index + 1)..<min(index + 6, text.tokens.count)
        return !after.contains { text.tokens[$0].opensAReportedClause }
    }

    /// Whether the words at `index` open a contrasting clause: فيما، بينما، في حين.
    private static func opensContrast(at index: Int, in text: AnnotatedText) -> Bool {
        let key = text.tokens[index].key
        if contrastWords.contains(key) { return true }
        return (key.sameBytes("في") || key.sameBytes("وفي")) && index + 1 < text.tokens.count && text.tokens[index + 1].key.sameBytes("حين")
    }

    private static let contrastWords: WordIndex = ["فيما", "وفيما", "بينما", "وبينما"]

    /// Whether the comma at `index` opens a contrast whose own verb of saying follows at once
    /// («…، فيما أكد تقرير المجلس أن …»، «…، في حين قال الوزير …»): another source's words, which end
    /// the statement before the comma.
    private static func opensContrastingReport(after index: Int, in text: AnnotatedText) -> Bool {
        guard text.tokens[index].isComma, index + 2 < text.tokens.count, opensContrast(at: index + 1, in: text) else { return false }
        let verb = text.tokens[index + 1].key.sameBytes("في") || text.tokens[index + 1].key.sameBytes("وفي") ? index + 3 : index + 2
        return verb < text.tokens.count && text.sentenceOfToken[verb] == text.sentenceOfToken[index] && text.tokens[verb].reportsSpeech
    }

    /// Whether a reporting verb stands between the sentence start and `limit`.
    private func hasVerb(before limit: Int, in text: AnnotatedText) -> Bool {
        let sentence = text.sentenceOfToken[limit]
        var index = limit - 1
        while index >= 0, text.sentenceOfToken[index] == sentence {
            if text.tokens[index].reportingForm != nil { return true }
            index -= 1
        }
        return false
    }

    /// The reported clause after a reporting verb: from the word after its أن/إن/بأن (within the
    /// verb's subject and adjuncts, «أوضح رئيس اللجنة، الدكتور فلان، في تصريح لقناة X، أن …») to the
    /// next reporting verb or the end of the sentence, stopping at a quotation mark.
    /// - Parameter continuing: whether `verb` is the comma after a quotation and «وإن» opens the clause.
    private func indirectClause(after verb: Int, in text: AnnotatedText, marks: [QuoteMarks.Span], continuing: Bool = false) -> Range<Int>? {
        let sentence = text.sentenceOfToken[verb]
        let quoteMarks = Set(marks.flatMap { [$0.opening, $0.closing] })
        let closingOf = Dictionary(marks.map { ($0.opening, $0.closing) }) { first, _ in first }
        var index = verb + 1
        // The words of a formula that keeps the source unnamed do not count against the window, nor
        // do punctuation marks (the commas and parentheses of a long subject's appositions).
        var uncounted = 0
        while index < text.tokens.count, index - verb - uncounted <= Self.subjectWindow, text.sentenceOfToken[index] == sentence {
            if let end = AnonymityFormula.end(at: index, in: text) {
                uncounted += end - index
                index = end
                continue
            }
            let token = text.tokens[index]
            if token.kind == .punctuation { uncounted += 1 }
            if quoteMarks.contains(index) { return nil }
            // A verb of the subject's relative clause («وقالت المديرية، التي أعلنت أمس عن …، إن») is not
            // another attribution.
            if index > verb + 1, token.reportingForm != nil, !TransmissionChain.isCarryingVerb(at: index, in: text),
               Self.reports(at: index, in: text), !Self.relativePronouns.contains(text.tokens[index - 1].key) {
                return nil
            }
            // «ونفى المتحدث … صحة ما تم تداوله بشأن …»: a denial takes what it denies as its object.
            let opensDenied = text.tokens[verb].reportingForm?.isDenial == true && ClaimMarkers.opensDeniedObject(token.key)
                && !Self.complementizers.contains(token.key)
            // «أعلنت الوزارة عن ضبط …»، «أعلن الوالي، فلان، تشكيل لجنة …»: what was announced, denied or
            // disclosed may be a verbal noun, after «عن» or after the subject's closing comma.
            let objectStart = Self.announcedObjectStart(at: index, after: verb, in: text)
                ?? Self.requestedObjectStart(at: index, after: verb, in: text)
            // «أضاف القحطاني الهدف الثاني قبل أن يعادل …»: «أن» after قبل، بعد، دون opens a time or
            // manner clause, not the words said.
            if Self.complementizers.contains(token.key), index > verb + 1, Self.adverbialBeforeAn.contains(text.tokens[index - 1].key) {
                return nil
            }
            // «…، على أن يدخل الخط الخدمة العام المقبل»: after a comma «على أن» adds what is planned
            // (with … to follow), not the words said; «شدد على أن» right after the verb reports them.
            if Self.complementizers.contains(token.key), index > verb + 2, text.tokens[index - 1].key.sameBytes("علي"),
               text.tokens[index - 2].isComma {
                return nil
            }
            // «وطالب فلان بتسهيل الإجراءات، في حين يرتقب أن …»: a contrast the writer adds opens
            // another sentence's worth; its «أن» is not this verb's.
            if index > verb + 1, text.tokens[index - 1].isComma, Self.opensContrast(at: index, in: text) { return nil }
            if Self.complementizers.contains(token.key) || opensDenied || objectStart != nil || continuing && index == verb + 1 {
                var start = objectStart ?? (opensDenied ? index : index + 1)
                while start < text.tokens.count, text.tokens[start].isPunctuation(":") { start += 1 }
                if quoteMarks.contains(start) { return nil }
                var end = start
                while end < text.tokens.count, text.sentenceOfToken[end] == sentence {
                    let next = text.tokens[end]
                    // «وأضاف أن أي تأخير في تنفيذ التفاهمات "ستتحمل مسؤوليته الحكومة"»: the words in
                    // marks after a clause that stands by itself are part of it, up to their closing
                    // mark; after fewer words («إن جماعته "…"») the quotation is the statement.
                    // A quotation after a comma or a lone و is a statement of its own.
                    if end - start >= 3, let closing = closingOf[end], text.sentenceOfToken[closing] == sentence,
                       text.tokens[end - 1].isWord, !text.tokens[end - 1].key.sameBytes("و") {
                        end = closing + 1
                        continue
                    }
                    if quoteMarks.contains(end) { break }
                    // The source of it comes after the statement: «…، حسب ما صرح به الناطق».
                    if end > start, text.tokens[end - 1].isComma,
                       Self.trailingCues.contains(next.key) {
                        break
                    }
                    // «…، في حين قال الخبير …»، «…، فيما أكدت الوزارة …»: a contrast the writer adds.
                    if end > start, text.tokens[end - 1].isComma, Self.opensContrast(at: end, in: text) { break }
                    // «المديرية، التي أعلنت أمس عن تسخير 40 شاحنة، إن …»: what a relative clause announces
                    // ends with the clause, at its comma.
                    if objectStart != nil, end > start, next.isComma, verb > 0, Self.relativePronouns.contains(text.tokens[verb - 1].key) {
                        break
                    }
                    // «أعلنت الوزارة فتح تحقيق، على أن تصدر نتائجه خلال أسبوع»: after an announced act,
                    // what is planned next is the writer's.
                    if objectStart != nil, end > start, text.tokens[end - 1].isComma, next.key.sameBytes("علي"), end + 1 < text.tokens.count,
                       Self.complementizers.contains(text.tokens[end + 1].key) {
                        break
                    }
                    // Another attribution begins: «…، مشيرا إلى أن …»، «… وأضاف أن …».
                    if end > start, next.reportingForm != nil, !Self.readsAsReaching(at: end, in: text),
                       text.tokens[end - 1].kind == .punctuation || next.key.startsWithBytes("و") || next.reportingForm?.isParticiple == true {
                        break
                    }
                    end += 1
                }
                end = text.endWithoutPunctuation(start..<end)
                return end - start >= 3 || Self.isShortStatement(start..<end, in: text) ? start..<end : nil
            }
            index += 1
        }
        return nil
    }

    /// «بحسب X، فإن …»، «ووفقا لـX، فإن …»: the clause after فإن, said by X (or by the source X
    /// quoted «عن»), within one sentence and before any quotation mark.
    private func accordingTo(
        at index: Int, in text: AnnotatedText, marks: [QuoteMarks.Span], resolver: SpeakerResolver
    ) -> (content: Range<Int>, attribution: Attribution)? {
        guard text.tokens[index].isWord, Self.accordingToWords.contains(text.tokens[index].key) else { return nil }
        let sentence = text.sentenceOfToken[index]
        // «وقال النائب فلان، بحسب ما نقلته شبكة …، إن …»: after a verb of saying in the sentence, the
        // accordance names the outlet that carried the words, not their source.
        var before = index - 1
        while before >= 0, text.sentenceOfToken[before] == sentence {
            if text.tokens[before].reportsSpeech { return nil }
            before -= 1
        }
        let quoteMarks = Set(marks.flatMap { [$0.opening, $0.closing] })
        var fa = index + 1
        var comma: Int?
        while fa < text.tokens.count, fa - index <= Self.subjectWindow, text.sentenceOfToken[fa] == sentence,
              !SpeakerResolver.accordingToEnds.contains(text.tokens[fa].key) {
            // «بحسب ما أفادت به صحيفة …»: the verb right after «ما» says how the source told it.
            let saysHowSourceTold = fa == index + 2 && text.tokens[index + 1].key.sameBytes("ما")
            if quoteMarks.contains(fa) || text.tokens[fa].reportingForm != nil && !text.tokens[fa].key.startsWithBytes("نقل") && !saysHowSourceTold {
                break
            }
            if comma == nil, fa > index + 1, text.tokens[fa].isComma { comma = fa }
            fa += 1
        }
        let hasFa = fa < text.tokens.count && text.sentenceOfToken[fa] == sentence && SpeakerResolver.accordingToEnds.contains(text.tokens[fa].key)
        // «وبحسب وزارة الطاقة، ارتفع سعر …»: without فإن, the statement follows the source's comma.
        guard let opening = hasFa ? fa : comma, let attribution = resolver.accordingToSource(at: index, before: opening)
        else { return nil }
        let start = opening + 1
        // «بحسب ما ذكره فلان، الذي أشار إلى أن …»: a relative clause about the source is no statement;
        // its own verb reports one.
        if !hasFa, start < text.tokens.count, Self.relativePronouns.contains(text.tokens[start].key) { return nil }
        // «…، بحسب أرقام الهيئة، فيما توقع المدير أن …»: a clause set beside the statement is not what
        // the source said.
        if !hasFa, start < text.tokens.count, Self.opensContrast(at: start, in: text) { return nil }
        // «وبحسب ما نقلته الوكالة، أكد المدير أن …»: a verb of saying after the comma reports the
        // words itself, where its own clause opens before another verb («يبلغ الإنتاج …، فيما نقلت
        // … أن» amounts to, and the statement is the accordance's).
        if !hasFa, start < text.tokens.count, text.tokens[start].reportsSpeech, opensItsOwnClause(verb: start, in: text) { return nil }
        // «وبحسب ما نقلته الصحيفة عن الوكالة، فإن الوزارة أكدت أن …»: a named subject and its verb of
        // saying after «فإن» report the words themselves; the accordance names who carried them.
        if hasFa, let verb = (start..<min(start + 8, text.tokens.count)).first(where: { text.tokens[$0].reportsSpeech }),
           verb > start, text.sentenceOfToken[verb] == sentence, opensItsOwnClause(verb: verb, in: text),
           let subject = resolver.entities.occurrence(covering: verb - 1), subject.tokens.upperBound == verb,
           subject.tokens.lowerBound == start, resolver.entities.items[subject.item].type != .location {
            return nil
        }
        var end = start
        while end < text.tokens.count, text.sentenceOfToken[end] == sentence, !quoteMarks.contains(end),
              !Self.opensContrastingReport(after: end, in: text) {
            end += 1
        }
        end = text.endWithoutPunctuation(start..<end)
        // «فإنه», «فإنها»: the pronoun is the clause's subject, and the clause starts after it.
        return end - start >= 3 ? (start..<end, attribution) : nil
    }

    /// Whether a reported clause opens after the verb at `verb`, in its sentence and before another
    /// verb of saying.
    private func opensItsOwnClause(verb: Int, in text: AnnotatedText) -> Bool {
        var index = verb + 1
        while index < text.tokens.count, index - verb <= Self.subjectWindow, text.sentenceOfToken[index] == text.sentenceOfToken[verb] {
            if Self.complementizers.contains(text.tokens[index].key) { return true }
            if text.tokens[index].reportsSpeech { return false }
            index += 1
        }
        return false
    }

    /// «قتل 12 شخصا في الغارة، وفق ما ذكرت وكالة سبأ»، «…، حسبما أفادت مصادر طبية»، «…، بحسب مدير
    /// المستشفى»: the sentence before the comma, said by the source after the cue, which runs to the
    /// end of the sentence. `end` is where the sentence ends.
    private func trailingAttribution(
        at index: Int, in text: AnnotatedText, marks: [QuoteMarks.Span], resolver: SpeakerResolver
    ) -> (content: Range<Int>, attribution: Attribution, end: Int)? {
        guard index > 0, text.tokens[index - 1].isComma, Self.trailingCues.contains(text.tokens[index].key) else { return nil }
        let sentence = text.sentenceOfToken[index]
        let quoteMarks = Set(marks.flatMap { [$0.opening, $0.closing] })
        var end = index + 1
        while end < text.tokens.count, text.sentenceOfToken[end] == sentence {
            // «…، بحسب الشرطة، فإن …» and «وقال فلان، وفق ما نقلت وكالة …، إن …» go on to the
            // statement after the cue instead.
            let key = text.tokens[end].key
            if SpeakerResolver.accordingToEnds.contains(key) || Self.complementizers.contains(key) || quoteMarks.contains(end) {
                return nil
            }
            // «…، بحسب فلان، الذي أشار إلى أن …»: a relative clause on the source reports words of its own;
            // so does a verb of saying right after a comma, that tells what the source's report said
            // («…، بحسب تقرير أصدرته الهيئة، أشار إلى أن …»).
            if text.tokens[end].isComma, end + 1 < text.tokens.count,
               Self.relativePronouns.contains(text.tokens[end + 1].key) || text.tokens[end + 1].reportsSpeech {
                break
            }
            end += 1
        }
        var start = index
        while start > 0, text.sentenceOfToken[start - 1] == sentence { start -= 1 }
        start = ClaimExtractor.datelineEnd(from: start, in: text) ?? start
        // «يذكر أن الفيضانات أجبرت …، بحسب …»: the writer's formula opens no one's words; the
        // statement is the clause after it.
        if Self.isImpersonal(at: start, in: text) {
            start += text.tokens[start + 1].key.sameBytes("الي") ? 3 : 2
        }
        guard index - 1 - start >= 3, !(start..<index).contains(where: quoteMarks.contains),
              text.tokens[start].reportingForm == nil || Self.amountsTo.procliticLength(of: text.tokens[start].key, minimumLetters: 4) != nil
        else { return nil }
        guard let attribution = resolver.accordingToSource(at: Self.sourceCue(after: index, before: end, in: text), before: end)
        else { return nil }
        return (start..<(index - 1), attribution, end)
    }

    /// Where the source of a trailing cue at `index` is read from: the cue itself («بحسب الشرطة»), or
    /// the verb after «ما» («وفق ما ذكرت X»، «حسبما أفادت X»), which the source follows.
    private static func sourceCue(after index: Int, before end: Int, in text: AnnotatedText) -> Int {
        if index + 2 < end, text.tokens[index + 1].key.sameBytes("ما") { return index + 2 }
        if trailingCuesWithMa.contains(text.tokens[index].key), index + 1 < end { return index + 1 }
        return index
    }

    /// Imperfects that also tell an amount, as a statement opens with them before its source: «ويبلغ
    /// عدد المشتركين 310 آلاف، بحسب …» (amounts to), «ويقدر عددهم بنحو …» (is estimated), not who
    /// informs or estimates (matching form).
    private static let amountsTo: WordIndex = ["يبلغ", "تبلغ", "يقدر", "تقدر"]

    /// Words that put the source after the statement («…، وفق ما ذكرت …», «…، بحسب …»).
    static let trailingCues = WordIndex(
        ["وفق", "ووفق", "وفقا", "ووفقا", "حسب", "وحسب", "بحسب", "وبحسب", "حسبما", "وحسبما", "بحسبما", "وفقما", "طبقا"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Cue words with «ما» glued on, after which the verb comes at once («حسبما أفادت …»).
    private static let trailingCuesWithMa = WordIndex(
        ["حسبما", "وحسبما", "بحسبما", "وفقما"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words that open «بحسب X، فإن …».
    private static let accordingToWords: WordIndex = ["بحسب", "وبحسب", "حسب", "وحسب", "وفقا", "ووفقا", "طبقا", "وطبقا"]

    /// How far after its verb a reported clause may open: room for a long subject and its adjuncts.
    private static let subjectWindow = 24

    static let complementizers: WordIndex = ["ان", "بان", "انه", "انها", "بانه", "بانها", "انهم", "بانهم"]

    /// Where the verbal noun the verb at `verb` announces, discloses or denies starts, where the token
    /// at `index` opens it: «عن» after «أعلن» or «كشف» and before a word (the noun follows it), or a
    /// verbal noun of what authorities announce after the subject (the noun itself). «كشف عن أسباب
    /// التأخير» discloses no statement.
    private static func announcedObjectStart(at index: Int, after verb: Int, in text: AnnotatedText) -> Int? {
        if let start = reportedEventStart(at: index, after: verb, in: text) { return start }
        // A participle goes on with the sentence's subject, so «عن» may follow it at once: «كاشفة عن برنامج …».
        guard let form = text.tokens[verb].reportingForm, form.isAnnouncement || form.isDenial else { return nil }
        let token = text.tokens[index]
        // «وأعلنت سحب 68 ألف نسخة»: a finite verb whose subject is its pronoun, before what it announced.
        if index == verb + 1, !form.isParticiple, form.isAnnouncement, isAnnouncedNoun(token.key) { return index }
        guard index > verb + 1 || form.isParticiple && index == verb + 1 && token.key.sameBytes("عن") else { return nil }
        if form.isAnnouncement, token.key.sameBytes("عن"), index + 1 < text.tokens.count,
           announcedNouns.contains(text.tokens[index + 1].key) || EntityRecognizer.isVerbalNounTafil(text.tokens[index + 1])
            || form.lemma == "اعلن" && isAnnouncedThing(at: index + 1, in: text) {
            return index + 1
        }
        // After the subject's comma, or right after a subject that ends in a definite word («أعلنت
        // وزارة الداخلية فتح تحقيق»).
        // «أعلنت وزارة التربية والتعليم تعليق الدراسة»: the last word of the subject may carry و.
        // «أعلنت مديرية الصحة في نابلس تعليق الدوام»، «أعلنت محافظة بني سويف منح …»: or be the place
        // the body serves or is named after.
        // «أعلنت الخلية أمس مقتل …»، «أعلنت في 14/07/2026 مقتل …»: or after when it was announced.
        let previous = text.tokens[index - 1]
        // A month after the day («في 4 تشرين الثاني») is part of the date, whatever its shape.
        let afterATime = previous.kind == .number || previous.isWord && NameWords.timeWords.contains(previous.key)
        guard previous.isComma || afterATime || previous.isWord && (EntityRecognizer.isDefinite(previous)
            || Self.isPlaceEndingASubject(at: index - 1, verb: verb, in: text)),
            !afterATime || CalendarLexicon.match(text.tokens[index..<min(index + 3, text.tokens.count)].map(\.key), at: 0) == nil
        else { return nil }
        // After the subject, a derived verbal noun is an act announced too (تمويل، استيراد).
        if isAnnouncedNoun(token.key) || form.isAnnouncement && !form.isParticiple && Self.hasTheShapeOfAnAct(token) { return index }
        return nil
    }

    /// Whether a word has the shape of the verbal noun of a derived verb (تفعيل، استفعال، افتعال،
    /// انفعال) and is no given name of that shape: an act a body announces. The accusative (استنادا)
    /// says how, and is left out; إفعال is not read, as plurals (أسباب، أطفال) share its shape.
    private static func hasTheShapeOfAnAct(_ token: WordToken) -> Bool {
        guard token.isWord, !token.key.endsWithBytes("ا"), GivenNames.gender(ofWritten: token.surface, key: token.key) == nil else { return false }
        return EntityRecognizer.hasTheShapeOfTafil(token.key) || EntityRecognizer.hasTheShapeOfADerivedVerbalNoun(token.key)
    }

    /// Whether the word at `index`, after «أعلن عن», is a thing announced whatever it is («عن مباراة
    /// لتوظيف …»، «عن خطة …»; what «كشف عن» discloses may be no statement: «عن أسباب التأخير»): a
    /// noun that is no function word, no name the lexicons know and no word with a pronoun (عن
    /// هويته), with two words of its own after it.
    private static func isAnnouncedThing(at index: Int, in text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        return token.isWord && index + 2 < text.tokens.count
            && (index + 1...index + 2).allSatisfy { text.tokens[$0].isWord || text.tokens[$0].kind == .number }
            && text.sentenceOfToken[index + 2] == text.sentenceOfToken[index] && !NameWords.isStopword(token.key)
            && GivenNames.gender(ofWritten: token.surface, key: token.key) == nil && !EntityRecognizer.endsWithPronounSuffix(token)
            && EntityLexicons.known(at: index, in: text) == nil && EntityLexicons.organizationHead(at: index, in: text) == nil
    }

    /// Where the event the verb «أفاد» reports starts, where the token at `index` opens it with ب
    /// after the subject: «أفاد مصدر في الهيئة بتحويل ثلاث رحلات»، «وأفاد شهود عيان بسماع دوي
    /// انفجارات». The event noun is what the source reported; «بأن» opens a clause elsewhere.
    private static func reportedEventStart(at index: Int, after verb: Int, in text: AnnotatedText) -> Int? {
        guard index > verb + 1, let form = text.tokens[verb].reportingForm, form.lemma == "افاد", !form.isParticiple else { return nil }
        let key = text.tokens[index].key
        guard key.startsWithBytes("ب"), key.scalarCount >= 4 else { return nil }
        let noun = key.droppingScalars()
        guard reportedEvents.contains(noun) || announcedNouns.contains(noun) || EntityRecognizer.hasTheShapeOfTafil(noun) else { return nil }
        return index
    }

    /// What witnesses and sources report happened, as verbal nouns, besides ``announcedNouns`` and
    /// the shape تفعيل (matching form).
    private static let reportedEvents = WordIndex(
        ["سقوط", "مصرع", "سماع", "نفوق", "غرق", "اختفاء", "انهيار", "انفجار", "احتراق", "نزوح", "فرار", "مشاهدة", "رصد"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the word at `index` ends a place's name that closes the subject of the verb at `verb`:
    /// a place after «في» («أعلنت مديرية الصحة في نابلس»، «هيئة البيئة في سلطنة عمان»), glued to ب
    /// («مديرية الشؤون الصحية بسوهاج»), named after a locality head («محافظة بني سويف»، «بإقليم
    /// أزيلال»), or after a body's head and its field («مديرية صحة نينوى»).
    private static func isPlaceEndingASubject(at index: Int, verb: Int, in text: AnnotatedText) -> Bool {
        for start in stride(from: index, through: max(verb + 1, index - 3), by: -1) {
            guard let place = Gazetteer.match(in: text.words, at: start), place.entry.type == .location,
                  start + place.wordCount - 1 == index, !place.isAdjective
            else { continue }
            if place.procliticLength == 1, text.tokens[start].key.startsWithBytes("ب"), start > verb + 1 { return true }
            // A shorter name inside a longer one («عمان» of «سلطنة عمان») gives way to the longer.
            guard place.procliticLength == 0, start >= verb + 2 else { continue }
            let before = text.tokens[start - 1].key
            if before.sameBytes("في") || EntityRecognizer.isLocalityHead(before) { return true }
            // «السلطات المحلية بإقليم أزيلال»: a locality head glued to ب.
            if before.startsWithBytes("ب"), before.scalarCount > 3, EntityRecognizer.isLocalityHead(before.droppingScalars(1)) { return true }
            // «مديرية صحة نينوى»: the place a body's head and its field are of.
            if start >= verb + 3, EntityLexicons.organizationHead(at: start - 2, in: text)?.procliticLength == 0 { return true }
        }
        return false
    }

    /// Whether `key` is one of ``announcedNouns`` or ``reportedEvents``, bare or with the pronoun of
    /// the one who announces it («أعلنت الشركة، اليوم، تلقيها 9 عروض»).
    private static func isAnnouncedNoun(_ key: String) -> Bool {
        // «أعلنت الوزارة البدء في ترميم …»: the verbal noun may carry the article.
        if announcedNouns.contains(key) || reportedEvents.contains(key)
            || key.startsWithBytes("ال") && announcedNouns.contains(key, droppingScalars: 2) {
            return true
        }
        var key = key
        return key.withUTF8 { bytes in
            ownPronouns.contains { pronoun in
                bytes.count > pronoun.count + 4 && bytes.suffix(pronoun.count).elementsEqual(pronoun)
                    && announcedNouns.contains(utf8: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - pronoun.count)]))
            }
        }
    }

    /// The pronouns of the subject on its announced act (ها، ه، هم), in UTF-8.
    private static let ownPronouns: [[UInt8]] = ["ها", "هم", "ه"].map { Array($0.utf8) }

    /// Where what the verb at `verb` calls for, demands, warns of or expects starts, where the token at
    /// `index` opens it: after «إلى» for «دعا» («دعت الوزارة إلى تسجيل الأبناء»), or right after the
    /// participle, whose subject is the sentence's, with whom it calls on («داعيا الأسر إلى تسجيل
    /// أبنائها»); at the word glued to «بـ» for «طالب» and «ناشد» («طالب النواب بتعيين أعضاء الهيئة»);
    /// after «من» for «حذّر» («حذر من اضطراب البحر»); at the verbal noun right after «توقع»; at the
    /// need or importance after «على» for «شدد» and «أكد» («شدد على ضرورة …»). A «بـ» that
    /// names the speaker's body or place («باسم الوزارة»، «ببغداد») opens nothing.
    private static func requestedObjectStart(at index: Int, after verb: Int, in text: AnnotatedText) -> Int? {
        guard let form = text.tokens[verb].reportingForm, index > verb, index + 1 < text.tokens.count,
              text.tokens[index + 1].isWord, !complementizers.contains(text.tokens[index + 1].key)
        else { return nil }
        let key = text.tokens[index].key
        switch form.lemma {
        case callVerb:
            guard key.sameBytes("الي") else { return nil }
            return form.isParticiple && index > verb + 1 ? verb + 1 : index + 1
        case pointVerb:
            // «مشيرا إلى تسجيل وفاة واحدة أمس»: what the speaker pointed to, a noun right after «إلى».
            return key.sameBytes("الي") && index == verb + 1 && !NameWords.isStopword(text.tokens[index + 1].key) ? index + 1 : nil
        case warnVerb:
            return key.sameBytes("من") ? index + 1 : nil
        case stressVerb, confirmVerb:
            // «وشدد العجمي على ضرورة ربط التوزيع بجدول زمني»: the need or the importance stressed.
            return key.sameBytes("علي") && necessityNouns.contains(text.tokens[index + 1].key) ? index + 1 : nil
        case expectVerb:
            // «متوقعا إعادة الضخ مساء غد»: what is expected, as a verbal noun right after the verb or
            // after the comma that closes its subject («يتوقع المعهد، بحسب نشرته، تواصل …»).
            return (index == verb + 1 || text.tokens[index - 1].isComma) && isAnnouncedNoun(key) ? index : nil
        case demandVerb, appealVerb:
            // A word right after a preposition is a noun of its own («في بحيرة السد»), not بـ and a noun.
            guard key.startsWithBytes("ب"), key.scalarCount >= 4, !text.tokens[index].hasArticle || key.startsWithBytes("بال"),
                  !Self.prepositions.contains(text.tokens[index - 1].key),
                  !["باسم", "بلسان"].contains(where: key.sameBytes),
                  Gazetteer.match(in: text.words, at: index).map({ $0.entry.type == .location }) != true,
                  // «طالب عميد بلدية زوارة …»: a head that opens with the letter ب is the subject's.
                  !EntityRecognizer.isLocalityHead(key), OrganizationHeadLexicon.match(in: text.words, at: index) == nil,
                  !complementizers.contains(key)
            else { return nil }
            return index
        default:
            return nil
        }
    }

    /// Prepositions after which no word carries a preposition of its own (matching form).
    private static let prepositions: WordIndex = ["في", "من", "الي", "علي", "عن", "مع", "لدي", "داخل", "قرب"]

    private static let callVerb = ArabicNormalizer.matching.normalizedString("دعا")
    private static let warnVerb = ArabicNormalizer.matching.normalizedString("حذر")
    private static let pointVerb = ArabicNormalizer.matching.normalizedString("أشار")
    private static let expectVerb = ArabicNormalizer.matching.normalizedString("توقع")
    private static let demandVerb = ArabicNormalizer.matching.normalizedString("طالب")
    private static let stressVerb = ArabicNormalizer.matching.normalizedString("شدد")
    private static let confirmVerb = ArabicNormalizer.matching.normalizedString("أكد")

    /// Nouns of need and importance that «شدد على» and «أكد على» stress (matching form).
    private static let necessityNouns: WordIndex = ["ضروره", "اهميه", "وجوب"]
    private static let appealVerb = ArabicNormalizer.matching.normalizedString("ناشد")

    /// Verbal nouns of what authorities announce, disclose or deny (matching form): an operation's
    /// start or end, a seizure, a decision, a count; and the plans they announce.
    private static let announcedNouns = WordIndex(
        """
        انتهاء بدء انطلاق تشكيل إطلاق ضبط حجز تسجيل إغلاق افتتاح رفع خفض تأجيل إلغاء تعليق استئناف وصول وفاة مقتل \
        اعتقال توقيف إحباط تخصيص إقرار اعتماد فتح منح تعيين إعفاء تمديد زيادة تسخير ابتعاث إصابة استقبال توقيع إبرام \
        اكتمال إنجاز تنفيذ إجلاء إنقاذ تفكيك مصادرة تحرير إعادة خطة برنامج مشروع حزمة مبادرة حملة اتفاق قرار \
        تلقي تسلم استلام تعرض وقوع انقطاع تعطل توقف اندلاع بلوغ ارتفاع انخفاض تراجع عودة \
        إيقاف وقف حظر منع سحب تشغيل تدشين طرح صرف توزيع إنشاء تعديل توفير إرسال تقديم عزم تنظيم \
        تواصل استمرار هطول تحسن خلو تفشي رصد اكتشاف عثور إقفال سيطرة \
        فسخ نشر إيفاد إقالة إصدار إدراج فقدان حصول نجاح فك فوز إحالة
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// «وإن» and «وأن» with their pronouns (matching form), which carry a statement on past a quotation.
    private static let continuingComplementizers: WordIndex = ["وان", "وانه", "وانها", "وانهم", "وبان", "وبانه", "وبانها"]

    /// Words before «أن» that make it no complementizer of speech (matching form).
    private static let adverbialBeforeAn = WordIndex(
        ["قبل", "بعد", "منذ", "دون", "بدون", "حتى", "بمجرد", "عقب", "إثر"].map { ArabicNormalizer.matching.normalizedString($0) })

    private func tokenRange(ofSentence sentence: Int, in text: AnnotatedText) -> Range<Int> {
        guard text.tokensOfSentence.indices.contains(sentence), !text.tokensOfSentence[sentence].isEmpty else { return 0..<0 }
        return text.tokensOfSentence[sentence]
    }
}

extension Quote {
    /// The quote with its speaker item recorded as a provisional id (`#index`), which the annotator
    /// replaces with the entity's id.
    fileprivate func withSpeakerItem(_ item: Int?, of entities: DocumentEntities) -> Quote {
        var quote = self
        quote.speaker = item.map { "#\($0)" }
        return quote
    }
}
