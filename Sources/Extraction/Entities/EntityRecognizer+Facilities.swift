import ArabicText

// Facilities named after people (see ``EntityRecognizer``).
extension EntityRecognizer {
    /// A facility or institution named after a person: a head (مطار، ملعب، مستشفى، جامعة …), a
    /// title if any (الملك، الأمير، الشيخ، الإمام), the person's name, then the facility's own
    /// adjectives and complement: «مطار الملكة علياء الدولي»، «مستشفى الملك فهد»، «مدينة الملك عبد
    /// الله الرياضية»، «مركب محمد السادس لكرة القدم»، «مستشفى ابن سينا». The whole is one place or
    /// organization; the person it honours is not mentioned.
    func facilityNamedAfterPerson(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        let key = tokens[index].key
        let definite = Self.definiteFacilityHead(key)
        guard let (type, proclitic) = Self.facilityHead(key) ?? definite else { return nil }
        let paragraph = text.paragraphOfToken[index]
        var end = index + 1
        guard end < tokens.count, text.paragraphOfToken[end] == paragraph else { return nil }
        var titled = false
        // «المجمع الرياضي الأمير مولاي عبد الله»، «المركب الرياضي محمد الخامس»: a definite head takes
        // its adjective before the name it honours.
        if definite != nil {
            guard tokens[end].isWord, tokens[end].hasArticle, isNisba(tokens[end].key) else { return nil }
            let opensTheHonouredName = { (position: Int) in
                position < tokens.count && text.paragraphOfToken[position] == paragraph
                    && (RoleLexicon.match(in: text.words, at: position) != nil || self.opensAName(tokens[position]))
            }
            // «المركز الاستشفائي الجامعي مصطفى باشا»: two adjectives at most.
            if !opensTheHonouredName(end + 1), end + 1 < tokens.count, tokens[end + 1].isWord, tokens[end + 1].hasArticle,
               isNisba(tokens[end + 1].key), opensTheHonouredName(end + 2) {
                end += 1
            }
            guard opensTheHonouredName(end + 1) else { return nil }
            end += 1
        }
        if let title = RoleLexicon.match(in: text.words, at: end), title.wordCount == 1, title.procliticLength == 0,
           Self.honouringTitles.contains(title.kind) {
            titled = true
            end += 1
        }
        let nameStart = end
        while end < tokens.count, end - nameStart < 4, tokens[end].isWord, text.paragraphOfToken[end] == paragraph {
            // «مطار ليوناردو دا فينشي»: a European particle inside the name it honours, and the family
            // name after it.
            if end > nameStart, let particleEnd = Self.foreignParticlesEnd(at: end, in: text), particleEnd < tokens.count,
               text.paragraphOfToken[particleEnd] == paragraph, tokens[particleEnd].isWord, !tokens[particleEnd].hasArticle,
               NameWords.canFollowGivenName(tokens[particleEnd]) {
                end = particleEnd + 1
                continue
            }
            guard isHonouredNameWord(at: end, from: nameStart, titled: titled, in: text) else { break }
            end += 1
        }
        guard end > nameStart, titled || opensAName(tokens[nameStart]) else { return nil }
        // A family name with the article closes the name (جابر الأحمد); a nisba is the facility's, and
        // «التابع» says whose the facility is.
        if end < tokens.count, tokens[end].isWord, tokens[end].hasArticle, text.paragraphOfToken[end] == paragraph,
           !isNisba(tokens[end].key), NameWords.canFollowGivenName(tokens[end]), !NameWords.isDescriptor(tokens[end].key),
           !EntityLexicons.isPlace(at: end, in: text),
           OrganizationHeadLexicon.match(in: text.words, at: end) == nil, RoleLexicon.match(in: text.words, at: end) == nil {
            end += 1
        }
        // The facility's own adjectives (الدولي، الرياضية، التخصصي، «مستشفى سلمان العام») and its
        // complement (لكرة القدم); «العام الماضي» after the name is a time.
        let nameEnd = end
        while end < tokens.count, end - nameEnd < 2, tokens[end].isWord, tokens[end].hasArticle,
              isNisba(tokens[end].key) && !NameWords.isStopword(tokens[end].key)
                || Self.facilityAdjectives.contains(tokens[end].key) && !Self.isFollowedByATimeModifier(end, in: text) {
            end += 1
        }
        // Not a purpose («مستشفى ابن رشد لاستكمال العلاج»: a verbal noun استفعال after ل; «لتلقي العلاج»).
        if end + 1 < tokens.count, tokens[end].isWord, tokens[end].key.startsWithBytes("ل"), !tokens[end].key.startsWithBytes("لل"),
           !tokens[end].key.startsWithBytes("لاست"), !Self.purposeNouns.contains(tokens[end].key.droppingScalars()),
           tokens[end].key.scalarCount >= 4, tokens[end + 1].isWord, tokens[end + 1].hasArticle,
           text.paragraphOfToken[end + 1] == paragraph {
            end += 2
        } else if end < tokens.count, tokens[end].isWord, tokens[end].key.startsWithBytes("لل"), tokens[end].key.scalarCount >= 5,
                  !NameWords.isStopword(tokens[end].key), text.paragraphOfToken[end] == paragraph,
                  // «للسبب نفسه»: "for the same reason".
                  end + 1 >= tokens.count || !Self.same.contains(tokens[end + 1].key) {
            // «جامعة الملك فهد للبترول والمعادن»: a definite complement, and one joined to it by و.
            end += 1
            if end < tokens.count, tokens[end].isWord, tokens[end].key.startsWithBytes("وال"), tokens[end].key.scalarCount >= 6,
               text.paragraphOfToken[end] == paragraph {
                end += 1
            }
            // «مركز الملك سلمان للإغاثة والأعمال الإنسانية»: and the adjective of the last one.
            if end < tokens.count, tokens[end].isWord, tokens[end].hasArticle, isNisba(tokens[end].key), !NameWords.isStopword(tokens[end].key),
               !EntityLexicons.isNationality(at: end, in: text), !EntityLexicons.isPlace(at: end, in: text),
               text.paragraphOfToken[end] == paragraph {
                end += 1
            }
        }
        // «مستشفى الملك فهد التخصصي بالدمام»، «جامعة الملك عبدالعزيز بجدة»، «جامعة يحيى فارس بالمدية»:
        // an institution keeps the city or province of one of its sites, which later mentions may leave
        // out; a place (an airport, a stadium) is in its city, which stays a place of its own.
        if type == .organization, end < tokens.count, tokens[end].isWord, tokens[end].key.startsWithBytes("ب"), text.paragraphOfToken[end] == paragraph,
           let city = EntityLexicons.known(at: end, in: text), city.type == .location, city.procliticLength == 1,
           city.isSettlement || Gazetteer.match(in: text.words, at: end)?.entry.kind == .region {
            var candidate = EntityCandidate(headed: index..<city.tokens.upperBound, type: type, proclitic: proclitic, in: text)
            candidate.otherForms.append(text.text(ofTokens: index..<end).droppingScalars(proclitic))
            return candidate
        }
        return EntityCandidate(headed: index..<end, type: type, proclitic: proclitic, in: text)
    }

