import ArabicText

/// The entity recognizer's view of the gazetteers: roles, known names, organization heads and the
/// modifiers that stand between a role and a name.
enum EntityLexicons {
    /// A role phrase with the genitive that completes it.
    struct RoleMatch {
        /// The tokens of the role and its complement.
        var tokens: Range<Int>
        /// Whether the role is grammatically feminine (الوزيرة).
        var isFeminine: Bool
        /// Whether the role's word is also a common word (الفريق: the team; اللواء: the brigade),
        /// so that only a known given name after it makes it a title.
        var isAmbiguous = false
        /// Whether the role is glued to «و» («ووزير الصحة»): after a name it opens another person,
        /// joined to the one before, and is no apposition to that name.
        var isJoined = false
    }

    /// The role that starts at token `index`, extended over its complement where it takes one
    /// (وزير + الخارجية، المتحدث باسم + الحكومة العراقية).
    static func role(at index: Int, in text: AnnotatedText) -> RoleMatch? {
        guard index < text.tokens.count, text.tokens[index].isWord, let match = RoleLexicon.match(in: text.words, at: index) else {
            return nil
        }
        // «إلى» and «على» fold like والي and علي: a one-word role written with ى is the preposition
        // (وإلى، وعلى).
        if match.wordCount == 1, text.tokens[index].surface.endsWithBytes("ى") { return nil }
        // «أمام» (before) folds like «إمام» (imam): written with the hamza above, it is the preposition.
        if match.wordCount == 1, text.tokens[index].key.droppingScalars(match.procliticLength).sameBytes("امام"),
           text.tokens[index].surface.unicodeScalars.dropFirst(match.procliticLength).first == "\u{0623}" {
            return nil
        }
        var end = index + match.wordCount
        let paragraph = text.paragraphOfToken[index]
        var taken = 0
        // The complement is definite (الخارجية، للقوات، باسم is part of the role) and no name; a
        // portfolio joined by و goes on the role too, after a complement or a listed portfolio
        // (وزيرة الطاقة والثروة المعدنية، وزير البيئة والتغير المناخي).
        while end < text.tokens.count, taken < 5, text.tokens[end].isWord, text.paragraphOfToken[end] == paragraph {
            let key = text.tokens[end].key
            let isCoordinated = (taken > 0 || !match.takesGenitive || match.wordCount > 1)
                && key.startsWithBytes("وال") && key.scalarCount > 4
            // A known place is a complement with or without the article: «محافظ جنين»، «سفير مصر».
            let isComplement = match.takesGenitive
                && (text.tokens[end].hasArticle || key.startsWithBytes("لل") || (taken == 0 && key.startsWithBytes("ل"))
                    || taken == 0 && isPlace(at: end, in: text))
            let followsCoordination = taken > 0 && text.tokens[end].hasArticle
            // «الأمين العام لنقابة عمال المناجم»: a bare complement is in the construct, and so may be
            // the noun after it.
            let followsConstruct = taken > 0 && text.tokens[end - 1].key.startsWithBytes("ل") && !text.tokens[end - 1].hasArticle
                && !text.tokens[end - 1].key.startsWithBytes("لل") && !GivenNames.isFamilyOpener(key)
            guard isComplement || isCoordinated || followsCoordination
                    || (taken == 0 || followsConstruct) && opensAConstruct(at: end, in: text, match: match)
                    || taken == 0 && namesItsBody(at: end, in: text, match: match),
                  !NameWords.isStopword(key), !NameWords.isDescriptor(key), GivenNames.gender(of: key) == nil,
                  !isTitleBeforeName(at: end, in: text)
            else { break }
            end += 1
            taken += 1
        }
        return RoleMatch(
            tokens: index..<end, isFeminine: match.isFeminine, isAmbiguous: match.isAmbiguous && end == index + match.wordCount,
            isJoined: match.procliticLength > 0 && text.tokens[index].key.startsWithBytes("و"))
    }

    /// Whether the body of a role opens at `index` with a noun in the construct state, an indefinite
    /// word before a definite one: «الناطق باسم جهاز الإسعاف»، «مدير مستشفى الشفاء». A known body
    /// or place there is read as such instead, and a word that is a title of its own is none.
    private static func opensAConstruct(at index: Int, in text: AnnotatedText, match: Extraction.RoleMatch) -> Bool {
        guard match.takesGenitive, index + 1 < text.tokens.count, text.paragraphOfToken[index + 1] == text.paragraphOfToken[index]
        else { return false }
        let head = text.tokens[index]
        let next = text.tokens[index + 1]
        return head.isWord && !head.hasArticle && !head.key.startsWithBytes("و") && head.key.scalarCount >= 3
            && next.isWord && next.hasArticle && !NameWords.isStopword(next.key)
            && RoleLexicon.match(in: text.words, at: index) == nil
    }

    /// Whether a role that takes no genitive names the body it serves with one definite word after
    /// ل: «المدير العام للشركة»، «الرئيس التنفيذي للمجموعة». A body with more words («للوكالة الدولية
    /// للطاقة الذرية») is a name of its own and stays out of the role.
    private static func namesItsBody(at index: Int, in text: AnnotatedText, match: Extraction.RoleMatch) -> Bool {
        let key = text.tokens[index].key
        guard !match.takesGenitive, key.startsWithBytes("لل"), key.scalarCount >= 5 else { return false }
        let next = index + 1
        return next >= text.tokens.count || text.paragraphOfToken[next] != text.paragraphOfToken[index]
            || !(text.tokens[next].isWord && text.tokens[next].hasArticle)
    }

