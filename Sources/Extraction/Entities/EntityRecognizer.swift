import ArabicText

/// Finds the people, organizations and places an article names.
///
/// Candidates come from:
/// - **gazetteers** (countries, cities, international organizations, armed groups, agencies), longest
///   match first; an ambiguous outlet name in the credit of a date line («الدوحة – قنا:») is the agency;
/// - **titles and roles** before a name (الرئيس، وزير الخارجية، اللواء، المتحدث باسم …), after which
///   one to three name words follow, past nationality adjectives (الرئيس الأمريكي جو بايدن), a second
///   title and where the office is («المتحدث باسم الدفاع المدني في المنطقة الشرقية، العقيد …»), and
///   past the body the role belongs to, known («رئيس المؤسسة الوطنية للنفط فلان») or not, before a
///   comma and a title or name («رئيسة دار الأوبرا، الدكتورة …») or before a given name («رئيس حكومة
///   تصريف الأعمال نجيب …»); the words skipped are read for mentions too, and a foreign name takes no
///   definite word after a bare one;
/// - **given names** (قاسم، يحيى، جو، مايكل) with one or two family names after them: a compound
///   after أبو، بن، عبد، آل، ولد is one family name, possibly closed by a family name with the article
///   (سيدي ولد محمد الأمين), and a one-word title no name follows is a family name too (وائل
///   القاضي); a given name listed without hamza is not read in a word written with one (بأن is not
///   بان), none follows قد، لم، لن, and a place of several words opening with one is the place;
/// - **organization heads** (وزارة، قيادة، قوات، حلف، تنظيم، حركة …) with their genitive chain of
///   definite words (قيادة العمليات المشتركة العراقية), a portfolio joined by و (وزارة الصحة والسكان),
///   a complement with ل after an adjective (المديرية العامة للأرصاد الجوية) and a place right after
///   a bare head (بنك الكويت المركزي); a definite force takes only nationalities and service branches
///   (القوات الأمريكية, not القوات الأجنبية), and a definite head of several words names a body alone
///   (مجلس النواب، الدفاع المدني). «العام» before no time word is the adjective "general" (الاتحاد
///   العام), ل + ال written لل opens a complement (للاستثمار), a bare noun and a place follow a bare
///   head as its genitive (محكمة جنايات القاهرة) with only adjectives after the place, and ordinals
///   describe rather than name (المركز الثاني). The article is read from the written alef: «ألقت» is
///   no definite word;
/// - **outlets** the gazetteer does not know, after a media head (صحيفة «الوطن»، قناة الشرقية) — see
///   ``OutletName``;
/// - **localities** the gazetteer does not know, after a head that names only localities (قضاء
///   البعاج، بلدة عرسال، حي الروضة);
/// - **hashtags** whose words form a name (#يحيى_رسول);
/// - **embedded-post signatures** («— Name (@handle)»).
///
/// A second pass finds the short forms of names found in the first: a family name alone (الأعرجي)
/// and an organization's head word with its first chain word (التحالف for التحالف الدولي).
struct EntityRecognizer {
    /// The candidates of `text`, in text order, without overlaps.
    func candidates(in text: AnnotatedText) -> [EntityCandidate] {
        var found: [EntityCandidate] = []
        var index = 0
        let tokens = text.tokens
        while index < tokens.count {
            if let candidate = candidate(at: index, in: text) ?? nameAfterReportingVerb(at: index, in: text)
                ?? nameAfterNamingWord(at: index, in: text) ?? nameAroundWuld(at: index, in: text) {
                if !found.contains(where: { $0.tokens.overlaps(candidate.tokens) }) { found.append(candidate) }
                // A person found past the body and place of a role («المتحدث باسم الدفاع المدني في
                // المنطقة الشرقية، العقيد …») leaves those words to be read too.
                index = candidate.tokens.lowerBound > index + 1 ? index + 1 : max(candidate.tokens.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        Self.trimFamilyNamesFollowedByWords(&found, in: text)
        ChainOutlets.add(to: &found, in: text)
        Self.addNamesInAppositionAfterARole(&found, in: text)
        PlaceLists.addBareNamesOfHeadedTowns(to: &found, in: text)
        PlaceLists.add(to: &found, in: text)
        LocatedTowns.add(to: &found, in: text)
        found += shortForms(in: text, of: found)
        found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        TheKingdom.resolve(&found)
        SharedPlaceName.resolve(&found, in: text)
        HeadedPlaceNames.resolve(&found, in: text)
        Self.joinAbbreviations(&found, in: text)
        Self.joinOwnNamesBeforeWuld(&found, in: text)
        Self.joinGivenNamesInApposition(&found, in: text)
        Self.addRolesInApposition(&found, in: text)
        Self.addRolesBeforeApposition(&found, in: text)
        return found
    }

    /// A role in apposition after a person's name is that person's too: «الفريق مهندس فلان، وزير
    /// النقل،» is later «الوزير».
    /// The role before a comma is the person's too where the name (after its title, if any) stands in
    /// apposition to it: «المكلف بالإعلام بالمديرية الولائية للحماية المدنية، الملازم الأول فلان،» is
    /// later «المتحدث». A courtesy title may open the titles after the comma: «رئيس الهيئة، سعادة
    /// المهندس فلان،».
    static func addRolesBeforeApposition(_ found: inout [EntityCandidate], in text: AnnotatedText) {
        for index in found.indices where found[index].type == .person {
            var comma = found[index].tokens.lowerBound - 1
            // Back over the title right before the name («الملازم الأول»).
            while comma > 0, !text.tokens[comma].isComma, found[index].tokens.lowerBound - comma <= 3,
                  text.sentenceOfToken[comma] == text.sentenceOfToken[found[index].tokens.lowerBound] {
                comma -= 1
            }
            let titlesEnd = EntityLexicons.role(at: comma + 1, in: text).map { first in
                EntityLexicons.role(at: first.tokens.upperBound, in: text)?.tokens.upperBound ?? first.tokens.upperBound
            }
            guard comma > 0, text.tokens[comma].isComma,
                  comma + 1 == found[index].tokens.lowerBound || titlesEnd == found[index].tokens.lowerBound,
                  !found.contains(where: { $0.type == .person && $0.tokens.upperBound == comma }),
                  let role = EntityLexicons.role(before: comma, in: text), !role.isAmbiguous
            else { continue }
            let written = EntityLexicons.written(role, in: text)
            if !found[index].roles.contains(written) { found[index].roles.append(written) }
            // «مسؤولة الوحدة، سرى كاظم،»: a feminine title agrees with a woman the lexicons may not know.
            if role.isFeminine { found[index].gender = .feminine }
        }
    }

    static func addRolesInApposition(_ found: inout [EntityCandidate], in text: AnnotatedText) {
        for index in found.indices where found[index].type == .person {
            let comma = found[index].tokens.upperBound
            guard comma + 1 < text.tokens.count, text.tokens[comma].isComma,
                  text.sentenceOfToken[comma + 1] == text.sentenceOfToken[comma],
                  let role = EntityLexicons.role(at: comma + 1, in: text), !role.isAmbiguous, !role.isJoined,
                  !found.contains(where: { $0.tokens.contains(comma + 1) }),
                  // «وكيل فلان، المحامي فلان،»: a title before another name is that name's.
                  !found.contains(where: { $0.type == .person && $0.tokens.lowerBound == role.tokens.upperBound })
            else { continue }
            found[index].roles.append(text.text(ofTokens: role.tokens))
            if role.isFeminine { found[index].gender = .feminine }
        }
    }

    /// An abbreviation in parentheses right after an organization's name is that organization
    /// («وكالة الأنباء القطرية (قنا)»، «منظمة الصحة العالمية (WHO)»), there and wherever else the
    /// article uses it alone, even where it spells a place (قنا) or nothing the lexicons know.
    static func joinAbbreviations(_ found: inout [EntityCandidate], in text: AnnotatedText) {
        let tokens = text.tokens
        var organizationOf: [String: EntityCandidate] = [:]
        var added: [EntityCandidate] = []
        for candidate in found where candidate.type == .organization {
            let open = candidate.tokens.upperBound
            guard open + 2 < tokens.count, tokens[open].isPunctuation("("), tokens[open + 2].isPunctuation(")"),
                  tokens[open + 1].isWord || tokens[open + 1].kind == .latin
            else { continue }
            let key = tokens[open + 1].key
            organizationOf[key] = candidate
            if !found.contains(where: { $0.tokens == (open + 1)..<(open + 2) }) {
                var abbreviation = candidate
                abbreviation.tokens = (open + 1)..<(open + 2)
                abbreviation.surface = tokens[open + 1].surface
                abbreviation.procliticLength = 0
                abbreviation.otherForms = []
                added.append(abbreviation)
            }
        }
        guard !organizationOf.isEmpty else { return }
        for index in found.indices where found[index].tokens.count == 1 {
            let token = tokens[found[index].tokens.lowerBound]
            guard let organization = organizationOf[token.key.droppingScalars(found[index].procliticLength)] else { continue }
            found[index].type = organization.type
            found[index].words = organization.words
            found[index].canonical = organization.canonical
            found[index].country = organization.country
            found[index].isSettlement = false
        }
        found += added
        found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private func candidate(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let token = text.tokens[index]
        switch token.kind {
        case .hashtag: return hashtagName(at: index, in: text)
        case .word: break
        default: return nil
        }
        guard token.mayOpenEntity else { return nil }
        if let part = partOfKnownBody(at: index, in: text) { return part }
        // «في محافظة مأرب الدكتورة فلانة»: a province's head and its name, not a governor (محافظة).
        if EntityLexicons.placeHeads.contains(token.key), let place = placeAfterLocalityHead(at: index, in: text) { return place }
        if let district = districtOfKnownPlace(at: index, in: text) ?? communeNamedByAToponym(at: index, in: text) { return district }
        if let role = EntityLexicons.role(at: index, in: text) {
            if var person = personAfterRole(role, in: text) {
                person.roles.append(EntityLexicons.written(role, in: text))
                return person
            }
            // A role with no name after it is no mention (الوزير قال); its genitive may still be an organization.
            return nil
        }
        if let place = EntityLexicons.known(at: index, in: text) {
            return Self.withUpperOrLower(Self.withHeadedForm(EntityLexicons.withoutLocalityHead(place, in: text), in: text), in: text)
        }
        if let outlet = OutletName.candidate(at: index, in: text) { return outlet }
        if let ministry = ministryByPortfolio(at: index, in: text) { return ministry }
        if let facility = facilityNamedAfterPerson(at: index, in: text) { return facility }
        if let facility = facilityNamedAfterPlace(at: index, in: text) { return facility }
        if let body = bodyNamedInMarks(at: index, in: text) { return body }
        if let club = clubNamedAfterItsTown(at: index, in: text) { return club }
        if let cluster = healthCluster(at: index, in: text) { return cluster }
        if let organization = organizationChain(at: index, in: text) { return organization }
        if let club = clubNamedAlone(at: index, in: text) { return club }
        if let place = placeAfterLocalityHead(at: index, in: text) { return place }
        if let place = placeAfterNaturalHead(at: index, in: text) { return place }
        if let place = placeAfterSeaHead(at: index, in: text) { return place }
        if let person = personName(at: index, in: text, afterRole: false) { return person }
        if let person = personAfterNationality(at: index, in: text) { return person }
        if let team = teamAfterItsHead(at: index, in: text) { return team }
        return nil
    }

    /// A known place and «العليا» or «السفلى» after it is the upper or lower part that bears that
    /// name: «مرخة العليا»، «الزاب الأسفل» are places of their own.
    private static func withUpperOrLower(_ place: EntityCandidate, in text: AnnotatedText) -> EntityCandidate {
        let end = place.tokens.upperBound
        guard place.type == .location, end < text.tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[place.tokens.lowerBound],
              upperAndLower.contains(text.tokens[end].key)
        else { return place }
        var part = EntityCandidate(headed: place.tokens.lowerBound..<(end + 1), type: .location, proclitic: place.procliticLength, in: text)
        part.country = place.country
        part.isSettlement = place.isSettlement
        return part
    }

    /// Adjectives that name the upper or lower part of a place (matching form).
    private static let upperAndLower = WordIndex(
        ["العليا", "السفلى", "الأعلى", "الأسفل", "العلوي", "السفلي"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// A known place after the head of its kind of locality or administration keeps the headed form
    /// as another form: «محافظة الجهراء» is also الجهراء, «قضاء المقدادية» المقدادية.
    private static func withHeadedForm(_ place: EntityCandidate, in text: AnnotatedText) -> EntityCandidate {
        let start = place.tokens.lowerBound
        guard place.type == .location, place.procliticLength == 0, start > 0, text.tokens[start - 1].isWord,
              text.paragraphOfToken[start - 1] == text.paragraphOfToken[start],
              let proclitic = localityHeads.procliticLength(of: text.tokens[start - 1].key, minimumLetters: 4)
                ?? administrativeHeads.procliticLength(of: text.tokens[start - 1].key, minimumLetters: 4)
                ?? areaHeads.procliticLength(of: text.tokens[start - 1].key, minimumLetters: 4)
        else { return place }
        var headed = place
        headed.otherForms.append(text.text(ofTokens: (start - 1)..<place.tokens.upperBound).droppingScalars(proclitic))
        return headed
    }

    /// A club named after «فريق» or the host or guest it played («مضيفه»، «ضيفه») in a sentence about
    /// a match: «تغلب فريق الهلال على مضيفه فريق الاتحاد». Clubs bear common words (the crescent,
    /// the union, victory) or their town's name (الرمثا), so only the match makes them clubs; a
    /// nationality after the name is the club's (الهلال السعودي). The entity is the name without
    /// its head.
    private func teamAfterItsHead(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard let proclitic = Self.teamHeads.procliticLength(of: tokens[index].key, minimumLetters: 3) else { return nil }
        var start = index + 1
        // «مضيفه فريق الاتحاد»: the host's head and the team's.
        if start < tokens.count, Self.teamHeads.contains(tokens[start].key) { start += 1 }
        guard start < tokens.count, text.paragraphOfToken[start] == text.paragraphOfToken[index], tokens[start].isWord,
              tokens[start].hasArticle, tokens[start].key.scalarCount >= 5, !NameWords.isStopword(tokens[start].key),
              !NameWords.isDescriptor(tokens[start].key), EntityLexicons.role(at: start, in: text) == nil,
              speaksOfAMatch(sentenceOf: index, in: text)
        else { return nil }
        var end = start + 1
        if end < tokens.count, tokens[end].hasArticle, EntityLexicons.isNationality(at: end, in: text) { end += 1 }
        let range = start..<end
        var candidate = EntityCandidate(
            type: .organization, tokens: range, surface: text.text(ofTokens: range), words: range.map { tokens[$0].key }, canonical: nil)
        candidate.gender = .masculine
        candidate.isTeam = true
        if start == index + 1, tokens[index].key.droppingScalars(proclitic).sameBytes("فريق") {
            candidate.otherForms = [text.text(ofTokens: index..<end).droppingScalars(proclitic)]
        }
        return candidate
    }

    /// A club named by a word of sport and its town in a sentence about a match, as the Maghreb and
    /// the Levant name them: «مولودية وهران»، «شباب بلوزداد»، «أهلي حلب»، «حسنية أكادير»، «شبيبة
    /// القبائل». The whole is one organization, not the town; outside a match «شباب المدينة» are the
    /// town's young.
    private func clubNamedAfterItsTown(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard let proclitic = Self.clubHeads.procliticLength(of: tokens[index].key, minimumLetters: 3), index + 1 < tokens.count,
              text.paragraphOfToken[index + 1] == text.paragraphOfToken[index], tokens[index + 1].isWord
        else { return nil }
        let town = tokens[index + 1]
        var end = index + 2
        if let place = Gazetteer.match(in: text.words, at: index + 1), place.entry.type == .location, !place.isAdjective,
           place.procliticLength == 0 {
            end = index + 1 + place.wordCount
        } else {
            // «اتفاق نهائي»، «اتفاق مبدئي»: a bare nisba after the word is an adjective, not a town.
            guard town.key.scalarCount >= 3, !NameWords.isStopword(town.key), !NameWords.isDescriptor(town.key),
                  EntityLexicons.role(at: index + 1, in: text) == nil, OrganizationHeadLexicon.match(in: text.words, at: index + 1) == nil,
                  !EntityLexicons.isNationality(at: index + 1, in: text), town.hasArticle || !town.key.endsWithBytes("ي")
            else { return nil }
        }
        guard end <= tokens.count, speaksOfAMatch(sentenceOf: index, in: text) else { return nil }
        var candidate = EntityCandidate(headed: index..<end, type: .organization, proclitic: proclitic, in: text)
        candidate.isTeam = true
        return candidate
    }

    /// Words of sport that name a club with its town (matching form).
    private static let clubHeads = WordIndex(
        ["مولودية", "شبيبة", "شباب", "وفاق", "نجم", "ترجي", "أولمبي", "أهلي", "حسنية", "نهضة", "رجاء", "وداد", "اتفاق", "هلال", "شبيبه"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether a word of the sentence of token `index` says it is about a match (مباراة، الدوري، هدف …).
    func speaksOfAMatch(sentenceOf index: Int, in text: AnnotatedText) -> Bool {
        let sentence = text.sentenceOfToken[index]
        var start = index
        while start > 0, text.sentenceOfToken[start - 1] == sentence { start -= 1 }
        var end = index
        while end < text.tokens.count, text.sentenceOfToken[end] == sentence { end += 1 }
        return (start..<end).contains { text.claimFacts(ofToken: $0)?.isMatchCue == true }
    }

    /// Words a club's name follows in match reports (matching form).
    private static let teamHeads = WordIndex(
        ["فريق", "مضيفه", "ضيفه", "منافسه", "غريمه"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// A foreign name after a nationality that stands for the person («وسجل البرازيلي رافائيل مونتيرو
    /// الهدف»، «عادل الفرنسي ماتيو لوران النتيجة»): the adjective with the article, not after a
    /// definite noun it would describe (الجيش الأمريكي), then a name of two words the lexicons may not
    /// know. The nationality is the person's role.
    private func personAfterNationality(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard index + 2 < tokens.count, tokens[index].hasArticle,
              EntityLexicons.mayBeANisba(tokens[index].key), EntityLexicons.isNationality(at: index, in: text),
              index == 0 || !tokens[index - 1].isWord || !Self.isDefinite(tokens[index - 1]),
              text.paragraphOfToken[index + 1] == text.paragraphOfToken[index]
        else { return nil }
        // «البرازيلي السابق ريناتو …»: what the person was or is newly comes between.
        let start = Self.formerOrNew.contains(tokens[index + 1].key) && index + 3 < tokens.count
            && text.paragraphOfToken[index + 2] == text.paragraphOfToken[index] ? index + 2 : index + 1
        guard var person = personName(at: start, in: text, afterRole: true) else { return nil }
        person.roles.append(text.text(ofTokens: index..<start))
        // «الإيطالية كيارا روسيتي»: the adjective agrees with a woman whose name the lexicons may not know.
        if tokens[index].key.endsWithBytes("يه") { person.gender = .feminine }
        return person
    }

    /// Adjectives of a person's standing between a nationality and the name (matching form).
    private static let formerOrNew = WordIndex(
        ["السابق", "السابقة", "الجديد", "الجديدة", "الشاب", "الشابة", "المخضرم", "المخضرمة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Why a word may open a candidate (see ``openingReason(_:)``).
    enum OpeningReason: Sendable {
        /// It opens nothing.
        case none
        /// It opens something whatever follows it.
        case always
        /// It only starts gazetteer names of several words («اليوم» of «اليوم السابع»): it opens
        /// something only where the rest of such a name follows.
        case longerPlaceOrBodyName
    }

    /// Why a word of the matching form `key` can open a candidate of ``candidate(at:in:)``: it
    /// starts a role, a gazetteer name or an organization head (with or without proclitics), is a
    /// portfolio, a facility or locality head, a part of a body (كتلة، فرع), or opens a given name.
    /// Each rule there asks this of its first word before anything else, so a word that is none of
    /// these opens nothing, whatever surrounds it; ``AnnotatedText`` works it out once per word form,
    /// and for a word that only starts longer gazetteer names, asks the gazetteer at each place.
    static func openingReason(_ key: String) -> OpeningReason {
        if RoleLexicon.table.phrases.startsPhrase(withWord: key, proclitics: true)
            || OrganizationHeadLexicon.table.phrases.startsPhrase(withWord: key, proclitics: true) {
            return .always
        }
        let startsAGazetteerName = Gazetteer.table.phrases.startsPhrase(withWord: key, proclitics: true)
        if startsAGazetteerName, Gazetteer.match([key], at: 0) != nil { return .always }
        return opensByItsShape(key) ? .always : startsAGazetteerName ? .longerPlaceOrBodyName : .none
    }

    /// Whether `key` opens a candidate by what it is rather than by a gazetteer name: a portfolio, a
    /// head of a facility, locality, team or part of a body, a club's name, or a given name.
    private static func opensByItsShape(_ key: String) -> Bool {
        if portfolios.contains(key) || facilityHead(key) != nil || definiteFacilityHead(key) != nil || localityHeads.procliticLength(of: key, minimumLetters: 4) != nil
            || administrativeHeads.procliticLength(of: key, minimumLetters: 4) != nil
            || teamHeads.procliticLength(of: key, minimumLetters: 3) != nil || naturalHeads.procliticLength(of: key, minimumLetters: 3) != nil
            || desertHeads.procliticLength(of: key, minimumLetters: 4) != nil
            || seaHeads.procliticLength(of: key, minimumLetters: 3) != nil
            || clubHeads.procliticLength(of: key, minimumLetters: 3) != nil || areaHeads.procliticLength(of: key, minimumLetters: 4) != nil
            || opensAClubsName(key) || clusterHeads.procliticLength(of: key, minimumLetters: 4) != nil {
            return true
        }
        if partHeads.contains(key) || key.startsWithBytes("و") && partHeads.contains(key.droppingScalars()) { return true }
        return GivenNames.nameOpener(key) != nil || dinNameOpeners.contains(key) || key.sameBytes("امه")
    }

    /// A person the lexicons do not know, named in the subject slot of a reporting verb: two to four
    /// name words between the verb and إن/أن, a comma or a colon («وقال مسرور بارزاني إن …»، «وأكد
    /// أسعد حسن الشيباني أن …»). The slot makes the words a name, as a title does.
    private func nameAfterReportingVerb(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        // «وقالت أم محمد، وهي بائعة خضار، إن …»: a kunya alone names whom the report names no
        // other way.
        if index > 0, tokens[index - 1].reportsSpeech, ["ام", "ابو"].contains(where: tokens[index].key.sameBytes), index + 2 < tokens.count,
           text.sentenceOfToken[index + 2] == text.sentenceOfToken[index],
           GivenNames.gender(ofWritten: tokens[index + 1].surface, key: tokens[index + 1].key) != nil,
           Self.complementizers.contains(tokens[index + 2].key) || tokens[index + 2].isComma || tokens[index + 2].isPunctuation(":") {
            let range = index..<(index + 2)
            var candidate = EntityCandidate(
                type: .person, tokens: range, surface: text.text(ofTokens: range), words: range.map { tokens[$0].key }, canonical: nil)
            candidate.gender = tokens[index].key.sameBytes("ام") ? .feminine : .masculine
            return candidate
        }
        guard index > 0, tokens[index - 1].reportsSpeech, tokens[index].isWord, !tokens[index].hasArticle,
              text.sentenceOfToken[index - 1] == text.sentenceOfToken[index],
              let verb = tokens[index - 1].reportingForm,
              // «وأوضح بن زيان»: a compound family name alone is a short form (see shortForms).
              !GivenNames.isFamilyOpener(tokens[index].key),
              // «وقال مالك مخبز إن»: an owner, not a name.
              !Self.isOwner(at: index, key: tokens[index].key, in: text),
              // «وأوضح محامي المدعي، فلان، أن»: a relative or an advocate of someone, not a name.
              !SpeakerResolver.relationNouns.contains(tokens[index].key)
        else { return nil }
        // A role after one word as an apposition makes it a family name, even one that looks like a
        // plural or is glued to بن as the Maghreb writes them («وقال بنشقرون، مدرب العساكر، إن»).
        let apposition = index + 2 < tokens.count && tokens[index + 1].isComma ? EntityLexicons.role(at: index + 2, in: text) : nil
        var end = index
        while end < tokens.count, end - index < 4, text.sentenceOfToken[end] == text.sentenceOfToken[index],
              isUnknownNameWord(at: end, in: text, gluedLetters: end > index, apposed: apposition != nil)
                || end > index && GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil
                || end > index && tokens[end].hasArticle && Self.looksLikeDefiniteFamilyName(tokens[end].key)
                    && NameWords.canFollowGivenName(tokens[end]) {
            end += 1
            if tokens[end - 1].hasArticle { break }
        }
        let apposed = end - index == 1 && apposition != nil
        // «قال مسؤول أمني إن»: an unnamed source; «قالت تقارير صحفية إن»: a document, described by an
        // adjective (a name seldom ends in «ية»).
        guard end - index >= 2 || apposed, end < tokens.count, !SpeakerResolver.isPlainNoun(tokens[index].key),
              !Self.reportNouns.contains(tokens[index].key), !tokens[end - 1].key.endsWithBytes("يه")
        else { return nil }
        let next = tokens[end]
        guard Self.complementizers.contains(next.key) || next.isComma || next.isPunctuation(":") else { return nil }
        let range = index..<end
        var candidate = EntityCandidate(
            type: .person, tokens: range, surface: text.text(ofTokens: range), words: range.map { tokens[$0].key }, canonical: nil)
        candidate.gender = verb.gender ?? .masculine
        if apposed, let apposition { candidate.roles = [text.text(ofTokens: apposition.tokens)] }
        return candidate
    }

    /// Things that report, not people (matching form).
    private static let reportNouns = WordIndex(
        "تقارير تقرير بيان بيانات دراسة دراسات وثيقة وثائق إحصاءات إحصائيات معلومات أنباء وسائل استطلاع مسح أرقام صور لقطات شهادات رسالة مذكرة"
            .split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// The words that open a reported clause (matching form).
    private static let complementizers: WordIndex = ["ان", "انه", "انها", "بان", "بانه", "بانها"]

    // MARK: People

    /// A person after a role phrase: nationality adjectives and modifiers are skipped, and so are a
    /// second title (a rank or profession: «المتحدث باسم الدفاع المدني، العقيد ماجد الدوسري») and where
    /// the office is («في المنطقة الشرقية»); then a given name or, after a role, any one to three name
    /// words. The second title joins the person's roles.
    private func personAfterRole(_ role: EntityLexicons.RoleMatch, in text: AnnotatedText) -> EntityCandidate? {
        var index = role.tokens.upperBound
        var skipped = 0
        var titles: [String] = []
        // Whether the role names whom it represents, which makes even an ambiguous title an office.
        var represents = false
        let sentence = role.tokens.lowerBound < text.tokens.count ? text.sentenceOfToken[role.tokens.lowerBound] : 0
        while index < text.tokens.count, skipped < 8, text.sentenceOfToken[index] == sentence {
            let token = text.tokens[index]
            if token.isComma {
                // «… سامر الشريف، قائد شرطة المحافظة، أعمال الإنقاذ»: a title between commas after a word
                // describes the name before it; what follows the second comma is no holder of it,
                // unless a known given name opens it.
                if index == role.tokens.upperBound, role.tokens.lowerBound >= 2, text.tokens[role.tokens.lowerBound - 1].isComma,
                   text.tokens[role.tokens.lowerBound - 2].isWord, index + 1 < text.tokens.count,
                   GivenNames.gender(ofWritten: text.tokens[index + 1].surface, key: text.tokens[index + 1].key) == nil {
                    return nil
                }
                index += 1
                skipped += 1
                continue
            }
            guard token.isWord else { break }
            // A given name that is also a bare title (سلطان، أمير) opens the name: «الأمير سلطان بن سلمان».
            if !token.hasArticle, GivenNames.gender(ofWritten: token.surface, key: token.key) != nil { break }
            // A modifier agrees with the word before it in definiteness: after «الدكتور» a bare
            // «تركي» is a given name, after «مسؤول» a nationality.
            let previous = text.tokens[index - 1]
            if EntityLexicons.isModifier(at: index, in: text), token.hasArticle || !previous.isWord || !previous.hasArticle {
                index += 1
                skipped += 1
            } else if !token.hasArticle, previous.isWord, !previous.hasArticle, token.key.endsWithBytes("ي"), token.key.scalarCount >= 4 {
                // «خبير نفطي»، «مراسل رياضي»: a bare relative adjective after a bare role describes it.
                index += 1
                skipped += 1
            } else if index == role.tokens.upperBound, token.hasArticle, previous.isWord, previous.hasArticle,
                      token.key.endsWithBytes("ي") || token.key.endsWithBytes("يه"), token.key.scalarCount >= 6, index + 1 < text.tokens.count,
                      text.tokens[index + 1].isWord,
                      !text.tokens[index + 1].hasArticle && !NameWords.isStopword(text.tokens[index + 1].key)
                        || EntityLexicons.isModifier(at: index + 1, in: text) && index + 2 < text.tokens.count && text.tokens[index + 2].isWord
                        && !text.tokens[index + 2].hasArticle && !NameWords.isStopword(text.tokens[index + 2].key),
                      GivenNames.gender(ofWritten: token.surface, key: token.key) == nil {
                // «المهندسة المعمارية فلانة»، «الصحفي الاستقصائي فلان»: and a definite one after a definite
                // role, where a name follows it, or a nationality and a name («المهندسة المعمارية
                // الإيطالية فلانة») (in «المهندس الحلبي إن» the word is the family name); a given name
                // with the article opens the name («المهندس الهادي بن صالح»).
                index += 1
                skipped += 1
            } else if titles.isEmpty, let title = EntityLexicons.role(at: index, in: text) {
                titles.append(text.text(ofTokens: title.tokens))
                skipped += title.tokens.count
                index = title.tokens.upperBound
            } else if token.key.sameBytes("في"), let end = EntityLexicons.officePlace(after: index, in: text) ?? namedAfterPlace(index, in: text) {
                skipped += end - index
                index = end
            } else if previous.hasArticle, let end = placeWithBaEnd(at: index, in: text) {
                // «مفوض العون الإنساني بالولاية، فلان»، «مدير الصحة بالبصرة فلان»: where the office is, with ب.
                skipped += end - index
                index = end
            } else if previous.hasArticle, let end = lamComplementEnd(at: index, in: text) {
                // «المدير الإقليمي للبرنامج فلان»، «المدرب البرتغالي للترجي فلان»: what a definite
                // title is of, with ل.
                skipped += end - index
                index = end
            } else if let name = nameAfterSpecialty(at: index, in: text) {
                // «المحلل المختص في أسواق الطاقة فلان»: the field the title holder works in.
                skipped += name - index
                index = name
            } else if token.key.sameBytes("عن"), index + 1 < text.tokens.count,
                      let body = organizationChain(at: index + 1, in: text) ?? EntityLexicons.known(at: index + 1, in: text) {
                // «النائب عن الحزب الديمقراطي الكردستاني فلان»، «النائب عن محافظة البصرة فلان»: whom
                // the member represents.
                skipped += body.tokens.upperBound - index
                index = body.tokens.upperBound
                represents = true
            } else if token.key.sameBytes("لدي"), index + 1 < text.tokens.count, let host = EntityLexicons.known(at: index + 1, in: text) {
                // «سفير مصر لدى الأردن»، «المندوب الدائم لدى الأمم المتحدة»: where the envoy serves.
                skipped += host.tokens.upperBound - index
                index = host.tokens.upperBound
            } else if index == role.tokens.upperBound, !token.hasArticle, let marks = text.quotedWords(at: index + 1, before: text.tokens.count),
                      marks.upperBound + 1 < text.tokens.count {
                // «عضو حملة «ناطر بيت» فلانة»، «رئيس جمعية «الأمل» فلان»: a body named in marks.
                skipped += marks.upperBound + 1 - index
                index = marks.upperBound + 1
            } else if index == role.tokens.upperBound, !text.tokens[index - 1].hasArticle,
                      let body = organizationChain(at: index, in: text) ?? knownOrganization(at: index, in: text),
                      body.tokens.upperBound < text.tokens.count {
                // The body the role belongs to, before the name with no comma: «رئيس المؤسسة الوطنية
                // للنفط فرحات بن قدارة». A definite title takes no genitive: in «زار الوزير مستشفى
                // الملك خالد» the body is what he visited.
                skipped += body.tokens.count
                index = body.tokens.upperBound
            } else if titles.isEmpty, !(previous.hasArticle && !token.hasArticle && !token.key.startsWithBytes("ل")),
                      // Not after a body already read: «عضوة نقابة معلمي كوردستان شادان عمر فتاح»; and
                      // no parenthesis that opens with a function word («اللاعب، بحسب مصادر، …»).
                      index == role.tokens.upperBound || text.tokens[index - 1].isComma, !NameWords.isStopword(token.key),
                      let comma = bodyBeforeTitle(from: index, in: text) {
                // A body the lexicons do not know, then a comma and a title or a name: «رئيسة دار
                // الأوبرا، الدكتورة فلانة». A definite title or modifier takes no bare word as its
                // complement: «القاضي ربيع منصور»، «المحلل البريطاني سايمون ريتشارد هيث» are names.
                skipped += comma - index
                index = comma
            } else {
                break
            }
        }
        // After an ambiguous title (الفريق، اللواء) only a known given name makes a person: «حقق
        // الفريق فوزا ثمينا» is a team.
        // After an ambiguous title, an unknown word followed by a known given name (the father's) is
        // a name too: «العميد شيروان عثمان حسين».
        let namedByFather = index + 1 < text.tokens.count
            && (isUnknownNameWord(at: index, in: text) || Self.isTheNameBasim(at: index, in: text))
            && GivenNames.gender(ofWritten: text.tokens[index + 1].surface, key: text.tokens[index + 1].key) != nil
        // «المدير العام لمركز محمد بن راشد للفضاء»، «مدير مستشفى الملك فيصل التخصصي»: a name after a
        // facility's head (and the honoured person's title) is the facility's, not the title holder's.
        if index < text.tokens.count,
           let head = (role.tokens.lowerBound..<index).last(where: { Self.facilityHead(text.tokens[$0].key) != nil }),
           let facility = facilityNamedAfterPerson(at: head, in: text), facility.tokens.contains(index) {
            return nil
        }
        // «رئيس تجمع مزارعي التفاح»: a title of one word without the article, right before a word no
        // lexicon knows, takes it as its genitive; a name follows a definite title («الرئيس»، «رئيس
        // الهيئة»، «المبعوث الأممي إلى ليبيا»).
        let takesAGenitive = index == role.tokens.upperBound && role.tokens.count == 1 && titles.isEmpty
            && !text.tokens[index - 1].hasArticle && text.tokens[index - 1].isWord && !namedByFather
        // «العامل النيبالي رام بهادور»: a nationality makes an ambiguous definite title a person's
        // («300 طبيب سوداني تلقوا» counts physicians).
        let ofANationality = text.tokens[role.tokens.lowerBound].hasArticle
            && (role.tokens.upperBound..<index).contains { EntityLexicons.isNationality(at: $0, in: text) }
        guard index < text.tokens.count,
              var person = personName(
                at: index, in: text,
                afterRole: (!role.isAmbiguous || !titles.isEmpty || represents || namedByFather || ofANationality) && !takesAGenitive)
        else { return nil }
        person.roles.append(contentsOf: titles)
        // A feminine title agrees with a woman, whose name the lexicons may not know (وزيرة الخارجية
        // كاتينا موانغي); a man's name that is also a verb after it is the verb: «المحافظة رفعت
        // التعرفة» (the governorate raised the fare).
        if role.isFeminine, Self.namesThatAreVerbs.contains(text.tokens[person.tokens.lowerBound].key) { return nil }
        if role.isFeminine { person.gender = .feminine }
        return person
    }

    /// A person's name starting at `index`: a given name (simple or compound) and one or two family
    /// names; after a role, a name of unknown words is accepted too.
    func personName(at index: Int, in text: AnnotatedText, afterRole: Bool) -> EntityCandidate? {
        let tokens = text.tokens
        var key = tokens[index].key
        var start = index
        // A conjunction before a name (وقاسم، وأبو), or ب before أبو.
        if let opener = GivenNames.nameOpener(key) { key = opener }
        var end = index + 1
        var gender = GivenNames.gender(ofWritten: tokens[index].surface, key: key)
        if gender == nil, Self.isAdverbBeforeLam(at: index, in: text) { return nil }
        // «أسماء المستبعدين»، «آمال الشباب»: a given name that is also a plural noun, before a definite
        // word that is no family name, is the noun and its genitive; so before a noun a pronoun makes
        // definite («أسماء أصحابها»).
        if Self.pluralNounNames.contains(key), !afterRole, end < tokens.count,
           tokens[end].hasArticle && !Self.looksLikeDefiniteFamilyName(tokens[end].key) || Self.endsWithPronounSuffix(tokens[end]) {
            return nil
        }
        // «سلام دائم»، «أمل كبير»، «فوز ثمين»: a given name that is also an abstract noun, before an
        // adjective that describes such a noun, is the noun.
        if Self.abstractNounNames.contains(key), !afterRole, end < tokens.count, Self.adjectivesOfAbstractNouns.contains(tokens[end].key) {
            return nil
        }
        // «جندي تركي»، «وفد تركي رفيع»: a given name that is also a nationality, right after an
        // indefinite noun, is its adjective; it names someone after a verb, a definite word or a mark.
        if index > 0, gender != nil, tokens[index - 1].isWord, !tokens[index - 1].hasArticle, tokens[index - 1].reportingForm == nil,
           Gazetteer.match(in: text.words, at: index)?.isAdjective == true {
            return nil
        }
        // «القرار يسري بأثر رجعي»: a name that is also an imperfect is the verb before a preposition,
        // glued or apart, but not before «بن».
        if Self.imperfectsThatAreNames.contains(key), !afterRole, end < tokens.count, tokens[end].isWord,
           Stopwords.contains(tokens[end].key)
            || (tokens[end].key.startsWithBytes("ب") || tokens[end].key.startsWithBytes("ل")) && !tokens[end].hasArticle
            && GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) == nil && !GivenNames.isFamilyOpener(tokens[end].key) {
            return nil
        }
        // «أم لستة أطفال»: a mother of children, not a name opened by «أم».
        if GivenNames.isCompoundOpener(key), end < tokens.count, ["ل", "ب"].contains(where: tokens[end].key.startsWithBytes),
           ClaimExtractor.numerals.parse(tokens[end].key) != nil {
            return nil
        }
        // «المشترك أم صاحب المولد؟»، «سواء الحكومة أم البرلمان»: «أم» in a question or after «سواء»
        // is "or".
        if key.sameBytes("ام"), Self.asksOrOffersAChoice(aroundToken: index, in: text) { return nil }
        // «راية إف إم عن مصدر»: a compound opener takes no function word.
        if gender == nil, GivenNames.isCompoundOpener(key), end < tokens.count, NameWords.canFollowGivenName(tokens[end]) {
            gender = .masculine
            end += 1
        }
        if gender == nil, afterRole, Self.isTheNameBasim(at: index, in: text) { gender = .masculine }
        // «الحاج صباح حمد الجبوري»، «المعلمة ضحى سالم»: a time of day is a given name after a title
        // where a father's given name follows it.
        if gender == nil, afterRole, Self.namesThatAreTimes.contains(key), end < tokens.count, tokens[end].isWord, !tokens[end].hasArticle,
           GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil {
            gender = .masculine
        }
        // «البروفيسور الصيني لي وي تشانغ»: a Chinese or Korean name of short syllables.
        if gender == nil, afterRole, let eastAsianEnd = EastAsianNames.end(at: index, in: text) {
            let range = index..<eastAsianEnd
            var candidate = EntityCandidate(
                type: .person, tokens: range, surface: text.text(ofTokens: range), words: range.map { tokens[$0].key }, canonical: nil)
            candidate.gender = .masculine
            return candidate
        }
        // «نور الدين»، «عز الدين»، «عوض الكريم»: a man's name of two words.
        if Self.opensCompoundName(key, before: end, in: text) {
            gender = Self.isWomansCompoundName(key, tokens[end].key) ? .feminine : .masculine
            end += 1
        }
        if gender == nil {
            // After a role, a name of unknown words (a foreign or rare name) of two words.
            // Before «بن» any word after a role is a given name, even one the lexicons know as
            // something else: «الدكتور تركي بن ناصر».
            let beforeBin = index + 1 < tokens.count && ["بن", "ابن", "بنت"].contains { tokens[index + 1].key.sameBytes($0) }
            // «وزار الوزير سوق الحميدية»، «قرر القاضي سجن المتهمين»: a facility's head is no name.
            // «سايمون ريتشارد هيث»: a foreign given name may end like a plural before a known one.
            let beforeGivenName = index + 1 < tokens.count
                && GivenNames.gender(ofWritten: tokens[index + 1].surface, key: tokens[index + 1].key) != nil
            // «رفضه اللاعب مفضلا تجربة الدوري»: a participle in the accusative says how, not who
            // (one that opens with م; «كارلا»، «كاتينا» have the shape of فاعلا and are names).
            // «رئيس تجمع أصحاب المولدات»: a noun bodies are named after (أصحاب، عمال) is no name word.
            // «المواطن مسلم بن أحمد الشحري»: before «بن» and a given name, the word is one too.
            let opensALineage = beforeBin && index + 2 < tokens.count
                && GivenNames.gender(ofWritten: tokens[index + 2].surface, key: tokens[index + 2].key) != nil
                && !NameWords.isStopword(tokens[index].key) && !SpeakerResolver.relationNouns.contains(tokens[index].key)
                && EntityLexicons.placeHeads.procliticLength(of: tokens[index].key, minimumLetters: 3) == nil
                && EntityLexicons.role(at: index, in: text) == nil && OrganizationHeadLexicon.match(in: text.words, at: index) == nil
            // «مسؤول في إحدى شركات المقاولات»: a sound feminine plural before a definite genitive is
            // the noun and what it is of, no name of unknown words.
            let pluralBeforeGenitive = tokens[index].key.endsWithBytes("ات") && tokens[index].key.scalarCount >= 5
                && index + 1 < tokens.count && tokens[index + 1].hasArticle
            // «لشركات المحافظ الإلكترونية استيفاء رسوم»: a derived verbal noun (استفعال، افتعال) is an
            // act, not a name, unless a given name follows it («المديرة انتصار محمود»).
            guard afterRole || opensALineage, !pluralBeforeGenitive, Self.facilityHead(tokens[index].key) == nil, !Self.constructNouns.contains(tokens[index].key),
                  beforeGivenName || !Self.hasTheShapeOfADerivedVerbalNoun(tokens[index].key),
                  index + 1 >= tokens.count || !Self.constructNouns.contains(tokens[index + 1].key),
                  !(Self.isAccusativeParticiple(tokens[index].key) && tokens[index].key.startsWithBytes("م")),
                  beforeBin && tokens[index].isWord && !tokens[index].hasArticle
                    || isUnknownNameWord(at: index, in: text, gluedLetters: Self.isClosedTwoWordName(at: index, in: text),
                                         apposed: beforeGivenName && !tokens[index].key.startsWithBytes("ب")),
                  index + 1 < tokens.count, !Self.accusativeSpans.contains(tokens[index + 1].key),
                  !Self.isFutureVerbBeforeItsObject(at: index, in: text),
                  isUnknownNameWord(at: index + 1, in: text) || NameWords.canFollowGivenName(tokens[index + 1])
                    || Self.foreignParticlesEnd(at: index + 1, in: text) != nil
            else { return nil }
            start = index
        }
        // «المجلس الشعبي البلدي لبني كسيلة»: ل and a toponym after a body's name is the place it
        // serves, not the given name لبنى, which is written with ى.
        if key.startsWithBytes("ل"), Self.toponymOpeners.contains(key.droppingScalars()), index > 0, tokens[index - 1].hasArticle,
           tokens[index].surface.unicodeScalars.last != "\u{0649}" {
            return nil
        }
        // «على كامل الأراضي»، «بكامل طاقتها»: كامل before a definite noun is "the whole of".
        if key.sameBytes("كامل"), end < tokens.count, tokens[end].hasArticle { return nil }
        // «اعتصام سلمي»، «ممرات آمنة»، «القطار فائق السرعة»: a given name that is also an adjective,
        // right after a noun it can describe, is the adjective.
        if Self.describesTheNounBefore(index, in: text) { return nil }
        // «مدير الشركة عشر سنوات»: a number is no name.
        if gender == nil, ClaimExtractor.numerals.parse(key) != nil { return nil }
        // After قد، لم، لن a verb follows: «قد رفعت الأسعار» is no رفعت.
        if index > 0, Self.verbParticles.contains(tokens[index - 1].key) { return nil }
        // «بلدة أم روابة»، «مدينة أبو ظبي»: after a place head the name is the place's.
        if index > 0, EntityLexicons.placeHeads.procliticLength(of: tokens[index - 1].key) != nil { return nil }
        // «سيدي بلعباس»، «سيدي قاسم»: a place of several words that opens with a given name is the place.
        if let place = EntityLexicons.known(at: index, in: text), place.type == .location, place.tokens.count >= 2 { return nil }
        let (familyEnd, family) = familyNames(from: end, of: index, in: text, afterUnknownName: gender == nil, afterRole: afterRole)
        end = familyEnd
        guard family >= 1 else { return nil }
        // «وزير الخارجية عبد الرحمن حاجي نور إلمي، في …»، «آرام نوزاد حمه صالح، عضو …»: after a
        // title, a fourth bare name word that closes the name before a comma, the reported clause or
        // the outlet the words were given to belongs to it, as Somali, Kurdish and Sudanese names run.
        func closesHere(_ position: Int) -> Bool {
            position < tokens.count && (tokens[position].isComma || tokens[position].opensAReportedClause || tokens[position].key.sameBytes("لـ")
                || tokens[position].key.sameBytes("ل") || TransmissionChain.isOutletGivenTo(at: position, in: text))
        }
        if afterRole, end - index >= 2, end < tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[index],
           Self.isMaghrebiFamilyName(tokens[end]) || Self.isMaghrebiBuFamilyName(at: end, in: text) {
            // «اللاعبة نسرين سليمان بوعزة الميدالية»: a Maghrebi family name in بو closes the name by itself,
            // and so does any one where the name ends («المهندس عبد السلام الهادي بوقرين،»).
            end += 1
        } else if afterRole, family >= 2 || end - index >= 3, end + 1 < tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[index],
           !tokens[end].hasArticle, isUnknownNameWord(at: end, in: text) || GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil
            || isFamilyNamedAfterAPlace(at: end, family: family, first: index, afterRole: true, in: text) {
            if closesHere(end + 1) {
                end += 1
            } else if end + 2 < tokens.count, text.paragraphOfToken[end + 1] == text.paragraphOfToken[index], closesHere(end + 2),
                      Self.opensCompoundName(tokens[end].key, before: end + 1, in: text) || tokens[end + 1].key.sameBytes("الله")
                        || tokens[end + 1].hasArticle && Self.looksLikeDefiniteFamilyName(tokens[end + 1].key)
                        || !tokens[end + 1].hasArticle && (isUnknownNameWord(at: end + 1, in: text)
                            || GivenNames.gender(ofWritten: tokens[end + 1].surface, key: tokens[end + 1].key) != nil) {
                // «نزار محمود سليم عوض الله،»، «حيدر عبد الحسين جبار الكعبي، أن»: a grandfather's name
                // of two words, or a grandfather's and the family name; «آدم عبد الكريم أبكر إسحاق،»:
                // two more name words, as Sudanese and Somali names run.
                end += 2
            }
        } else if afterRole, family == 1, end + 2 < tokens.count, text.paragraphOfToken[end + 1] == text.paragraphOfToken[index],
                  Self.opensCompoundName(tokens[end].key, before: end + 1, in: text), closesHere(end + 2) {
            // «الدكتورة آمنة عثمان حسب الرسول،»: a father's and a grandfather's name of two words.
            end += 2
        } else if afterRole, family >= 2, end < tokens.count, tokens[end].isWord, tokens[end].hasArticle,
                  text.paragraphOfToken[end] == text.paragraphOfToken[index], Self.looksLikeDefiniteFamilyName(tokens[end].key),
                  closesHere(end + 1) {
            // «عبد الباسط محمد علي الشرعبي،»: the family name after a father's and a grandfather's.
            end += 1
        }
        // «عادل الفرنسي ماتيو لوران»: a nationality before a given name describes that name's bearer;
        // the word before it is the verb («equalized»), not a given name.
        if family == 1, end - start == 2, end < tokens.count, tokens[end - 1].hasArticle, EntityLexicons.isNationality(at: end - 1, in: text),
           tokens[end].isWord, personName(at: end, in: text, afterRole: true) != nil {
            return nil
        }
        // «الشركة رفعت الخزين»، «السيارات التي رفعت تعريفتها»: a name that is also a verb in the
        // feminine past (رفعت، حكمت، نشأت) is the verb after a relative pronoun, a particle or a definite
        // word that is no title, or a feminine one («المحافظة رفعت التعرفة»).
        // «مديرية زراعة ديالى رفعت مذكرة»: so after a body's name that ends with its place, after a
        // noun with a pronoun («مصالحه رفعت سعة الخوادم») and after a bare plural of things, which
        // takes the feminine verb («مضاربات رفعت السعر»).
        if !afterRole, index > 0, Self.namesThatAreVerbs.contains(key), tokens[index - 1].isWord,
           tokens[index - 1].hasArticle || Self.beforeAVerb.contains(tokens[index - 1].key)
            || EntityLexicons.isPlace(at: index - 1, in: text) && index >= 2 && EntityLexicons.role(at: index - 2, in: text) == nil
            || !tokens[index - 1].hasArticle && Self.endsWithPronounSuffix(tokens[index - 1])
            || !tokens[index - 1].hasArticle && tokens[index - 1].key.endsWithBytes("ات") && tokens[index - 1].key.scalarCount >= 5
            && GivenNames.gender(ofWritten: tokens[index - 1].surface, key: tokens[index - 1].key) == nil,
           EntityLexicons.role(at: index - 1, in: text).map(\.isFeminine) ?? true {
            return nil
        }
        // «رفعت شركات الألبان أسعارها»، «بشكل كامل لمدة أسبوعين»: a name that is also a verb or an
        // everyday word names no one where the word after it is no name: a bare plural in ات, or a
        // short noun glued to ب or ل.
        if !afterRole, Self.namesThatAreVerbs.contains(key) || NameWords.isAlsoCommonWord(key), index + 1 < end,
           Self.isNoFathersName(tokens[index + 1]) {
            return nil
        }
        if Self.isOwner(at: index, key: key, in: text) { return nil }
        // «هبة بريس»، «ليلى نيوز»، «مونت كارلو الدولية»: a word that closes an outlet's or a body's
        // name ends no person's.
        if Self.outletEndings.contains(tokens[end - 1].key) { return nil }
        let range = start..<end
        let words = range.map { tokens[$0].key }
        var candidate = EntityCandidate(
            type: .person, tokens: range, surface: text.text(ofTokens: range),
            words: words.enumerated().map { $0.offset == 0 ? key : $0.element }, canonical: nil)
        candidate.gender = gender ?? .masculine
        candidate.procliticLength = tokens[index].key.unicodeScalars.count - key.unicodeScalars.count
        if let role = EntityLexicons.role(at: end, in: text) {
            if !role.isJoined { candidate.roles.append(text.text(ofTokens: role.tokens)) }
        } else if let role = Self.appointedRole(at: end, in: text) {
            candidate.roles.append(role)
        }
        return candidate
    }

    /// Whether a definite word after a name can close it as a family name: a nisba (الزهراني،
    /// العتيبي، الحربي), a given name with the article (الحسن، الأمين) or a well-known family name
    /// (الصباح، الخطيب); anything else there is the verb's object in a verb-first sentence («أدان
    /// الرئيس فلان الهجوم»).
    static func looksLikeDefiniteFamilyName(_ key: String) -> Bool {
        // «خديجة بنت أحمدو الأولى على البلاد»: an ordinal ranks the person, it names no family.
        if ordinals.contains(key) { return false }
        return key.endsWithBytes("ي") || key.endsWithBytes("يه") || definiteFamilyNames.contains(key)
            || key.scalarCount > 4 && GivenNames.gender(of: key.droppingScalars(2)) != nil || isClanPlural(key)
    }

    /// Whether a definite word has the shape of the plural of a clan's name, فواعلة or فعاولة, as
    /// Jordanian and Palestinian families are named (الخوالدة، الطراونة، الرواشدة، الحباشنة): six
    /// letters after the article, alef the third and ة the last. The verbal nouns مفاعلة (المتابعة)
    /// and the adjectives in ية (الدراسية) share the shape and are left out.
    static func isClanPlural(_ key: String) -> Bool {
        guard key.startsWithBytes("ال") else { return false }
        let letters = Array(key.unicodeScalars.dropFirst(2))
        return letters.count == 6 && letters[2] == "ا" && letters[5] == "ه" && letters[0] != "م" && letters[4] != "ي"
    }

    /// Ordinal adjectives with the article, masculine and feminine (matching form).
    static let ordinals = WordIndex(
        ["الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة", "الأخير", "الأخيرة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the definite word at `index`, after a given name and a bare name opened at `first`,
    /// reads as the family name rather than the verb's object: the article names the person by it
    /// alone after a reporting verb or a title («عزمي محمود الطراونة … وقال الطراونة»، «ثم أضاف
    /// النحاس»، «القاضي الحاج»), the reported speech follows it («وقالت السفيرة هالة ناصر الدباغ
    /// إن»), or the name stands between commas as an apposition («…، السفيرة هالة ناصر الدباغ، في
    /// مؤتمر صحفي»).
    static func closesAName(at index: Int, openedAt first: Int, in text: AnnotatedText) -> Bool {
        let tokens = text.tokens
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            // «وكان اللواء فلان فلان الفلاني قد تلقى»: «قد» opens the name's own verb.
            if ["ان", "انه", "انها", "قوله", "قولها", "قد"].contains(where: next.key.sameBytes) { return true }
            // «… شادان عمر فتاح قالت»: a verb of saying after the name, its subject.
            if let verb = next.reportingForm, !verb.isParticiple, !next.key.startsWithBytes("و") { return true }
            // «نال رئيسها جورج نقولا الحايك 1146 صوتا»، «بسجن فلان فلان النتشة عشر سنوات»: the verb's
            // object is the count after the name, in digits or in words.
            if next.kind == .number { return true }
            if next.isWord, !["احد", "احدي"].contains(where: next.key.sameBytes), ClaimExtractor.numerals.parse(next.key) != nil,
               index + 2 < tokens.count, tokens[index + 2].isWord {
                return true
            }
            // «الحاج فلان فلان النجار (61 عاما)»: a parenthesis after the name tells of its bearer.
            if next.isPunctuation("(") { return true }
            // «… العموش لـ«عمون» إن»: the outlet the words were given to follows the full name.
            if next.key.sameBytes("لـ") || next.key.sameBytes("ل") || TransmissionChain.isOutletGivenTo(at: index + 1, in: text) { return true }
            // «… العدوان للوكيل الإخباري إن»: whom the words were given to, an outlet the lexicons
            // do not know, and then what was said.
            if next.isWord, next.key.startsWithBytes("ل"), next.key.scalarCount >= 4,
               ((index + 2)..<min(index + 5, tokens.count)).contains(where: { tokens[$0].opensAReportedClause }) {
                return true
            }
            if next.isComma {
                let sentence = text.sentenceOfToken[first]
                let before = max(first - 4, 0)..<first
                if before.contains(where: { tokens[$0].isComma && text.sentenceOfToken[$0] == sentence }) { return true }
                if titleTakesNoObject(before: first, in: text) { return true }
                // «ووجه اللواء فلان فلان الغريب، محافظ أسوان، …»: an office in apposition after the
                // comma tells of the person, not of an object.
                if index + 2 < tokens.count, text.sentenceOfToken[index + 2] == sentence, EntityLexicons.role(at: index + 2, in: text) != nil {
                    return true
                }
            }
        }
        let word = text.wordOfToken[index]
        return tokens.indices.contains { other in
            other != index && other > 0 && text.wordOfToken[other] == word
                && (tokens[other - 1].reportingForm != nil || EntityLexicons.role(at: other - 1, in: text)?.tokens.upperBound == other)
        }
    }

    /// Whether the name at `first` follows a title (or two: «رئيس الكتلة النائب», or one and where
    /// the office is: «منسقة الحملة في البقاع»), or no title, that nothing before could give an
    /// object to: a verb of saying that takes speech, not a noun («وقال رئيس المجلس فلان فلان
    /// الفلاني، …»), or a noun of presence or lead («بحضور محافظ حلب …»، «برئاسة رئيس المجلس …»), or the
    /// title is glued to a preposition itself («للمخرجة فلانة …»). A definite word between the name and a comma is then the family name, not the
    /// object of a verb such as «أدان الرئيس محمود عباس الهجوم،».
    static func titleTakesNoObject(before first: Int, in text: AnnotatedText) -> Bool {
        var start = first
        for _ in 0..<2 {
            // «منسقة الحملة في البقاع فلانة»، «النائبة عن حزب جبهة العمل الإسلامي فلانة»: the title may
            // end with where the office is or whom it represents.
            // «عضو الهيئة الإدارية لغرفة تجارة البصرة فلان»: or with the body it belongs to after ل.
            guard let opening = titleStart(endingAt: start, in: text)
                    ?? officePlaceStart(endingAt: start, in: text).flatMap({ titleStart(endingAt: $0, in: text) })
                    ?? bodyWithLamStart(endingAt: start, in: text).flatMap({ titleStart(endingAt: $0, in: text) })
            else { break }
            start = opening
        }
        // «فيلم «الرماد» للمخرجة المغربية فلانة الإدريسي الوزاني»: a title glued to a preposition is
        // the preposition's complement, no verb's subject.
        if start < first, ["لل", "بال"].contains(where: text.tokens[start].key.startsWithBytes) { return true }
        guard start > 0, text.sentenceOfToken[start - 1] == text.sentenceOfToken[first] else { return false }
        let word = text.tokens[start - 1]
        // A verb of saying right before the name takes no object either: «وقالت فلانة فلان الحداد،»;
        // nor does «كان»: «وكان اللواء فلان فلان الفلاني، مدير الأمن، قد …».
        if let verb = word.reportingForm, !verb.isParticiple { return speechOnlyVerbs.contains(verb.lemma) }
        if ClaimMarkers.pluperfectOpeners.contains(word.key) { return true }
        return start < first && presenceNouns.contains(word.key)
    }

    /// Where «في» or «عن» opens a place or a body that ends right before token `end` («في البقاع»، «عن
    /// حزب جبهة العمل الإسلامي»), if one does.
    static func officePlaceStart(endingAt end: Int, in text: AnnotatedText) -> Int? {
        (max(end - 8, 0)..<max(end - 1, 0)).first { preposition in
            let key = text.tokens[preposition].key
            guard key.sameBytes("في") || key.sameBytes("عن") else { return false }
            let next = preposition + 1
            if EntityLexicons.isPlace(at: next, in: text), EntityLexicons.known(at: next, in: text)?.tokens.upperBound ?? next + 1 == end {
                return true
            }
            let body = EntityLexicons.known(at: next, in: text) ?? EntityRecognizer().organizationChain(at: next, in: text)
            return body?.type == .organization && body?.tokens.upperBound == end
        }
    }

    /// Where a body named after ل («لغرفة تجارة البصرة») that ends right before token `end` starts, if
    /// one does.
    static func bodyWithLamStart(endingAt end: Int, in text: AnnotatedText) -> Int? {
        (max(end - 6, 0)..<max(end - 1, 0)).first { index in
            text.tokens[index].key.startsWithBytes("ل") && EntityRecognizer().bodyComplement(at: index, in: text) == end
        }
    }

    /// Where the title (a role of up to six words) that ends right before token `end` starts, if one does.
    /// «الطالب الجامعي فلان»، «المهندسة المعمارية فلانة»: the title may carry a relative adjective.
    static func titleStart(endingAt end: Int, in text: AnnotatedText) -> Int? {
        if let start = roleStart(endingAt: end, in: text) { return start }
        guard end >= 2, text.tokens[end - 1].isWord, text.tokens[end - 1].hasArticle,
              text.tokens[end - 1].key.endsWithBytes("ي") || text.tokens[end - 1].key.endsWithBytes("يه")
        else { return nil }
        return roleStart(endingAt: end - 1, in: text)
    }

    /// Where a title that ends right before token `end` starts, if one does.
    private static func roleStart(endingAt end: Int, in text: AnnotatedText) -> Int? {
        (max(end - 6, 0)..<end).first { EntityLexicons.role(at: $0, in: text)?.tokens.upperBound == end }
    }

    /// Verbs of saying whose object is what was said, never a noun right after the subject (lemmas,
    /// matching form).
    private static let speechOnlyVerbs = WordIndex(
        ["قال", "أضاف", "أوضح", "تابع", "أردف", "صرح", "ذكر", "أفاد", "بين", "لفت", "أشار", "شدد", "رأى", "اعتبر"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Nouns that a titled name follows as their genitive (matching form).
    private static let presenceNouns = WordIndex(
        ["حضور", "بحضور", "وبحضور", "وحضور", "برئاسة", "وبرئاسة", "رئاسة", "بمشاركة", "وبمشاركة", "بقيادة", "وبقيادة", "برعاية", "وبرعاية", "رعاية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// The office a person is appointed to, named after them in the accusative with ل and its
    /// portfolio: «عُيّن فلان وزيرا للمالية» gives «وزير المالية», so that «وزير المالية» later refers
    /// to them.
    static func appointedRole(at index: Int, in text: AnnotatedText) -> String? {
        guard index + 1 < text.tokens.count, text.tokens[index].isWord, text.tokens[index + 1].isWord else { return nil }
        let key = text.tokens[index].key
        guard key.endsWithBytes("ا"), key.scalarCount >= 4, text.paragraphOfToken[index + 1] == text.paragraphOfToken[index] else { return nil }
        let office = key.droppingLastScalar()
        guard RoleLexicon.match([office], at: 0)?.wordCount == 1 else { return nil }
        let complement = text.tokens[index + 1].key
        let portfolio: String
        if complement.startsWithBytes("لل"), complement.scalarCount >= 4 {
            portfolio = "ال" + complement.droppingScalars(2)
        } else if complement.startsWithBytes("ل"), complement.scalarCount >= 4 {
            portfolio = complement.droppingScalars()
        } else {
            return nil
        }
        return office + " " + portfolio
    }

    /// Whether the given name at `index` stands where an adjective of the word before it would: a
    /// name that is also an adjective (سعيد، آمنة، فائق، سلمي written with ي) after a bare noun
    /// («اعتصام سلمي»، «ممرات آمنة»), or after a definite noun with a definite word after it («القطار
    /// فائق السرعة»). The word before must be no verb, role, name or function word.
    static func describesTheNounBefore(_ index: Int, in text: AnnotatedText) -> Bool {
        guard index > 0, index + 1 < text.tokens.count else { return false }
        let token = text.tokens[index]
        let previous = text.tokens[index - 1]
        guard !token.hasArticle, adjectiveNames.contains(token.key) || NameWords.isAlsoCommonWord(token.key)
                || adjectivesWrittenWithYa.contains(token.key) && token.surface.endsWithBytes("ي"),
              previous.isWord, text.paragraphOfToken[index - 1] == text.paragraphOfToken[index],
              !NameWords.isStopword(previous.key), previous.reportingForm == nil, TenseLexicon.table.value(for: previous.key) == nil,
              EntityLexicons.role(at: index - 1, in: text) == nil, GivenNames.nameOpener(previous.key) == nil,
              EntityLexicons.known(at: index - 1, in: text) == nil
        else { return false }
        // A name after it is a name: «بحضور سعيد الحربي»، «اللاعب كريم عبد الله».
        let next = text.tokens[index + 1]
        if GivenNames.gender(ofWritten: next.surface, key: next.key) != nil || GivenNames.isFamilyOpener(next.key)
            || next.hasArticle && Self.looksLikeDefiniteFamilyName(next.key) {
            return false
        }
        if !previous.hasArticle {
            // «بحضور»، «برئاسة»، «ومشاركة»: a verbal noun with a glued letter is followed by whom it names.
            guard let first = previous.key.unicodeScalars.first, !"وبلفك".unicodeScalars.contains(first) else { return false }
            return true
        }
        // «مدير المستشفى سامي الحداد»: after a role and its body the name is a name.
        if (max(0, index - 4)..<(index - 1)).contains(where: { EntityLexicons.role(at: $0, in: text) != nil }) { return false }
        return next.isWord && next.hasArticle && !NameWords.isStopword(next.key)
    }

    /// Words after which a verb comes rather than a name: relative pronouns, «أنها»، «إذ»، «قد» (matching form).
    private static let beforeAVerb: WordIndex = ["التي", "الذي", "انها", "انه", "اذ", "قد", "وقد", "لقد", "ثم", "فيما", "حيث", "كما"]

    /// Whether a bare word is a Maghrebi family name of «بو» and a given name (بوزيد، بوسعيد، بوعزة),
    /// which no preposition ب before a noun in و is (بوضع، بوصول).
    static func isMaghrebiFamilyName(_ token: WordToken) -> Bool {
        guard token.isWord, !token.hasArticle, token.key.startsWithBytes("بو"), token.key.scalarCount >= 5 else { return false }
        let rest = token.key.droppingScalars(2)
        return GivenNames.gender(of: rest) != nil
    }

    /// Times of day that are also given names (matching form).
    private static let namesThatAreTimes = WordIndex(["صباح", "ضحى", "فجر"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Hijri months that are also men's names (matching form).
    private static let monthsNamedAfter = WordIndex(["رمضان", "شعبان", "محرم"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether `token`, after a given name, is a word no father is named: a bare plural in ات (شركات)
    /// or a noun of two or three letters glued to ب or ل (بسجن، لمدة), none of them a given name or a
    /// Maghrebi family name.
    static func isNoFathersName(_ token: WordToken) -> Bool {
        let key = token.key
        guard token.isWord, !token.hasArticle, GivenNames.gender(ofWritten: token.surface, key: key) == nil,
              !isGluedMaghrebiFamilyName(key), !isMaghrebiFamilyName(token)
        else { return false }
        if key.endsWithBytes("ات"), key.scalarCount >= 5 { return true }
        return (key.startsWithBytes("ب") || key.startsWithBytes("ل")) && !key.startsWithBytes("لل") && (4...5).contains(key.scalarCount)
    }

    /// Given names that are also imperfect verbs (matching form): «يسري» (applies).
    private static let imperfectsThatAreNames: WordIndex = ["يسري"]

    /// Given names that are also verbs in the feminine past (matching form).
    private static let namesThatAreVerbs = WordIndex(
        ["رفعت", "حكمت", "نشأت", "طلعت", "مدحت", "عزت", "بهجت", "ثروت", "شوكت"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the word at `index`, whose key without a conjunction is `key`, is «مالك» before a thing
    /// people own: its owner, not a name. «قال مالك القارب، المواطن فلان»، «بتغريم مالك مصنع للزيوت»:
    /// such a thing with or without the article.
    static func isOwner(at index: Int, key: String, in text: AnnotatedText) -> Bool {
        let tokens = text.tokens
        guard key.sameBytes("مالك"), index + 1 < tokens.count, tokens[index + 1].isWord else { return false }
        let next = tokens[index + 1]
        if ownedThings.contains(next.key) || !next.hasArticle && ownedThings.contains("ال" + next.key) { return true }
        // «مالك إحدى الشركات»، «كل مالك مركبة»: one of the things, or a thing in the feminine.
        if ["احد", "احدي"].contains(where: next.key.sameBytes) { return true }
        return !next.hasArticle && next.surface.unicodeScalars.last == "\u{0629}" && GivenNames.gender(ofWritten: next.surface, key: next.key) == nil
    }

    /// Things a news report names the owner of (مالك القارب، مالك العقار), with the article (matching form).
    private static let ownedThings = WordIndex(
        ("القارب المركب الزورق السفينة الباخرة الناقلة المنزل البيت الشقة العقار المبنى العمارة الأرض المزرعة المحل المتجر "
            + "المطعم المقهى الفندق الشركة المصنع المعمل الورشة المخبز المستودع السيارة الشاحنة الحافلة الطائرة النادي "
            + "الصحيفة القناة الموقع المنجم الحقل القطيع الفرن المحطة")
            .split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Words that close an outlet's or a body's name and no person's (matching form).
    private static let outletEndings = WordIndex(
        ["نيوز", "برس", "بريس", "تيفي", "أنفو", "ميديا", "الدولية", "الدولي", "الإخبارية", "الفضائية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Given names that are also adjectives, beyond ``NameWords/isAlsoCommonWord(_:)`` (matching form).
    private static let adjectiveNames = WordIndex(
        ("فائق آمنة جميلة كريمة سعيدة أمينة نبيلة فاضلة شريفة عزيزة رشيدة طاهرة صادقة سالمة سامية فريدة وحيدة منيرة حميدة هادئة "
            + "لطيفة رحيمة مجيدة صالحة حكيمة سكينة سنية لين سليمة مبروكة حبيبة")
            .split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Names written with a final ى that, written with ي, are adjectives (سلمي "peaceful").
    private static let adjectivesWrittenWithYa: WordIndex = ["سلمي"]

    /// Whether a word opens with the «بو» or the glued «بن» of Maghrebi family names (بوزيان، بوقرة،
    /// بنكيران، بنسعيد), the «بل» (بن ال) of those made of a name or a title (بلحاج، بلعيد، بلحسن),
    /// or the «با» of Hadrami ones (باوزير، باحميد), which read as a glued ب otherwise.
    static func hasFamilyPrefix(_ key: String) -> Bool {
        if (key.startsWithBytes("بو") || key.startsWithBytes("با")) && key.scalarCount >= 5 { return true }
        if key.startsWithBytes("بن") && key.scalarCount >= 6 { return true }
        guard key.startsWithBytes("بل"), key.scalarCount >= 5 else { return false }
        let rest = key.droppingScalars(2)
        if GivenNames.gender(of: rest) != nil || balFamilyStems.contains(rest) { return true }
        // «بلقاسمي»، «بلعيدي»: or the nisba of a given name.
        guard rest.endsWithBytes("ي"), rest.scalarCount >= 4 else { return false }
        let stem = rest.droppingLastScalar()
        return GivenNames.gender(of: stem) != nil || balFamilyStems.contains(stem)
    }

    /// Whether `key` is a Maghrebi family name glued to «بل» (بلحاج، بلعيد), to «بال» as Tunisia
    /// writes it (بالحاج، بالقاسم), or to a long «بن» (بنشقرون، بنكيران), which no glued preposition
    /// reads as; a shorter «بن» word is as often ب and a noun (بنتائج).
    static func isGluedMaghrebiFamilyName(_ key: String) -> Bool {
        if key.startsWithBytes("بال"), key.scalarCount >= 6 {
            let rest = key.droppingScalars(3)
            return balFamilyStems.contains(rest) || GivenNames.gender(of: rest) != nil
        }
        return key.startsWithBytes("بل") && hasFamilyPrefix(key) || key.startsWithBytes("بن") && key.scalarCount >= 7
    }

    /// Whether the word at `index` is a Maghrebi family name in بو where the name ends (a comma, the
    /// reported clause, a time word): «بوخطوة»، «بوشارب». بو of six letters at least, not بوا
    /// (بواسطة), and never before a genitive, so that «بوزارة الصحة»، «بوضع الحجر» stay what they are.
    static func isMaghrebiBuFamilyName(at index: Int, in text: AnnotatedText) -> Bool {
        let key = text.tokens[index].key
        guard key.startsWithBytes("بو"), !key.startsWithBytes("بوا"), key.scalarCount >= 6 else { return false }
        return endsAName(at: index + 1, in: text) || index + 1 < text.tokens.count && NameWords.timeWords.contains(text.tokens[index + 1].key)
    }

    /// What «بل» glues to in Maghrebi family names besides given names (matching form): حاج، خير، عيد …
    private static let balFamilyStems = WordIndex(
        ["حاج", "خير", "عيد", "عباس", "طيب", "عربي", "كبير", "مختار", "حسين", "هادي", "قايد"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the token at `index` ends a name before it: a comma, a full stop, the end of the text,
    /// the opener of a reported clause (إن، أن)، a preposition that opens an adjunct (في، من، خلال،
    /// عن), a relative pronoun (الذي، التي) or a participle in the accusative that says how the person
    /// came or acted («… كوستا قادما من»).
    static func endsAName(at index: Int, in text: AnnotatedText) -> Bool {
        guard index < text.tokens.count else { return true }
        let token = text.tokens[index]
        return token.isComma || token.isPunctuation(".") || token.opensAReportedClause
            || ["في", "من", "خلال", "عن", "الذي", "التي"].contains(where: token.key.sameBytes)
            || token.isWord && isAccusativeParticiple(token.key)
    }

    /// Whether the token at `index` stands in a question or a choice: a «؟» closes it with no colon
    /// or quotation mark between (after a name and its colon comes what the person said), or «هل»
    /// or «سواء» comes before it in its sentence.
    static func asksOrOffersAChoice(aroundToken index: Int, in text: AnnotatedText) -> Bool {
        let tokens = text.tokensOfSentence[text.sentenceOfToken[index]]
        for after in tokens where after > index {
            let token = text.tokens[after]
            if token.isPunctuation("؟") { return true }
            if token.isPunctuation(":") || token.isOpeningQuote { break }
        }
        return tokens.prefix { $0 < index }.contains { ["هل", "سواء", "وهل"].contains(where: text.tokens[$0].key.sameBytes) }
    }

    /// Whether `key` and the word at `next` make one name: «الدين» after its openers (نور الدين، عز
    /// الدين), or one of God's names after a word of giving or grace, as Sudanese and Gulf names are
    /// made (عوض الكريم، فضل المولى، جاد الرب، حمد النيل).
    static func opensCompoundName(_ key: String, before next: Int, in text: AnnotatedText) -> Bool {
        guard next < text.tokens.count else { return false }
        let second = text.tokens[next].key
        if second.sameBytes("الدين") { return dinNameOpeners.contains(key) }
        if isWomansCompoundName(key, second) { return true }
        return divineNameOpeners.contains(key) && divineNames.contains(second)
    }

    /// Whether `first` and `second` make a woman's name of two words: «نور الهدى»، «نور الإيمان»،
    /// «فاطمة الزهراء»، and «أمة» ("servant") with one of God's names, as Yemeni women are named
    /// (أمة الرحمن، أمة الله), never «أمة» (nation) before another word.
    static func isWomansCompoundName(_ first: String, _ second: String) -> Bool {
        first.sameBytes("نور") && nourWomensNames.contains(second) || first.sameBytes("فاطمه") && second.sameBytes("الزهراء")
            || first.sameBytes("امه") && (divineNames.contains(second) || servantNames.contains(second))
    }

    /// God's names after «أمة» in women's names beyond ``divineNames`` (matching form).
    private static let servantNames = WordIndex(["الله", "العزيز", "الوهاب", "اللطيف", "الغفور", "السلام", "الملك"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Second words of women's names opened by «نور» (matching form).
    private static let nourWomensNames = WordIndex(["الهدى", "الإيمان", "اليقين", "الصباح"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// First words of names made with one of God's names (matching form).
    private static let divineNameOpeners = WordIndex(
        "عوض فضل جاد جاب عطا دفع حسب خلف عون رزق صنع كرم نصر عز سر تاج فتح حمد"
            .split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// God's names that close such a name, the Prophet's (حسب الرسول) and the Nile's (حمد النيل),
    /// matching form; «الله» is read apart (دفع الله).
    private static let divineNames = WordIndex(
        "الكريم الرحمن الرحيم المولى الرب الجليل العظيم الباري الحليم الهادي الختم الرسول النيل"
            .split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// First words of the names made with «الدين» (matching form).
    private static let dinNameOpeners = WordIndex(
        ("نور عز صلاح سيف علاء بهاء نصر جمال كمال محيي محي شمس خير زين نجم عماد تاج فخر سعد بدر شرف ضياء حسام تقي معين قطب "
            + "علم سراج برهان شهاب صدر ناصر عصام مجد جلال زكي غياث شجاع رشيد ركن عفيف")
            .split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Well-known family names with the article that are no nisba (matching form).
    private static let definiteFamilyNames = WordIndex(
        ["الصباح", "النهيان", "الخليفة", "الغانم", "الفالح", "الخطيب", "الأسد", "الحكيم", "الجبير", "الراشد", "المبارك",
         "العيسى", "الحمد", "السويدان"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Particles that only a verb follows (matching form).
    private static let verbParticles: WordIndex = ["قد", "لقد", "وقد", "فقد", "لم", "ولم", "فلم", "لن", "ولن", "فلن", "سوف"]

    /// The end of the European particles at `index` («فان»، «فان دير»، «فون دير»، «دي»، «دا»، «دو»،
    /// «ديل»), or `nil` where none opens there.
    static func foreignParticlesEnd(at index: Int, in text: AnnotatedText) -> Int? {
        let tokens = text.tokens
        // «فان» as written, not «فإن» folded to it.
        guard tokens[index].isWord, foreignParticles.contains(tokens[index].key), !tokens[index].surface.unicodeScalars.contains("\u{0625}")
        else { return nil }
        // «دير» (monastery) and «دين» are particles only after «فان/فون» (فان دين بيرغ), «لا» only after
        // «دي/دو» (دي لا فوينتي).
        if index + 1 < tokens.count, ["دير", "دين", "دن"].contains(where: tokens[index + 1].key.sameBytes),
           tokens[index].key.sameBytes("فان") || tokens[index].key.sameBytes("فون") {
            return index + 2
        }
        if index + 1 < tokens.count, tokens[index + 1].key.sameBytes("لا"), tokens[index].key.sameBytes("دي") || tokens[index].key.sameBytes("دو") {
            return index + 2
        }
        return index + 1
    }

    /// European particles of family names (matching form); «لا» follows «دي».
    private static let foreignParticles: WordIndex = ["فان", "فون", "دي", "دا", "دو", "ديل", "ديلا", "دوس", "داس"]

    /// The end of the family names from `start` on, and how many there are: one, or two where the
    /// first has no article (شياع السوداني). A family name is no place, body head (لقناة) or role,
    /// except a one-word title that names no one after it (وائل القاضي، كميل الحاج); the word after
    /// أبو، بن، عبد، آل belongs to the name whatever else it may be (شريف أبو العلا); no family name
    /// opens with a preposition and the article (بالفوز) or with و and a preposition (وبإشراف); and a
    /// second bare family name carries no glued preposition or conjunction (عادل فخري بمنصب).
    ///
    /// After a name of unknown words (a foreign name), a word with the article does not follow a bare
    /// family name: «المبعوث هانس غروندبرغ الهجوم» ends before الهجوم.
    /// «آيت» ("sons of"), which opens Amazigh family names and the places named after the same clans;
    /// the matching form folds أيت and ايت into it.
    static let amazighFamilyOpener = ArabicNormalizer.matching.normalizedString("آيت")

    private func familyNames(
        from start: Int, of first: Int, in text: AnnotatedText, afterUnknownName: Bool = false, afterRole: Bool = false
    ) -> (end: Int, count: Int) {
        let tokens = text.tokens
        var end = start
        var family = 0
        // «مهند خليل بني ياسين»: «بني» opens a clan's name only inside a name, after a given name.
        func opensFamily(_ key: String) -> Bool { GivenNames.isFamilyOpener(key) || key.sameBytes("بني") }
        while end < tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[first] {
            let token = tokens[end]
            // «لوك فان دير بيرغ»، «ماتيوس دا كوستا»، «أورسولا فون دير لاين»: a European particle
            // before a family name belongs to it.
            if let particleEnd = Self.foreignParticlesEnd(at: end, in: text), particleEnd < tokens.count,
               text.paragraphOfToken[particleEnd] == text.paragraphOfToken[first], tokens[particleEnd].isWord,
               !tokens[particleEnd].hasArticle, NameWords.canFollowGivenName(tokens[particleEnd]) {
                end = particleEnd
                continue
            }
            if end > start, opensFamily(tokens[end - 1].key) {
                // «أحمد ولد في بغداد»: an opener before a function word is no opener; «علي» written
                // as such is a name (بن علي), not «على», and a word that is also a verb of saying is
                // a name after it (أبو طالب).
                guard NameWords.canFollowGivenName(token) || token.isWord && token.reportingForm != nil && !Stopwords.contains(token.key)
                else { break }
                end += 1
                // «ولد سيدي محمد»: «سيدي» and a given name make one father's name.
                if tokens[end - 1].key.sameBytes("سيدي"), end < tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[first],
                   GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil, !tokens[end].hasArticle {
                    end += 1
                }
                // The compound ends the name unless another opener chains it (محمد بن سلمان بن عبد العزيز،
                // أحمد بن عبد الله: the word just taken may open one too) or a family name with the
                // article closes it (سيدي ولد محمد الأمين، ماجد بن عبد الله الحربي).
                if opensFamily(tokens[end - 1].key) || end < tokens.count && opensFamily(tokens[end].key) {
                    continue
                }
                // «ولد أحمد سالم،»: the father's name may have two words, the second bare before the
                // comma or the reported clause.
                if end + 1 < tokens.count, !tokens[end].hasArticle, isLastNameBeforeClause(at: end, in: text, gluedLetters: true) {
                    end += 1
                    break
                }
                // «ياسين عبد الإله بنشقرون»: a Maghrebi family name glued to بل or بن closes it, and one
                // in بو (سالم عبد السلام بوخطوة).
                if end < tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[first],
                   Self.isGluedMaghrebiFamilyName(tokens[end].key) || Self.isMaghrebiBuFamilyName(at: end, in: text) {
                    end += 1
                    break
                }
                if end < tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[first], tokens[end].hasArticle,
                   NameWords.canFollowGivenName(tokens[end]), !opensFamily(tokens[end].key),
                   Self.looksLikeDefiniteFamilyName(tokens[end].key) || Self.closesAName(at: end, openedAt: first, in: text),
                   EntityLexicons.known(at: end, in: text) == nil,
                   EntityLexicons.role(at: end, in: text).map({ isTitleUsedAsFamilyName($0, in: text) }) ?? true,
                   OrganizationHeadLexicon.match(in: text.words, at: end) == nil {
                    end += 1
                }
                break
            }
            // «جاسم عطية خلف الشمري»: «خلف» is a grandfather's given name between a father's name and
            // a family name of a nisba's shape, not "behind".
            // After a title it may be the father's name itself where the family name closes the name
            // there: «الدكتور غازي خلف الدليمي، إن».
            if family == 1 || family == 0 && afterRole && end + 1 < tokens.count && Self.closesAName(at: end + 1, openedAt: first, in: text),
               token.key.sameBytes("خلف"), !tokens[end - 1].hasArticle, end + 1 < tokens.count,
               text.paragraphOfToken[end + 1] == text.paragraphOfToken[first], tokens[end + 1].hasArticle,
               Self.looksLikeDefiniteFamilyName(tokens[end + 1].key) {
                end += 2
                family += 2
                break
            }
            // «عثمان الطيب محمد ود الفكي»: an opener after two names still takes its family name.
            guard family < 2 || family == 2 && opensFamily(token.key) && !token.key.sameBytes("ال"),
                  NameWords.canFollowGivenName(token), !Self.isFutureVerbOrDirection(token), !Self.isVerb(at: end, in: text),
                  // «يعقوب إبراهيم ود حامد»: a place named like a family (ود حامد، بني وليد) is the family
                  // inside a person's name.
                  EntityLexicons.known(at: end, in: text) == nil || opensFamily(token.key) && family >= 1
                    // «الحسين أيت باها»: an Amazigh family name opens with آيت ("sons of"), as places do.
                    || token.key.sameBytes(Self.amazighFamilyOpener) && family == 0 && end == first + 1
                        && GivenNames.gender(ofWritten: tokens[first].surface, key: tokens[first].key) != nil
                    // «الطبيبة هالة صلاح الدين»: a father named «صلاح الدين» is no province.
                    || Self.opensCompoundName(token.key, before: end + 1, in: text)
                    || isFamilyNamedAfterAPlace(at: end, family: family, first: first, afterRole: afterRole, in: text)
                    || afterUnknownName && Self.isPlaceNameThatIsAWord(at: end, in: text)
                        && (Self.closesAName(at: end, openedAt: first, in: text) || end + 1 < tokens.count && isUnknownNameWord(at: end + 1, in: text)),
                  OrganizationHeadLexicon.match(in: text.words, at: end) == nil
            else { break }
            if let role = EntityLexicons.role(at: end, in: text), !isTitleUsedAsFamilyName(role, in: text) { break }
            // «استقبل الوزير خالد سالم ضيوفه»: a noun with a pronoun suffix is the verb's object.
            if family >= 1, Self.endsWithPronounSuffix(token) { break }
            let key = token.key
            let hasArticle = token.hasArticle && !opensFamily(key)
            // After an unknown first word, a definite third name needs the name to close there, or a
            // known father's name and a family name's shape before it (مطر سالم النيادي من …).
            if afterUnknownName, family == 1, hasArticle, !tokens[end - 1].hasArticle, !Self.closesAName(at: end, openedAt: first, in: text),
               !(Self.looksLikeDefiniteFamilyName(key)
                   && GivenNames.gender(ofWritten: tokens[end - 1].surface, key: tokens[end - 1].key) != nil) {
                break
            }
            // «منذ الفاتح جوان»: a month is no family name; a weekday written bare is a given name
            // (مريم خميس الظهوري، محمد جمعة), and so are the Hijri months fathers are named after
            // inside a name that a family name closes (نوري رمضان القماطي، مازن محرم العبدو،).
            if CalendarLexicon.match([key], at: 0) != nil, GivenNames.gender(ofWritten: token.surface, key: key) == nil,
               !(Self.monthsNamedAfter.contains(key) && end + 1 < tokens.count && text.paragraphOfToken[end + 1] == text.paragraphOfToken[end]
                   && (tokens[end + 1].hasArticle && Self.looksLikeDefiniteFamilyName(tokens[end + 1].key)
                       || tokens[end + 1].isWord && Self.closesAName(at: end + 1, openedAt: first, in: text))) {
                break
            }
            // «أدان الرئيس محمود عباس الهجوم»: after a bare family name, a definite word that is no
            // nisba (الزهراني، العتيبي) is the verb's object, not a third name.
            // A one-word title there before a comma is the family name (القاضي ربيع منصور الحاج،).
            if family == 1, hasArticle, !tokens[end - 1].hasArticle, !opensFamily(tokens[end - 1].key),
               !Self.looksLikeDefiniteFamilyName(key), !Self.closesAName(at: end, openedAt: first, in: text),
               !(end + 1 < tokens.count && tokens[end + 1].isComma && EntityLexicons.role(at: end, in: text)?.tokens.count == 1) {
                break
            }
            // «عادل فخري بمنصب»: a glued preposition ends the name, unless the word is a given name
            // itself, as a grandfather's name is (خالد سعيد كمال، أحمد علي بدران).
            // A foreign name keeps such a word where a comma or a preposition ends the name («السويسري
            // ماركوس فيلي برونر،»، «الغاني دانيال أوسي فريمبونغ في»); after a known given name the word
            // must be long, as foreign family names are, unless the father's name is no name the
            // lexicons know either («إيزابيل مارغو فونتين»).
            let foreignFather = !tokens[end - 1].hasArticle
                && GivenNames.gender(ofWritten: tokens[end - 1].surface, key: tokens[end - 1].key) == nil
            if family == 1, !hasArticle, !opensFamily(key), let letter = key.unicodeScalars.first,
               "بلكوف".unicodeScalars.contains(letter), GivenNames.gender(ofWritten: token.surface, key: key) == nil,
               !(key.scalarCount >= (afterUnknownName || foreignFather ? 5 : 7) && Self.endsAName(at: end + 1, in: text)),
               // «آزاد كريم بالكي،»: بال and two letters is a family name where the name ends.
               !(key.scalarCount == 5 && key.startsWithBytes("بال") && Self.endsAName(at: end + 1, in: text)),
               // «شادان عمر فتاح قالت»: the subject's last name before its verb of saying.
               !(key.scalarCount >= 4 && end + 1 < tokens.count && tokens[end + 1].reportingForm.map { !$0.isParticiple } == true
                   && !tokens[end + 1].key.startsWithBytes("و")),
               !(end + 1 < tokens.count && tokens[end + 1].key.sameBytes("الله")),
               // «الصادق عمران بلحاج»: Maghrebi family names glue بل or بن.
               !Self.isGluedMaghrebiFamilyName(key),
               // «سالم عبد السلام بوخطوة فجر أمس»: or open with بو, where the name ends.
               !Self.isMaghrebiBuFamilyName(at: end, in: text),
               // «مدير المستشفى، الدكتور فهد ناصر لقموش، …»: after a title, the last name of an apposition
               // closed by its comma; so too after a father's given name («يوسف عبدالله لوتاه، …»),
               // where the word is no place («زار يوسف عبدالله لبنان،»).
               !(key.scalarCount >= 5 && end + 1 < tokens.count && tokens[end + 1].isComma
                   && !key.startsWithBytes("لل") && !key.startsWithBytes("بال")
                   && (afterRole || GivenNames.gender(ofWritten: tokens[end - 1].surface, key: tokens[end - 1].key) != nil
                       && Gazetteer.match(in: text.words, at: end) == nil)) {
                break
            }
            // «قادما من»، «مرتديا»: a participle in the accusative says how the person came, not who.
            if family == 1, !hasArticle, Self.isAccusativeParticiple(key), !Self.closesAName(at: end, openedAt: first, in: text) { break }
            // «بالفوز»، «للحكومة»: a preposition glued to the article opens no family name; but the
            // article takes a noun of three letters at least, so «بالكي» is a family name.
            if key.scalarCount >= 5 && key.startsWithBytes("لل") || key.scalarCount >= 6 && ["بال", "كال", "فال"].contains(where: key.startsWithBytes),
               !Self.isForeignNameOfArticleShape(at: end, in: text), !Self.isGluedMaghrebiFamilyName(key) {
                break
            }
            // «ومرفأ»، «ومعمل»: a conjunction and a head opens the next name, not a family name.
            if key.startsWithBytes("و"), key.scalarCount >= 4, GivenNames.gender(ofWritten: token.surface, key: key) == nil,
               OrganizationHeadLexicon.table.phrases.startsPhrase(withWord: key.droppingScalars(), proclitics: false)
                || Self.facilityHead(key.droppingScalars()) != nil || Self.localityHeads.contains(key.droppingScalars()) {
                break
            }
            // «لاعب سريع ويملك حسا»، «وكيله فلان فلان حصل على»: a verb (a perfect the lexicon knows, or
            // an imperfect after و) and «قطريا», a nationality in the accusative, are no name words.
            if Self.isVerbOrAccusativeNoun(token) { break }
            // «وبإشراف»، «ولدى»: a conjunction with a preposition or the article opens no family name.
            if key.startsWithBytes("و"), !opensFamily(key), let second = key.unicodeScalars.dropFirst().first,
               "بلكا".unicodeScalars.contains(second), !Self.isForeignNameOfArticleShape(at: end, in: text) {
                break
            }
            // «مدير طرق وجسور المحافظة»: after a first word no lexicon knows, a word with و joins two
            // nouns, not two names; a foreign name may open with وا or وي (غريس وانجيرو).
            if afterUnknownName, family == 0, key.startsWithBytes("و"), !opensFamily(key), key.scalarCount >= 4,
               GivenNames.gender(ofWritten: token.surface, key: key) == nil,
               let second = key.unicodeScalars.dropFirst().first, second != "ا", second != "ي" {
                break
            }
            end += 1
            family += 1
            // «عبد الكريم نور الدين شرفي»: the father's name may be one with «الدين».
            if Self.opensCompoundName(key, before: end, in: text) { end += 1 }
            // «إيمان عثمان دفع الله،»: a family name made with «الله» (دفع الله، فضل الله، جاب الله).
            // Not a thanks to God («حمد الله على»، «شكر الله تعالى»).
            // «عبد الله» is a compound like any other and goes on (عمر عبد الله ود الريح).
            if !hasArticle, !opensFamily(key), end < tokens.count, tokens[end].key.sameBytes("الله"),
               end + 1 >= tokens.count || !["علي", "تعالي", "عز"].contains(where: tokens[end + 1].key.sameBytes) {
                end += 1
                // «جوزيف نعمة الله الحايك،»: a father's name made with «الله», then the family name.
                if family == 1, end < tokens.count, tokens[end].isWord, tokens[end].hasArticle,
                   text.paragraphOfToken[end] == text.paragraphOfToken[first], Self.closesAName(at: end, openedAt: first, in: text) {
                    end += 1
                }
                break
            }
            if opensFamily(key) { continue }
            // «سنية الهادي القلال»، «محمد الحبيب الجملي»: a father's given name with the article,
            // then the family name.
            if hasArticle, family == 1, end < tokens.count, tokens[end].isWord, tokens[end].hasArticle,
               GivenNames.gender(of: key) != nil || GivenNames.gender(of: key.droppingScalars(2)) != nil,
               Self.looksLikeDefiniteFamilyName(tokens[end].key) || Self.closesAName(at: end, openedAt: first, in: text) {
                continue
            }
            // «الفريق محمد الحسن أحمد هدل،»: after a father's given name with the article, a
            // grandfather's given name and a family name that a comma or the reported clause closes;
            // in Sudanese names of four parts it is a given name with the article too («عثمان الطيب
            // محمد الحسن،»).
            let definiteLastName = end + 1 < tokens.count && tokens[end + 1].hasArticle
                && (GivenNames.gender(of: tokens[end + 1].key) != nil || GivenNames.gender(of: tokens[end + 1].key.droppingScalars(2)) != nil
                    || Self.looksLikeDefiniteFamilyName(tokens[end + 1].key))
            if hasArticle, family == 1, end + 2 < tokens.count, text.paragraphOfToken[end + 1] == text.paragraphOfToken[first],
               GivenNames.gender(of: key.droppingScalars(2)) != nil || GivenNames.gender(of: key) != nil,
               !tokens[end].hasArticle, GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil,
               tokens[end + 1].isWord, definiteLastName || !tokens[end + 1].hasArticle && (isUnknownNameWord(at: end + 1, in: text)
                || GivenNames.gender(ofWritten: tokens[end + 1].surface, key: tokens[end + 1].key) != nil),
               tokens[end + 2].isComma || tokens[end + 2].opensAReportedClause {
                end += 2
                family += 2
                break
            }
            // «الدكتور عثمان الطيب دفع الله، …»: after a father's given name with the article, a family
            // name made with «الله» where the name closes.
            if hasArticle, family == 1, end + 2 < tokens.count, text.paragraphOfToken[end + 1] == text.paragraphOfToken[first],
               GivenNames.gender(of: key.droppingScalars(2)) != nil || GivenNames.gender(of: key) != nil,
               tokens[end].isWord, !tokens[end].hasArticle, !NameWords.isStopword(tokens[end].key), tokens[end + 1].key.sameBytes("الله"),
               Self.closesAName(at: end + 2, openedAt: first, in: text) {
                end += 2
                family += 2
                break
            }
            // «محمد الأمين ولد الطالب»: «ولد» or «بن» after a definite name goes on with the father's.
            // «عثمان الطيب محمد ود الفكي»: so does a grandfather's given name before «ود» or «بن».
            let openerNext = end + 1 < tokens.count && opensFamily(tokens[end].key) && tokens[end + 1].isWord
            let grandfatherNext = end + 2 < tokens.count && GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil
                && !tokens[end].hasArticle && opensFamily(tokens[end + 1].key) && tokens[end + 2].isWord
                && text.paragraphOfToken[end + 2] == text.paragraphOfToken[first]
            // «سلمى الإدريسي الوزاني،»: a second family name with the article where the name closes, or
            // after a title that no verb can give an object to («للمخرجة سلمى الإدريسي الوزاني بالجائزة»).
            let secondFamilyNext = family == 1 && end < tokens.count && tokens[end].isWord && tokens[end].hasArticle
                && Self.looksLikeDefiniteFamilyName(tokens[end].key) && text.paragraphOfToken[end] == text.paragraphOfToken[first]
                && (Self.closesAName(at: end, openedAt: first, in: text) || Self.titleTakesNoObject(before: first, in: text))
            if hasArticle, !openerNext, !grandfatherNext, !secondFamilyNext { break }
        }
        // An opener with nothing after it is no name.
        if end > start, opensFamily(tokens[end - 1].key) {
            end -= 1
            family -= 1
        }
        // Names that run to a grandfather's (مجدي عبد الله كرار، حسن الطيب بابكر): a last bare word
        // right before the reported clause or a comma belongs to the name.
        if family >= 1, end - first < 4, end + 1 < tokens.count,
           isLastNameBeforeClause(at: end, in: text) || isLastNameBeforeAdjunct(at: end, of: first, in: text) {
            end += 1
            family += 1
        }
        return (end, family)
    }

    /// Whether the word at `index` is a name word (a bare word with no glued letter, a given name, or
    /// a family name with the article; no function or time word, place, body or role) with «إن/أن», a
    /// comma, a colon, a full stop or the outlet the words were given to right after it («… الصغير الحمروني لـ«الإذاعة»»).
    /// `gluedLetters` reads a first ب، ف، ل or و as the name's own.
    private func isLastNameBeforeClause(at index: Int, in text: AnnotatedText, gluedLetters: Bool = false) -> Bool {
        let token = text.tokens[index]
        let next = text.tokens[index + 1]
        return text.paragraphOfToken[index + 1] == text.paragraphOfToken[index]
            && (next.isComma || next.isPunctuation(":") || next.isPunctuation(".") || next.opensAReportedClause || next.key.sameBytes("لـ") || next.key.sameBytes("ل")
                || next.key.sameBytes("قوله") || next.key.sameBytes("قولها") || Self.opensAnAgeInBrackets(at: index + 1, in: text)
                || TransmissionChain.isOutletGivenTo(at: index + 1, in: text))
            && !NameWords.timeWords.contains(token.key)
            && (isUnknownNameWord(at: index, in: text, gluedLetters: gluedLetters || Self.hasFamilyPrefix(token.key))
                // «رنا عبد الرحيم دويكات،»: family names of the Levant end like a feminine plural.
                || token.key.endsWithBytes("ات") && isUnknownNameWord(at: index, in: text, gluedLetters: gluedLetters, apposed: true)
                || GivenNames.gender(ofWritten: token.surface, key: token.key) != nil
                || token.hasArticle && Self.looksLikeDefiniteFamilyName(token.key))
            && EntityLexicons.role(at: index, in: text) == nil
    }

    /// Whether the word ends, as written, in a pronoun suffix (ه، ها، هم) after three letters at least,
    /// as the object of a verb does («استقبل الوزير خالد سالم ضيوفه»، «نظيره»): a final ة is no suffix,
    /// and neither are the endings of foreign names (زاده، ديريه، منساه) or a given name's own ه (عبده).
    static func endsWithPronounSuffix(_ token: WordToken) -> Bool {
        let scalars = Array(token.surface.unicodeScalars)
        guard scalars.count >= 5, let last = scalars.last, !["زاده", "شاه", "يه", "اه"].contains(where: token.key.endsWithBytes),
              GivenNames.gender(ofWritten: token.surface, key: token.key) == nil
        else { return false }
        return last == "\u{0647}" || scalars[scalars.count - 2] == "\u{0647}" && (last == "\u{0627}" || last == "\u{0645}")
    }

    /// Whether the name opened at `first` ends with the bare word at `index` before a count the verb
    /// takes («قائد الفريق عمر نزار كيالي 18 نقطة»), or before a preposition or a relative pronoun
    /// where the name follows a nationality («الأمريكي جيلين ماركوس هيل الذي») or a title after a verb
    /// of saying («قال مدرب الوحدة فادي جورج سعادة في المؤتمر»), so that the word is no object of
    /// the verb («سلم الوزير خالد سالم جوائز في الحفل»).
    private func isLastNameBeforeAdjunct(at index: Int, of first: Int, in text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        let next = index + 1
        // A count in digits or in words («… شارما خمس سنوات»); not «أحد», which opens a partitive.
        let beforeACount = text.tokens[next].kind == .number
            || text.tokens[next].isWord && !["احد", "احدي"].contains(where: text.tokens[next].key.sameBytes)
            && ClaimExtractor.numerals.parse(text.tokens[next].key) != nil
        guard beforeACount || Self.endsAName(at: next, in: text), first > 0,
              text.paragraphOfToken[next] == text.paragraphOfToken[index], !token.hasArticle, !NameWords.timeWords.contains(token.key),
              !Self.isAccusativeParticiple(token.key),
              isUnknownNameWord(at: index, in: text, gluedLetters: Self.hasFamilyPrefix(token.key))
                || EntityLexicons.role(at: index, in: text).map({ isTitleUsedAsFamilyName($0, in: text) }) == true
        else { return false }
        let afterNationality = text.tokens[first - 1].hasArticle && EntityLexicons.isNationality(at: first - 1, in: text)
        let titled = afterNationality || Self.titleStart(endingAt: first, in: text) != nil
        if beforeACount { return titled || Self.namingWords.contains(text.tokens[first - 1].key) }
        return afterNationality || titled && Self.titleTakesNoObject(before: first, in: text)
    }

    /// Whether the two words from `index` stand as a whole name after a title and before a comma or
    /// the reported clause («الدكتورة بريا راغوناثان، في حديث …»), where a first ب، ل or ف is the
    /// name's own.
    static func isClosedTwoWordName(at index: Int, in text: AnnotatedText) -> Bool {
        guard index > 0, index + 2 < text.tokens.count, text.tokens[index + 1].isWord, !text.tokens[index + 1].hasArticle,
              text.tokens[index + 2].isComma || text.tokens[index + 2].opensAReportedClause
        else { return false }
        return titleStart(endingAt: index, in: text) != nil
    }

    /// Whether a bare word is a participle in the accusative («قادما»، «مرتديا»), which says how a
    /// person came or stood, not who they are; longer words are rather foreign names (موبيمبا).
    static func isAccusativeParticiple(_ key: String) -> Bool {
        guard key.endsWithBytes("ا"), (5...6).contains(key.scalarCount) else { return false }
        var scalars = key.unicodeScalars.makeIterator()
        let first = scalars.next()
        return first == "م" || scalars.next() == "ا"
    }

    /// Whether a role where a family name would stand is a family name: one word with the article that
    /// no given name follows (القاضي، الحاج، الخطيب are family names as often as titles).
    private func isTitleUsedAsFamilyName(_ role: EntityLexicons.RoleMatch, in text: AnnotatedText) -> Bool {
        guard role.tokens.count == 1 else { return false }
        let next = role.tokens.upperBound
        // A bare honorific (سعادة، سماحة) is a family name where the name ends after it: «فادي جورج
        // سعادة في المؤتمر».
        guard text.tokens[role.tokens.lowerBound].hasArticle else {
            // «ناشد فلان سعادة وزارة الزراعة»: an honorific comes before a title or a name, not a body.
            return Self.endsAName(at: next, in: text) || text.tokens[next].kind == .number
                || text.tokens[next].opensAReportedClause || OrganizationHeadLexicon.match(in: text.words, at: next) != nil
        }
        guard next < text.tokens.count, text.tokens[next].isWord, GivenNames.gender(of: text.tokens[next].key) != nil else { return true }
        // «قال محمد الشيخ حسن إن …»، «العميد عبد الرزاق الشيخ علي،»: before a given name that closes the
        // name at a comma or the reported clause, the title is a family name's first word.
        // So it is before the age in brackets: «قال العامل محمد السيد عطية (47 عاما)».
        return next + 1 < text.tokens.count
            && (text.tokens[next + 1].isComma || text.tokens[next + 1].opensAReportedClause || Self.opensAnAgeInBrackets(at: next + 1, in: text))
    }

    /// Whether the token at `index` opens a bracket with a number in it, the age news gives after a
    /// name: «محمد السيد عطية (47 عاما)».
    static func opensAnAgeInBrackets(at index: Int, in text: AnnotatedText) -> Bool {
        index + 1 < text.tokens.count && text.tokens[index].isPunctuation("(")
            && (text.tokens[index + 1].kind == .number || ClaimExtractor.numerals.parse(text.tokens[index + 1].key) != nil)
    }

    /// Whether the word at `index` may open or continue a name the lexicons do not know: an Arabic
    /// word without the article or a glued preposition or conjunction, and no function word, place,
    /// role or organization head.
    /// A word that opens with و، ب، ل or ف is read as a proclitic and a word, unless `gluedLetters` (in
    /// the subject slot of a reporting verb, «قال مسرور بارزاني», a name's own ب is likelier).
    /// - Parameter apposed: whether a role stands after the word as an apposition, which makes it a
    ///   name even where it looks like a plural (بنشقرون، زيتون) or opens with ب.
    private func isUnknownNameWord(at index: Int, in text: AnnotatedText, gluedLetters: Bool = false, apposed: Bool = false) -> Bool {
        let token = text.tokens[index]
        guard token.isWord, NameWords.canFollowGivenName(token) else { return false }
        // «مسؤول، طلب عدم الكشف عن اسمه»: the source is kept unnamed.
        if AnonymityFormula.end(at: index, in: text) != nil { return false }
        let key = token.key
        // The article with a proclitic leaves two letters at least: «فال» is a name (محمد فال). A
        // hamza on the alef is no article (إلمي، ألبرتو).
        for prefix in ["ال", "لل", "بال", "وال", "فال", "كال"]
        where key.startsWithBytes(prefix) && key.scalarCount >= prefix.unicodeScalars.count + 2 && (prefix != "ال" || token.hasArticle) {
            return false
        }
        // Plurals and verbal nouns are not given names (عمليات، مسؤولون); names of five letters may
        // end like a feminine plural (فرحات، بركات) or a masculine one (ميرون، شمعون).
        for suffix in ["ات", "ون", "ين"] where !apposed && key.endsWithBytes(suffix) && key.scalarCount > (suffix == "ين" ? 4 : 5) {
            return false
        }
        // «إدخال»، «إطلاق»: a verbal noun of the pattern إفعال is no name.
        if token.surface.unicodeScalars.first == "\u{0625}", key.scalarCount == 5, key.unicodeScalars.dropFirst(3).first == "ا" { return false }
        if Self.isFutureVerbOrDirection(token) { return false }
        // «سيغيب شهرا»: a span of time in the accusative says for how long.
        if Self.accusativeSpans.contains(key) { return false }
        if Self.isVerbalNounTafil(token) { return false }
        // «للمتهم استئناف الحكم»، «اجتماع اللجنة»: such a verbal noun before its definite object.
        if index + 1 < text.tokens.count, text.tokens[index + 1].hasArticle, Self.hasTheShapeOfADerivedVerbalNoun(key),
           GivenNames.gender(ofWritten: token.surface, key: key) == nil {
            return false
        }
        if Self.endsWithPronounSuffix(token) { return false }
        if Self.isVerb(at: index, in: text) { return false }
        // «بآيت عبدي»، «لأحمد»: no name opens with ب or ل before a hamzated alef; the letter is
        // the preposition.
        if ["ب", "ل"].contains(where: key.startsWithBytes), let second = token.surface.unicodeScalars.dropFirst().first,
           ["\u{0623}", "\u{0625}", "\u{0622}"].contains(second) {
            return false
        }
        if let first = key.first, "وبلف".contains(first), key.scalarCount >= 3 {
            let rest = key.droppingScalars()
            if NameWords.isStopword(rest) || rest.startsWithBytes("ال") && rest.scalarCount > 2 || GivenNames.gender(of: rest) != nil {
                return false
            }
            // «عبد الحميد بن يحيى لعرابي،»: Algerian family names write the article as a bare ل
            // before a nisba (لعرابي، لعمري).
            let algerianArticle = first == "ل" && gluedLetters && key.endsWithBytes("ي") && key.scalarCount >= 5
            // «سلمى حسن بزون، …»، «سليم بن أحمد لحرش إن …»: the third word of a name, right
            // before the clause goes on, is its family name, whatever letter it opens with; not a
            // feminine noun after the preposition («بسرعة»).
            let endsAFullName = first != "و" && !key.endsWithBytes("ه") && Self.endsAFullName(at: index, in: text)
                && Gazetteer.match([rest], at: 0) == nil
            if first == "و" || first == "ب" && !gluedLetters && !apposed && !endsAFullName || first == "ل" && !algerianArticle && !endsAFullName {
                return false
            }
        }
        let place = Gazetteer.match(in: text.words, at: index)
        return (place.map { Self.closesTwoGivenNames(at: index, place: $0, in: text) } ?? true)
            && EntityLexicons.role(at: index, in: text) == nil && OrganizationHeadLexicon.match(in: text.words, at: index) == nil
    }

    /// Whether the word at `index` is a verb where a name could open or go on: a verb the news tells
    /// events with that no given name is («أن الطبيب المعني غادر العمل»), or a short word in ي that
    /// no given name is before its object, a word with the article, a function word, a noun in ة, in
    /// the accusative or an indefinite plural («الشيخ يلقي الدرس»، «يوسف يملك إمكانات كبيرة»); before
    /// a name it is one («يوبا أمزيان»).
    static func isVerb(at index: Int, in text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        let key = token.key
        guard GivenNames.gender(ofWritten: token.surface, key: key) == nil else { return false }
        if TenseLexicon.table.value(for: key) != nil { return true }
        guard key.startsWithBytes("ي"), key.scalarCount == 4 || key.scalarCount == 3 && key.contains("ء"), index + 1 < text.tokens.count
        else { return false }
        let next = text.tokens[index + 1]
        return next.isWord
            && (next.hasArticle || NameWords.isStopword(next.key) || next.key.endsWithBytes("ه") || next.key.endsWithBytes("ا")
                || next.key.endsWithBytes("ات") && next.key.scalarCount > 5)
    }

    /// Whether the word at `index`, which opens `place`, ends a name of three words after two given
    /// names set off by commas, even where it names a place too («رئيس التعاونية، أمادو عليو جالو، أن»: Jallow, and an
    /// oasis in Libya): nothing else comes between two given names in apposition and its closing
    /// comma. («زار الوزير أحمد علي دمشق،» names the city the minister visited.)
    private static func closesTwoGivenNames(at index: Int, place: GazetteerMatch, in text: AnnotatedText) -> Bool {
        guard place.wordCount == 1, index >= 3, text.tokens[index - 3].isComma, endsAFullName(at: index, in: text) else { return false }
        return [index - 1, index - 2].allSatisfy { GivenNames.gender(ofWritten: text.tokens[$0].surface, key: text.tokens[$0].key) != nil }
    }

    /// Whether the word at `index` is in the accusative, before a word glued to ل, and no given name:
    /// an adverb («خلفا لمراد بوزيد»، «تبعا للقرار»), no name.
    static func isAdverbBeforeLam(at index: Int, in text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        guard token.isWord, token.key.endsWithBytes("ا"), token.key.scalarCount >= 4, index + 1 < text.tokens.count else { return false }
        let next = text.tokens[index + 1]
        return next.isWord && next.key.startsWithBytes("ل") && GivenNames.gender(ofWritten: token.surface, key: token.key) == nil
    }

    /// Whether the word at `index` follows two words and comes right before a comma, a full stop, a
    /// colon or a reported clause («أن»، «إن»): where a name of three words would end.
    private static func endsAFullName(at index: Int, in text: AnnotatedText) -> Bool {
        guard index >= 2, index + 1 < text.tokens.count, text.tokens[index - 1].isWord, text.tokens[index - 2].isWord else { return false }
        let next = text.tokens[index + 1]
        return next.isComma || next.isPunctuation(".") || next.isPunctuation(":") || next.opensAReportedClause
    }

    /// Whether the word at `index` has the shape of a verb in the future of five letters («ستخضع»،
    /// «سيعقد») and a word glued to the preposition ل or ب follows it, its object («ستخضع لحجر
    /// صحي»): no name (foreign names of this shape, ستيفن or سيزار, go on with a name, not a
    /// preposition).
    static func isFutureVerbBeforeItsObject(at index: Int, in text: AnnotatedText) -> Bool {
        let tokens = text.tokens
        let key = tokens[index].key
        guard key.scalarCount == 5, ["سي", "ست", "سن"].contains(where: key.startsWithBytes), index + 1 < tokens.count,
              GivenNames.gender(ofWritten: tokens[index].surface, key: key) == nil
        else { return false }
        let next = tokens[index + 1]
        return next.isWord && ["ل", "ب"].contains(where: next.key.startsWithBytes) && !next.hasArticle && next.key.scalarCount >= 4
            && GivenNames.gender(ofWritten: next.surface, key: next.key) == nil
    }

    /// Spans of time in the accusative (matching form): «سيغيب شهرا» says for how long.
    static let accusativeSpans = WordIndex(
        ["شهرا", "يوما", "عاما", "أسبوعا", "أياما", "أشهرا", "أسابيع", "سنوات", "شهورا", "ساعات", "دقائق", "ليلة", "موسما"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether a word is the future of a verb or a point of the compass, which no name holds: «سيزور»
    /// (a verb the lexicon knows), «سيواصل» (the future's س and the imperfect's letter before three
    /// letters or more, in a word no given name is and that does not end as foreign names do: سيرجيو،
    /// ستيفاني، سيلفيا، ستالين، سيباستيان), «الشيخ نجار شمال شرقي حلب».
    static func isFutureVerbOrDirection(_ token: WordToken) -> Bool {
        let key = token.key
        if isDirection(key) { return true }
        guard ["سي", "ست", "سن"].contains(where: key.startsWithBytes), key.scalarCount >= 4 else { return false }
        if TenseLexicon.table.value(for: key.droppingScalars()) != nil { return true }
        return key.scalarCount >= 6 && GivenNames.gender(ofWritten: token.surface, key: key) == nil
            && !["و", "ي", "ا", "ين", "ان", "ون"].contains(where: key.endsWithBytes)
    }

    /// A name written as a hashtag: #يحيى_رسول.
    private func hashtagName(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let words = text.tokens[index].key.dropFirst().split(separator: "_").map(String.init)
        guard words.count >= 2, words.count <= 3, let gender = GivenNames.gender(of: words[0]) else { return nil }
        var candidate = EntityCandidate(
            type: .person, tokens: index..<(index + 1), surface: text.tokens[index].surface, words: words, canonical: nil)
        candidate.gender = gender
        return candidate
    }

    /// Where the name starts after a body of one to four words from `index` that the lexicons do not
    /// know, or `nil`: at the comma after it when a title or a given name follows the comma («رئيس
    /// شعبة الذهب بالغرفة التجارية، هاني ميلاد»), or at a given name right after one to three words
    /// («رئيس حكومة تصريف الأعمال نجيب ميقاتي»).
    private func bodyBeforeTitle(from index: Int, in text: AnnotatedText) -> Int? {
        // A given name or the opener of a compound one (عبد، أبو), with or without و, starts the name,
        // not a body: «نائب رئيس الهيئة وأبو علي الحسني» names two people.
        guard text.tokens[index].isWord, GivenNames.gender(ofWritten: text.tokens[index].surface, key: text.tokens[index].key) == nil,
              GivenNames.nameOpener(text.tokens[index].key) == nil
        else { return nil }
        var next = index + 1
        while next < text.tokens.count, next - index <= 3, text.tokens[next].isWord, !NameWords.isStopword(text.tokens[next - 1].key) {
            if GivenNames.gender(ofWritten: text.tokens[next].surface, key: text.tokens[next].key) != nil { return next }
            next += 1
        }
        var end = index
        while end < text.tokens.count, end - index < 4, text.tokens[end].isWord { end += 1 }
        // «…لمحلية بربر، عبد المنعم الطيب …»: a compound given name's opener after the comma too.
        guard end > index, end + 1 < text.tokens.count, text.tokens[end].isComma,
              EntityLexicons.role(at: end + 1, in: text) != nil
                || GivenNames.gender(ofWritten: text.tokens[end + 1].surface, key: text.tokens[end + 1].key) != nil
                || GivenNames.isCompoundOpener(text.tokens[end + 1].key)
        else { return nil }
        return end
    }

    // MARK: Places

    /// A place the gazetteer does not know, named after a head that only names localities (قضاء
    /// البعاج، ناحية زمار، بلدة حلبا، حي الروضة، مخيم الهول): one word, with the article or without an
    /// adjective's ending (ة، ي) or a plural's (ات، ين، ون). The name is the word, and the headed form
    /// an alias.
    private func placeAfterLocalityHead(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        let head = tokens[index].key
        let administrative = Self.administrativeHeads.procliticLength(of: head, minimumLetters: 4)
        let area = Self.areaHeads.procliticLength(of: head, minimumLetters: 4)
        // «أكثر من 60 بلدة تنتج …»: a counted head is a common noun and names no place.
        guard let proclitic = Self.localityHeads.procliticLength(of: head, minimumLetters: 4) ?? administrative ?? area, index + 1 < tokens.count,
              text.paragraphOfToken[index + 1] == text.paragraphOfToken[index], EntityLexicons.known(at: index + 1, in: text) == nil,
              index == 0 || tokens[index - 1].kind != .number
        else { return nil }
        let name = tokens[index + 1]
        let key = name.key
        // «بمنطقة الزرقاء»: a place the gazetteer lists only in context (its name is also a word) is
        // that place after the head of a locality.
        if let listed = Gazetteer.match(in: text.words, at: index + 1), listed.entry.type == .location, !listed.isAdjective,
           listed.procliticLength == 0, listed.mayBeAnotherWord, listed.wordCount == 1 {
            let range = (index + 1)..<(index + 2)
            var candidate = EntityCandidate(
                type: .location, tokens: range, surface: text.text(ofTokens: range), words: [key], canonical: listed.entry.name)
            candidate.otherForms = [text.text(ofTokens: index..<(index + 2)).droppingScalars(proclitic)]
            candidate.country = listed.entry.country
            candidate.isSettlement = true
            return candidate
        }
        // «منطقة سند»، «منطقة الهاشمية»: an area names a place with a bare word or with the article,
        // but not with a kind of area (منطقة الحدود، منطقة العمليات، منطقة الاشتباك) or a point of the
        // compass, and «منطقة خضراء» describes one.
        if area != nil, Self.localityHeads.procliticLength(of: head, minimumLetters: 4) == nil, administrative == nil,
           name.hasArticle ? Self.isKindOfArea(key) : key.endsWithBytes("اء") || Self.directions.contains(key) {
            return nil
        }
        // «ولاية العوابي»، «محافظة الداخلية»: a governorate or province names a place with the article;
        // not a term of office («ولاية العهد») or a care («المحافظة على»).
        if administrative != nil, Self.localityHeads.procliticLength(of: head, minimumLetters: 4) == nil,
           !name.hasArticle || Self.notProvinces.contains(key) {
            return nil
        }
        // «في منطقة يتراوح عدد سكانها»، «لأي مخيم تتجاوز مساحته»: a verb after the head (one the
        // lexicon knows, or a long word opening with the imperfect's ي or with تت) opens a clause,
        // not a name.
        // «بلدة وقرية جنوب نابلس»: a point of the compass places the locality, it does not name it.
        guard name.isWord, key.scalarCount >= 3, !NameWords.isStopword(key), !NameWords.isDescriptor(key), !Self.directions.contains(key),
              TenseLexicon.table.value(for: key) == nil, !((key.startsWithBytes("ي") || key.startsWithBytes("تت")) && key.scalarCount >= 5),
              EntityLexicons.role(at: index + 1, in: text) == nil, OrganizationHeadLexicon.match(in: text.words, at: index + 1) == nil,
              !["ات", "ين", "ون"].contains(where: key.endsWithBytes) || Self.toponymOpeners.contains(key),
              name.hasArticle || !(key.endsWithBytes("ه") || key.endsWithBytes("ي")) || Self.toponymOpeners.contains(key)
                || Self.localityHeads.procliticLength(of: head, minimumLetters: 4) != nil && Self.mayNameATownWithTaMarbuta(key)
        else { return nil }
        // «مدينة الإنتاج الإعلامي»، «مدينة الألعاب المائية»: a city of something, with an adjective
        // after it, is no town's name.
        if Self.citiesOfThings.contains(head.droppingScalars(proclitic)), index + 2 < tokens.count, tokens[index + 2].hasArticle,
           text.paragraphOfToken[index + 2] == text.paragraphOfToken[index], !EntityLexicons.isNationality(at: index + 2, in: text) {
            return nil
        }
        // «بلدية بني كسيلة»، «قرية كفر قاسم»، «بلدة دير عمار»: a toponym that opens with بني، كفر،
        // دير، عين … runs to the next word.
        var end = index + 2
        // «منطقة بئر علي»: «علي» as written is a name, where the matching form also reads «على».
        if Self.toponymOpeners.contains(key), end < tokens.count, tokens[end].isWord, text.paragraphOfToken[end] == text.paragraphOfToken[index],
           !NameWords.isStopword(tokens[end].key) || GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil,
           tokens[end].key.scalarCount >= 3 || GivenNames.isFamilyOpener(tokens[end].key) {
            end += 1
            // «قرية سيدي بن يبقى»، «قرية آيت عبد الله»: a saint's or a tribe's name of two words.
            if GivenNames.isFamilyOpener(tokens[end - 1].key), end < tokens.count, tokens[end].isWord,
               text.paragraphOfToken[end] == text.paragraphOfToken[index], !NameWords.isStopword(tokens[end].key) {
                end += 1
            }
        } else if end < tokens.count, text.paragraphOfToken[end] == text.paragraphOfToken[index] {
            // «منطقة الديس الشرقية»، «منطقة الوادي الأحمر»، «منطقة الدوار الرابع»: a definite name keeps
            // the side, the colour or the number that tells it from its namesakes; «قرية قراوة بني حسان»: a name keeps its tribe.
            if name.hasArticle, Self.distinguishingAdjectives.contains(tokens[end].key) || Self.ordinals.contains(tokens[end].key) {
                end += 1
            } else if !name.hasArticle, ["بني", "اولاد"].contains(where: tokens[end].key.sameBytes), end + 1 < tokens.count,
                      tokens[end + 1].isWord, text.paragraphOfToken[end + 1] == text.paragraphOfToken[index],
                      !NameWords.isStopword(tokens[end + 1].key), tokens[end + 1].key.scalarCount >= 3 {
                end += 2
            }
        }
        let words = ((index + 1)..<end).map { tokens[$0].key }
        var candidate = EntityCandidate(
            type: .location, tokens: (index + 1)..<end, surface: text.text(ofTokens: (index + 1)..<end), words: words, canonical: nil)
        let headed = text.text(ofTokens: index..<end)
        candidate.otherForms = [headed.droppingScalars(proclitic)]
        candidate.isSettlement = true
        return candidate
    }

    /// Whether a bare word ending in ة after the head of a town or a village may be its name («قرية
    /// سلنطة»، «بلدة كفرنبودة»): a word of five letters or more that is no adjective describing the
    /// place — not a relative adjective (حدودية), not فاعلة or فعيلة (نائية، صغيرة), not a participle
    /// (مجاورة) — and carries no pronoun or preposition (بأكملها، لمدة).
    static func mayNameATownWithTaMarbuta(_ key: String) -> Bool {
        let letters = Array(key.unicodeScalars)
        guard letters.count >= 5, letters.last == "ه", letters[letters.count - 2] != "ي", !key.endsWithBytes("ها"),
              !["ب", "ل", "م"].contains(where: key.startsWithBytes), !NameWords.isStopword(key)
        else { return false }
        return !(letters.count == 5 && (letters[1] == "ا" || letters[2] == "ي"))
    }

    /// Whether a definite word after «منطقة» says what kind of area it is rather than name one: a
    /// point of the compass (الشمال), a plural (العمليات), a verbal noun of the derived forms (الاشتباك،
    /// الانطلاق، الاستثمار، التفتيش، التصادم) or a noun of ``areaKinds`` (الحدود، الجزاء، المطار).
    static func isKindOfArea(_ key: String) -> Bool {
        let bare = key.droppingScalars(2)
        let letters = Array(bare.unicodeScalars)
        guard letters.count >= 3, !directions.contains(bare), !areaKinds.contains(key), !["ات", "ون"].contains(where: key.endsWithBytes)
        else { return true }
        // افتعال، انفعال، استفعال: a verbal noun with alef before its last letter.
        if letters.count >= 5, letters[0] == "ا", letters[1] == "ن" || letters[2] == "ت" || bare.startsWithBytes("است"),
           letters[letters.count - 2] == "ا" {
            return true
        }
        // تفعيل، تفاعل.
        return letters.count >= 5 && letters[0] == "ت" && (letters[letters.count - 2] == "ي" || letters[2] == "ا")
    }

    /// Adjectives of side, size, age and colour that end a definite place's name (matching form).
    private static let distinguishingAdjectives = WordIndex(
        ["الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى", "الكبرى", "الصغرى", "العليا", "السفلى", "الجديدة", "القديمة",
         "الأحمر", "الأبيض", "الأخضر", "الأسود", "الأزرق", "الحمراء", "البيضاء", "الخضراء", "السوداء", "الشرقي", "الغربي", "الشمالي",
         "الجنوبي", "الكبير", "الصغير", "الأعلى", "الأسفل", "الجديد", "القديم"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Nouns after «منطقة» that say what the area is for or what happened there (matching form).
    private static let areaKinds = WordIndex(
        ["الحدود", "الجزاء", "الصراع", "النزاع", "العمل", "الجمارك", "التماس", "الخطر", "الحظر", "الوصول", "المغادرة", "الحرب",
         "القتال", "المعارك", "التجارة", "الأمان", "العبور", "النفوذ", "المشروع", "الحادث", "الحريق", "الكارثة", "الزلزال", "المطار",
         "الميناء", "المحطة", "المصنع", "الموقع", "السوق", "اليورو", "الشنغن", "الظل", "الراحة", "الأمن", "السكن", "الصيد",
         "الامتياز", "النشاط", "الخدمات", "الحرام", "العازلة", "المنكوبة", "المتضررة", "المحيطة", "المجاورة", "نفسها", "ذاتها"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Where the name starts after a specialty that opens at `index` («المختص في أسواق الطاقة رامي»،
    /// «المتخصصة في الشؤون الأفريقية ليلى»): a known given name without the article two to four
    /// words after «في»; `nil` where no specialty opens there.
    private func nameAfterSpecialty(at index: Int, in text: AnnotatedText) -> Int? {
        let tokens = text.tokens
        guard index + 3 < tokens.count, Self.isSpecialty(at: index, in: text) else { return nil }
        for position in (index + 3)..<min(index + 6, tokens.count) {
            guard tokens[position].isWord, text.sentenceOfToken[position] == text.sentenceOfToken[index] else { return nil }
            if !tokens[position].hasArticle, GivenNames.gender(ofWritten: tokens[position].surface, key: tokens[position].key) != nil {
                return position
            }
        }
        return nil
    }

    /// The end of what a definite title is of, written with ل, where a name follows: a body or a
    /// place the lexicons know («للترجي»، «للأمم المتحدة») or a body's chain, else one word with ل
    /// and the article («للبرنامج») before a given name or a word no lexicon knows.
    private func lamComplementEnd(at index: Int, in text: AnnotatedText) -> Int? {
        let tokens = text.tokens
        let key = tokens[index].key
        guard tokens[index].isWord, key.startsWithBytes("ل"), !key.startsWithBytes("ال"), key.scalarCount >= 4 else { return nil }
        let end = (organizationChain(at: index, in: text) ?? EntityLexicons.known(at: index, in: text))?.tokens.upperBound
            ?? (key.startsWithBytes("لل") && !NameWords.isStopword(key) && !Self.lamTimeNouns.contains(key) ? index + 1 : nil)
        guard let end, end < tokens.count, text.sentenceOfToken[end] == text.sentenceOfToken[index], tokens[end].isWord, !tokens[end].hasArticle,
              GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil || isUnknownNameWord(at: end, in: text)
        else { return nil }
        return end
    }

    /// The end of where an office is, written with ب after a definite title: a known place
    /// («بالبصرة») or a locality head with the article («بالولاية»، «بالمحافظة»).
    private func placeWithBaEnd(at index: Int, in text: AnnotatedText) -> Int? {
        let key = text.tokens[index].key
        guard text.tokens[index].isWord, key.startsWithBytes("ب"), key.scalarCount >= 4 else { return nil }
        if key.startsWithBytes("بال"), Self.isLocalityHead(key.droppingScalars(3)) || Self.isLocalityHead(key.droppingScalars()) { return index + 1 }
        guard let place = EntityLexicons.known(at: index, in: text), place.type == .location, place.procliticLength == 1 else { return nil }
        return place.tokens.upperBound
    }

    /// Times and occasions with ل and the article, which say when, not whose title: «التقى الوزير
    /// للمرة الثانية فلانا» (matching form).
    private static let lamTimeNouns = WordIndex(
        ["للمرة", "للعام", "لليوم", "للشهر", "للأسبوع", "للسنة", "للحظة", "للوقت", "للفترة", "للمدة", "لليلة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the words at `index` open a title holder's specialty: «المختص في»، «المتخصصة في».
    static func isSpecialty(at index: Int, in text: AnnotatedText) -> Bool {
        index + 1 < text.tokens.count && specialists.contains(text.tokens[index].key) && text.tokens[index + 1].key.sameBytes("في")
    }

    /// Given names that are abstract nouns too (matching form): أمل (hope)، سلام (peace)، نصر
    /// (victory)، فوز (win)، نجاح (success) …
    private static let abstractNounNames = WordIndex(
        ["أمل", "سلام", "نصر", "فوز", "نجاح", "فرح", "أمان", "رجاء", "وفاء", "كفاح", "نضال", "جهاد"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Indefinite adjectives that describe hope, peace or a victory and name no family (matching form).
    private static let adjectivesOfAbstractNouns = WordIndex(
        ["دائم", "شامل", "عادل", "حقيقي", "كبير", "كبيرا", "جديد", "جديدا", "مستدام", "واعد", "ساحق", "ساحقا", "مستحق", "مستحقا",
         "ثمين", "ثمينا", "تاريخي", "تاريخيا", "قريب", "عريض", "كاسح", "مهم", "مهما", "باهر", "عظيم", "ضئيل", "وحيد", "أكبر"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Given names that are plural nouns too (matching form): أسماء (names)، آمال (hopes)، أحلام
    /// (dreams)، أماني (wishes)، آيات (verses)، أنوار (lights)، رياض (gardens: رياض الأطفال).
    private static let pluralNounNames = WordIndex(
        ["أسماء", "آمال", "أحلام", "أماني", "آيات", "أنوار", "رياض"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Adjectives of a title holder's specialty, before «في» and the field (matching form).
    private static let specialists = WordIndex(
        ["المختص", "المختصة", "المتخصص", "المتخصصة", "الخبير", "الخبيرة", "الباحث", "الباحثة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether `key` (matching form) is a point of the compass (شمال، شرقي …).
    static func isDirection(_ key: String) -> Bool {
        directions.contains(key)
    }

    /// Points of the compass, which open a region's name rather than name one (matching form).
    private static let directions: WordIndex = ["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"]

    /// Heads of areas, which name a place with a bare word only (matching form).
    private static let areaHeads = WordIndex(["منطقة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Locality heads that also name a complex of something (مدينة الإنتاج الإعلامي), matching form.
    private static let citiesOfThings = WordIndex(["مدينة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of provinces and governorates (and their duals), which name a place the gazetteer does
    /// not know when a word with the article follows (matching form).
    static let administrativeHeads = WordIndex(
        ["ولاية", "ولايتي", "محافظة", "محافظتي"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words after «ولاية» or «محافظة» that make a term, a jurisdiction or a care, not a place.
    private static let notProvinces = WordIndex(
        ["العهد", "القضاء", "الفقيه", "الأمر", "الثانية", "الأولى", "الثالثة", "الرئاسية", "الجديدة", "السابقة", "الحالية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads that name only localities (matching form); «بلدية» is the Maghrebi and Levantine
    /// municipality.
    private static let localityHeads = WordIndex(
        ["قضاء", "ناحية", "بلدة", "قرية", "حي", "مخيم", "بلدية", "دوار", "مدشر", "إقليم", "مدينة", "محلة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether `key` (matching form, without proclitics) is a head that stands before a locality's
    /// name: a town, a district, a province or an area (بلدة، قضاء، ولاية، منطقة …).
    static func isLocalityHead(_ key: String) -> Bool {
        localityHeads.contains(key) || administrativeHeads.contains(key) || areaHeads.contains(key)
    }

    /// Whether `key` opens a place name of two words (بني، كفر، أبو …).
    static func opensAToponym(_ key: String) -> Bool {
        toponymOpeners.contains(key)
    }

    /// First words of place names of two words (matching form): بني عامر، كفر قاسم، دير عمار، عين
    /// البنيان، سيدي بوزيد، بئر السبع، رأس العين، تل أبيض، أولاد تايمة.
    static let toponymOpeners = WordIndex(
        ["بني", "كفر", "دير", "عين", "سيدي", "بئر", "رأس", "تل", "أولاد", "أم", "أبو", "أبي", "بيت", "جسر", "وادي", "خربة", "برج", "سوق", "ود",
         "آيت", "حاسي", "ميت", "كوم", "عزبة", "نزلة", "منشأة", "باب", "قصر", "حمام", "زاوية", "بير"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    // MARK: Short forms

    /// Family names alone and organization short forms of the names found in the first pass.
    /// The second words of compound names («عبد الله»، «نصر الله»، «صلاح الدين»، «عبد الرحمن»), which
    /// alone are no one's name: «الله» and «الدين» are words of every text (matching form).
    private static let compoundNameEnds = WordIndex(
        ["الله", "الدين", "الرحمن", "الرحيم", "الكريم", "العزيز", "الحميد", "الحق", "النبي", "الإله"].map { ArabicNormalizer.matching.normalizedString($0) })

    private func shortForms(in text: AnnotatedText, of found: [EntityCandidate]) -> [EntityCandidate] {
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for candidate in found {
            for index in candidate.tokens where index < covered.count { covered[index] = true }
        }
        // Candidates are kept by their index in `found`.
        var familyNames = ByteKeyTable<Int>()
        var ambiguous = WordIndex()
        for (position, candidate) in found.enumerated() where candidate.type == .person && candidate.words.count >= 2 {
            // A family name that is also a word of everyday use (خالد حسن، أحمد سعيد) names no one
            // alone: «حسن» and «سعيد» are adjectives too.
            guard let last = candidate.words.last, !NameWords.isAlsoCommonWord(last), !Self.compoundNameEnds.contains(last) else { continue }
            if let other = familyNames.value(for: last), found[other].words != candidate.words { ambiguous.insert(last) }
            familyNames.insert(position, for: last)
        }
        // Organization head words with the article, for a unique organization that opens with them.
        var organizationHeads = ByteKeyTable<Int>()
        var ambiguousHeads = WordIndex()
        for (position, candidate) in found.enumerated() where candidate.type == .organization {
            // An abbreviation's letter (أ of أ.ش.أ) is no head word.
            // Nor is a time or function word (اليوم of «اليوم السابع»).
            guard let head = candidate.words.first, head.scalarCount >= 3, !NameWords.isStopword(head) else { continue }
            let definite = head.startsWithBytes("ال") ? head : "ال" + head
            // Only a head noun of bodies stands for the body (التحالف، الحركة); the first word of a
            // name is no head («الريال» is the currency, not ريال مدريد).
            guard OrganizationHeadLexicon.table.phrases.startsPhrase(withWord: definite, proclitics: false)
                || OrganizationHeadLexicon.table.phrases.startsPhrase(withWord: definite.droppingScalars(2), proclitics: false)
            else { continue }
            if let other = organizationHeads.value(for: definite), found[other].words != candidate.words { ambiguousHeads.insert(definite) }
            organizationHeads.insert(position, for: definite)
        }
        guard familyNames.count > 0 || organizationHeads.count > 0 || found.contains(where: \.isTeam) else { return [] }
        // The same by the article's word numbers, so that each word of the text is one array read:
        // a family name also glued to و (والأعرجي) when that is no family name itself.
        var organizationOfWord = [Int32](repeating: -1, count: text.vocabulary.count)
        for (head, organization) in organizationHeads.entries where !ambiguousHeads.contains(head) {
            if let word = text.vocabulary.number(of: head) { organizationOfWord[word] = Int32(organization) }
        }
        // A club met in the match report goes on by its name alone («رفع الهلال رصيده»).
        for (position, team) in found.enumerated() where team.isTeam {
            if let name = team.words.first, let word = text.vocabulary.number(of: name) { organizationOfWord[word] = Int32(position) }
        }
        var personOfWord = [Int32](repeating: -1, count: text.vocabulary.count)
        for (family, person) in familyNames.entries where !ambiguous.contains(family) {
            if let word = text.vocabulary.number(of: family) { personOfWord[word] = Int32(person) }
            let glued = "و" + family
            if glued.scalarCount > 3, familyNames.value(for: glued) == nil, let word = text.vocabulary.number(of: glued) {
                personOfWord[word] = Int32(person)
            }
        }
        var shortForms: [EntityCandidate] = []
        for index in text.tokens.indices where !covered[index] && text.tokens[index].isWord {
            let word = text.wordOfToken[index]
            if organizationOfWord[word] >= 0 {
                let token = text.tokens[index]
                var candidate = EntityCandidate(
                    type: .organization, tokens: index..<(index + 1), surface: token.surface, words: [token.key], canonical: nil)
                candidate.gender = found[Int(organizationOfWord[word])].gender
                shortForms.append(candidate)
                continue
            }
            guard personOfWord[word] >= 0 else { continue }
            // «خديجة بنت محمد الأمين» … «وقال الأمين العام للوزارة»: the word opens a title there.
            if let role = EntityLexicons.role(at: index, in: text), role.tokens.upperBound > index + 1 { continue }
            let person = found[Int(personOfWord[word])]
            // The family name the person is met by (its last word).
            let key = person.words[person.words.count - 1]
            // A compound family name (عبد الغفار، أبو الغيط) stands alone with its opener.
            var start = index
            if person.words.count >= 3, GivenNames.isFamilyOpener(person.words[person.words.count - 2]) {
                guard index > 0, !covered[index - 1], text.tokens[index - 1].key.sameBytes(person.words[person.words.count - 2]) else { continue }
                start = index - 1
            }
            var candidate = EntityCandidate(
                type: .person, tokens: start..<(index + 1), surface: text.text(ofTokens: start..<(index + 1)),
                words: start < index ? [person.words[person.words.count - 2], key] : [key], canonical: nil)
            candidate.gender = person.gender
            shortForms.append(candidate)
        }
        return shortForms
    }
}
