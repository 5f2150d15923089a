import ArabicText

// Where found names begin and end, set again once the first pass has read the whole article (see
// ``EntityRecognizer``).
extension EntityRecognizer {
    /// A name that opens with the family name of a person the article names in full, where no given
    /// name follows that word, is the family name alone: «مراد صالح بلعيد … وأنكر بلعيد التهم» names
    /// بلعيد, and «التهم» is what he denied.
    static func trimFamilyNamesFollowedByWords(_ found: inout [EntityCandidate], in text: AnnotatedText) {
        let familyNames = Set(found.filter { $0.type == .person && $0.tokens.count >= 2 }.map { text.tokens[$0.tokens.upperBound - 1].key })
        for index in found.indices where found[index].type == .person && found[index].tokens.count >= 2 {
            let first = found[index].tokens.lowerBound
            let token = text.tokens[first]
            // The word whole: a family name may open like a proclitic (بلعيد). A given name there opens
            // another person's name where a given name follows it (عباس كامل).
            let rest = found[index].tokens.dropFirst()
            // «محمود عبد الحكيم قناوي»: a compound given name after it («عبد …») makes it a given name too.
            guard familyNames.contains(token.key), token.key != text.tokens[found[index].tokens.upperBound - 1].key,
                  !rest.contains(where: { GivenNames.gender(ofWritten: text.tokens[$0].surface, key: text.tokens[$0].key) != nil }),
                  rest.first.map({ text.tokens[$0].key.sameBytes("عبد") }) != true
            else { continue }
            reach(&found[index], over: first..<(first + 1), in: text)
        }
    }

    /// Mauritanian names join a person's own name and the father's with «ولد» (son of) or «بنت»:
    /// «الداه ولد محمد فال»، «سيدي ولد التاه». Where a found name opens with the father's given name
    /// right after «ولد», the one or two name words before «ولد» that no lexicon knows are the
    /// person's own name and join the found one; a title, a comma, a verb or a known place or body
    /// stops them. A father's given name found alone takes the word after it where a comma or the
    /// reported clause follows that word.
    static func joinOwnNamesBeforeWuld(_ found: inout [EntityCandidate], in text: AnnotatedText) {
        let tokens = text.tokens
        for index in found.indices where found[index].type == .person {
            let first = found[index].tokens.lowerBound
            guard first >= 2, tokens[first - 1].isWord, ["ولد", "ول", "بنت", "منت"].contains(where: tokens[first - 1].key.sameBytes) else { continue }
            var own = first - 1
            while own > 0, first - own <= 2, isOwnNameWord(at: own - 1, in: text) { own -= 1 }
            if own == first - 1 {
                shortFormAfterWuld(index, in: &found, text: text)
                continue
            }
            guard own < first - 1, !found.contains(where: { $0.tokens.overlaps(own..<(first - 1)) }) else { continue }
            var end = found[index].tokens.upperBound
            // «ولد محمد فال،»: the father's name may have a second word before a comma or the clause.
            if end == first + 1, end + 1 < tokens.count, isOwnNameWord(at: end, in: text),
               tokens[end + 1].isComma || tokens[end + 1].opensAReportedClause,
               !found.contains(where: { $0.tokens.contains(end) }) {
                end += 1
            }
            reach(&found[index], over: own..<end, in: text)
        }
    }

    /// «وأضاف ولد أحمد سالم أن»: «ولد» and the father's name with nothing before them are how
    /// Mauritanian news name a person again after the full name (محمد الأمين ولد أحمد سالم); the
    /// mention takes «ولد» and becomes that person.
    private static func shortFormAfterWuld(_ index: Int, in found: inout [EntityCandidate], text: AnnotatedText) {
        let opener = found[index].tokens.lowerBound - 1
        let tail = [text.tokens[opener].key] + found[index].words
        guard let full = found.first(where: { $0.type == .person && $0.words.count > tail.count && Array($0.words.suffix(tail.count)) == tail })
        else { return }
        found[index].tokens = opener..<found[index].tokens.upperBound
        found[index].surface = text.text(ofTokens: found[index].tokens)
        found[index].words = full.words
        found[index].canonical = full.canonical
        found[index].gender = full.gender
    }