    /// Whether the word at `index` is a rank, degree or honorific of its own (العميد، الشيخ، الدكتور)
    /// that a name follows (a given name; after a rank, any bare word): «مدير الشرطة العميد فلان»
    /// holds two titles, not a police of brigadiers.
    private static func isTitleBeforeName(at index: Int, in text: AnnotatedText) -> Bool {
        guard let title = RoleLexicon.match(in: text.words, at: index), title.wordCount <= 2, title.procliticLength == 0,
              [.military, .royal, .academic, .courtesy, .religious].contains(title.kind), index + title.wordCount < text.tokens.count
        else { return false }
        let next = text.tokens[index + title.wordCount]
        return next.isWord && !next.hasArticle && !NameWords.isStopword(next.key)
            && (title.kind == .military || GivenNames.gender(ofWritten: next.surface, key: next.key) != nil || GivenNames.isCompoundOpener(next.key))
    }

    /// The alef with a hamza above or below it, and with madda.
    private static let hamzaAlefs: Set<Unicode.Scalar> = ["\u{0623}", "\u{0625}", "\u{0622}"]

    /// A place or organization the gazetteer knows, starting at token `index`; nationality
    /// adjectives (العراقي) are not mentions of their country.
    static func known(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        guard index < text.tokens.count, text.tokens[index].isWord, let match = Gazetteer.match(in: text.words, at: index),
              !match.isAdjective
        else { return nil }
        var range = index..<min(index + match.wordCount, text.tokens.count)
        // «بثماني لغات»، «خمس لجان»: right after a number, a word is what it counts, not a proclitic
        // and a place («غات»).
        if match.procliticLength > 0, match.wordCount == 1, index > 0, isNumber(at: index - 1, in: text) { return nil }
        // «الوكالة الوطنية للسلامة الطرقية»: a short form several bodies share, followed by a
        // complement with ل, names another body than the one it stands for alone; so does an
        // outlet's short form («الوكالة الألمانية للتعاون الدولي» is no press agency).
        if match.isAmbiguous || match.entry.isMedia, match.entry.type == .organization, range.upperBound < text.tokens.count,
           text.paragraphOfToken[range.upperBound] == text.paragraphOfToken[index],
           text.tokens[range.upperBound].key.startsWithBytes("ل"), OrganizationHeadLexicon.match(in: text.words, at: index) != nil,
           !match.entry.isMedia || !newsComplements.contains(text.tokens[range.upperBound].key),
           EntityRecognizer().organizationChain(at: index, in: text).map({ $0.tokens.upperBound > range.upperBound }) == true {
            return nil
        }
        // An outlet's one-word short name is written as it is, and writers drop hamzas but never add
        // one: «وأم» is و and أم, not «وام»; nor is «وأدان» (and he condemned) the town وادان, where a
        // hamza follows a letter that may be a proclitic.
        if match.wordCount == 1, match.procliticLength == 0,
           match.entry.isMedia || hasHamzaAfterAProclitic(text.tokens[index].surface),
           text.tokens[index].surface.unicodeScalars.contains(where: hamzaAlefs.contains),
           !match.entry.variants.contains(where: { !$0.contains(" ") && $0.unicodeScalars.contains(where: hamzaAlefs.contains) }) {
            return nil
        }
        // «فاطمة» is the given name, not ف + أطمة: a name read off a given name's letters is none.
        if match.procliticLength > 0, GivenNames.gender(ofWritten: text.tokens[index].surface, key: text.tokens[index].key) != nil {
            return nil
        }
        // «الوزير أحمد فوزان»: after a given name, a word that opens with ف is the next name, not «so»
        // and a place (وزان).
        if match.procliticLength == 1, match.wordCount == 1, text.tokens[index].key.startsWithBytes("ف"), index > 0,
           text.tokens[index - 1].isWord, text.sentenceOfToken[index - 1] == text.sentenceOfToken[index],
           GivenNames.gender(ofWritten: text.tokens[index - 1].surface, key: text.tokens[index - 1].key) != nil {
            return nil
        }
        // «أنبوب بقطر 1600 ملم»: قطر before a length is a diameter.
        if match.wordCount == 1, range.upperBound + 1 < text.tokens.count, text.tokens[range.upperBound].kind == .number,
           text.tokens[index].key.droppingScalars(match.procliticLength).sameBytes("قطر"),
           lengthUnits.contains(text.tokens[range.upperBound + 1].key) {
            return nil
        }
        if match.mayBeAnotherWord, match.wordCount == 1, isCommonWord(text.tokens[index].key.droppingScalars(match.procliticLength)),
           !isAgencyCredit(range, in: text) {
            return nil
        }
        // A one-word name that is also a common noun, with a definite genitive or adjective after it,
        // is the noun: «بفتح المعابر»، «القاعدة الجوية»، and so it is before an object a pronoun
        // makes definite («فتح أبوابه»); but a nationality after it names the place's country: «كسلا
        // السودانية»، «طرابلس الليبية».
        if match.mayBeAnotherWord, match.wordCount == 1, range.upperBound < text.tokens.count, !isAgencyCredit(range, in: text) {
            let next = text.tokens[range.upperBound]
            // A title after the place opens a name, not a genitive: «في محافظة مأرب الدكتورة فلانة».
            let afterHead = index > 0 && placeHeads.procliticLength(of: text.tokens[index - 1].key, minimumLetters: 4) != nil
            // «إعادة فتح كل المحاور»، «فتح 3 بوابات»: and so is a body's name before a count or a
            // quantifier (a town there may be where something was counted: «في صور 3 قتلى»; a club
            // before a score is the club: «على الأهلي 3-2»).
            let isScore = range.upperBound + 2 < text.tokens.count && text.tokens[range.upperBound + 1].kind != .word
                && text.tokens[range.upperBound + 2].kind == .number
            if match.entry.type != .location, next.kind == .number && !isScore || next.isWord && countingWords.contains(next.key) { return nil }
            if next.isWord, next.hasArticle || !next.key.startsWithBytes("و") && EntityRecognizer.endsWithPronounSuffix(next),
               !NameWords.isStopword(next.key),
               match.entry.type != .location || !isNationality(at: range.upperBound, in: text)
                || !nationalityFits(match, at: range.upperBound, in: text),
               !(afterHead && match.entry.type == .location && role(at: range.upperBound, in: text) != nil) {
                return nil
            }
        }
        // «صور أرشيفية»، «صور جديدة»: a name that is also a common noun, with an indefinite adjective
        // after it, is the noun; a place takes none («صور جنوبي لبنان» names a direction).
        if match.mayBeAnotherWord, match.wordCount == 1, match.procliticLength == 0, range.upperBound < text.tokens.count,
           text.paragraphOfToken[range.upperBound] == text.paragraphOfToken[index] {
            let next = text.tokens[range.upperBound]
            if next.isWord, !next.hasArticle, next.key.scalarCount >= 5, next.key.endsWithBytes("يه") || next.key.endsWithBytes("ده"),
               !EntityRecognizer.isDirection(next.key), !NameWords.isStopword(next.key), GivenNames.gender(of: next.key) == nil,
               Gazetteer.match(in: text.words, at: range.upperBound) == nil {
                return nil
            }
        }
        // «شحنات بطاطا مستوردة» beside «البطاطا»: a word the article also writes with the article is
        // a common noun, not a place read after a glued preposition («طاطا»).
        if match.wordCount == 1, match.procliticLength > 0, match.entry.type == .location,
           isAlsoWrittenWithTheArticle(text.tokens[index].key, in: text) {
            return nil
        }
        // «الجهات السعودية»: a country named by its own feminine nisba, after a definite feminine
        // noun or plural, is the adjective that agrees with it.
        if match.entry.type == .location, match.wordCount == 1, match.procliticLength == 0, text.tokens[index].hasArticle,
           text.tokens[index].key.endsWithBytes("يه"), index > 0, text.paragraphOfToken[index - 1] == text.paragraphOfToken[index] {
            let previous = text.tokens[index - 1]
            if previous.isWord, previous.hasArticle, !NameWords.isStopword(previous.key),
               previous.key.endsWithBytes("ه") || previous.key.endsWithBytes("ات") {
                return nil
            }
        }
        // «ليرة سورية»: a country whose name is its own feminine nisba, right after an indefinite
        // feminine noun or plural, is the adjective that agrees with it; after a verb, a preposition
        // or a masculine noun whose genitive it is («مصرف سورية المركزي») it is the country.
        if match.entry.kind == .country, match.wordCount == 1, match.procliticLength == 0, !text.tokens[index].hasArticle,
           match.entry.adjectives.contains(where: { ArabicNormalizerKey.of($0 + "ة") == text.keys[index] }),
           index > 0, text.paragraphOfToken[index - 1] == text.paragraphOfToken[index], text.tokens[index - 1].isWord,
           !text.tokens[index - 1].hasArticle, !NameWords.isStopword(text.tokens[index - 1].key),
           text.tokens[index - 1].key.endsWithBytes("ه") || text.tokens[index - 1].key.endsWithBytes("ات"),
           TenseLexicon.table.value(for: text.tokens[index - 1].key) == nil {
            return nil
        }
        // A one-word name that is also a nisba adjective (مالي، تركية) right after an indefinite noun
        // describes it: «دعم مالي»، «بوساطة تركية»، «وأخرى تركية»; not after a verb (زار مالي).
        if match.mayBeAnotherWord, match.wordCount == 1, match.procliticLength == 0,
           text.tokens[index].key.endsWithBytes("ي") || text.tokens[index].surface.unicodeScalars.reversed().starts(with: ["ة", "ي"]),
           index > 0, text.paragraphOfToken[index - 1] == text.paragraphOfToken[index], text.tokens[index - 1].isWord,
           !text.tokens[index - 1].hasArticle, !NameWords.isStopword(text.tokens[index - 1].key),
           TenseLexicon.table.value(for: text.tokens[index - 1].key) == nil {
            return nil
        }
        // A one-word name that is also a verbal noun, glued to ب or ل and followed by its object, is
        // the noun: «بفتح تحقيق»، «لفتح باب الحوار».
        if match.mayBeAnotherWord, match.wordCount == 1, match.procliticLength == 1,
           ["ب", "ل"].contains(where: text.tokens[index].key.startsWithBytes), range.upperBound < text.tokens.count,
           text.tokens[range.upperBound].isWord, !NameWords.isStopword(text.tokens[range.upperBound].key),
           Gazetteer.match(in: text.words, at: range.upperBound) == nil {
            return nil
        }
        // After a word that takes a verbal noun, such a name is the noun: «أعيد فتح شواطئ المدينة»،
        // «تم فتح ممرات آمنة»، «عدم فتح أي باب».
        if match.mayBeAnotherWord, match.wordCount == 1, match.procliticLength == 0, index > 0,
           text.paragraphOfToken[index - 1] == text.paragraphOfToken[index], verbalNounTakers.contains(text.tokens[index - 1].key) {
            return nil
        }
        // Without a proclitic too, before a bare head or verbal noun that is its object: «أعادت
        // السلطات فتح مركز الحدود»، «قررت فتح تحقيق»; or before a bare noun in construct with a
        // definite genitive: «مع فتح باب الانتقالات».
        if match.mayBeAnotherWord, match.wordCount == 1, match.procliticLength == 0, range.upperBound < text.tokens.count {
            let next = text.tokens[range.upperBound]
            let afterNext = range.upperBound + 1
            let opensAConstruct = afterNext < text.tokens.count && text.tokens[afterNext].isWord && text.tokens[afterNext].hasArticle
                && !NameWords.isStopword(next.key) && !NameWords.isStopword(text.tokens[afterNext].key)
                // «اتهمت حماس فتح بعرقلة الحوار»: a preposition glued to a longer word opens an adjunct.
                && !(next.key.scalarCount > 3 && ["ب", "ل", "ك", "ف", "و"].contains(where: next.key.startsWithBytes))
                && GivenNames.gender(ofWritten: next.surface, key: next.key) == nil && Gazetteer.match(in: text.words, at: range.upperBound) == nil
                // «كسلا شرقي السودان»: a point of the compass places the town in its country.
                && !EntityRecognizer.isDirection(next.key)
            // A head glued to و opens the next member of a list: «في الخليل ومستشفى رفيديا».
            if next.isWord, !next.hasArticle, text.paragraphOfToken[range.upperBound] == text.paragraphOfToken[index],
               EntityRecognizer.facilityHead(next.key).map({ $0.proclitic == 0 }) == true || placeHeads.contains(next.key)
                || EntityRecognizer.isConstructNoun(next.key)
                // «عن فتح اعتمادات جديدة»: a bare plural in ات is the object of the verbal noun.
                || next.key.endsWithBytes("ات") && next.key.scalarCount >= 5 && !next.key.startsWithBytes("و")
                || OrganizationHeadLexicon.match(in: text.words, at: range.upperBound).map({ !$0.isDefinite && $0.procliticLength == 0 }) == true
                || opensAConstruct {
                return nil
            }
        }
        // After an indefinite noun an outlet's one-word name that is also a noun is its genitive:
        // «منتصف النهار»، «ساعات الصباح»; after an outlet's head it is the outlet («صحيفة النهار»).
        if match.isAmbiguous, match.wordCount == 1, match.entry.isMedia, match.procliticLength == 0, index > 0,
           text.paragraphOfToken[index - 1] == text.paragraphOfToken[index] {
            let previous = text.tokens[index - 1]
            if previous.isWord, !previous.hasArticle, !NameWords.isStopword(previous.key) || NameWords.isPartOfATime(previous.key),
               TenseLexicon.table.value(for: previous.key) == nil,
               !TransmissionChain.isMediaHead(previous.key) {
                return nil
            }
        }
        // After a place head an outlet's one-word name is the place's name: «ولاية الجزيرة».
        if match.isAmbiguous, match.wordCount == 1, match.entry.isMedia, match.procliticLength == 0, index > 0,
           placeHeads.procliticLength(of: text.tokens[index - 1].key) != nil {
            return nil
        }
        // A one-word name that is also an adjective or a verb (الحرة، العربية، فتح) right after a
        // definite noun describes it or tells what it did: «المناطق الحرة»، «اللغة العربية»، «الطريق فتح».
        // A place keeps its name in apposition («العاصمة الأردنية عمان»).
        if match.isAmbiguous, match.wordCount == 1, match.entry.type != .location, match.procliticLength == 0, index > 0,
           text.paragraphOfToken[index - 1] == text.paragraphOfToken[index],
           text.tokens[index - 1].isWord, isDefiniteNoun(text.tokens[index - 1]) {
            return nil
        }
        // A one-word place that is also a colour (الزرقاء، البيضاء) right after a definite noun is its
        // colour: «البكتيريا الزرقاء»، «القمصان البيضاء». A nationality before it («المدينة الأردنية
        // الزرقاء») leaves the place in apposition.
        if match.mayBeAnotherWord, match.wordCount == 1, match.procliticLength == 0, match.entry.type == .location, index > 0,
           colours.contains(text.tokens[index].key), text.paragraphOfToken[index - 1] == text.paragraphOfToken[index],
           text.tokens[index - 1].isWord, isDefiniteNoun(text.tokens[index - 1]),
           placeHeads.procliticLength(of: text.tokens[index - 1].key) == nil,
           Gazetteer.match(in: text.words, at: index - 1).map({ $0.isAdjective }) != true {
            return nil
        }
        // In the credit of a date line («الدوحة – قنا:»، «الرباط (ومع) -») a name that may be an
        // outlet is the agency that filed the story, not a place.
        var entry = match.entry
        if !entry.isMedia, isAgencyCredit(range, in: text), let outlet = match.alternatives.first(where: \.isMedia) {
            entry = outlet
        }
        // «السومرية نيوز»، «الجزيرة الإخبارية»: an outlet's name goes on with the words that close one.
        if entry.isMedia {
            while range.upperBound < text.tokens.count, range.count < match.wordCount + 2,
                  OutletName.tailWords.contains(text.tokens[range.upperBound].key) {
                range = range.lowerBound..<(range.upperBound + 1)
            }
        }
        // «الاتحاد الإفريقي للجيدو»: a union the gazetteer knows, with a sport after it, is that sport's
        // union, another body («دعا الاتحاد الأفريقي للحوار» calls for dialogue).
        if entry.type == .organization, !entry.isMedia, match.procliticLength == 0, text.tokens[index].key.sameBytes(Self.unionHead),
           range.upperBound < text.tokens.count, text.paragraphOfToken[range.upperBound] == text.paragraphOfToken[index],
           text.tokens[range.upperBound].key.startsWithBytes("لل"), text.tokens[range.upperBound].key.scalarCount >= 5,
           ClaimMarkers.namesASport("ال" + text.tokens[range.upperBound].key.droppingScalars(2)) {
            range = range.lowerBound..<(range.upperBound + 1)
            var candidate = EntityCandidate(
                type: .organization, tokens: range, surface: text.text(ofTokens: range), words: range.map { text.tokens[$0].key }, canonical: nil)
            candidate.gender = .masculine
            return candidate
        }
        // «الهلال الأحمر الليبي»: a body of no country with a nationality after it is that country's
        // own, another body than the one the gazetteer knows.
        var nationalCountry: String?
        if entry.type == .organization, !entry.isMedia, entry.country == nil, range.upperBound < text.tokens.count,
           text.tokens[range.upperBound].hasArticle, text.paragraphOfToken[range.upperBound] == text.paragraphOfToken[index],
           let adjective = Gazetteer.match(in: text.words, at: range.upperBound), adjective.isAdjective, adjective.wordCount == 1,
           adjective.procliticLength == 0, adjective.entry.type == .location {
            nationalCountry = adjective.entry.country
            range = range.lowerBound..<(range.upperBound + 1)
        }
        // «منفذ الوليد الحدودي»: a facility the gazetteer lists keeps the adjectives of its kind.
        if entry.type == .location, EntityRecognizer.facilityHead(text.tokens[range.lowerBound].key) != nil {
            range = range.lowerBound..<EntityRecognizer.facilityAdjectivesEnd(from: range.upperBound, in: text)
        }
        var candidate = EntityCandidate(
            type: entry.type, tokens: range, surface: text.text(ofTokens: range), words: range.map { text.tokens[$0].key },
            canonical: nationalCountry == nil ? entry.name : nil)
        candidate.procliticLength = match.procliticLength
        candidate.country = nationalCountry ?? entry.country
        candidate.isSettlement = entry.kind == .city
        candidate.gender = entry.type == .organization && entry.name.endsWithBytes("ة") ? .feminine : .masculine
        if entry.type == .organization {
            candidate.otherForms = headlessForms(of: entry, mentionedAt: range, in: text)
            candidate.isOutlet = entry.isMedia
        }
        if entry.type == .location {
            candidate.otherPlaces = match.alternatives.filter { $0.type == .location && $0.country != entry.country }
        }
        return candidate
    }

