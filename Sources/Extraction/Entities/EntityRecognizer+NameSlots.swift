import ArabicText

// Tests of the words in and around a person's name that the rules of `EntityRecognizer` share: the
// words that introduce a name without a title, the place or body of an office before a name, and the
// words that cannot be name words (verbs, verbal nouns, nationalities in the accusative).
extension EntityRecognizer {
    /// A person named after a word that introduces a name: «شاب يدعى كريم بوزيد»، «بحبس وافد يدعى
    /// سانجاي كومار غوبتا»، «أوقفت الشرطة المدعو سامي الحداد»، «طفلة تسمى …». The word makes what
    /// follows a name, as a title does, but gives no role.
    func nameAfterNamingWord(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        guard index > 0, Self.namingWords.contains(text.tokens[index - 1].key), text.tokens[index].isWord,
              text.sentenceOfToken[index - 1] == text.sentenceOfToken[index],
              let person = personName(at: index, in: text, afterRole: true), person.tokens.lowerBound == index
        else { return nil }
        return person
    }

    /// Words after which a name follows (matching form): يُدعى، تُدعى، المدعو، المدعوة، يُسمى، تُسمى،
    /// ويدعى، وتدعى.
    static let namingWords = WordIndex(
        ["يدعى", "تدعى", "ويدعى", "وتدعى", "المدعو", "المدعوة", "يسمى", "تسمى", "ويسمى", "وتسمى"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The end of the place or body after «في» at `index` where a name follows it with no comma:
    /// «السفير في داكار مامادو ساليو ديالو»، «مدير المستشفى في بنغازي كمبال ساليو»، «الباحثة في
    /// المعهد مريم خميس الظهوري». The name must read as one after a title (see
    /// ``personName(at:in:afterRole:)``), and open with a given name the lexicon knows after a body
    /// no lexicon knows; a title of one word may stand before it («… في شركة «أكوا باور» المهندس
    /// فلان»).
    func namedAfterPlace(_ index: Int, in text: AnnotatedText) -> Int? {
        let tokens = text.tokens
        guard index + 2 < tokens.count else { return nil }
        var end = index + 1
        var knownGivenName = false
        if let place = EntityLexicons.known(at: end, in: text), place.type == .location {
            end = place.tokens.upperBound
        } else if let place = EntityLexicons.countryAfterStateHead(at: end, in: text) {
            end = place
        } else if let body = organizationChain(at: end, in: text) ?? knownOrganization(at: end, in: text) ?? bodyNamedInMarks(at: end, in: text),
                  body.tokens.lowerBound == end {
            end = body.tokens.upperBound
        } else {
            while end < tokens.count, end - index <= 2, tokens[end].isWord, tokens[end].hasArticle, !NameWords.isStopword(tokens[end].key),
                  GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) == nil {
                end += 1
            }
            knownGivenName = true
        }
        guard end > index + 1, end < tokens.count, text.sentenceOfToken[end] == text.sentenceOfToken[index],
              !knownGivenName || GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil,
              personName(at: end, in: text, afterRole: true) != nil || isTitledName(at: end, in: text)
        else { return nil }
        return end
    }

    /// Whether a one-word title and a name open at `index`: «… في شركة «أكوا باور» المهندس خالد …».
    private func isTitledName(at index: Int, in text: AnnotatedText) -> Bool {
        guard let title = EntityLexicons.role(at: index, in: text), title.tokens.count == 1, title.tokens.upperBound < text.tokens.count
        else { return false }
        return personName(at: title.tokens.upperBound, in: text, afterRole: true) != nil
    }

    /// Whether a word is a verbal noun of the pattern تفعيل (تجميد، تنفيذ، تمديد), which is no name;
    /// توفيق and تيسير are given names the lexicon knows.
    static func isVerbalNounTafil(_ token: WordToken) -> Bool {
        hasTheShapeOfTafil(token.key) && GivenNames.gender(ofWritten: token.surface, key: token.key) == nil
    }

    /// Whether a word (matching form, no proclitic) has the shape of the verbal noun تفعيل: five
    /// letters, ت the first and ي the fourth (تجميد، تحويل، تخصيص).
    static func hasTheShapeOfTafil(_ key: String) -> Bool {
        guard key.utf8.count == 10 else { return false }
        var letters = key.unicodeScalars.makeIterator()
        guard letters.next() == "ت" else { return false }
        _ = letters.next()
        _ = letters.next()
        return letters.next() == "ي" && letters.next() != nil && letters.next() == nil
    }

    /// Whether a word (matching form, no proclitic) has the shape of the verbal noun of a derived verb
    /// with a leading alef: استفعال (استئناف، استقبال), افتعال (اجتماع، انتخاب، اضطراب، ازدحام) or
    /// انفعال (انسحاب، انهيار). Given names of these shapes (انتصار، ابتسام) share it, so the shape
    /// alone decides nothing.
    static func hasTheShapeOfADerivedVerbalNoun(_ key: String) -> Bool {
        // Arabic letters take two bytes each: six or seven letters.
        guard key.utf8.count == 12 || key.utf8.count == 14, key.unicodeScalars.first == "ا" else { return false }
        let letters = Array(key.unicodeScalars)
        switch letters.count {
        case 7: return letters[1] == "س" && letters[2] == "ت" && letters[5] == "ا"
        case 6: return letters[4] == "ا" && (["ت", "ط", "د"].contains(letters[2]) || letters[1] == "ن")
        default: return false
        }
    }

    /// Whether a word is a verb, or a nationality or an office in the accusative, which no name holds:
    /// a form the tense lexicon knows (حصل، أكد), و and an imperfect (ويملك، وتعمل), a nisba with
    /// the alef of the accusative (قطريا، مصريا), or an office so («انتخب فلان رئيسا للمجلس»). A
    /// given name the lexicon knows is none of them.
    static func isVerbOrAccusativeNoun(_ token: WordToken) -> Bool {
        let key = token.key
        guard token.isWord, GivenNames.gender(ofWritten: token.surface, key: key) == nil else { return false }
        if TenseLexicon.table.value(for: key) != nil { return true }
        let scalars = Array(key.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[0] == "و", "يتن".unicodeScalars.contains(scalars[1]), key.scalarCount >= 5 { return true }
        guard key.endsWithBytes("ا"), key.scalarCount >= 4 else { return false }
        let stem = key.droppingLastScalar()
        if RoleLexicon.match([stem], at: 0)?.wordCount == 1 { return true }
        guard key.endsWithBytes("يا"), key.scalarCount >= 5 else { return false }
        return Gazetteer.match([stem], at: 0)?.isAdjective == true
    }

    /// Whether the known town or region at `index` is the family name that closes the name opened at
    /// `first`: a father's name stands before it, it has the article, and the name closes there (a
    /// comma, the reported clause, the outlet): «الناطق باسم الأمانة، ناصر عبدالله الرحامنة، أن».
    /// Families bear the names of their towns and tribes' lands; a country or a capital is rather the
    /// object of a verb («زار الوزير سامي علي القاهرة،»).
    /// After a title the town may follow the given name itself where the reported clause opens right
    /// after it: «وقال المزارع سالم العبدلي إن …» (but «زار الوزير خالد الزرقاء،» is a visit). There a
    /// bare town closes a name of two words or more too, as foreign family names are often towns
    /// («المدير الإقليمي كارلوس ألبرتو سانتوس إن»); after a comma it is the place a visit went to.
    /// A definite town closes a title's given name at a comma too where the name cannot be a verb's
    /// subject and object: it stands in apposition between commas («مدير الهيئة، المهندس سامر
    /// الزرقاء، إن») or after a verb of saying («وقال المهندس سامر الزرقاء، لإذاعة …»); ``closesAName(at:openedAt:in:)``
    /// tells these from «زار الوزير خالد الزرقاء،».
    func isFamilyNamedAfterAPlace(at index: Int, family: Int, first: Int, afterRole: Bool = false, in text: AnnotatedText) -> Bool {
        let tokens = text.tokens
        let opensTheClause = index + 1 < tokens.count && (tokens[index + 1].opensAReportedClause || tokens[index + 1].reportsSpeech
            || tokens[index + 1].key.sameBytes("لـ") || tokens[index + 1].key.sameBytes("ل"))
        let closedByAComma = index + 1 < tokens.count && tokens[index + 1].isComma && tokens[index].hasArticle
        // «قال الرئيس ياسر عرفات إن»: right after a known given name too, where the clause opens.
        let afterAGivenName = index == first + 1 && GivenNames.gender(ofWritten: tokens[first].surface, key: tokens[first].key) != nil
        guard family >= 1 || afterRole && (opensTheClause || closedByAComma),
              tokens[index].hasArticle || afterRole && (family >= 1 || afterAGivenName) && opensTheClause,
              let match = Gazetteer.match(in: text.words, at: index), match.wordCount == 1,
              match.procliticLength == 0, match.entry.type == .location, match.entry.kind != .country, !match.entry.isCapital
        else { return false }
        return Self.closesAName(at: index, openedAt: first, in: text)
    }

    /// Whether the word at `index` is a town's name that is a word or a name as well (the gazetteer
    /// marks it ambiguous) and no capital: after a foreign given name the lexicons do not know, it is
    /// a family name where the name goes on or closes after it («جواكيم سانتوس موتا»; not «زار
    /// الوزير محافظة قنا في …»).
    static func isPlaceNameThatIsAWord(at index: Int, in text: AnnotatedText) -> Bool {
        guard text.tokens[index].isWord, !text.tokens[index].hasArticle, let match = Gazetteer.match(in: text.words, at: index)
        else { return false }
        return match.isAmbiguous && match.wordCount == 1 && match.procliticLength == 0 && match.entry.type == .location
            && !match.entry.isCapital && match.entry.kind != .country
    }

    /// Whether the word at `index`, after a title, is the given name «باسم» (Basim) rather than "in
    /// the name of": a given name follows it («النائب باسم محمد العيساوي»). Only a spokesperson's
    /// title takes "in the name of", and the role lexicon reads it with that title.
    static func isTheNameBasim(at index: Int, in text: AnnotatedText) -> Bool {
        index + 1 < text.tokens.count && text.tokens[index].key.sameBytes("باسم")
            && GivenNames.gender(ofWritten: text.tokens[index + 1].surface, key: text.tokens[index + 1].key) != nil
    }

    /// Whether the word at `index` is a foreign family name that opens with the letters of a
    /// preposition or و and the article (ماركو فالنتيني، جون والاس، روبرتو كالديرون): right where the
    /// name ends (a comma, a full stop, the reported clause, a verb of saying), after a given name
    /// that is no everyday word, and with no Arabic noun of three letters or of another shape after
    /// those letters, as «بالفوز»، «بالمناسبة»، «بالأمس» or «والحكومة» have (a feminine ending, a
    /// plural in ات or ين or, after و, in ون, a function or time word, a given name).
    /// - Parameter afterUnknownName: whether the word before may be a given name no lexicon knows,
    ///   as in a name in apposition after a role («…، إدواردو فالنتيني،»).
    static func isForeignNameOfArticleShape(at index: Int, in text: AnnotatedText, afterUnknownName: Bool = false) -> Bool {
        let tokens = text.tokens
        let key = tokens[index].key
        guard index > 0, tokens[index].isWord, key.scalarCount >= 5,
              ["بال", "وال", "فال", "كال"].contains(where: key.startsWithBytes),
              !key.endsWithBytes("ه"), !key.endsWithBytes("ات"), !key.endsWithBytes("ين"),
              !(key.startsWithBytes("و") && key.endsWithBytes("ون")),
              endsAName(at: index + 1, in: text) || index + 1 < tokens.count && tokens[index + 1].reportsSpeech
        else { return false }
        // An Arabic noun after the article has three letters or more; a foreign name often two (والاس).
        let rest = key.droppingScalars(3)
        guard rest.scalarCount != 3, !NameWords.isStopword(rest), !NameWords.timeWords.contains(rest), GivenNames.gender(of: rest) == nil
        else { return false }
        // A given name that is also an adjective may be one («أنا سعيد بالفوز»).
        let previous = tokens[index - 1]
        return previous.isWord && !previous.hasArticle && text.paragraphOfToken[index - 1] == text.paragraphOfToken[index]
            && (afterUnknownName || GivenNames.gender(ofWritten: previous.surface, key: previous.key) != nil)
            && !NameWords.isAlsoCommonWord(previous.key)
    }
}
