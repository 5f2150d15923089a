import ArabicText

/// Resolves the subject of a reporting verb to an entity: a name, a nominal reference
/// (المتحدث، القيادة، الوزارة) or, where the verb has no subject, the last speaker of its gender.
struct SpeakerResolver {
    let text: AnnotatedText
    let entities: DocumentEntities
    /// The last attributed speaker of each gender, and of either.
    private(set) var lastByGender: [ReportingVerbs.Gender: Attribution] = [:]
    private(set) var last: Attribution?
    /// The last speaker said to have issued a statement («في بيان»، «في بلاغ»), whom «البيان» stands
    /// for as the subject of a later verb («وأضاف البيان أن …»).
    private(set) var lastIssuer: Attribution?
    /// The last unnamed source of each plain noun (مصادر، مسؤول، شهود: matching form), whom the noun
    /// with the article stands for as the subject of a later verb («وأضافت المصادر أن …»).
    private var unnamedSources: [String: Attribution] = [:]
    /// For each entity, the words a nominal reference can be: the first word of each of a person's
    /// roles (matching form), or an organization's first word; computed once, read at every verb.
    private let referenceHeads: [[String]]
    /// For each person, every word of their roles (matching form), which a nisba refers back to
    /// («النقابي» for «الكاتب العام لنقابة عمال السكك»).
    private let roleWords: [[String]]

    init(text: AnnotatedText, entities: DocumentEntities) {
        self.text = text
        self.entities = entities
        referenceHeads = entities.items.map { item in
            switch item.type {
            case .person: item.roles.compactMap { ArabicNormalizerKey.of($0).split(separator: " ").first.map(String.init) }
            case .organization: [item.key.split(separator: " ").first.map(String.init) ?? ""]
            // A facility speaks through its administration: «أعلنت إدارة المستشفى» after «مستشفى ملوي العام».
            case .location:
                item.key.split(separator: " ").first.map(String.init).map { EntityRecognizer.facilityHead($0) != nil ? [$0] : [] } ?? []
            }
        }
        roleWords = entities.items.map { item in
            item.type == .person ? item.roles.flatMap { ArabicNormalizerKey.of($0).split(separator: " ").map(String.init) } : []
        }
    }

    /// Notes a resolved speaker, so continuations can find it.
    mutating func remember(_ attribution: Attribution) {
        guard attribution.item != nil || attribution.speakerText != nil else { return }
        last = attribution
        if let gender = attribution.gender { lastByGender[gender] = attribution }
        if attribution.item != nil, let verb = attribution.verbToken, mentionsAStatement(inSentenceOf: verb) { lastIssuer = attribution }
        if attribution.item == nil, let speaker = attribution.speakerText,
           let noun = speaker.split(separator: " ").first.map({ ArabicNormalizerKey.of(String($0)) }), Self.isPlainNoun(noun) {
            unnamedSources[noun] = attribution
        }
    }

    /// The one person of the article whose name opens with `givenName` (matching form), if exactly one
    /// does.
    private func onlyPerson(withGivenName givenName: String) -> Int? {
        let bearers = entities.items.indices.filter { index in
            let item = entities.items[index]
            guard item.type == .person, let first = item.name.split(separator: " ").first, item.name.contains(" ") else { return false }
            return ArabicNormalizerKey.of(String(first)).sameBytes(givenName)
        }
        return bearers.count == 1 ? bearers[0] : nil
    }

    /// Whether the sentence of token `index` names a statement or a report (بيان، بلاغ، تقرير) as where
    /// the words were said.
    private func mentionsAStatement(inSentenceOf index: Int) -> Bool {
        let sentence = text.sentenceOfToken[index]
        var token = index
        while token > 0, text.sentenceOfToken[token - 1] == sentence { token -= 1 }
        while token < text.tokens.count, text.sentenceOfToken[token] == sentence {
            if Self.statementNouns.contains(text.tokens[token].key) { return true }
            token += 1
        }
        return false
    }

    /// A statement as the place words were said, and as the subject that stands for its issuer.
    static let statementNouns: WordIndex = [
        "بيان", "بيانا", "ببيان", "البيان", "بلاغ", "بلاغا", "ببلاغ", "البلاغ", "تقرير", "تقريرا", "بتقرير", "التقرير", "تقريرها", "تقريره",
    ]
    /// A statement named with the article, which stands for the last body that issued one.
    static let statementSubjects: WordIndex = ["البيان", "البلاغ", "التقرير"]

    /// The speaker of the reporting verb at token `verb`.
    func resolve(verb: Int, form: ReportingVerbs.Form) -> Attribution {
        if var explicit = explicitSpeaker(verb: verb, form: form) {
            // The verb agrees with its subject: «قالت …، نوار كاظم، إن» is a woman, whose name the
            // lexicons may not know, and «وأضافت» goes on with her. «نقلت» agrees with the outlet.
            if let gender = form.gender, form.lemma != "نقل" { explicit.gender = gender }
            return explicit
        }
        // No subject: the verb continues the last speaker of its gender (وأضاف، وأضافت، مضيفا), or
        // the person its sentence opened with when no one has spoken in it yet («وأمر المحافظ
        // فلان بصرف التعويضات، وأكد أن …»).
        var previous = form.gender.flatMap { lastByGender[$0] } ?? last
        // A verb of the other gender does not continue the last speaker: «قالت» after «قال فلان».
        if let gender = form.gender, let own = previous?.gender, own != gender { previous = nil }
        let sentence = text.sentenceOfToken[verb]
        // «قال الناطق باسم الجامعة، لوكالة وات، إن "…"، مضيفا أن …»: a participle goes on with whoever
        // spoke last in its sentence, even where the speaker is known by a body of the other gender or
        // an earlier speaker of its own gender was named before the sentence («نقلت وكالة عن مصدر
        // قوله …، مشيرا إلى …»).
        if form.isParticiple, let last, last.verbToken.map({ text.sentenceOfToken[$0] == sentence }) == true {
            previous = last
        }
        let spokeInSentence = previous?.verbToken.map { text.sentenceOfToken[$0] == sentence } ?? false
        // «لكن مصدرا بالوزارة نفى ذلك، موضحا أن …»، «وهو ما نفاه مصدر، موضحا …»: a participle goes on
        // with the subject of the verb of saying before it in its sentence, named or not.
        // A title alone there gives way to the person it was last seen with («طالب محافظ ذي قار …،
        // مؤكدا»), as before.
        if !spokeInSentence, form.isParticiple, let earlier = verbOfSaying(inSentenceBefore: verb),
           let subject = explicitSpeaker(verb: earlier.token, form: earlier.form),
           subject.item != nil || EntityLexicons.role(at: earlier.token + 1, in: text) == nil {
            return Attribution(
                item: subject.item, speakerText: subject.speakerText, cue: text.tokens[verb].surface, verbToken: verb,
                gender: subject.gender ?? form.gender, continuedVerb: earlier.token)
        }
        if !spokeInSentence, let opener = firstSubject(inSentenceBefore: verb, gender: form.gender) {
            previous = attribution(of: opener, cue: nil, verb: nil)
        }
        return Attribution(
            item: previous?.item, speakerText: previous?.speakerText, cue: text.tokens[verb].surface, verbToken: verb,
            gender: previous?.gender ?? form.gender, continuedVerb: previous?.verbToken)
    }

    /// The last finite verb of saying before `verb` in its sentence, written bare or with the object
    /// pronoun of what it says («نفاه»، «أكده»).
    private func verbOfSaying(inSentenceBefore verb: Int) -> (token: Int, form: ReportingVerbs.Form)? {
        let sentence = text.sentenceOfToken[verb]
        var index = verb - 1
        while index >= 0, text.sentenceOfToken[index] == sentence {
            let token = text.tokens[index]
            // «نقلت عنه وكالة …»: the outlet that carried the words says nothing of who said them.
            let carries = index + 1 < text.tokens.count && text.tokens[index + 1].key.startsWithBytes("عن")
            if token.isWord, !carries,
               let form = token.reportingForm ?? ReportingVerbs.form(withObjectPronoun: token.key), !form.isParticiple {
                return (index, form)
            }
            index -= 1
        }
        return nil
    }