    /// «منطقة سند»، «بلدة حولا»: a place the gazetteer lists with its head (its bare name being a
    /// common word) named as the head rules name a place the gazetteer lacks: the name after the head,
    /// with the headed form as another form. Other candidates come back as they are.
    static func withoutLocalityHead(_ candidate: EntityCandidate, in text: AnnotatedText) -> EntityCandidate {
        let range = candidate.tokens
        guard candidate.type == .location, range.count >= 2,
              EntityRecognizer.isLocalityHead(text.tokens[range.lowerBound].key.droppingProclitics(candidate.procliticLength))
        else { return candidate }
        let rest = (range.lowerBound + 1)..<range.upperBound
        var named = candidate
        named.tokens = rest
        named.surface = text.text(ofTokens: rest)
        named.words = rest.map { text.tokens[$0].key }
        // A canonical name that holds the head loses it too; one without it («صلاح الدين» of «محافظة
        // صلاح الدين») stays whole.
        named.canonical = candidate.canonical.map { name in
            let words = name.split(separator: " ", maxSplits: 1)
            guard words.count == 2, EntityRecognizer.isLocalityHead(AnnotatedText.key(of: String(words[0]), kind: .word)) else { return name }
            return String(words[1])
        }
        named.procliticLength = 0
        named.otherForms = [text.text(ofTokens: range).droppingScalars(candidate.procliticLength)]
        return named
    }