    /// A facility named by its head and the place it serves or stands in: «مطار بغداد الدولي»،
    /// «ميناء العقبة»، «مستشفى حلوان العام»، «سجن رومية المركزي»، «منفذ الشلامجة الحدودي»، «محطة
    /// الغبرة لتحلية المياه». It is one place, the facility, carrying the country of the place inside;
    /// a hospital named so is the body that runs it.
    ///
    /// After a place the gazetteer knows, facilities that stand apart from their town (a port, a
    /// prison, a hospital, a border crossing, a refinery, a field, a dam, a station, a street named
    /// after another city) are named by it
    /// alone; an airport, a stadium, a bridge or a market needs the facility's adjective («في مطار
    /// بغداد» also says the city is where it happened). A name no lexicon knows is taken only with
    /// the facility's adjective or its trade after it, which no common word before them would have.
    func facilityNamedAfterPlace(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        let head = tokens[index].key
        guard let (type, proclitic) = Self.facilityHead(head), index + 1 < tokens.count else { return nil }
        let bare = head.droppingScalars(proclitic)
        let standsApart = Self.standAloneFacilityHeads.contains(bare)
        guard type == .location || standsApart else { return nil }
        let paragraph = text.paragraphOfToken[index]
        func inParagraph(_ position: Int) -> Bool { position < tokens.count && text.paragraphOfToken[position] == paragraph }
        // «محطة تحويل الصبحان»، «محطة ضخ الرميلة»: what a station does may come between its head and its name.
        let name = bare.sameBytes(Self.stationHead) && Self.stationKinds.contains(tokens[index + 1].key) && inParagraph(index + 2) ? index + 2 : index + 1
        var end = name
        var country: String?
        var isNamed = false
        // The city is read from the gazetteer directly: a name it shares (الكويت the state and the
        // city) is still a place here.
        if let place = Gazetteer.match(in: text.words, at: name), place.entry.type == .location, !place.isAdjective,
           place.procliticLength == 0 {
            end = name + place.wordCount
            country = place.entry.country
        } else if standsApart, Self.opensAToponym(tokens[name].key), inParagraph(name + 1), tokens[name + 1].isWord,
                  !NameWords.isStopword(tokens[name + 1].key), !NameWords.isDescriptor(tokens[name + 1].key) {
            // «محطة عين النعجة»، «منفذ رأس اجدير»: a toponym of two words names the facility by itself.
            end = name + 2
            isNamed = true
        } else if Self.publicSpaceHeads.contains(bare), Self.commemorativeNames.contains(tokens[name].key) {
            // «ساحة الشهداء»، «ميدان التحرير»، «شارع الاستقلال»: squares and streets named after what a
            // nation commemorates.
            end = name + 1
            isNamed = true
        } else if bare.sameBytes(Self.street), tokens[name].hasArticle, !NameWords.isStopword(tokens[name].key),
                  !NameWords.isDescriptor(tokens[name].key), !Self.facilityAdjectives.contains(tokens[name].key),
                  !EntityRecognizer.isDirection(tokens[name].key.droppingScalars(2)) {
            // «شارع المتنبي»، «شارع الرشيد»: a street is named by the definite word after it, whatever
            // it is.
            end = name + 1
            isNamed = true
        } else if isUnknownFacilityName(tokens[name], at: name, in: text) {
            end = name + 1
            // After what the station does, a word that its rank follows names it: «محطة تحويل الصبحان
            // الرئيسية» (not «محطة كهرباء المدينة»); the rank describes it.
            isNamed = name > index + 1 && inParagraph(end) && Self.stationRanks.contains(tokens[end].key)
        } else {
            return nil
        }
        guard inParagraph(end - 1) else { return nil }
        // «مطار المنستير الحبيب بورقيبة الدولي»، «مطار بيروت رفيق الحريري الدولي»: the city, then the
        // person the facility honours, then its adjective.
        // «مطار تونس قرطاج الدولي»: or a second place, the district it stands in.
        let district = Gazetteer.match(in: text.words, at: end).flatMap { place in
            place.entry.type == .location && !place.isAdjective && place.procliticLength == 0 ? end + place.wordCount : nil
        }
        if let honoured = honouredNameEnd(from: end, in: text) ?? district, inParagraph(honoured),
           Self.facilityAdjectives.contains(tokens[honoured].key) {
            end = honoured
        }
        let nameEnd = end
        while inParagraph(end), end - nameEnd < 2, Self.facilityAdjectives.contains(tokens[end].key) { end += 1 }
        if inParagraph(end + 1), Self.isTradeComplement(tokens[end]), tokens[end + 1].hasArticle {
            // «محطة الغبرة لتحلية المياه»، «حقل كورمور للغاز»، «محطة رأس محيسن المستقلة لتحلية المياه»:
            // the facility's trade.
            end += 2
        } else if inParagraph(end), tokens[end].key.startsWithBytes("لل"), tokens[end].key.scalarCount >= 5,
                  !NameWords.isStopword(tokens[end].key), Self.isTradeComplement(tokens[end]) {
            end += 1
        }
        // «ميناء شنة بولاية محوت»، «محطة بدر شرق القاهرة»: a facility that stands apart, named by a bare
        // word no lexicon knows, and then where it stands.
        // «مستشفى مماثلا في الموصل»: an adjective in the accusative describes the facility.
        // «مستشفى جامعي في العاصمة»، «مخيم عشوائي قرب المدينة»: so does an indefinite nisba.
        let isLocated = standsApart && country == nil && end == nameEnd && !tokens[name].hasArticle
            && !Self.isAccusativeAdjective(tokens[name].key) && !Self.isIndefiniteNisba(tokens[name].key) && Self.saysWhere(at: end, in: text)
        guard end > nameEnd || country != nil && standsApart || isLocated || isNamed else { return nil }
        // A hospital is a body that treats, receives and speaks («قال مستشفى طبرق المركزي»), though it is
        // named after its town as ports and prisons are (the head's type says which).
        var candidate = EntityCandidate(headed: index..<end, type: type, proclitic: proclitic, in: text)
        candidate.country = country
        // «منفذ رأس اجدير البري» is also cited without its adjective.
        if end > nameEnd, Self.facilityAdjectives.contains(text.tokens[nameEnd].key) {
            candidate.otherForms.append(text.text(ofTokens: index..<nameEnd).droppingScalars(proclitic))
        }
        return candidate
    }