    /// The speaker the reporting verb at token `verb` names itself (its subject, or the source after
    /// «نقل … عن»), or `nil` when the verb has none and continues an earlier speaker.
    func explicitSpeaker(verb: Int, form: ReportingVerbs.Form) -> Attribution? {
        let cue = text.tokens[verb].surface
        if let antecedent = antecedent(ofRelativeBefore: verb) { return attribution(of: antecedent, cue: cue, verb: verb) }
        // «وألقى ممثل الوزير كلمة قال فيها إن …»، «وأصدرت الوزارة بيانا قالت فيه إن …»: who speaks is
        // the subject of the verb that gave the speech or the statement, which opens the sentence.
        if let giver = speechGiver(before: verb), var found = explicitSpeaker(verb: giver, form: form) {
            found.cue = cue
            found.verbToken = verb
            return found
        }
        // «نقلت وكالة X عن فلان قوله»: the speaker is the one after عن, the outlet only carried it.
        if form.lemma == "نقل", let source = speakerAfterAn(verb: verb) { return source }
        // «وكانت المنظمة قد أعلنت الشهر الماضي تمويل …»: the past perfect names its subject before
        // the verb; a name after the verb is in what was announced.
        if form.isAnnouncement, !form.isParticiple, let subject = subjectOfKanaQad(verb: verb) {
            return attribution(ofSubjectBefore: subject, cue: cue, verb: verb)
        }
        // «وكانت السلطات قد أعلنت …»: a definite noun no entity names is the subject all the same,
        // the body it stands for where one was named.
        if form.isAnnouncement, !form.isParticiple, verb >= 3, text.tokens[verb - 1].key.sameBytes("قد"),
           Self.kana.contains(text.tokens[verb - 3].key), text.tokens[verb - 2].isWord, text.tokens[verb - 2].hasArticle,
           !NameWords.isStopword(text.tokens[verb - 2].key) {
            return definiteNounSpeaker(at: verb - 2, cue: cue, verb: verb, gender: form.gender)
        }
        // «وقالت، في تصريح لـ«…»، نائبة رئيس المجلس، فلانة، إن»: the subject after where the words
        // were given.
        let anchor = text.tokens.indices.contains(verb + 1) && text.tokens[verb + 1].isComma ? parenthesisEnd(at: verb + 1) ?? verb : verb
        let subject = anchor + 1
        // «… شادان عمر فتاح قالت، وفق ما أوردته شبكة …، إن»: a person right before a verb that a comma
        // follows is its subject; the outlet after the comma only carried the words.
        if !form.isParticiple, verb > 0, subject < text.tokens.count, text.tokens[subject].isComma,
           !text.tokens[verb].key.startsWithBytes("و"),
           let before = entities.occurrence(covering: verb - 1), before.tokens.upperBound == verb,
           entities.items[before.item].type == .person {
            return attribution(of: before, cue: cue, verb: verb)
        }
        if !form.isParticiple, subject < text.tokens.count, text.sentenceOfToken[subject] == text.sentenceOfToken[verb] {
            let token = text.tokens[subject]
            // «وقال مصدر قضائي لشبكة …»، «وقال أحد المتضررين لـ…»: an unnamed source right after the
            // verb is the subject; a body further on is where it spoke, unless a person is named.
            let opensUnnamed = token.isWord && (Self.isPlainNoun(token.key) || Self.isOneOf(token.key) || isIndefiniteSource(at: subject))
                && entities.occurrence(startingAt: subject) == nil
            if let occurrence = namedSubject(after: anchor), !opensUnnamed || entities.items[occurrence.item].type == .person {
                // «وأضاف الوزير أمام نواب المجلس الشعبي الوطني أن …»: a body further on is no subject
                // when the word after the verb refers to someone already named.
                let isLaterBody = entities.items[occurrence.item].type != .person && occurrence.tokens.lowerBound > subject
                if !(isLaterBody && token.isWord && nominalReference(token.key, before: verb) != nil) {
                    var found = attribution(of: occurrence, cue: cue, verb: verb)
                    // «قال المتحدث باسم وزارة الخارجية إن …»: an office with no name speaks for its
                    // body, and the words say who spoke.
                    // «الناطق الإعلامي باسم دائرة الجمارك»: or a role that names whom it speaks for.
                    if isLaterBody, let role = EntityLexicons.role(at: subject, in: text),
                       (subject + 1...role.tokens.upperBound).contains(occurrence.tokens.lowerBound)
                        || speaksFor(occurrence, after: role.tokens.upperBound) {
                        found.speakerText = text.text(ofTokens: subject..<occurrence.tokens.upperBound)
                    }
                    return found
                }
            }
            // «وأعلنت إدارة المستشفى أن …»: the administration speaks for the body or facility named before.
            if token.isWord, Self.administrationWords.contains(token.key), subject + 1 < text.tokens.count,
               text.sentenceOfToken[subject + 1] == text.sentenceOfToken[verb], text.tokens[subject + 1].hasArticle,
               let item = nominalReference(text.tokens[subject + 1].key, before: verb) {
                return Attribution(
                    item: item, speakerText: text.text(ofTokens: subject..<(subject + 2)), cue: cue, verbToken: verb, gender: form.gender)
            }
            // «وأضاف البيان أن …»: the statement speaks for whoever issued it.
            if Self.statementSubjects.contains(token.key), let issuer = lastIssuer {
                return Attribution(item: issuer.item, speakerText: issuer.speakerText, cue: cue, verbToken: verb, gender: issuer.gender)
            }
            // «أعلن الأسبوع الماضي أن»: a time word after the verb is no subject.
            if token.isWord, !Self.subjectless.contains(token.key), !NameWords.timeWords.contains(token.key) {
                if let item = qualifiedReference(at: subject, before: verb) ?? nominalReference(token.key, before: verb) {
                    // «وأكد رئيس الهيئة أن»: the words are the whole title.
                    let words = EntityLexicons.role(at: subject, in: text)?.tokens ?? subject..<(subject + 1)
                    if holdsTheOffice(item, titled: words) {
                        return Attribution(
                            item: item, speakerText: text.text(ofTokens: words), cue: cue, verbToken: verb, gender: entities.items[item].gender)
                    }
                }
                // «وأشار المتحدث إلى أن …»: «المتحدث» that speaks for no office is the one who was
                // speaking, the last named speaker of its gender.
                if Self.speakingNouns.contains(token.key),
                   subject + 1 >= text.tokens.count || !text.tokens[subject + 1].key.sameBytes("باسم"),
                   let previous = lastByGender[Self.gender(ofDefiniteNoun: token.key)], let item = previous.item,
                   entities.items[item].type == .person {
                    return Attribution(item: item, speakerText: token.surface, cue: cue, verbToken: verb, gender: previous.gender)
                }
                // «وأضافت المصادر أن …»: the unnamed source named before with the bare noun.
                if token.key.startsWithBytes("ال"), let source = unnamedSources[token.key.droppingScalars(2)] {
                    return Attribution(item: nil, speakerText: source.speakerText, cue: cue, verbToken: verb, gender: form.gender)
                }
                if let role = EntityLexicons.role(at: subject, in: text) {
                    // «قال رئيس الاتحاد إن …»: a role that names no one still says who spoke, up to
                    // the outlet it spoke to («لقناة …»).
                    var end = role.tokens.dropFirst().first { TransmissionChain.isOutletGivenTo(at: $0, in: text) } ?? role.tokens.upperBound
                    // «قيادي في حركة …»، «مسؤول في إدارة الميناء»: the body the role ends on.
                    if end == role.tokens.upperBound, text.tokens[end - 1].key.sameBytes("في"),
                       let body = entities.occurrence(startingAt: end), entities.items[body.item].type != .person {
                        end = body.tokens.upperBound
                    }
                    // «مسؤول في الشركة العامة لموانئ العراق»: a body the role's words run into goes to its end.
                    if end == role.tokens.upperBound, let body = entities.occurrence(covering: end - 1), body.tokens.upperBound > end,
                       entities.items[body.item].type != .person {
                        end = body.tokens.upperBound
                    }
                    return Attribution(
                        item: nil, speakerText: text.text(ofTokens: role.tokens.lowerBound..<end), cue: cue, verbToken: verb,
                        gender: form.gender)
                }
                if opensUnnamed {
                    // «قال مصدر أمني لوكالة …»: the unnamed source with its adjective.
                    var source = unnamedSource(from: subject, cue: verb)
                    source.gender = form.gender
                    return source
                }
                // «ودعت المواطنين إلى …»: a plural or a dual in ين is in the accusative, the verb's object;
                // the subject is the one the verb goes on from.
                if token.key.startsWithBytes("ال"), token.key.endsWithBytes("ين"), token.key.scalarCount >= 6 { return nil }
                if token.key.startsWithBytes("ال") || isBareNameBeforeClause(at: subject) {
                    // «وقالت خديجة إنها …»: a given name alone, where one person of the article bears it.
                    let item = token.key.startsWithBytes("ال") ? nil : onlyPerson(withGivenName: token.key)
                    return Attribution(item: item, speakerText: token.surface, cue: cue, verbToken: verb, gender: item.flatMap { entities.items[$0].gender } ?? form.gender)
                }
            }
        }
        if !form.isParticiple, let occurrence = subjectBefore(verb: verb) {
            return attribution(ofSubjectBefore: occurrence, cue: cue, verb: verb)
        }
        if !form.isParticiple, let first = unnamedSubjectBefore(verb: verb) {
            var source = unnamedSource(from: first, cue: verb)
            source.gender = form.gender
            return source
        }
        return nil
    }