    /// The name of a known body without the head it was mentioned with, where the gazetteer lists
    /// that shorter form too: «قناة الجزيرة» is also cited as «الجزيرة», «منظمة اليونسكو» as «اليونسكو».
    private static func headlessForms(of entry: GazetteerEntry, mentionedAt range: Range<Int>, in text: AnnotatedText) -> [String] {
        guard let head = OrganizationHeadLexicon.match(in: text.words, at: range.lowerBound),
              range.lowerBound + head.wordCount < range.upperBound
        else { return [] }
        let rest = (range.lowerBound + head.wordCount)..<range.upperBound
        guard let listed = Gazetteer.match(in: text.words, at: rest.lowerBound), listed.wordCount == rest.count,
              listed.procliticLength == 0, listed.entry.name == entry.name
        else { return [] }
        return [text.text(ofTokens: rest)]
    }

    /// Whether the words `range` are the credit of a date line: in the article's first line, within
    /// its first words, after a dash, slash or opening parenthesis and before a colon, dash, slash or
    /// closing parenthesis (or the end of the line).
    static func isAgencyCredit(_ range: Range<Int>, in text: AnnotatedText) -> Bool {
        guard range.lowerBound > 0, range.lowerBound <= 6, range.upperBound <= text.tokens.count,
              text.paragraphOfToken[range.lowerBound] == 0
        else { return false }
        let before = text.tokens[range.lowerBound - 1]
        guard before.kind == .punctuation || before.kind == .symbol,
              let opening = before.surface.unicodeScalars.first, "-–—/(".unicodeScalars.contains(opening)
        else { return false }
        guard range.upperBound < text.tokens.count, text.paragraphOfToken[range.upperBound] == 0 else { return true }
        let after = text.tokens[range.upperBound]
        guard let closing = after.surface.unicodeScalars.first else { return false }
        // «الدوحة في 27 يناير /قنا/»: the Qatari agency writes its credit between slashes.
        return (after.kind == .punctuation || after.kind == .symbol) && ":-–—)/".unicodeScalars.contains(closing)
    }

