import ArabicText

/// Towns named in a list with places the gazetteer knows: «في طرابلس وصور والنبطية»، «مناطق
/// الزرقاء، الرصيفة، سحاب».
///
/// News lists the towns an event touched one after another, joined by و or commas; a list that
/// holds two known towns or cities makes its other members places too, even where the gazetteer does not
/// know them or lists them only in a longer form because the bare word is also a common one (صور
/// "pictures"). A member is one bare word: no article, no function word, verb, title, body head,
/// given name, nationality, number or plural ending, so that «في بغداد والمحافظات» and «في عمان
/// ووزارة الخارجية» add nothing.
enum PlaceLists {
    /// Adds the unknown members of every list of places in `found` (in text order), as places.
    static func add(to found: inout [EntityCandidate], in text: AnnotatedText) {
        var taken = Set(found.flatMap { Array($0.tokens) })
        let knownPlaces = Set(found.filter { $0.type == .location }.map(\.tokens.lowerBound))
        var added = membersAfterPluralHeads(taken: &taken, knownPlaces: knownPlaces, in: text)
        for place in found where place.type == .location && place.isSettlement && !taken.isEmpty {
            var members: [EntityCandidate] = []
            var known = 1
            // Forward: «طرابلس وصور والنبطية»، «الزرقاء، الرصيفة، سحاب».
            var position = place.tokens.upperBound
            while position < text.tokens.count, text.sentenceOfToken[position] == text.sentenceOfToken[place.tokens.lowerBound] {
                let member = text.tokens[position].isComma ? position + 1 : position
                let proclitic = member == position ? 1 : 0
                guard member < text.tokens.count, proclitic == 0 || text.tokens[member].key.startsWithBytes("و") else { break }
                if let next = found.first(where: { $0.tokens.lowerBound == member }) {
                    guard next.type == .location, next.isSettlement else { break }
                    known += 1
                    position = next.tokens.upperBound
                    continue
                }
                guard !taken.contains(member), endsAMember(at: member + 1, in: text),
                      let town = town(at: member, proclitic: proclitic, in: text)
                else { break }
                if town.words.first.flatMap({ headedOnlyTowns[$0] }) != nil { known += 1 }
                members.append(town)
                position = member + 1
            }
            // Backward: «بلدتي سعير وحلحول» where the first follows في, a comma or a plural head; or
            // any bare noun where two known towns follow it («في مدارس دورا ويطا وبني نعيم»).
            let start = place.tokens.lowerBound
            if place.procliticLength == 1, text.tokens[start].key.startsWithBytes("و"), start >= 2, !taken.contains(start - 1),
               opensAList(at: start - 2, in: text)
                || known >= 2 && isBareNoun(at: start - 2, in: text) && !text.tokens[start - 1].key.startsWithBytes("و"),
               let town = town(at: start - 1, proclitic: 0, in: text) {
                members.append(town)
            }
            // One known town may be followed by anything; two make a list, and so does «بين» before
            // one: «بين النبك وقارة» names the two ends of a stretch, whatever follows them.
            let opensABetween = start > 0 && text.tokens[start - 1].key.sameBytes("بين") && place.procliticLength == 0
            if opensABetween, known == 1, members.isEmpty, place.tokens.upperBound < text.tokens.count,
               !taken.contains(place.tokens.upperBound), text.tokens[place.tokens.upperBound].key.startsWithBytes("و"),
               text.sentenceOfToken[place.tokens.upperBound] == text.sentenceOfToken[start],
               let other = town(at: place.tokens.upperBound, proclitic: 1, in: text) {
                members.append(other)
            }
            // A noun with a pronoun (ومنزله) is no town: the written ه is the pronoun, ة the town's.
            let isBetweenTwoPlaces = opensABetween && known == 1 && members.count == 1
                && text.tokens[members[0].tokens.lowerBound].surface.unicodeScalars.last != "\u{0647}"
            guard known >= 2 || isBetweenTwoPlaces else { continue }
            for town in members where !taken.contains(town.tokens.lowerBound) {
                added.append(town)
                taken.insert(town.tokens.lowerBound)
            }
        }
        guard !added.isEmpty else { return }
        found = (found + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The unknown members of lists that a plural or dual head of places opens: «قرى سحم وحريما
    /// وكفرسوم»، «بلدتي عنبتا وبلعا»، «بلدات القصير وربلة والنزارية»، «بلديات عين أزال وبني فودة». The
    /// head says the words after it are places, so no known town need stand among them, a member may
    /// open with ب or ل (بلعا) and may be a noun with its definite genitive (باب الهوى); but a plural
    /// names two places at least, so a list of one adds nothing («قرى المنطقة الجنوبية»). Members
    /// with the article are common nouns as often as names («أحياء الصفيح والعشوائيات»), so a list of
    /// them alone needs three members, a known place among them («أحياء الروضة والسلامة والنخيل») or a
    /// dual head that says there are two.
    private static func membersAfterPluralHeads(taken: inout Set<Int>, knownPlaces: Set<Int>, in text: AnnotatedText) -> [EntityCandidate] {
        var added: [EntityCandidate] = []
        // Each word form of the article is asked once.
        var headForms = [Bool?](repeating: nil, count: text.vocabulary.count)
        var pointerForms = [Bool?](repeating: nil, count: text.vocabulary.count)
        for head in text.keys.indices {
            let form = text.wordOfToken[head]
            let isHead = headForms[form] ?? isPluralHead(text.keys[head])
            headForms[form] = isHead
            let isPointer = !isHead && (pointerForms[form] ?? listPointers.contains(text.keys[head]))
            if !isHead { pointerForms[form] = isPointer }
            guard isHead || isPointer && pointsBackToPlaces(at: head, in: text), text.tokens[head].isWord else { continue }
            var members: [EntityCandidate] = []
            var count = 0
            var holdsAKnownPlace = false
            var position = head + 1
            // «في ولايات لعصابة والحوض الشرقي، بدلا من …»: the member joined by و is the last, and a
            // comma after it ends the list.
            var joinedByAnd = false
            while position < text.tokens.count, text.sentenceOfToken[position] == text.sentenceOfToken[head] {
                if joinedByAnd, text.tokens[position].isComma { break }
                let member = text.tokens[position].isComma && count > 0 ? position + 1 : position
                let proclitic = member == position && count > 0 ? 1 : 0
                joinedByAnd = proclitic == 1
                guard member < text.tokens.count, proclitic == 0 || text.tokens[member].key.startsWithBytes("و") else { break }
                if taken.contains(member) {
                    count += 1
                    holdsAKnownPlace = holdsAKnownPlace || knownPlaces.contains(member)
                    position = member + 1
                    while position < text.tokens.count, taken.contains(position) { position += 1 }
                    continue
                }
                if let town = twoWordTown(at: member, proclitic: proclitic, taken: taken, in: text) {
                    members.append(town)
                    count += 1
                    position = member + 2
                    continue
                }
                // «مناطق واسعة وعديدة»: indefinite adjectives describe the head's places.
                guard endsAMember(at: member + 1, in: text, afterHead: true), !Self.describesPlaces(text.tokens[member].key.droppingScalars(proclitic)),
                      let town = town(at: member, proclitic: proclitic, in: text, afterHead: true)
                else { break }
                members.append(town)
                count += 1
                position = member + 1
            }
            let holdsABareName = members.contains { !text.tokens[$0.tokens.lowerBound].key.droppingScalars($0.procliticLength).startsWithBytes("ال") }
            // A dual names two places, no more: «محلتي السيمر والخندق».
            let isDual = text.tokens[head].key.endsWithBytes("تي") || text.tokens[head].key.endsWithBytes("يي") || text.tokens[head].key.endsWithBytes("مي")
            guard count >= 2, holdsABareName || holdsAKnownPlace || count >= 3 || isDual && count == 2 else { continue }
            for town in members where !taken.contains(town.tokens.lowerBound) {
                added.append(town)
                taken.insert(town.tokens.lowerBound)
            }
        }
        return added
    }

    /// Whether the pointer at `head` (one of ``listPointers``) points back to places counted or named
    /// just before it, so that the words after it are some of them: «في 12 بلدية، أبرزها …»، «القرى
    /// المتضررة، ومنها …».
    private static func pointsBackToPlaces(at head: Int, in text: AnnotatedText) -> Bool {
        let sentence = text.sentenceOfToken[head]
        for position in stride(from: head - 1, through: max(0, head - 4), by: -1) where text.sentenceOfToken[position] == sentence {
            let key = text.tokens[position].key
            if isPluralHead(key) || key.startsWithBytes("ال") && isPluralHead(key.droppingScalars(2)) { return true }
            if EntityRecognizer.isLocalityHead(key), position > 0, text.tokens[position - 1].kind == .number { return true }
        }
        return false
    }

    /// Words that point back to a plural before them: the most notable of them, among them (matching form).
    private static let listPointers = WordIndex(
        ["أبرزها", "أهمها", "منها", "ومنها", "بينها", "وأبرزها"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The member of two words at token `index` after a plural head of places: a bare noun and its
    /// definite genitive (باب الهوى، ركن الدين) or a word that commonly opens town names and the word
    /// after it (عين أزال، بني فودة، ود حامد، أم سنطة), followed by what may end a member.
    private static func twoWordTown(at index: Int, proclitic: Int, taken: Set<Int>, in text: AnnotatedText) -> EntityCandidate? {
        let second = index + 1
        guard second < text.tokens.count, text.tokens[index].isWord, text.tokens[second].isWord, !taken.contains(second),
              text.sentenceOfToken[second] == text.sentenceOfToken[index], endsAMember(at: second + 1, in: text, afterHead: true)
        else { return nil }
        let first = text.tokens[index].key.droppingScalars(proclitic)
        let next = text.tokens[second].key
        guard first.scalarCount >= 2, !first.startsWithBytes("ال"), next.scalarCount >= 3, !landforms.contains(next),
              !NameWords.isStopword(next), !NameWords.timeWords.contains(next), !next.startsWithBytes("و")
        else { return nil }
        // «أحياء فوة والشرج وابن سينا»: a quarter named after a scholar, after a head of places.
        if !EntityRecognizer.opensAToponym(first) && !first.sameBytes("ابن") {
            // A bare noun before a definite one: not a verb, a particle, a title, a number or a body.
            guard next.startsWithBytes("ال"), next.scalarCount >= 4, !EntityRecognizer.isDirection(next.droppingScalars(2)),
                  first.scalarCount >= 3, !NameWords.isStopword(first), !NameWords.isDescriptor(first), !NameWords.timeWords.contains(first),
                  TenseLexicon.table.value(for: first) == nil, ReportingVerbs.form(of: first) == nil,
                  ClaimExtractor.numerals.parse(first) == nil, !["ات", "ين", "ون"].contains(where: first.endsWithBytes),
                  EntityLexicons.role(at: index, in: text) == nil, OrganizationHeadLexicon.match(in: text.words, at: index) == nil
            else { return nil }
        }
        let surface = text.text(ofTokens: index..<(second + 1))
        return settlement(index..<(second + 1), surface: surface, words: [first, next], proclitic: proclitic)
    }

    /// Whether the token at `index` may follow a list's member: punctuation, the next member with و,
    /// a preposition or a direction, or nothing; not a word the member could govern («وعقد اجتماعا»).
    /// After a plural head of places, a particle or a time word may follow too («قرى … لم تصلها»،
    /// «بلدتي … فجر اليوم»).
    private static func endsAMember(at index: Int, in text: AnnotatedText, afterHead: Bool = false) -> Bool {
        guard index < text.tokens.count, text.sentenceOfToken[index] == text.sentenceOfToken[index - 1] else { return true }
        let token = text.tokens[index]
        if afterHead, token.isWord, NameWords.isStopword(token.key) || NameWords.timeWords.contains(token.key) { return true }
        return !token.isWord && token.kind != .number || token.key.startsWithBytes("و") || memberEnds.contains(token.key)
            || afterHead && EntityRecognizer.saysWhere(at: index, in: text)
    }

    /// Whether a word is an indefinite feminine adjective that would describe a plural of places
    /// (واسعة، عديدة، مختلفة، متضررة) rather than name one: the pattern فاعلة or فعيلة, or a
    /// participle that opens with م.
    private static func describesPlaces(_ key: String) -> Bool {
        let scalars = Array(key.unicodeScalars)
        guard scalars.count >= 5, scalars.last == "ه", !key.startsWithBytes("ال") else { return false }
        if scalars.count == 5, scalars[1] == "ا" || scalars[3] == "ي" { return true }
        return scalars[0] == "م" && scalars.count >= 6
    }

    /// Common nouns of the land that follow a plural of places as its genitive, not as a member
    /// («مدن الساحل»، «قرى الريف») (matching form).
    private static let landforms = WordIndex(
        ["الساحل", "الريف", "البادية", "الجبل", "الجبال", "السهل", "الوادي", "الداخل", "الحدود", "الجنوب", "الشمال", "الشرق", "الغرب",
         "الوسط", "المنطقة", "المحافظة", "الولاية", "البلاد", "الدولة", "المملكة", "المدينة", "العاصمة", "الإقليم"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Prepositions and directions after a list's last member (matching form).
    private static let memberEnds = WordIndex(["في", "من", "الي", "علي", "حيث", "جنوب", "شمال", "شرق", "غرب", "قرب", "خلال", "بعد", "منذ"])

    /// Whether the token at `index` opens a list of places before its first member: a preposition of
    /// place, a comma, or a plural head of places (مناطق، مدن، بلدتي).
    private static func opensAList(at index: Int, in text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        return token.isComma || token.isWord && (listOpeners.contains(token.key) || pluralHeads.contains(token.key))
    }

    /// The one-word town at token `index`, after `proclitic` letters of و, or `nil` where the word
    /// cannot be a town's name. Names with the article stay out: most such words in a list are common
    /// nouns (والمحافظات، والمناطق المجاورة).
    /// `afterHead`: the list follows a plural head of places, which lets a member open with the
    /// article or with ب، ل، ف.
    static func town(at index: Int, proclitic: Int, in text: AnnotatedText, afterHead: Bool = false) -> EntityCandidate? {
        let token = text.tokens[index]
        guard token.isWord, token.surface.unicodeScalars.allSatisfy({ !("0"..."9").contains($0) }) else { return nil }
        let key = token.key.droppingScalars(proclitic)
        // «وحدها»، «نفذتها»: a pronoun ends no town's name; «وتخصيص» is a verbal noun, also with a
        // preposition («بتمويل من …»), «تعمل» a verb.
        let scalars = Array(key.unicodeScalars)
        let isVerbalNoun = EntityRecognizer.hasTheShapeOfTafil(key)
            || ["ب", "ل"].contains(where: key.startsWithBytes) && EntityRecognizer.hasTheShapeOfTafil(key.droppingScalars())
        let isImperfect = scalars.count == 4 && (scalars[0] == "ت" || scalars[0] == "ي")
        let definite = key.startsWithBytes("ال")
        // «إلى الرطبة والقائم»: a town the gazetteer names only after its head («قضاء القائم»), because
        // the bare word is a common one, is that town in a list of towns.
        if definite, !afterHead, let entry = headedOnlyTowns[key] {
            return settlement(index..<(index + 1), surface: token.surface, words: [key], proclitic: proclitic, country: entry.country)
        }
        guard key.scalarCount >= 3,
              !definite || afterHead && key.scalarCount >= 5 && !EntityRecognizer.isDirection(key.droppingScalars(2)) && !landforms.contains(key),
              !NameWords.isStopword(key), !NameWords.isDescriptor(key), !isVerbalNoun, !isImperfect,
              // «…، وذلك قبل»: a function word with و after a comma ends the list.
              !(key.startsWithBytes("و") && NameWords.isStopword(key.droppingScalars())),
              !["ها", "هم", "هما"].contains(where: key.endsWithBytes),
              // «بطول»، «لصالح»: a glued preposition opens an adjunct, not a town.
              afterHead || !["ب", "ل", "ف"].contains(where: key.startsWithBytes), !NameWords.timeWords.contains(key),
              GivenNames.gender(of: key) == nil, !GivenNames.isFamilyOpener(key), TenseLexicon.table.value(for: key) == nil,
              !["ات", "ين", "ون"].contains(where: key.endsWithBytes), ClaimExtractor.numerals.parse(key) == nil,
              EntityLexicons.role(at: index, in: text) == nil, OrganizationHeadLexicon.match(in: text.words, at: index) == nil,
              !EntityLexicons.isNationality(at: index, in: text), ReportingVerbs.form(of: key) == nil
        else { return nil }
        return settlement(index..<(index + 1), surface: token.surface, words: [key], proclitic: proclitic)
    }

    /// A settlement the lexicons do not name as such, found at `tokens`.
    private static func settlement(
        _ tokens: Range<Int>, surface: String, words: [String], proclitic: Int, country: String? = nil
    ) -> EntityCandidate {
        var town = EntityCandidate(type: .location, tokens: tokens, surface: surface, words: words, canonical: nil)
        town.procliticLength = proclitic
        town.country = country
        town.isSettlement = true
        return town
    }

    /// Adds the bare names of towns that the gazetteer names only after their head, where the article
    /// names them so elsewhere: after «قضاء الرطبة», «الرطبة» alone is the town too.
    static func addBareNamesOfHeadedTowns(to found: inout [EntityCandidate], in text: AnnotatedText) {
        let named = Set(found.lazy.filter { $0.type == .location }.compactMap(\.words.last).filter { headedOnlyTowns[$0] != nil })
        guard !named.isEmpty else { return }
        var taken = Set(found.flatMap { Array($0.tokens) })
        var added: [EntityCandidate] = []
        // Each word is compared by its bytes with the one or two names of the article, no string
        // made or hashed.
        for index in text.tokens.indices where text.tokens[index].isWord {
            let key = text.tokens[index].key
            // With a proclitic before the article («والرطبة»، «بالرطبة») or none.
            guard let bare = named.first(where: { name in
                key.endsWithBytes(name) && (key.utf8.count == name.utf8.count
                    || key.utf8.count == name.utf8.count + 2 && ["و", "ب", "ف"].contains(where: key.startsWithBytes))
            }), !taken.contains(index), let entry = headedOnlyTowns[bare]
            else { continue }
            let proclitic = key.utf8.count == bare.utf8.count ? 0 : 1
            added.append(settlement(
                index..<(index + 1), surface: text.tokens[index].surface, words: [bare], proclitic: proclitic, country: entry.country))
            taken.insert(index)
        }
        guard !added.isEmpty else { return }
        found = (found + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Towns with the article that the gazetteer names only after a locality head («قضاء القائم»،
    /// «منطقة القبة»), by the bare name in the matching form; a name two towns share is left out.
    static let headedOnlyTowns: [String: GazetteerEntry] = {
        var towns: [String: GazetteerEntry] = [:]
        var shared = Set<String>()
        var bare = Set<String>()
        for entry in Gazetteer.entries where entry.type == .location && entry.kind == .city {
            for form in [entry.name] + entry.variants {
                let words = ArabicNormalizer.matching.normalizedString(form).split(separator: " ").map(String.init)
                if words.count == 1 { bare.insert(words[0]) }
                // A word of time or a function word is never read as a town alone («منطقة الخميس»).
                guard words.count == 2, words[1].startsWithBytes("ال"), EntityRecognizer.isLocalityHead(words[0]),
                      !NameWords.timeWords.contains(words[1]), !NameWords.isStopword(words[1])
                else { continue }
                if let known = towns[words[1]], known.id != entry.id { shared.insert(words[1]) }
                towns[words[1]] = entry
            }
        }
        for name in shared.union(bare) { towns[name] = nil }
        return towns
    }()

    /// Whether the token at `index` is a bare noun whose genitive a list may be: a word of three
    /// letters or more with no article, that is no function word, verb, role or body head.
    private static func isBareNoun(at index: Int, in text: AnnotatedText) -> Bool {
        let token = text.tokens[index]
        return token.isWord && !token.hasArticle && token.key.scalarCount >= 3 && !NameWords.isStopword(token.key)
            && TenseLexicon.table.value(for: token.key) == nil && ReportingVerbs.form(of: token.key) == nil
            && EntityLexicons.role(at: index, in: text) == nil && OrganizationHeadLexicon.match(in: text.words, at: index) == nil
    }

    /// Prepositions of place before a list's first member (matching form).
    private static let listOpeners = WordIndex(["في", "من", "الي", "بين", "وفي", "ومن", "مثل"])

    /// Whether `key` is a plural or dual head of places, alone or after و، ب or ل (وبلدات، بمحليات).
    /// - Complexity: O(m) in the length of the word, on its bytes (every word of an article asks).
    private static func isPluralHead(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            if pluralHeads.contains(utf8: bytes) { return true }
            // و (D9 88), ب (D8 A8) or ل (D9 84), then perhaps ب: two bytes each.
            func isBa(_ at: Int) -> Bool { bytes[at] == 0xD8 && bytes[at + 1] == 0xA8 }
            guard bytes.count > 4, isBa(0) || bytes[0] == 0xD9 && (bytes[1] == 0x88 || bytes[1] == 0x84) else { return false }
            if pluralHeads.contains(utf8: UnsafeBufferPointer(rebasing: bytes[2...])) { return true }
            return bytes.count > 6 && isBa(2) && pluralHeads.contains(utf8: UnsafeBufferPointer(rebasing: bytes[4...]))
        }
    }

    /// Plural and dual heads of places before a list, including the local administrations of each
    /// country: Algeria's بلديات، Morocco's جماعات and دواوير، Sudan's محليات، Tunisia's معتمديات,
    /// Mauritania's مقاطعات (matching form).
    private static let pluralHeads = WordIndex(
        ["مناطق", "مدن", "بلدات", "قري", "احياء", "ولايات", "محافظات", "بلدتي", "مدينتي", "قريتي", "منطقتي", "ولايتي", "محافظتي",
         "حيي", "مخيمي", "مخيمات", "مديريات", "مديريتي", "اقضية", "نواحي", "بلديات", "بلديتي", "محليات", "محليتي", "معتمديات",
         "معتمديتي", "جماعات", "جماعتي", "دواوير", "مقاطعات", "مقاطعتي", "اقاليم", "ضواحي", "محلتي"].map { ArabicNormalizer.matching.normalizedString($0) })
}