    /// The first token of an unnamed source put before its verb after «أن» or «لكن» («غير أن مصدرا
    /// مطلعا على الملف أوضح …»، «لكن مسؤولين أكدوا …»), within a few words of the verb; `nil` otherwise.
    private func unnamedSubjectBefore(verb: Int) -> Int? {
        let sentence = text.sentenceOfToken[verb]
        var index = verb - 1
        while index > 0, verb - index <= 6, text.sentenceOfToken[index] == sentence {
            let token = text.tokens[index]
            if token.kind == .punctuation { return nil }
            let opener = text.tokens[index - 1].key
            if ["ان", "لكن", "ولكن", "لان", "بل"].contains(where: opener.sameBytes), token.isWord,
               Self.isPlainNoun(token.key) || Self.isOneOf(token.key)
                || token.key.endsWithBytes("ا") && Self.isPlainNoun(token.key.droppingLastScalar()) {
                return index
            }
            index -= 1
        }
        return nil
    }

    /// Whether the body `occurrence` is whom a role ending at `roleEnd` speaks for: «باسم» or «بلسان»
    /// right before it, after the role's definite adjectives at most («الناطق الإعلامي باسم …»).
    private func speaksFor(_ occurrence: DocumentEntities.Occurrence, after roleEnd: Int) -> Bool {
        let start = occurrence.tokens.lowerBound
        guard start > roleEnd, start - roleEnd <= 3, ["باسم", "بلسان"].contains(where: text.tokens[start - 1].key.sameBytes) else { return false }
        return (roleEnd..<(start - 1)).allSatisfy { text.tokens[$0].isWord && text.tokens[$0].hasArticle }
    }

    /// The antecedent of a relative pronoun after a comma right before the verb at `verb` («…، والبروفيسور
    /// فلان من جامعة …، الذي أشار إلى أن»): the last person of the pronoun's gender named before the
    /// comma in the sentence, past the bodies and places that describe where the person is from; for
    /// «التي», a body where no woman is named.
    private func antecedent(ofRelativeBefore verb: Int) -> DocumentEntities.Occurrence? {
        guard verb >= 2, text.tokens[verb - 2].isComma else { return nil }
        let pronoun = text.tokens[verb - 1].key
        let gender: ReportingVerbs.Gender
        if pronoun.sameBytes("الذي") { gender = .masculine } else if pronoun.sameBytes("التي") { gender = .feminine } else { return nil }
        let sentence = text.sentenceOfToken[verb]
        var body: DocumentEntities.Occurrence?
        for occurrence in entities.occurrences.reversed() where occurrence.tokens.upperBound <= verb - 2 {
            guard text.sentenceOfToken[occurrence.tokens.lowerBound] == sentence else { break }
            let item = entities.items[occurrence.item]
            if item.type == .person, item.gender.map({ $0 == gender }) ?? true { return occurrence }
            if gender == .feminine, item.type == .organization, body == nil { body = occurrence }
        }
        return body
    }

    /// The first person mentioned in the sentence of token `verb` before it, of the verb's gender
    /// where the person's is known; or else the first organization of that gender («وكانت الحكومة قد
    /// رفعت الأسعار، في خطوة قالت إنها …»).
    private func firstSubject(inSentenceBefore verb: Int, gender: ReportingVerbs.Gender?) -> DocumentEntities.Occurrence? {
        let sentence = text.sentenceOfToken[verb]
        var sentenceStart = verb
        while sentenceStart > 0, text.sentenceOfToken[sentenceStart - 1] == sentence { sentenceStart -= 1 }
        var organization: DocumentEntities.Occurrence?
        let first = entities.firstOccurrence(startingAfter: sentenceStart - 1)
        for occurrence in entities.occurrences[first...] {
            guard occurrence.tokens.upperBound <= verb else { break }
            guard text.sentenceOfToken[occurrence.tokens.lowerBound] == sentence,
                  text.paragraphOfToken[occurrence.tokens.lowerBound] == text.paragraphOfToken[verb]
            else { continue }
            let item = entities.items[occurrence.item]
            if let gender, let own = item.gender, own != gender { continue }
            switch item.type {
            case .person: return occurrence
            case .organization: if organization == nil { organization = occurrence }
            case .location: continue
            }
        }
        return organization
    }

    /// A subject named right before its verb, at the start of the sentence or after a complementizer
    /// («وذكر البيان أن الجبوري أكد …»), where the verb has no subject after it.
    private func subjectBefore(verb: Int) -> DocumentEntities.Occurrence? {
        if let subject = subjectOfKanaQad(verb: verb) { return subject }
        // A dateline's credit on the line before («دنقلا - عاين») is no subject of the text's first verb.
        guard verb > 0, let occurrence = entities.occurrence(covering: verb - 1), occurrence.tokens.upperBound == verb,
              entities.items[occurrence.item].type != .location,
              text.paragraphOfToken[occurrence.tokens.lowerBound] == text.paragraphOfToken[verb]
        else { return nil }
        let before = occurrence.tokens.lowerBound - 1
        guard before >= 0, text.sentenceOfToken[before] == text.sentenceOfToken[verb] else { return occurrence }
        return Self.complementizers.contains(text.tokens[before].key) ? occurrence : nil
    }

    private static let complementizers: WordIndex = ["ان", "بان", "لان", "انه", "وان", "فان"]

    /// The subject of «كان X … قد أعلن»: the past perfect puts the subject between كان and قد, with
    /// its titles; the first person named there, or else the first organization.
    private func subjectOfKanaQad(verb: Int) -> DocumentEntities.Occurrence? {
        guard verb > 1, text.tokens[verb - 1].key.sameBytes("قد") else { return nil }
        let sentence = text.sentenceOfToken[verb]
        var kana = verb - 2
        while kana >= 0, verb - kana <= 16, text.sentenceOfToken[kana] == sentence, !Self.kana.contains(text.tokens[kana].key) {
            kana -= 1
        }
        guard kana >= 0, verb - kana <= 16, text.sentenceOfToken[kana] == sentence else { return nil }
        let between = entities.occurrences[entities.firstOccurrence(startingAfter: kana)...]
            .prefix { $0.tokens.upperBound < verb }
        return between.first { entities.items[$0.item].type == .person }
            ?? between.first { entities.items[$0.item].type == .organization }
    }

    private static let kana: WordIndex = ["كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"]

    /// The attribution of a subject named before its verb; a body after a one-word title («وكان
    /// رئيس البلدية قد حذر») is the person named before who holds that office, where there is one.
    private func attribution(ofSubjectBefore subject: DocumentEntities.Occurrence, cue: String, verb: Int) -> Attribution {
        if entities.items[subject.item].type != .person, let holder = officeHolder(titledAt: subject.tokens.lowerBound - 1, cue: cue, verb: verb) {
            return holder
        }
        return attribution(of: subject, cue: cue, verb: verb)
    }

    /// The person named before who holds the office of the one-word title at `index` and the body
    /// after it («رئيس البلدية» for «رئيس بلدية طرابلس، المهندس فلان»), as the verb's subject.
    private func officeHolder(titledAt index: Int, cue: String, verb: Int) -> Attribution? {
        guard index >= 0, text.tokens[index].isWord, let role = EntityLexicons.role(at: index, in: text), role.tokens.lowerBound == index,
              let item = nominalReference(text.tokens[index].key, before: verb), entities.items[item].type == .person,
              holdsTheOffice(item, titled: role.tokens)
        else { return nil }
        var end = role.tokens.upperBound
        if let body = entities.occurrence(startingAt: end), entities.items[body.item].type != .person { end = body.tokens.upperBound }
        return Attribution(item: item, speakerText: text.text(ofTokens: index..<end), cue: cue, verbToken: verb, gender: entities.items[item].gender)
    }