    /// The first role that opens within the fourteen words before the comma at `comma`, in its
    /// sentence and after its last verb or number: the office a name in apposition after the comma
    /// holds («المكلف بالإعلام لدى الديوان، فلانة،»).
    static func role(before comma: Int, in text: AnnotatedText) -> RoleMatch? {
        let sentence = text.sentenceOfToken[comma]
        // «الرئيسة المشتركة لهيئة الاقتصاد والزراعة في الإدارة الذاتية لشمال وشرق سوريا، فلانة،»: a
        // long title with its body runs up to fourteen words, and no verb or reported clause between.
        // «وزير النقل، فلان، ووزير الصحة، فلان»: nor does it reach back past the comma before it,
        // where another name and its title stand.
        let start = (max(0, comma - 14)..<comma).reversed().first { index in
            text.sentenceOfToken[index] != sentence || text.tokens[index].reportingForm != nil || text.tokens[index].kind == .number
                || TenseLexicon.table.value(for: text.tokens[index].key) != nil || text.tokens[index].opensAReportedClause
                || text.tokens[index].isComma
        }.map { $0 + 1 } ?? max(0, comma - 14)
        return (start..<comma).lazy.compactMap { role(at: $0, in: text) }.first
    }

    /// The role as written, without the «و» that joins it to what comes before («ووزير الصحة» is
    /// «وزير الصحة»).
    static func written(_ role: RoleMatch, in text: AnnotatedText) -> String {
        let words = text.text(ofTokens: role.tokens)
        return role.isJoined ? String(words.unicodeScalars.dropFirst()) : words
    }