    /// Whether a bare word has the shape of a nisba adjective (جامعي، ميداني، عشوائي, four letters
    /// or more ending in ي), which describes a facility rather than naming it.
    static func isIndefiniteNisba(_ key: String) -> Bool {
        key.endsWithBytes("ي") && key.scalarCount >= 4 && !key.startsWithBytes("ال")
    }

    /// Whether the words at `index` say where something stands: «بولاية محوت»، «في محافظة مأرب»،
    /// «بالدمام»، «شرق القاهرة»، «شمالي المدينة»، «على نهر الفرات».
    static func saysWhere(at index: Int, in text: AnnotatedText) -> Bool {
        let tokens = text.tokens
        guard index < tokens.count, tokens[index].isWord, index == 0 || text.paragraphOfToken[index] == text.paragraphOfToken[index - 1]
        else { return false }
        let key = tokens[index].key
        // «سد تشرين على نهر الفرات»: a dam or a bridge stands on its river.
        if key.sameBytes("علي"), index + 1 < tokens.count, text.paragraphOfToken[index + 1] == text.paragraphOfToken[index],
           tokens[index + 1].key.sameBytes(riverHead) {
            return true
        }
        if isDirection(key) || key.sameBytes("في") {
            guard index + 1 < tokens.count, text.paragraphOfToken[index + 1] == text.paragraphOfToken[index] else { return false }
            let next = tokens[index + 1].key
            if isLocalityHead(next) || ["المدينه", "العاصمه", "البلاد"].contains(where: next.sameBytes) { return true }
            return EntityLexicons.known(at: index + 1, in: text).map { $0.type == .location && $0.procliticLength == 0 } == true
        }
        guard key.startsWithBytes("ب"), key.scalarCount >= 4 else { return false }
        if isLocalityHead(key.droppingScalars()) { return true }
        return EntityLexicons.known(at: index, in: text).map { $0.type == .location && $0.procliticLength == 1 } == true
    }