    /// The person or organization a reporting verb's subject names: the first one between the verb
    /// and its reported clause, a person winning over an organization that only completes a role
    /// («قال المتحدث باسم وزارة الصحة، فلان، إن» is فلان). Mentions glued to a preposition (لوكالة،
    /// بالعراق) are adjuncts, not subjects.
    private func namedSubject(after verb: Int) -> DocumentEntities.Occurrence? {
        let sentence = text.sentenceOfToken[verb]
        if let person = apposedSubject(after: verb) { return person }
        var organization: DocumentEntities.Occurrence?
        var index = verb + 1
        // «قال الباحث في التراث السوري فلان»: a «في» inside the role opens no adjunct.
        let subjectRole = EntityLexicons.role(at: verb + 1, in: text)
        // «قالت استشارية طب الطوارئ في مؤسسة … الدكتورة فلانة»: a role that takes a genitive goes on
        // with its field first.
        let lexiconRole = RoleLexicon.match(in: text.words, at: verb + 1)
        let subjectRoleEnd = subjectRole.map { role in
            lexiconRole.map { $0.takesGenitive && role.tokens.count == $0.wordCount } == true
                ? genitiveEnd(after: role.tokens.upperBound) : role.tokens.upperBound
        }
        let roleEnd = subjectRoleEnd ?? index
        // The end of the body the subject's role heads, where it names one right after the role.
        var headedBodyEnd: Int?
        while index < text.tokens.count, index - verb <= 16, text.sentenceOfToken[index] == sentence {
            if index < roleEnd, text.tokens[index].key.sameBytes("في"), entities.occurrence(startingAt: index + 1) == nil {
                index = roleEnd
                continue
            }
            let token = text.tokens[index]
            // «أعلن المتحدث باسم الدفاع المدني في المنطقة الشرقية، العقيد فلان، أن»: where the office is
            // belongs to the subject; any other «في» opens an adjunct.
            if index > verb + 1, token.key.sameBytes("في"), let end = EntityLexicons.officePlace(after: index, in: text) {
                index = end
                continue
            }
            // «المتحدث باسم مجلس القضاء في الإقليم، القاضي فلان، إن»: the name in apposition after
            // the office speaks.
            if token.key.sameBytes("في"), organization != nil, let person = appositionPerson(after: index) { return person }
            // «أكد مدير الكرة في نادي كاظمة فلان»، «قال الباحث في التراث السوري فلان»: the body or the
            // field of the role that opens the subject, then the name of who holds it.
            // «قالت رئيسة جمعية حماية المستهلك في محافظة الخليل فلانة»: or the body the role heads,
            // then where it is.
            if token.key.sameBytes("في"), subjectRoleEnd == index || headedBodyEnd == index,
               let person = personAfterField(from: index + 1, sentence: sentence) {
                return person
            }
            // «قال المحلل المختص في أسواق الطاقة فلان»: the field after the title's specialty.
            if subjectRoleEnd == index, EntityRecognizer.isSpecialty(at: index, in: text),
               let person = personAfterField(from: index + 2, sentence: sentence) {
                return person
            }
            // «قالت رئيسة قسم الرقابة بإدارة الغذاء في الهيئة … الصيدلانية فلانة»: a role in the construct
            // after the verb names no one yet, so its holder's name follows however far its body and
            // where it sits run on («وقال الوزير في مؤتمر صحفي مع نظيره فلان» is said by the minister).
            if token.key.sameBytes("في"), let role = subjectRole, !text.tokens[role.tokens.lowerBound].hasArticle,
               let person = personAfterField(from: index + 1, sentence: sentence) {
                return person
            }
            if Self.clauseOpeners.contains(token.key) || token.isPunctuation(":") { break }
            // «وقال الوزير بحسب العربية إن»: the outlet after بحسب carried the words; it did not say them.
            if TransmissionChain.introducesAnOutlet(token.key), let carrier = entities.occurrence(startingAt: index + 1) {
                index = carrier.tokens.upperBound
                continue
            }
            // «وقال أمام هيئة المحكمة:»: whom the words were said before did not say them.
            if token.key.sameBytes("امام"),
               let audience = ((index + 1)...min(index + 2, text.tokens.count - 1)).lazy.compactMap({ entities.occurrence(startingAt: $0) }).first {
                index = audience.tokens.upperBound
                continue
            }
            // «وقالت الوزيرة لموقع هسبريس إن»: the outlet the words were given to did not say them.
            if TransmissionChain.isOutletGivenTo(at: index, in: text) {
                let outlet = entities.occurrence(covering: index) ?? entities.occurrence(startingAt: index + 1)
                if let outlet, entities.items[outlet.item].type == .organization {
                    index = outlet.tokens.upperBound
                    continue
                }
            }
            if token.kind == .punctuation, ["«", "“", "\""].contains(token.surface.unicodeScalars.first) {
                // «عضو حملة «ناطر بيت» فلانة»: a body's name in marks after its head goes on with the
                // subject.
                let previous = text.tokens[index - 1]
                if index > verb + 1, previous.isWord, !previous.hasArticle, previous.reportingForm == nil,
                   let marks = text.quotedWords(at: index, before: text.tokens.count) {
                    index = marks.upperBound + 1
                    continue
                }
                break
            }
            if let occurrence = entities.occurrence(startingAt: index) {
                let item = entities.items[occurrence.item]
                // The letter must be outside the name: ليلى، بشار and لاثارو open with ل and ب themselves.
                let glued = isGluedLam(at: index, before: item) || token.key.startsWithBytes("ب") && !Self.opens(item, with: "ب")
                if !glued {
                    if item.type == .person { return occurrence }
                    if item.type == .organization, organization == nil {
                        if index == subjectRoleEnd { headedBodyEnd = occurrence.tokens.upperBound }
                        // An organization right after the verb is the subject unless a name follows it.
                        organization = occurrence
                        if index == verb + 1, !hasPerson(after: occurrence.tokens.upperBound, before: verb + 16, sentence: sentence) {
                            return occurrence
                        }
                    }
                }
                index = occurrence.tokens.upperBound
                continue
            }
            index += 1
        }
        return organization
    }

    /// The end of the field a role in the construct names right after it («استشاري أمراض القلب»، «أخصائية
    /// التغذية العلاجية»، «رئيس قسم الطوارئ»): up to three words no name, body, function word or verb
    /// of saying opens, which end before «في».
    private func genitiveEnd(after start: Int) -> Int {
        var end = start
        while end < text.tokens.count, end - start < 3, text.tokens[end].isWord, !Stopwords.contains(text.tokens[end].key),
              text.tokens[end].reportingForm == nil,
              entities.occurrence(startingAt: end) == nil, text.sentenceOfToken[end] == text.sentenceOfToken[start] {
            end += 1
        }
        return end < text.tokens.count && text.tokens[end].key.sameBytes("في") ? end : start
    }

    /// The person named between commas after the description that opens the subject, however long
    /// it is and whatever it holds (a body, a field, a name in quotation marks): «قال رئيس فرقة «نجوم
    /// الحد» للفنون البحرية، فلان الفلاني، في تصريح …»، «أوضح المدير التنفيذي للخدمات الطبية في
    /// مؤسسة …، الدكتور فلان، أن …». The name follows the first comma, after a title at most, and a
    /// comma or the reported clause follows it; no person stands before the comma, and the reported
    /// clause has not begun.
    private func apposedSubject(after verb: Int) -> DocumentEntities.Occurrence? {
        let sentence = text.sentenceOfToken[verb]
        var index = verb + 1
        var standsForSomeone = false
        while index < text.tokens.count, index - verb <= 18, text.sentenceOfToken[index] == sentence {
            let token = text.tokens[index]
            if Self.relationNouns.contains(token.key) { standsForSomeone = true }
            if let occurrence = entities.occurrence(startingAt: index) {
                // «وقال وكيل فلان، المحامي فلان، إن»: a person in the genitive of a noun of relation
                // is whom the subject stands for or belongs to, not the subject.
                if entities.items[occurrence.item].type == .person, !standsForSomeone { return nil }
                index = occurrence.tokens.upperBound
                continue
            }
            if token.isPunctuation(":") || ["ان", "بان", "انه", "انها", "قوله", "قولها"].contains(where: token.key.sameBytes) { return nil }
            if token.isComma {
                guard index > verb + 1 else { return nil }
                var name = index + 1
                // «…، في تصريح لـ«الزمن»، الشيخ فلان إن»: past where the words were given.
                if let closing = parenthesisEnd(at: index) { name = closing + 1 }
                // «…، البريطاني فلان،»: the bearer's nationality before the name.
                if name + 1 < text.tokens.count, entities.occurrence(startingAt: name) == nil, text.tokens[name].hasArticle,
                   EntityLexicons.isNationality(at: name, in: text) {
                    name += 1
                }
                if name < text.tokens.count, entities.occurrence(startingAt: name) == nil,
                   let title = EntityLexicons.role(at: name, in: text), title.tokens.count <= 2 {
                    name = title.tokens.upperBound
                }
                guard let person = entities.occurrence(startingAt: name), entities.items[person.item].type == .person,
                      person.tokens.upperBound < text.tokens.count
                else { return nil }
                let after = text.tokens[person.tokens.upperBound]
                return after.isComma || after.opensAReportedClause ? person : nil
            }
            index += 1
        }
        return nil
    }

    /// The comma that closes a parenthesis on where the words were given or who carried them,
    /// opened by the comma at `comma`: «، في تصريح لـ«الزمن»،»، «، في حديث للإذاعة،»، «، وفق ما نقلته
    /// الوكالة،».
    func parenthesisEnd(at comma: Int) -> Int? {
        guard comma + 2 < text.tokens.count,
              text.tokens[comma + 1].key.sameBytes("في") && Self.interviewNouns.contains(text.tokens[comma + 2].key)
                || QuoteExtractor.trailingCues.contains(text.tokens[comma + 1].key)
        else { return nil }
        let sentence = text.sentenceOfToken[comma]
        return ((comma + 3)..<min(comma + 12, text.tokens.count)).first { text.tokens[$0].isComma && text.sentenceOfToken[$0] == sentence }
    }