    /// Whether a word may stand between a role and a name: a nationality adjective (الأمريكي) or a
    /// modifier of the role (السابق، الحالي، الجديد).
    static func isModifier(at index: Int, in text: AnnotatedText) -> Bool {
        roleModifiers.contains(text.keys[index]) || isNationality(at: index, in: text)
    }

    private static let roleModifiers = WordIndex(
        ["السابق", "السابقة", "الأسبق", "الحالي", "الحالية", "الجديد", "الجديدة", "المنتخب", "المكلف", "المستقيل",
         "المنتهية", "ولايته", "العام", "الأعلى", "الأول", "الثاني",
         // An acting, interim or late office holder: «حاكم المصرف بالإنابة»، «الرئيس الراحل».
         "بالإنابة", "بالوكالة", "بالنيابة", "المؤقت", "المؤقتة", "المعين", "المعينة", "الراحل", "الراحلة", "المخلوع",
         "المعزول", "المقال"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// An organization head as the chain reader uses it: its key, its words, whether a proper name may
    /// follow it, the proclitic letters glued to it, whether it heads an armed force and whether it
    /// names a body on its own.
    typealias OrganizationHead = (
        key: String, wordCount: Int, takesProperName: Bool, procliticLength: Int, isForce: Bool, isStandalone: Bool
    )

    /// The organization head at token `index`, and whether a proper name may follow it directly
    /// (حركة حماس، تنظيم داعش، حزب الله).
    static func organizationHead(
        at index: Int, in text: AnnotatedText
    ) -> OrganizationHead? {
        guard index < text.tokens.count, text.tokens[index].isWord, let match = OrganizationHeadLexicon.match(in: text.words, at: index),
              !match.isMedia
        else {
            return nil
        }
        let head = ArabicNormalizer.matching.normalizedString(match.head)
        let bare = head.startsWithBytes("ال") ? head.droppingScalars(2) : head
        // «بقيادة», «برئاسة», «بقوة»: ب before a head that is also a verbal noun makes it an adjunct
        // (under the command of, chaired by, by force); «بوزارة النقل», «بالاتحاد العام» stay bodies.
        if match.procliticLength > 0, text.tokens[index].key.startsWithBytes("ب"), adverbialHeads.contains(bare) { return nil }
        return (head, match.wordCount, properNameHeads.contains(bare), match.procliticLength, forceHeads.contains(bare), match.isStandalone)
    }

    /// Whether a word as written has a hamza on its second letter after a letter that may be a
    /// proclitic (وأدان، فإن، بأن).
    private static func hasHamzaAfterAProclitic(_ surface: String) -> Bool {
        var scalars = surface.unicodeScalars.makeIterator()
        guard let first = scalars.next(), "وفبلك".unicodeScalars.contains(first), let second = scalars.next() else { return false }
        return hamzaAlefs.contains(second) && scalars.next() != nil
    }

    /// Words a verbal noun follows as their subject or object: the passive of «تمّ» and «أعيد»,
    /// «إعادة», «عدم», «جرى» (matching form).
    /// Whether the article also writes `key` whole with the article before it («بطاطا» and «البطاطا»).
    private static func isAlsoWrittenWithTheArticle(_ key: String, in text: AnnotatedText) -> Bool {
        var key = key
        return key.withUTF8 { text.vocabulary.number(of: $0, after: article) != nil }
    }

    /// The article's bytes.
    private static let article = Array("ال".utf8)

    /// «الاتحاد» (matching form), which heads unions of states and of sports alike.
    private static let unionHead = ArabicNormalizer.matching.normalizedString("الاتحاد")

    /// Colours, masculine and feminine, with the article (matching form): some are places too
    /// (الزرقاء، البيضاء، الأبيض).
    private static let colours = WordIndex(
        ["الأبيض", "البيضاء", "الأسود", "السوداء", "الأحمر", "الحمراء", "الأخضر", "الخضراء", "الأزرق", "الزرقاء", "الأصفر",
         "الصفراء", "الرمادي", "الرمادية"].map { ArabicNormalizer.matching.normalizedString($0) })

    private static let verbalNounTakers = WordIndex(
        ["تم", "وتم", "يتم", "ويتم", "سيتم", "أعيد", "وأعيد", "يعاد", "سيعاد", "إعادة", "بإعادة", "لإعادة", "وإعادة", "عدم", "وعدم",
         "بعدم", "لعدم", "جرى", "وجرى", "يجري", "ويجري",
         // Verbs of returning to, intending and weighing an act: «أعادت فتح الطريق»، «تعتزم فتح حوار».
         "أعادت", "أعاد", "وأعادت", "وأعاد", "ستعيد", "سيعيد", "تعتزم", "يعتزم", "وتعتزم", "ويعتزم", "تنوي", "ينوي", "تدرس", "يدرس",
         "وتدرس", "ويدرس"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether token `index` is a number in digits or in words without the article, glued to a
    /// preposition or not («بثماني»، «وخمس»).
    private static func isNumber(at index: Int, in text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        if token.kind == .number { return true }
        // «الخمس»، «والخمس»، «الأحد» with the article are a town and a weekday before a place, no count.
        guard token.isWord, !token.hasArticle else { return false }
        let key = token.key
        let glued = key.scalarCount > 3 && key.unicodeScalars.first.map { "وبلف".unicodeScalars.contains($0) } == true
        let bare = glued ? key.droppingScalars(1) : key
        guard !bare.startsWithBytes("ال") else { return false }
        return ClaimExtractor.numerals.parse(key) != nil || glued && ClaimExtractor.numerals.parse(bare) != nil
    }

    /// Quantifiers that open an object (matching form): كل، جميع، بعض، عدد، مختلف، كافة.
    private static let countingWords: WordIndex = ["كل", "جميع", "بعض", "عدد", "مختلف", "كافه"]

    /// What an outlet's name says it carries after ل (للأنباء، للصحافة، للإعلام): the outlet still.
    private static let newsComplements = WordIndex(["للأنباء", "للصحافة", "للإعلام"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads that are also verbal nouns, which after ب read as adjuncts (matching form, no article).
    private static let adverbialHeads = WordIndex(
        ["قيادة", "رئاسة", "إدارة", "تنظيم", "حركة", "قوة", "مشاركة", "رعاية", "حماية", "إشراف", "دعم", "مبادرة", "وساطة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Heads of armed and security bodies, whose names take one complement and nationality
    /// adjectives but not the participles that describe them (القوات الأمريكية المكلفة …).
    private static let forceHeads = WordIndex(["قوات", "قوى", "قوة", "جيش", "شرطة", "حرس"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words that may follow the first word of a force's name: service branches.
    static let forceComplements = WordIndex(
        ["المسلحة", "الخاصة", "الأمنية", "الجوية", "البحرية", "البرية", "الأمن", "الداخلي", "الاتحادية", "المشتركة", "الدولي", "الدولية",
         "المساعدة", "البحري", "الجوي", "البري", "الجمهوري", "الملكي", "الملكية", "الرئاسي"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether a word ends as nisba adjectives do (الأردنية، اللبناني، العراقيين): the cheap test before
    /// asking the gazetteer whether it is a nationality.
    static func mayBeANisba(_ key: String) -> Bool {
        ["ي", "يه", "يين", "يون"].contains(where: key.endsWithBytes)
    }

    /// Whether the nationality at token `index`, after the place `match`, is that of the place's
    /// country (or of one of the places the name may be): «طرابلس الليبية» names the Libyan city, but
    /// «الضفة السنغالية للنهر» is a river's bank, not the West Bank.
    private static func nationalityFits(_ match: GazetteerMatch, at index: Int, in text: AnnotatedText) -> Bool {
        guard let country = Gazetteer.match(in: text.words, at: index)?.entry.country else { return true }
        let countries = ([match.entry] + match.alternatives).compactMap(\.country)
        return countries.isEmpty || countries.contains(country)
    }

    /// Whether the word at `index` is a nationality adjective (العراقية، الأمريكي) on its own.
    static func isNationality(at index: Int, in text: AnnotatedText) -> Bool {
        guard let match = Gazetteer.match(in: text.words, at: index) else { return false }
        if match.wordCount == 1, !match.isAdjective, isAdjectiveAfterDefiniteNoun(match, at: index, in: text) { return true }
        // A longer name starting with the word says nothing of the word alone.
        return match.wordCount == 1 ? match.isAdjective : Gazetteer.match([text.keys[index]], at: 0)?.isAdjective == true
    }

    /// Whether a country name written like its own feminine adjective (السعودية) is that adjective:
    /// right after a definite noun it describes (وزارة المالية السعودية، الداخلية السعودية).
    private static func isAdjectiveAfterDefiniteNoun(_ match: GazetteerMatch, at index: Int, in text: AnnotatedText) -> Bool {
        guard match.entry.kind == .country, match.procliticLength == 0, index > 0, text.tokens[index - 1].isWord,
              text.tokens[index - 1].hasArticle, text.paragraphOfToken[index - 1] == text.paragraphOfToken[index]
        else { return false }
        let key = text.keys[index]
        return match.entry.adjectives.contains { ArabicNormalizerKey.of("ال" + $0 + "ة") == key }
    }

    /// Whether a gazetteer place starts at token `index` (a chain never runs into a place name).
    static func isPlace(at index: Int, in text: AnnotatedText) -> Bool {
        guard index < text.tokens.count, let match = Gazetteer.match(in: text.words, at: index) else { return false }
        if match.wordCount == 1, isAdjectiveAfterDefiniteNoun(match, at: index, in: text) { return false }
        // A one-word name that is also a common word (الشرقية، الحلة) does not end a chain.
        return !match.isAdjective && match.type == .location && !(match.mayBeAnotherWord && match.wordCount == 1)
    }

    private static let properNameHeads = WordIndex(
        ["حركة", "حزب", "تنظيم", "جماعة", "حلف", "جبهة", "ميليشيا", "كتائب", "شركة", "جامعة", "مستشفى", "نادي", "فريق"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Units of length (matching form), after which a number measures: «بقطر 60 سم».
    private static let lengthUnits = WordIndex(
        ["ملم", "مم", "ملليمتر", "مليمتر", "سم", "سنتيمتر", "سنتمتر", "متر", "مترا", "أمتار", "بوصة", "إنش", "انش", "كيلومتر", "كيلومترا", "كلم"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Ambiguous one-word place names that are also frequent words (عمان/عمّان is also "Oman").
    private static func isCommonWord(_ key: String) -> Bool {
        NameWords.isStopword(key)
    }

    /// Whether a word is a definite noun an adjective may follow: it carries the article as written,
    /// after و، ف، ب or ك or as ل + ال (للمناطق), and is no function or time word.
    private static func isDefiniteNoun(_ token: WordToken) -> Bool {
        guard !NameWords.isStopword(token.key) else { return false }
        if token.hasArticle || token.key.startsWithBytes("لل") { return true }
        guard let first = token.key.unicodeScalars.first, "وفبك".unicodeScalars.contains(first) else { return false }
        let rest = token.key.droppingScalars()
        return rest.startsWithBytes("ال") || rest.startsWithBytes("لل")
    }

    /// The end of a country named with the head of its state where the gazetteer lists the country
    /// alone («جمهورية كينيا»، «مملكة ليسوتو»), from the head at `index`; `nil` elsewhere.
    static func countryAfterStateHead(at index: Int, in text: AnnotatedText) -> Int? {
        guard index + 1 < text.tokens.count, stateHeads.contains(text.tokens[index].key),
              text.paragraphOfToken[index + 1] == text.paragraphOfToken[index],
              let place = known(at: index + 1, in: text), place.type == .location, place.procliticLength == 0
        else { return nil }
        return place.tokens.upperBound
    }

    /// Heads of a state's long name (matching form).
    private static let stateHeads = WordIndex(
        ["جمهورية", "مملكة", "دولة", "سلطنة", "إمارة", "اتحاد"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The end of the place after «في» at `index`, where a role says where the office is: a place the
    /// gazetteer knows, or one to three definite words (في المنطقة الشرقية), followed by a comma or by
    /// the title of the name that follows (في المديرية المهندس فلان).
    static func officePlace(after index: Int, in text: AnnotatedText) -> Int? {
        var end = index + 1
        // An administrative unit before the name: في محافظة البصرة، في ولاية سطيف.
        var afterHead = false
        if end + 1 < text.tokens.count, placeHeads.contains(text.tokens[end].key) {
            end += 1
            afterHead = true
        }
        if let place = EntityLexicons.known(at: end, in: text), place.type == .location {
            end = place.tokens.upperBound
        } else if let place = countryAfterStateHead(at: end, in: text) {
            end = place
        } else if afterHead, text.tokens[end].isWord, !text.tokens[end].hasArticle, !NameWords.isStopword(text.tokens[end].key),
                  end + 1 < text.tokens.count, text.tokens[end + 1].isComma || EntityLexicons.role(at: end + 1, in: text) != nil {
            // «في محافظة مأرب الدكتورة فلانة»: after the unit's head, its name whatever else it may mean.
            end += 1
        } else if let body = EntityRecognizer().organizationChain(at: end, in: text), body.tokens.lowerBound == end {
            // «مدير عام العمليات المركزية في القيادة العامة لشرطة رأس الخيمة العميد فلان»: the body
            // the office is in.
            end = body.tokens.upperBound
        } else {
            while end < text.tokens.count, end - index <= 3, text.tokens[end].isWord, isDefiniteNoun(text.tokens[end]),
                  end == index + 1 || EntityLexicons.role(at: end, in: text) == nil {
                end += 1
            }
        }
        // The place ends at a comma, or at the title of the name that follows (في دهوك العميد فلان).
        guard end > index + 1, end < text.tokens.count,
              text.tokens[end].isComma || text.tokens[end].hasArticle && EntityLexicons.role(at: end, in: text) != nil
        else { return nil }
        return end
    }

    /// Words for administrative units that stand before a place's name.
    static let placeHeads = WordIndex(
        ["محافظة", "ولاية", "مدينة", "منطقة", "إقليم", "قضاء", "ناحية", "بلدة", "قرية", "مقاطعة", "عمالة", "إمارة", "قطاع", "محلية",
         "معتمدية"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}