    private static let riverHead = ArabicNormalizer.matching.normalizedString("نهر")

    /// Whether a word ending in the alef of the accusative is an adjective: a participle (مماثلا،
    /// متكاملا) or one of ``commonFacilityAdjectives`` (جديدا، كبيرا).
    private static func isAccusativeAdjective(_ key: String) -> Bool {
        guard key.endsWithBytes("ا"), key.scalarCount >= 4 else { return false }
        let stem = key.droppingLastScalar()
        return key.startsWithBytes("م") && key.scalarCount >= 5 || commonFacilityAdjectives.contains(stem)
    }

    /// Whether `token` may be the name of a facility no lexicon knows: a word of at least three
    /// letters that is no function word, descriptor, role, body or number.
    private func isUnknownFacilityName(_ token: WordToken, at index: Int, in text: AnnotatedText) -> Bool {
        token.isWord && token.key.scalarCount >= 3 && !NameWords.isStopword(token.key) && !NameWords.isDescriptor(token.key)
            && !Self.facilityAdjectives.contains(token.key) && !Self.commonFacilityAdjectives.contains(token.key) && EntityLexicons.role(at: index, in: text) == nil
            && OrganizationHeadLexicon.match(in: text.words, at: index) == nil && !Self.isTradeComplement(token)
            && !Self.facilityTrades.contains(token.key)
    }