    /// Nouns of statements given to an outlet (matching form): تصريح، حديث، مقابلة …
    private static let interviewNouns = WordIndex(
        ["تصريح", "تصريحات", "حديث", "مقابلة", "لقاء", "اتصال", "مداخلة", "حوار"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// A person named within six words from `start`, in `sentence`, with no punctuation but a comma
    /// and no clause opener before the name; bodies on the way are skipped.
    private func personAfterField(from start: Int, sentence: Int) -> DocumentEntities.Occurrence? {
        var index = start
        // A body counts as one step, however long its name («شركة «أكوا باور» المهندس فلان»).
        var steps = 0
        while index < text.tokens.count, steps < 6, text.sentenceOfToken[index] == sentence {
            steps += 1
            if let occurrence = entities.occurrence(startingAt: index) {
                if entities.items[occurrence.item].type == .person { return occurrence }
                index = occurrence.tokens.upperBound
                continue
            }
            let token = text.tokens[index]
            // «رئيس نقابة العاملين في الفنادق في بيت لحم فلان»: where the body is, one step more.
            if token.key.sameBytes("في"), let place = placeAfter(index) {
                index = place
                continue
            }
            // «في الهيئة الوطنية لتنظيم المهن (نهرا) الصيدلانية فلانة»: a short name in parentheses after
            // the body is part of it.
            if token.isPunctuation("("), let close = (index + 1..<min(index + 5, text.tokens.count)).first(where: { text.tokens[$0].isPunctuation(")") }) {
                index = close + 1
                continue
            }
            if token.kind == .punctuation && !token.isComma || Self.clauseOpeners.contains(token.key) { return nil }
            index += 1
        }
        return nil
    }

    /// The end of a place named right after token `index` («في بيت لحم»، «في محافظة الخليل»), its head
    /// («محافظة») taken with it; `nil` where none is.
    private func placeAfter(_ index: Int) -> Int? {
        var start = index + 1
        if start < text.tokens.count, EntityLexicons.placeHeads.contains(text.tokens[start].key) { start += 1 }
        guard let place = entities.occurrence(startingAt: start), entities.items[place.item].type == .location else { return nil }
        return place.tokens.upperBound
    }

    /// A person named between commas within a few words after token `start`, in its sentence: the
    /// apposition that follows an office and where it sits.
    private func appositionPerson(after start: Int) -> DocumentEntities.Occurrence? {
        let sentence = text.sentenceOfToken[start]
        var index = start + 1
        while index < text.tokens.count, index - start <= 6, text.sentenceOfToken[index] == sentence {
            let token = text.tokens[index]
            if token.isPunctuation(":") || Self.clauseOpeners.contains(token.key) && !token.key.sameBytes("في") { return nil }
            if token.isComma {
                for next in (index + 1)..<min(index + 3, text.tokens.count) {
                    if let occurrence = entities.occurrence(startingAt: next), entities.items[occurrence.item].type == .person {
                        return occurrence
                    }
                }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Whether the name of `item` or one of its forms opens with `letter`.
    private static func opens(_ item: DocumentEntities.Item, with letter: String) -> Bool {
        item.name.startsWithBytes(letter) || item.aliases.contains { $0.startsWithBytes(letter) }
    }

    private func hasPerson(after start: Int, before limit: Int, sentence: Int) -> Bool {
        var index = start
        while index < min(limit, text.tokens.count), text.sentenceOfToken[index] == sentence {
            if Self.clauseOpeners.contains(text.tokens[index].key) || text.tokens[index].isPunctuation(":") { return false }
            if let occurrence = entities.occurrence(startingAt: index) {
                if entities.items[occurrence.item].type == .person { return true }
                index = occurrence.tokens.upperBound
                continue
            }
            index += 1
        }
        return false
    }

    /// Words that open the reported clause, an adjunct («في») or a companion («مع نظيره فلان»), ending
    /// the search for a subject.
    private static let clauseOpeners: WordIndex = ["ان", "بان", "انه", "انها", "قوله", "قولها", "الي", "في", "مع"]

    /// The mention after «عن» in the sentence of a «نقل» verb, within a few words; after a chain of
    /// them («نقلت وكالة X عن صحيفة Y عن مسؤول …») the last, who first said it; and after «عنه»،
    /// «عنها» the last speaker of that gender («ونقلت قناة X عنه قوله …»).
    private func speakerAfterAn(verb: Int) -> Attribution? {
        let sentence = text.sentenceOfToken[verb]
        var index = verb + 1
        var found: Attribution?
        var limit = verb + 8
        while index + 1 < text.tokens.count, index <= limit, text.sentenceOfToken[index] == sentence {
            let key = text.tokens[index].key
            // «نقلت وكالة الأنباء الأردنية (بترا) الشهر الماضي عن …»: marks take no room.
            if text.tokens[index].kind == .punctuation { limit += 1 }
            if Self.clauseOpeners.contains(key), !key.sameBytes("في") { break }
            if key.sameBytes("عن"), let source = source(after: index, cue: verb) {
                found = source
                limit = index + 8
            } else if found != nil, key.sameBytes("قول"), let speaker = source(after: index, cue: verb) {
                // «نقلت جريدة «الشروق» عن قناة «النهار» قول مصدر قضائي إن …»: the outlet after «عن»
                // carried the words of the one whose saying it reported.
                return speaker
            } else if found == nil, let gender = Self.pronounGender(key), let previous = lastByGender[gender] {
                return Attribution(
                    item: previous.item, speakerText: previous.speakerText, cue: text.tokens[verb].surface, verbToken: verb,
                    gender: gender)
            }
            index += 1
        }
        return found
    }

    /// The gender of «عنه» or «عنها».
    private static func pronounGender(_ key: String) -> ReportingVerbs.Gender? {
        if key.sameBytes("عنه") { return .masculine }
        if key.sameBytes("عنها") { return .feminine }
        return nil
    }

    /// The source named after token `start` («عن»، «بحسب») in its sentence: a person, winning over
    /// an organization that only completes a role before the name («عن رئيس الجامعة، الدكتور فلان»);
    /// an unnamed source with its adjective and where it sits («عن مصادر حكومية»، «عن مسؤول في وزارة
    /// الخارجية»), which the organization it sits in does not replace; a role with no name after it
    /// («عن الناطق باسم الوزارة»), standing for its organization where one is named; or else an
    /// organization alone. `cue` is the token of the verb or word that introduced the statement.
    func source(after start: Int, cue: Int) -> Attribution? {
        let sentence = text.sentenceOfToken[start]
        let cueText = text.tokens[cue].surface
        var first = start + 1
        // «وحسب ما أفادت به مصادر قضائية»: the source follows the verb after «ما».
        if first + 1 < text.tokens.count, text.tokens[first].key.sameBytes("ما"), text.tokens[first + 1].reportsSpeech { first += 2 }
        // «وفق ما أفاد به مصدر أمني»: the pronoun of what was said comes before its source.
        if first < text.tokens.count, Self.whatWasSaid.contains(text.tokens[first].key) { first += 1 }
        guard first < text.tokens.count, text.sentenceOfToken[first] == sentence else { return nil }
        // «عن مسؤول العمليات في الصليب الأحمر، فلان، أن»: a noun in construct names an office, and the
        // person in apposition after it speaks.
        if text.tokens[first].isWord, Self.isPlainNoun(text.tokens[first].key), !namesAnOfficeHolder(from: first) {
            return unnamedSource(from: first, cue: cue)
        }
        if text.tokens[first].isWord, Self.dataNouns.contains(text.tokens[first].key) { return sourceOfData(at: first, cue: cue) }
        var subject = first
        var organization: DocumentEntities.Occurrence?
        // Whether an outlet the words were given to was passed: someone spoke to it.
        var passedAnOutlet = false
        while subject < text.tokens.count, subject - start <= 16, text.sentenceOfToken[subject] == sentence {
            if Self.clauseOpeners.contains(text.tokens[subject].key), !text.tokens[subject].key.sameBytes("في") { break }
            if Self.accordingToEnds.contains(text.tokens[subject].key) { break }
            if let occurrence = entities.occurrence(startingAt: subject) {
                // «… مدير المعبر لإذاعة محلية»: the outlet the words were given to is no source;
                // right after the cue («وفقا لوزارة الصحة») the ل is the cue's own.
                // «بحسب بلاغ للرجاء» is the club's own statement.
                // «مصادر قضائية لـ«اليوم 24»»: or the ل stands apart, before the name in marks.
                let lamApart = (1...2).contains { back in
                    subject - back > first && ["ل", "لـ"].contains(where: text.tokens[subject - back].key.sameBytes)
                        && (back == 1 || text.tokens[subject - 1].isOpeningQuote)
                }
                let givenTo = subject > first && !Self.statementNouns.contains(text.tokens[subject - 1].key)
                    && (isGluedLam(at: subject, before: entities.items[occurrence.item]) || lamApart)
                passedAnOutlet = passedAnOutlet || givenTo
                if !givenTo {
                    switch entities.items[occurrence.item].type {
                    case .person: return attribution(of: occurrence, cue: cueText, verb: cue)
                    case .organization: if organization == nil { organization = occurrence }
                    case .location: break
                    }
                }
                subject = occurrence.tokens.upperBound
                continue
            }
            subject += 1
        }
        if let role = EntityLexicons.role(at: first, in: text), text.tokens[first].isWord {
            // The role and the body it speaks for: «الناطق باسم وزارة الصحة»، «المتحدث باسم الوزارة».
            var end = role.tokens.upperBound
            if let organization, organization.tokens.lowerBound >= end, organization.tokens.lowerBound - end <= 1 {
                end = organization.tokens.upperBound
            } else {
                while end < text.tokens.count, end - role.tokens.upperBound < 3, text.sentenceOfToken[end] == sentence,
                      text.tokens[end].isWord, text.tokens[end].hasArticle, !NameWords.isStopword(text.tokens[end].key) {
                    end += 1
                }
            }
            return Attribution(
                item: organization?.item, speakerText: text.text(ofTokens: first..<end), cue: cueText, verbToken: cue,
                gender: organization.flatMap { entities.items[$0.item].gender })
        }
        if let organization { return attribution(of: organization, cue: cueText, verb: cue) }
        // «وبحسب سائقين تحدثوا لـ«المشاهد نت»»: whoever spoke to the outlet, unnamed.
        if passedAnOutlet, text.tokens[first].isWord, !NameWords.isStopword(text.tokens[first].key) {
            return unnamedSource(from: first, cue: cue)
        }
        // «وبحسب الوزارة، سيتم …»: a body's head or an office alone before the statement is its source,
        // the body it stands for where one was named («بحسب الخطة» names no one).
        if text.tokens[first].isWord, text.tokens[first].hasArticle, first + 1 < text.tokens.count,
           text.tokens[first + 1].isComma || Self.accordingToEnds.contains(text.tokens[first + 1].key),
           OrganizationHeadLexicon.match(in: text.words, at: first).map({ !$0.isMedia }) == true || EntityLexicons.role(at: first, in: text) != nil {
            return definiteNounSpeaker(at: first, cue: cueText, verb: cue, gender: nil)
        }
        return nil
    }

    /// The definite noun at `index` as who speaks: the entity it refers back to (see
    /// ``nominalReference(_:before:)``), or no entity, with the noun as its words and `gender`.
    private func definiteNounSpeaker(at index: Int, cue: String, verb: Int, gender: ReportingVerbs.Gender?) -> Attribution {
        let item = nominalReference(text.tokens[index].key, before: verb)
        return Attribution(
            item: item, speakerText: text.tokens[index].surface, cue: cue, verbToken: verb,
            gender: item.flatMap { entities.items[$0].gender } ?? gender)
    }

    /// The source of figures named after «بحسب» by what they are: «بحسب بيانات مديرية الزراعة» is the
    /// directorate's, «بحسب أرقام الشركة» the company last named as such, «بحسب تقديرات مختصين»
    /// unnamed experts'. The words are the data noun and its genitive.
    private func sourceOfData(at first: Int, cue: Int) -> Attribution {
        let sentence = text.sentenceOfToken[first]
        let cueText = text.tokens[cue].surface
        let next = first + 1
        guard next < text.tokens.count, text.sentenceOfToken[next] == sentence, text.tokens[next].isWord else {
            return Attribution(item: nil, speakerText: text.tokens[first].surface, cue: cueText, verbToken: cue, gender: nil)
        }
        // «بحسب تقرير أصدرته الهيئة الشهر الماضي»: the one who issued it, after the verb.
        for index in next..<min(next + 3, text.tokens.count) where text.sentenceOfToken[index] == sentence {
            guard let owner = entities.occurrence(startingAt: index) else {
                if index == next, text.tokens[index].isWord, !text.tokens[index].hasArticle { continue }
                break
            }
            guard entities.items[owner.item].type != .location else { break }
            return Attribution(
                item: owner.item, speakerText: text.text(ofTokens: first..<owner.tokens.upperBound), cue: cueText, verbToken: cue,
                gender: entities.items[owner.item].gender)
        }
        let words = first..<(next + 1)
        if text.tokens[next].hasArticle, let item = nominalReference(text.tokens[next].key, before: first),
           entities.items[item].type == .organization {
            return Attribution(item: item, speakerText: text.text(ofTokens: words), cue: cueText, verbToken: cue, gender: entities.items[item].gender)
        }
        return Attribution(item: nil, speakerText: text.text(ofTokens: words), cue: cueText, verbToken: cue, gender: nil)
    }

    /// Nouns of figures and reports that name their source after them (matching form).
    private static let dataNouns = WordIndex(
        ["بيانات", "أرقام", "تقديرات", "إحصاءات", "إحصائيات", "معطيات", "تقرير", "دراسة", "مسح", "سجلات"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the bare noun at `first` (مسؤول) is in construct with a definite noun and a person is
    /// named between commas after it, in its sentence and within twelve tokens: the holder of an
    /// office, not an unnamed source.
    private func namesAnOfficeHolder(from first: Int) -> Bool {
        let sentence = text.sentenceOfToken[first]
        guard first + 1 < text.tokens.count, text.tokens[first + 1].isWord, text.tokens[first + 1].hasArticle else { return false }
        var index = first + 2
        while index < text.tokens.count, index - first <= 12, text.sentenceOfToken[index] == sentence {
            if text.tokens[index].isComma, index + 1 < text.tokens.count, let occurrence = entities.occurrence(startingAt: index + 1) {
                return entities.items[occurrence.item].type == .person
            }
            index += 1
        }
        return false
    }

    /// Whether the bare noun at `index`, right after a verb of saying, is someone new whom the writer
    /// does not name: «قال صياد من قضاء الفاو»، «قال أصحاب محطات في نابلس لـ…»، «قال سائق على الخط
    /// إن». It is no given name, function word, time or verb, and where the source is from or whom it
    /// spoke to follows it or the word after it; a name the lexicons lack closes before the clause or
    /// a comma instead.
    private func isIndefiniteSource(at index: Int) -> Bool {
        let token = text.tokens[index]
        guard !token.hasArticle, token.key.scalarCount >= 3, !["ل", "ب", "و", "ف"].contains(where: token.key.startsWithBytes),
              GivenNames.gender(ofWritten: token.surface, key: token.key) == nil, !NameWords.isStopword(token.key),
              !NameWords.timeWords.contains(token.key), !Self.subjectless.contains(token.key), TenseLexicon.table.value(for: token.key) == nil,
              Gazetteer.match(in: text.words, at: index) == nil
        else { return false }
        let sentence = text.sentenceOfToken[index]
        // «أفاد فني بالمركز، فضل عدم ذكر اسمه، بأن …»: a source who asked not to be named.
        if ((index + 1)..<min(index + 4, text.tokens.count)).contains(where: { comma in
            text.tokens[comma].isComma && text.sentenceOfToken[comma] == sentence && AnonymityFormula.end(at: comma + 1, in: text) != nil
        }) {
            return true
        }
        for next in (index + 1)..<min(index + 3, text.tokens.count) where text.sentenceOfToken[next] == sentence {
            let key = text.tokens[next].key
            if key.sameBytes("من") || key.sameBytes("في") || key.sameBytes("علي") || TransmissionChain.isOutletGivenTo(at: next, in: text) {
                return true
            }
            // «…»، قال سائق شاحنة كان في طريقه إلى …»: what the source was doing, a clause with كان
            // that only an indefinite noun takes without «الذي».
            if ["كان", "كانت", "كانوا"].contains(where: key.sameBytes), next > index + 1 || !token.key.endsWithBytes("ه") {
                return true
            }
            // «أكد مزارعون متعاقدون مع المشروع أنهم …»، «قال سكان إن …»: who they are with, or what
            // they said right after them; not a noun whose pronoun points back («كشفت تحرياتها أنهم»).
            if key.sameBytes("مع") || text.tokens[next].opensAReportedClause || key.sameBytes("انهم") || key.sameBytes("انهن"),
               !["ها", "هم", "هما", "هن"].contains(where: token.key.endsWithBytes) {
                return true
            }
            guard text.tokens[next].isWord, !text.tokens[next].hasArticle, !NameWords.isStopword(key) else { return false }
        }
        return false
    }

    /// An unnamed source from token `first` (مصدر، مسؤولون، شهود): the noun, an adjective without the
    /// article (حكومية، أمني) but not the outlet or body it spoke to (لوكالة، لقناة), and where the
    /// source sits, «في» and the organization or place named right after it.
    private func unnamedSource(from first: Int, cue: Int) -> Attribution {
        let sentence = text.sentenceOfToken[first]
        var end = first + 1
        // «أحد المتضررين»، «أحد أقارب المرضى»: one of a group, up to its definite noun.
        if Self.isOneOf(text.tokens[first].key) {
            // «عدد من سكان الحي»: some of a group after «من».
            let from = end < text.tokens.count && text.tokens[end].key.sameBytes("من") ? 1 : 0
            end += from
            while end < text.tokens.count, end - first <= 2 + from, text.sentenceOfToken[end] == sentence, text.tokens[end].isWord,
                  !Self.clauseOpeners.contains(text.tokens[end].key), !NameWords.isStopword(text.tokens[end].key),
                  !TransmissionChain.isOutletGivenTo(at: end, in: text) {
                end += 1
                if text.tokens[end - 1].hasArticle { break }
            }
            return Attribution(item: nil, speakerText: text.text(ofTokens: first..<end), cue: text.tokens[cue].surface, verbToken: cue, gender: nil)
        }
        while end < text.tokens.count, end - first <= 2, text.sentenceOfToken[end] == sentence, text.tokens[end].isWord,
              !Self.clauseOpeners.contains(text.tokens[end].key), !text.tokens[end].hasArticle,
              AnonymityFormula.end(at: end, in: text) == nil,
              // «أفاد شهود عيان بسماع …»: what they reported follows the source's two words.
              !(end - first == 2 && text.tokens[end].key.startsWithBytes("ب")),
              !NameWords.isStopword(text.tokens[end].key), OrganizationHeadLexicon.match(in: text.words, at: end) == nil,
              !TransmissionChain.isOutletGivenTo(at: end, in: text) {
            end += 1
        }
        // Where the source sits: «مصدر في الشرطة»، «مصدر بوزارة التربية»، «مصدر من إدارة النادي».
        if end < text.tokens.count, text.sentenceOfToken[end] == sentence {
            let key = text.tokens[end].key
            if key.sameBytes("في") || key.sameBytes("من"), end + 1 < text.tokens.count {
                if let body = entities.occurrence(startingAt: end + 1), entities.items[body.item].type != .person {
                    end = body.tokens.upperBound
                } else if text.tokens[end + 1].hasArticle, OrganizationHeadLexicon.match(in: text.words, at: end + 1) != nil {
                    // «مصدر في الشرطة»، «مصدر في الوزارة»: a body named by its head alone.
                    end += 2
                } else if EntityRecognizer.managesABodyNamedElsewhere(head: text.tokens[end + 1].key, at: end + 2, in: text) {
                    // «مصدر في إدارة المحطة»: the management of a body named elsewhere.
                    end += 3
                }
            } else if key.startsWithBytes("ب"), let body = entities.occurrence(startingAt: end), entities.items[body.item].type != .person {
                end = body.tokens.upperBound
            }
        }
        return Attribution(item: nil, speakerText: text.text(ofTokens: first..<end), cue: text.tokens[cue].surface, verbToken: cue, gender: nil)
    }

    /// The source of «بحسب X، فإن …» at token `start` (بحسب), read up to `end` (فإن): the one after
    /// «عن» where X only carried it («بحسب ما نقلته صحيفة X عن مصدر»), or X.
    func accordingToSource(at start: Int, before end: Int) -> Attribution? {
        // «حسب المصدر ذاته»، «وفق المصدر نفسه»: the source last named.
        if start + 2 < text.tokens.count, Self.sameSource.contains(text.tokens[start + 1].key),
           Self.itself.contains(text.tokens[start + 2].key), let last {
            return Attribution(
                item: last.item, speakerText: last.speakerText, cue: text.tokens[start].surface, verbToken: start, gender: last.gender)
        }
        var index = start + 1
        while index < end {
            if text.tokens[index].key.sameBytes("عن"), let source = source(after: index, cue: start) { return source }
            index += 1
        }
        return source(after: start, cue: start)
    }

    /// Whether the token at `index` glues the preposition ل to the mention of `item` that it opens
    /// (لإذاعة محلية), rather than opening with the letter itself (ليلى) or with the article.
    private func isGluedLam(at index: Int, before item: DocumentEntities.Item) -> Bool {
        let key = text.tokens[index].key
        return key.startsWithBytes("ل") && !key.startsWithBytes("ال") && !Self.opens(item, with: "ل")
    }

    /// The pronoun of what was said after the verb of a trailing cue (matching form): «به» in «وفق ما
    /// أفاد به».
    private static let whatWasSaid: WordIndex = ["به", "بها", "عنه", "عنها"]

    /// «المصدر»، «المصادر» and «ذاته»، «نفسه»: the source named before (matching form).
    private static let sameSource = WordIndex(["المصدر", "المصادر", "الموقع", "الوكالة"].map { ArabicNormalizer.matching.normalizedString($0) })
    private static let itself = WordIndex(["ذاته", "نفسه", "ذاتها", "نفسها", "ذاتهم", "نفسهم"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words that end the source of «بحسب … فإن».
    static let accordingToEnds: WordIndex = ["فان", "فانه", "فانها"]

    /// The attribution of a named mention.
    func attribution(of occurrence: DocumentEntities.Occurrence, cue: String?, verb: Int?) -> Attribution {
        let item = entities.items[occurrence.item]
        return Attribution(
            item: occurrence.item, speakerText: text.text(ofTokens: occurrence.tokens), cue: cue, verbToken: verb,
            gender: item.gender)
    }

    /// The entity a nominal reference stands for: the most recently mentioned person whose role holds
    /// the word (المتحدث، الوزير، المستشار), or organization or facility whose name opens with it
    /// (القيادة، الوزارة، التحالف، المستشفى), before token `limit`.
    func nominalReference(_ key: String, before limit: Int) -> Int? {
        let bare = key.startsWithBytes("ال") ? key.droppingScalars(2) : key
        guard bare.scalarCount >= 3 else { return nil }
        for occurrence in entities.occurrences[..<entities.firstOccurrence(startingAfter: limit - 1)].reversed() {
            let item = entities.items[occurrence.item]
            switch item.type {
            case .person:
                if referenceHeads[occurrence.item].contains(where: { Self.roleHead($0, is: bare) }) { return occurrence.item }
                // «وأضاف المتحدث» after «الناطق باسم …» or «المكلف بالإعلام …»: any spokesperson.
                if Self.spokespersonWords.contains(bare), referenceHeads[occurrence.item].contains(where: { head in
                    Self.spokespersonWords.contains { Self.roleHead(head, is: $0) }
                }) {
                    return occurrence.item
                }
                // «وأضاف البارزاني» after «نيجيرفان بارزاني»: the family name with the article.
                if bare != key, item.key.split(separator: " ").last.map({ $0 == bare }) == true { return occurrence.item }
                // «المسؤول»، «المسؤولة»: the last person of that gender, whatever their title.
                // An indefinite «مسؤول» is someone new.
                if bare != key, Self.genericPersonNouns.contains(bare), item.gender == (bare.endsWithBytes("ه") ? .feminine : .masculine) {
                    return occurrence.item
                }
                if bare != key, item.gender == Self.gender(ofDefiniteNoun: bare),
                   refersToTheRole(bare, of: occurrence.item) {
                    return occurrence.item
                }
            case .organization:
                let first = referenceHeads[occurrence.item][0]
                if first == key || first == bare || first == "ال" + bare { return occurrence.item }
            case .location:
                guard let first = referenceHeads[occurrence.item].first else { continue }
                if first == key || first == bare || first == "ال" + bare { return occurrence.item }
            }
        }
        return nil
    }

    /// The verb that opens the sentence of `verb` where `verb` says what a speech or a statement
    /// said, «فيه» or «فيها» after it and the speech's noun right before it («ألقى فلان كلمة قال
    /// فيها»): the first word of the sentence, a verb (no noun the subject would be), before the noun.
    private func speechGiver(before verb: Int) -> Int? {
        guard verb >= 3, verb + 1 < text.tokens.count, Self.inIt.contains(text.tokens[verb + 1].key),
              Self.speechNouns.contains(text.tokens[verb - 1].key)
        else { return nil }
        let sentence = text.tokensOfSentence[text.sentenceOfToken[verb]]
        guard let first = sentence.first(where: { text.tokens[$0].isWord }), first < verb - 2,
              !text.tokens[first].hasArticle, entities.occurrence(startingAt: first) == nil,
              EntityLexicons.role(at: first, in: text) == nil
        else { return nil }
        return first
    }

    /// «فيه»، «فيها» (matching form).
    private static let inIt = WordIndex(["فيه", "فيها"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Nouns of a speech or a statement that «قال فيها» reports from (matching form).
    private static let speechNouns = WordIndex(
        ["كلمة", "كلمته", "كلمتها", "بيانا", "بيان", "خطابا", "خطاب", "تدوينة", "تغريدة", "منشورا", "منشور", "رسالة", "تصريحا",
         "مداخلة", "محاضرة", "مقالا", "مقال"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The person a title with a nisba after it refers back to where several hold the title: «أكد
    /// الوزير الجيبوتي» is the minister whose role says «الجيبوتي», not the last minister named.
    private func qualifiedReference(at index: Int, before limit: Int) -> Int? {
        let next = index + 1
        guard next < text.tokens.count, text.tokens[next].isWord, text.sentenceOfToken[next] == text.sentenceOfToken[index],
              text.tokens[next].hasArticle
        else { return nil }
        let adjective = text.tokens[next].key
        let bare = text.tokens[index].key.startsWithBytes("ال") ? text.tokens[index].key.droppingScalars(2) : text.tokens[index].key
        guard bare.scalarCount >= 3, Self.nisbaBase(adjective.droppingScalars(2)) != nil else { return nil }
        for occurrence in entities.occurrences[..<entities.firstOccurrence(startingAfter: limit - 1)].reversed() {
            let item = occurrence.item
            guard entities.items[item].type == .person, referenceHeads[item].contains(where: { Self.roleHead($0, is: bare) }) else { continue }
            if roleWords[item].contains(where: { $0 == adjective || $0 == adjective.droppingScalars(2) }) { return item }
        }
        return nil
    }

    /// Whether the entity numbered `item`, found by the first word of the title at `words`, holds
    /// that office: a title that goes on to name a body («قال مدير مديرية الصحة» after «مدير شركة
    /// المياه فلان») is another office where none of the person's roles is the same title (see
    /// ``NamedLater/isSameTitle(_:_:)``); the body may be a name the title runs into.
    private func holdsTheOffice(_ item: Int, titled words: Range<Int>) -> Bool {
        guard entities.items[item].type == .person, !entities.items[item].roles.isEmpty else { return true }
        var end = words.upperBound
        if let body = entities.occurrence(startingAt: end), entities.items[body.item].type != .person { end = body.tokens.upperBound }
        guard end - words.lowerBound > 1 else { return true }
        let title = NamedLater.words(of: text.text(ofTokens: words.lowerBound..<end))
        return entities.items[item].roles.contains { NamedLater.isSameTitle(NamedLater.words(of: $0), title) }
    }

    /// Whether the definite noun `bare` (matching form, without the article) refers back to the person
    /// numbered `item` by what their roles say of them:
    /// - a nisba of a word of a role, «النقابي» for «الكاتب العام لنقابة عمال السكك»، «البرلمانية» for
    ///   «عضو البرلمان»;
    /// - «الطبيب»، «الطبيبة» for a person titled «الدكتور»، «الدكتورة», as health reports name a
    ///   physician again.
    private func refersToTheRole(_ bare: String, of item: Int) -> Bool {
        let words = roleWords[item]
        if ["طبيب", "طبيبه"].contains(where: bare.sameBytes) {
            return words.contains { ["الدكتور", "الدكتوره", "د."].contains(where: $0.sameBytes) }
        }
        guard let base = Self.nisbaBase(bare) else { return false }
        return words.contains { word in Self.roleHead(word, is: base) || Self.roleHead(word, is: base + "ه") }
    }

    /// The noun a nisba adjective is formed from (matching form): «نقابي»، «نقابيه» → «نقاب» (for
    /// نقابة), «برلماني» → «برلمان»; `nil` for a word that is no nisba of four letters or more.
    static func nisbaBase(_ bare: String) -> String? {
        let base: String
        if bare.endsWithBytes("يه") {
            base = bare.droppingLastScalar().droppingLastScalar()
        } else if bare.endsWithBytes("ي") {
            base = bare.droppingLastScalar()
        } else {
            return nil
        }
        return base.scalarCount >= 3 ? base : nil
    }

    /// The gender a definite noun for a person shows: a feminine ending (ه at the matching level)
    /// or none.
    static func gender(ofDefiniteNoun bare: String) -> ReportingVerbs.Gender {
        bare.endsWithBytes("ه") ? .feminine : .masculine
    }

    /// Whether `first`, the first word of a role (matching form), is the bare word `bare`, with the
    /// article or a proclitic (للمتحدث، والوزير): «المتحدث» stands for «المتحدث باسم الوزارة», but
    /// «القيادة» not for «قائد القيادة المركزية».
    static func roleHead(_ first: String, is bare: String) -> Bool {
        guard first.endsWithBytes(bare) else { return false }
        let extra = first.scalarCount - bare.scalarCount
        guard extra > 0 else { return true }
        let prefix = String(String.UnicodeScalarView(first.unicodeScalars.prefix(extra)))
        return ["ال", "و", "ف", "ب", "ل", "وال", "فال", "بال", "لل", "ولل"].contains(prefix)
    }

    /// Whether the word at `index`, right after a verb, is a name the lexicons do not know (a surname
    /// alone: «شدد لاثارو على أن»): a bare word that no function word is, with the reported clause
    /// opening right after it. A definite word glued to ل is whom the words were told to («أكد
    /// للمحتجين أن …»).
    private func isBareNameBeforeClause(at index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.isWord, !token.hasArticle, !token.key.startsWithBytes("لل"), token.key.scalarCount >= 3, !NameWords.isStopword(token.key),
              index + 1 < text.tokens.count
        else { return false }
        var next = index + 1
        if text.tokens[next].key.sameBytes("علي"), next + 1 < text.tokens.count { next += 1 }
        return Self.clauseOpeners.contains(text.tokens[next].key) && !text.tokens[next].key.sameBytes("في")
            && !text.tokens[next].key.sameBytes("الي")
    }

    /// Words for the administration of a body or facility (matching form): «إدارة المستشفى».
    private static let administrationWords: WordIndex = ["اداره", "واداره"]

    /// Nouns whose genitive is the person someone stands for or belongs to (matching form): the
    /// defence, the attorney, the family and relatives of a named person.
    static let relationNouns = WordIndex(
        ["دفاع", "وكيل", "وكيلة", "محامي", "محامية", "عائلة", "أسرة", "شقيق", "شقيقة", "والد", "والدة", "نجل", "نجلة", "زوجة", "أقارب", "ذوو", "ذوي", "مقربون", "مقربين"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words of a spokesperson's role, any of which refers back to one (matching form, without the
    /// article): المتحدث، الناطق، المكلف (بالإعلام).
    private static let spokespersonWords = ["متحدث", "متحدثه", "ناطق", "ناطقه", "مكلف", "مكلفه"]

    /// «المتحدث»، «المتحدثة» (matching form, with the article): the one speaking, where no office
    /// follows.
    private static let speakingNouns: WordIndex = ["المتحدث", "المتحدثه"]

    /// Nouns that refer back to a person of any title (matching form, without the article).
    static let genericPersonNouns: WordIndex = ["مسءول", "مسءوله"]

    /// Words that follow a reporting verb without being its subject.
    static let subjectless: WordIndex = [
        "ان", "انه", "انها", "بان", "في", "عبر", "خلال", "من", "الي", "علي", "عن", "امس", "اليوم", "ايضا",
        "كذلك", "حينها", "حينذاك", "انذاك", "لاحقا", "سابقا", "مساء", "صباح", "صباحا", "مساءا", "يوم", "الخميس",
        "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "بدوره", "بدورها", "جهته", "جهتها",
        "له", "لها", "لهم", "للصحفيين", "للصحافيين", "لوسائل", "للوكاله", "تصريح", "بيان", "ذلك", "هذا",
    ]

    /// Whether a word is «أحد» or «إحدى», one of a group that follows, or «عدد» or «بعض», some of
    /// it («قال عدد من سكان الحي إن …»).
    static func isOneOf(_ key: String) -> Bool {
        key.sameBytes("احد") || key.sameBytes("احدي") || key.sameBytes("عدد") || key.sameBytes("بعض")
    }

    /// Subjects without ال that still name a speaker (مصادر، مسؤولون، شهود، دبلوماسي).
    static func isPlainNoun(_ key: String) -> Bool {
        plainNouns.contains(key)
    }

    private static let plainNouns = WordIndex(
        ["مصادر", "مصدر", "مسؤولون", "مسؤولين", "مسؤول", "مسؤولة", "شهود", "شاهد", "مراقبون", "خبراء", "خبير", "محللون",
         "ناشطون", "ناشط", "سكان", "دبلوماسي", "دبلوماسيون", "دبلوماسيين", "ضابط", "ضباط", "موظف", "موظفون", "طبيب",
         "أطباء", "مسعف", "مسعفون", "قيادي", "قياديون", "مقرب", "مقربون", "عامل", "عمال"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}

/// Matching-level keys of free text.
enum ArabicNormalizerKey {
    static func of(_ text: String) -> String {
        AnnotatedText.key(of: text, kind: .word)
    }
}