    /// A name of unknown letters before a found name, in apposition: «المتحدث باسم الوزارة، كاروان عزيز
    /// بابان، في …»، «…، رمضان علي الغربي، في تصريح». Where a comma stands before the unknown word and a
    /// comma, a preposition or the reported clause after the found name of two words or more, the word
    /// is the person's given name and joins the name.
    static func joinGivenNamesInApposition(_ found: inout [EntityCandidate], in text: AnnotatedText) {
        let tokens = text.tokens
        for index in found.indices where found[index].type == .person && found[index].tokens.count >= 2 {
            let first = found[index].tokens.lowerBound
            let end = found[index].tokens.upperBound
            // A word that opens with و is rather the conjunction and a verb («، وتدعى فلانة،»).
            guard first >= 2, tokens[first - 2].isComma, !tokens[first - 1].hasArticle, !tokens[first - 1].key.startsWithBytes("و"),
                  isOwnNameWord(at: first - 1, in: text),
                  end >= tokens.count || endsAName(at: end, in: text) || tokens[end].opensAReportedClause,
                  !found.contains(where: { $0.tokens.contains(first - 1) })
            else { continue }
            reach(&found[index], over: (first - 1)..<end, in: text)
        }
    }

    /// A name no lexicon knows, in apposition after a role and a comma, alone or introduced by its
    /// bearer's nationality: «وقال مدرب وفاق سطيف، البرتغالي جورجي سيماو، في الندوة الصحفية»،
    /// «وأوضحت المكلفة بالإعلام لدى الديوان، هوارية بن عودة، في تصريح». Two to four name words (with
    /// بن، ولد، أبو among them) before a comma, a preposition or the reported clause are the person,
    /// where a role stands in the words before the first comma; the role's gender is the person's.
    static func addNamesInAppositionAfterARole(_ found: inout [EntityCandidate], in text: AnnotatedText) {
        let tokens = text.tokens
        var added: [EntityCandidate] = []
        for comma in tokens.indices where tokens[comma].isComma && comma + 3 < tokens.count {
            let sentence = text.sentenceOfToken[comma]
            let nationality = tokens[comma + 1].hasArticle && EntityLexicons.isNationality(at: comma + 1, in: text)
            let start = nationality ? comma + 2 : comma + 1
            var end = start
            // «لوك فان دير بيرغ»، «إلينا دي لا فوينتي»: a European particle inside a foreign name.
            var particles = Set<Int>()
            // The shape first, by the word tests that read no lexicon of names; the lexicons only
            // where a name in apposition after a role may stand.
            while end < tokens.count, end - start - particles.count < 4, text.sentenceOfToken[end] == sentence, !tokens[end].hasArticle {
                if end > start, let particleEnd = foreignParticlesEnd(at: end, in: text), particleEnd < tokens.count,
                   mayBeOwnNameWord(tokens[particleEnd]) {
                    particles.formUnion(end..<particleEnd)
                    end = particleEnd
                    continue
                }
                guard mayBeOwnNameWord(tokens[end]) || end > start && GivenNames.isFamilyOpener(tokens[end].key)
                    || end > start && (isForeignNameOfArticleShape(at: end, in: text, afterUnknownName: true)
                        || isGluedMaghrebiFamilyName(tokens[end].key))
                else { break }
                end += 1
            }
            // «…، مطاوع بن صالح العبيدي، إن»: a nasab closes with a family name with the article.
            var closedByFamilyName = false
            // «…، سوزان سالم الصبيحي، إن»: so does a given name and a father's name the lexicons know.
            let fathersName = end - start >= 2 && GivenNames.gender(ofWritten: tokens[end - 1].surface, key: tokens[end - 1].key) != nil
            if end - start >= 3 && GivenNames.isFamilyOpener(tokens[end - 2].key) || fathersName, end < tokens.count, tokens[end].hasArticle,
               Self.looksLikeDefiniteFamilyName(tokens[end].key), text.sentenceOfToken[end] == sentence, endsAName(at: end + 1, in: text) {
                end += 1
                closedByFamilyName = true
            }
            // A name right before the comma is the one in apposition («…، كمال صالح بلقاسم، خمس سنوات»);
            // a word with و after the comma opens the next clause («…، وأوقف أجنبيان»), unless it is a
            // given name (وليد، وفاء).
            let opensWithWa = tokens[start].key.startsWithBytes("و")
                && GivenNames.gender(ofWritten: tokens[start].surface, key: tokens[start].key) == nil
            guard end - start >= 2, !opensWithWa, !Self.isAdverbBeforeLam(at: start, in: text), !GivenNames.isFamilyOpener(tokens[end - 1].key), endsAName(at: end, in: text),
                  !found.contains(where: { candidate in
                      candidate.tokens.overlaps(start..<end) && !(closedByFamilyName && candidate.type == .person && candidate.tokens.lowerBound > start
                          && candidate.tokens.upperBound <= end)
                          || candidate.type == .person && candidate.tokens.upperBound == comma
                  }),
                  let role = EntityLexicons.role(before: comma, in: text),
                  // «اللاعب، بحسب مصادر مقربة، راتبا»: the role's own comma, not one after a parenthesis.
                  !(role.tokens.upperBound..<comma).contains(where: { tokens[$0].isComma }),
                  (start..<end).allSatisfy({ index in
                      particles.contains(index) || index > start && GivenNames.isFamilyOpener(tokens[index].key)
                          || closedByFamilyName && index == end - 1
                          || isOwnNameWord(at: index, in: text) && ClaimExtractor.numerals.parse(tokens[index].key) == nil
                          || index > start && (isForeignNameOfArticleShape(at: index, in: text, afterUnknownName: true)
                              || isGluedMaghrebiFamilyName(tokens[index].key))
                  })
            else { continue }
            let range = start..<end
            var person = EntityCandidate(
                type: .person, tokens: range, surface: text.text(ofTokens: range), words: range.map { tokens[$0].key }, canonical: nil)
            person.gender = role.isFeminine || nationality && tokens[comma + 1].key.endsWithBytes("ه") ? .feminine : .masculine
            added.append(person)
        }
        guard !added.isEmpty else { return }
        found.removeAll { candidate in
            candidate.type == .person && added.contains { $0.tokens.lowerBound < candidate.tokens.lowerBound && candidate.tokens.upperBound <= $0.tokens.upperBound }
        }
        found = (found + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// «العالية منت أحمدو»، «الداه ولد عبدي»: a Mauritanian name may open with a word no lexicon
    /// knows, also with the article; «ولد» or «منت» and a father's name after it make it a name. The
    /// father's name takes a second word before a comma or the reported clause, with the article
    /// where it is a given name.
    func nameAroundWuld(at index: Int, in text: AnnotatedText) -> EntityCandidate? {
        let tokens = text.tokens
        guard index + 2 < tokens.count, ["ولد", "ول", "منت", "بنت"].contains(where: tokens[index + 1].key.sameBytes),
              text.paragraphOfToken[index + 2] == text.paragraphOfToken[index],
              Self.isOwnNameWord(at: index, in: text) || Self.titlesGivenAsNames.contains(tokens[index].key),
              Self.isOwnNameWord(at: index + 2, in: text)
        else { return nil }
        var end = index + 3
        // The second word may be a given name with the article: «منت محمد المختار»، «ولد محمد الأمين».
        if end + 1 < tokens.count, !tokens[end].hasArticle || GivenNames.gender(ofWritten: tokens[end].surface, key: tokens[end].key) != nil,
           Self.isOwnNameWord(at: end, in: text), tokens[end + 1].isComma || tokens[end + 1].opensAReportedClause {
            end += 1
        }
        // «ملعب شيخا ولد بيديا»: after a facility's head the name is the facility's.
        if index > 0, let head = Self.facilityHead(tokens[index - 1].key), text.paragraphOfToken[index - 1] == text.paragraphOfToken[index] {
            return EntityCandidate(headed: (index - 1)..<end, type: head.type, proclitic: head.proclitic, in: text)
        }
        let range = index..<end
        return EntityCandidate(
            type: .person, tokens: range, surface: text.text(ofTokens: range), words: range.map { tokens[$0].key }, canonical: nil)
    }

    /// Titles that Mauritanian parents give as names, read as such right before «ولد»: «الشيخ ولد
    /// أحمدو» (matching form).
    private static let titlesGivenAsNames = WordIndex(["الشيخ", "الامام", "القاضي"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The tests of ``isOwnNameWord(at:in:)`` that read the word alone: letters, no function, time or
    /// reporting word, no verbal noun تفعيل, no preposition glued to the article.
    private static func mayBeOwnNameWord(_ token: WordToken) -> Bool {
        token.isWord && NameWords.canFollowGivenName(token) && token.reportingForm == nil && !isVerbalNounTafil(token)
            && !(token.key.scalarCount >= 5 && ["بال", "لل", "وال", "فال", "كال"].contains(where: token.key.startsWithBytes))
    }

    /// Makes `candidate` the name written over the tokens `range`.
    private static func reach(_ candidate: inout EntityCandidate, over range: Range<Int>, in text: AnnotatedText) {
        candidate.tokens = range
        candidate.surface = text.text(ofTokens: range)
        candidate.words = range.map { text.tokens[$0].key }
        candidate.procliticLength = 0
    }

    /// Whether the word at `index` may be a given name the lexicons do not know: a word of letters
    /// that is no function, time or reporting word, verb, verbal noun تفعيل, word with a preposition
    /// glued to its article (بالملف), title, place or body.
    private static func isOwnNameWord(at index: Int, in text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        return mayBeOwnNameWord(token)
            && TenseLexicon.table.value(for: token.key) == nil && EntityLexicons.role(at: index, in: text) == nil
            && EntityLexicons.known(at: index, in: text) == nil && OrganizationHeadLexicon.match(in: text.words, at: index) == nil
    }
}