    /// Indefinite adjectives that describe a facility without naming it («حقل جديد للغاز»، «محطة
    /// رئيسية لتحلية المياه»), matching form.
    private static let commonFacilityAdjectives = WordIndex(
        ["جديد", "جديدة", "كبير", "كبيرة", "ضخم", "ضخمة", "صغير", "صغيرة", "رئيسي", "رئيسية", "حكومي", "حكومية", "خاص", "خاصة", "عام",
         "عامة", "عملاق", "عملاقة", "ثان", "ثاني", "ثانية", "آخر", "أخرى", "واحد", "واحدة", "ثالث", "ثالثة", "حديث", "حديثة", "قديم",
         "قديمة", "مؤقت", "مؤقتة", "عائم", "عائمة", "إضافي", "إضافية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether a word glued to ل names what a facility does (لتحلية، للغاز، للنفط، لتوليد).
    private static func isTradeComplement(_ token: WordToken) -> Bool {
        guard token.isWord, token.key.startsWithBytes("ل") else { return false }
        let rest = token.key.droppingProclitics(1)
        return facilityTrades.contains(rest)
    }

    /// What facilities do, as named after «ل» (matching form, with the article where «لل» took it).
    private static let facilityTrades = WordIndex(
        ["تحلية", "توليد", "تكرير", "معالجة", "تصفية", "الغاز", "النفط", "الكهرباء", "المياه", "الحاويات", "البضائع", "الركاب", "الصادرات",
         "الحبوب", "الإسمنت", "الأسمدة", "الفوسفات", "الطاقة", "التحلية", "التكرير"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    private static let stationHead = ArabicNormalizer.matching.normalizedString("محطة")

    /// What a station does, named between its head and its name (matching form).
    private static let stationKinds = WordIndex(
        ["تحويل", "ضخ", "تحلية", "كهرباء", "معالجة", "توليد", "تنقية", "تصفية", "قطار", "قطارات", "مترو", "وقود", "رصد", "إرسال"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// A station's rank in its network (matching form).
    private static let stationRanks = WordIndex(
        ["الرئيسية", "الرئيسي", "الفرعية", "الفرعي"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of public spaces a town names after its history (matching form).
    /// «شارع» (matching form).
    private static let street = ArabicNormalizer.matching.normalizedString("شارع")

    private static let publicSpaceHeads = WordIndex(
        ["ساحة", "ميدان", "شارع", "دوار", "جادة", "جسر", "حديقة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// What squares and streets across the Arab world are named after: martyrs, liberation,
    /// independence, the revolution, the republic, unity (matching form).
    private static let commemorativeNames = WordIndex(
        ["الشهداء", "التحرير", "الاستقلال", "الحرية", "الثورة", "الوحدة", "الجمهورية", "العروبة", "الجلاء", "الكرامة", "النصر",
         "الأمويين", "العباسيين", "النجمة", "الساعة", "المقاومة", "الاتحاد"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of facilities that stand apart from the town that names them (matching form).
    private static let standAloneFacilityHeads = WordIndex(
        ["ميناء", "مرفأ", "سجن", "مستشفى", "مشفى", "منفذ", "معبر", "مصفاة", "مصفى", "حقل", "سد", "محطة", "قلعة", "متحف", "شارع", "ميدان",
         "محمية", "منجم", "سايلو", "صومعة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// The end of the facility adjectives (at most two) from token `start` on, in its paragraph:
    /// «الحدودي» after «منفذ الوليد»; `start` where none follows.
    static func facilityAdjectivesEnd(from start: Int, in text: AnnotatedText) -> Int {
        var end = start
        while end < text.tokens.count, end - start < 2, start > 0, text.paragraphOfToken[end] == text.paragraphOfToken[start - 1],
              facilityAdjectives.contains(text.tokens[end].key) {
            end += 1
        }
        return end
    }

    /// Whether the word after token `index` makes it a time: «العام الماضي»، «العام المقبل».
    static func isFollowedByATimeModifier(_ index: Int, in text: AnnotatedText) -> Bool {
        index + 1 < text.tokens.count && timeModifiers.contains(text.tokens[index + 1].key)
    }

    /// Words that make a year, a month or a week of the word before them (matching form).
    private static let timeModifiers = WordIndex(
        ["الماضي", "المقبل", "الجاري", "الحالي", "المنصرم", "القادم", "المنقضي", "الفارط"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Adjectives that make a facility and its place a proper name (matching form).
    private static let facilityAdjectives = WordIndex(
        ["الدولي", "الدولية", "الأولمبي", "الإسلامي", "البحري", "الجوي", "المدني", "المركزي", "المركزية", "الحدودي", "الحدودية", "التجاري",
         "النفطي", "الصحراوي", "الثقافي", "البري", "التخصصي", "العام", "التعليمي", "الجامعي", "الحكومي", "الأثري", "التاريخي",
         "الحرارية", "الحراري", "الغازية", "الكهرومائي", "العسكري", "المستقل", "المستقلة", "المرجعي", "الميداني", "الوطني",
         "الإقليمي", "الملكي", "الجهوي", "الجهوية", "النووية", "النووي", "الكهربائية", "الكهربائي", "الشمسية", "التحويلية",
         "الكهرومائية", "البخارية", "الشمالي", "الشمالية",
         "الجنوبي", "الجنوبية", "الشرقي", "الشرقية", "الغربي", "الغربية", "القديم", "القديمة", "الجديد", "الجديدة",
         "الريفي", "الريفية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// The end of a person's name of two or three words opening at `start`, which a facility named
    /// after its city may carry too; `nil` where no name opens there.
    private func honouredNameEnd(from start: Int, in text: AnnotatedText) -> Int? {
        let tokens = text.tokens
        guard start < tokens.count, tokens[start].isWord, opensAName(tokens[start]) else { return nil }
        var end = start + 1
        while end < tokens.count, end - start < 3, tokens[end].isWord, !NameWords.isStopword(tokens[end].key),
              !Self.facilityAdjectives.contains(tokens[end].key), text.paragraphOfToken[end] == text.paragraphOfToken[start] {
            end += 1
        }
        return end - start >= 2 ? end : nil
    }

    /// Whether a word opens a person's name: a given name, also with the article (الحسن، الحسين),
    /// or the opener of a compound name (عبد، أبو، ابن).
    private func opensAName(_ token: WordToken) -> Bool {
        if GivenNames.gender(ofWritten: token.surface, key: token.key) != nil || isOpener(token.key) { return true }
        return token.hasArticle && token.key.scalarCount > 4 && GivenNames.gender(of: token.key.droppingScalars(2)) != nil
    }

    private func isOpener(_ key: String) -> Bool {
        GivenNames.isCompoundOpener(key) || GivenNames.isFamilyOpener(key)
    }

    /// Whether a definite word ends like a nisba adjective (الدولي، الرياضية).
    private func isNisba(_ key: String) -> Bool {
        key.endsWithBytes("ي") || key.endsWithBytes("يه")
    }

    /// Whether the word at `index` goes on the name of the person a facility honours: a given name,
    /// an opener and the word after it (عبد الله، ابن سينا، بن زايد), a regnal ordinal (محمد السادس),
    /// or a bare name word first after a title (الملكة علياء) or second after a given name (خليفة
    /// حفتر); a name of an opener and its word (ابن خلدون) is complete.
    private func isHonouredNameWord(at index: Int, from start: Int, titled: Bool, in text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        // «بن عبد المالك»: the word after an opener goes on the name, with the article too.
        if index > start, isOpener(text.tokens[index - 1].key) { return true }
        if opensAName(token) { return index == start || !token.hasArticle }
        if index > start, Self.regnalOrdinals.contains(token.key) { return true }
        // «قصر إبراهيم والعقير»: a definite word with و joins the next place, not the name.
        if token.key.startsWithBytes("وال") { return false }
        // «شارع الرشيد قرب السوق»، «شارع الرشيد وسط بغداد»: where the facility stands is no name.
        if Self.whereWords.contains(token.key) || EntityRecognizer.isDirection(token.key) { return false }
        // «شارع الحبيب بورقيبة»، «مطار هواري بومدين»: a Maghrebi family name in بو closes the name.
        if index == start + 1, !token.hasArticle, token.key.startsWithBytes("بو"), !token.key.startsWithBytes("بوا"),
           token.key.scalarCount >= 6, !isOpener(text.tokens[start].key) {
            return true
        }
        // «في مستشفى راشد عملية نادرة»: a bare noun in ة that no lexicon knows as a name is the
        // verb's object.
        let isBareNameWord = !token.hasArticle && NameWords.canFollowGivenName(token)
            && OrganizationHeadLexicon.match(in: text.words, at: index) == nil
            && !token.key.startsWithBytes("ل") && !token.key.startsWithBytes("ب")
            && !(token.key.endsWithBytes("ه") && GivenNames.gender(ofWritten: token.surface, key: token.key) == nil)
        return isBareNameWord && (index == start ? titled : index == start + 1 && !isOpener(text.tokens[start].key))
    }

    /// Words that say where something stands (matching form).
    private static let whereWords = WordIndex(
        ["قرب", "بقرب", "بجوار", "جوار", "قبالة", "مقابل", "أمام", "خلف", "داخل", "خارج", "حول", "بمحاذاة", "عند"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// What a facility head names, and the proclitic letters glued to it (بمركب: 1).
    static func facilityHead(_ key: String) -> (type: EntityType, proclitic: Int)? {
        if let proclitic = placeFacilityHeads.procliticLength(of: key, minimumLetters: 4) { return (.location, proclitic) }
        if let proclitic = bodyFacilityHeads.procliticLength(of: key, minimumLetters: 4) { return (.organization, proclitic) }
        return nil
    }

    /// A facility head with the article (المجمع، بالمركب، للمستشفى), which names a facility only with
    /// its adjective before the name it honours; the proclitic length leaves the article in the name.
    static func definiteFacilityHead(_ key: String) -> (type: EntityType, proclitic: Int)? {
        for (prefix, proclitic) in [("ال", 0), ("بال", 1), ("وال", 1), ("فال", 1), ("لل", 1)] where key.startsWithBytes(prefix) {
            guard let (type, inner) = facilityHead(key.droppingScalars(prefix.unicodeScalars.count)), inner == 0 else { continue }
            return (type, proclitic)
        }
        return nil
    }

    /// Titles before the name of a person a facility honours.
    private static let honouringTitles: Set<RoleKind> = [.royal, .religious, .courtesy, .office]

    /// Heads of places named after people (matching form).
    private static let placeFacilityHeads = WordIndex(
        ["مطار", "ملعب", "استاد", "ستاد", "مدينة", "مركب", "مجمع", "جسر", "شارع", "ميناء", "قاعدة", "حديقة", "قصر", "ميدان", "ساحة", "مرفأ", "معمل", "مصفاة", "مصفى", "محطة", "مصنع", "سجن",
         "منفذ", "معبر", "حقل", "سد", "قلعة", "متحف", "محمية", "منجم", "سايلو", "صومعة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of institutions named after people (matching form).
    private static let bodyFacilityHeads = WordIndex(
        ["مستشفى", "مشفى", "جامعة", "مدرسة", "كلية", "معهد", "مركز", "مؤسسة", "جائزة", "صندوق", "مسجد", "جامع", "مكتبة", "أكاديمية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Regnal ordinals after a ruler's name (matching form).
    private static let regnalOrdinals = WordIndex(
        ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"].map { ArabicNormalizer.matching.normalizedString($0) })
}
