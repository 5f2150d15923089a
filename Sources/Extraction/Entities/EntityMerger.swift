import ArabicText

/// Merges the variants of a name into one entity: within an article, then across articles.
///
/// - People: the same name words (spelling variants fold at the matching level); a family name
///   alone (الأعرجي) joins the one person of the article with that family name. Given names alone
///   never merge, so two people who share a first name stay apart.
/// - Organizations: one name's words, without the article ال and a leading قوات, are a subset of
///   another's (قوات التحالف ⊂ التحالف الدولي، قيادة العمليات المشتركة ⊂ قيادة العمليات العراقية
///   المشتركة), and the larger name is the only one that contains them.
/// - Places and known organizations: the gazetteer's canonical name.
enum EntityMerger {
    /// The merge key of a name's words: matching level, ال removed, أميركي/أمريكي folded.
    static func core(of words: [String], type: EntityType) -> [String] {
        var result = words.map { word -> String in
            var word = SpellingVariants.folded(word)
            if word.startsWithBytes("ال"), word.scalarCount > 3 { word.removeFirst(2) }
            return word
        }
        if type == .organization, result.count > 1, result.first == "قوات" { result.removeFirst() }
        return result
    }

    /// The merge key of a candidate: its canonical name where a gazetteer knows it, with the country
    /// of a known place (two places of one name, طرابلس in Libya and in Lebanon, are two entities);
    /// otherwise the core of its words.
    private static func key(of candidate: EntityCandidate, core: [String]) -> String {
        guard let canonical = candidate.canonical else { return core.joined(separator: " ") }
        let key = AnnotatedText.key(of: canonical, kind: .word)
        guard candidate.type == .location, let country = candidate.country else { return key }
        return key + "@" + country
    }

    /// Merges the candidates of one article.
    static func merge(_ candidates: [EntityCandidate], in text: AnnotatedText) -> DocumentEntities {
        var entities = DocumentEntities()
        // The item of each merge key, by the key's number in a byte-hashed index (a `String`
        // dictionary would normalize the Arabic keys to hash them).
        var keyIndex = WordIndex(capacity: candidates.count)
        var itemOfKeyNumber: [Int] = []
        // Full names first, so that short forms find them.
        let ordered = candidates.indices.sorted { candidates[$0].words.count > candidates[$1].words.count }
        var itemOfCandidate = [Int](repeating: -1, count: candidates.count)
        // The merge key of each item, split into words once.
        var itemCores: [[String]] = []
        for index in ordered {
            let candidate = candidates[index]
            let core = core(of: candidate.words, type: candidate.type)
            let key = Self.key(of: candidate, core: core)
            let item: Int
            let number = keyIndex.insert("\(candidate.type.rawValue):\(key)")
            let known = number < itemOfKeyNumber.count ? itemOfKeyNumber[number] : nil
            if let existing = known ?? containing(core, candidate, in: entities, cores: itemCores) {
                item = existing
                entities.items[item].add(alias: candidate.bareSurface, roles: candidate.roles)
            } else {
                item = entities.items.count
                entities.items.append(DocumentEntities.Item(
                    type: candidate.type, name: candidate.canonical ?? displayName(candidate), aliases: [candidate.bareSurface],
                    roles: candidate.roles, gender: candidate.gender, key: key, isKnown: candidate.canonical != nil))
                // A known name's core is its canonical words without the article, so that a short form
                // finds it (الوكالة العراقية in وكالة الأنباء العراقية).
                let keyWords = key.split(separator: " ").map(String.init)
                itemCores.append(candidate.canonical == nil ? keyWords : Self.core(of: keyWords, type: candidate.type))
            }
            for form in candidate.otherForms { entities.items[item].add(alias: form, roles: []) }
            if number == itemOfKeyNumber.count { itemOfKeyNumber.append(item) } else { itemOfKeyNumber[number] = item }
            itemOfCandidate[index] = item
        }
        entities.occurrences = candidates.indices.map {
            DocumentEntities.Occurrence(tokens: candidates[$0].tokens, item: itemOfCandidate[$0])
        }
        return entities
    }

    /// The item whose name contains a shorter name: a person's family name, an organization's words.
    private static func containing(
        _ core: [String], _ candidate: EntityCandidate, in entities: DocumentEntities, cores: [[String]]
    ) -> Int? {
        let matches = entities.items.indices.filter { index in
            guard entities.items[index].type == candidate.type else { return false }
            // Two names a gazetteer knows are two bodies: «الأمم المتحدة»، «منظمة الأمم المتحدة للطفولة».
            if candidate.canonical != nil, entities.items[index].isKnown { return false }
            let itemCore = cores[index]
            switch candidate.type {
            case .person:
                // The family name alone, simple (الأعرجي) or compound with its opener (عبد الغفار).
                let isFamilyName = core.count == 1 || core.count == 2 && GivenNames.isFamilyOpener(core[0])
                return isFamilyName && itemCore.count > core.count && Array(itemCore.suffix(core.count)) == core
            case .organization:
                guard canShortenAName(core), !isABodyNamedIn(itemCore, core) else { return false }
                return core.count < itemCore.count && Set(core).isSubset(of: Set(itemCore))
                    || core.count == itemCore.count && Set(core) == Set(itemCore)
            case .location:
                return false
            }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Whether the shorter organization `core` is a body the longer `itemCore` names after itself,
    /// not a short form of it: the longer name ends with it, opens otherwise, and it opens with a
    /// body's head. «الشركة التونسية للشحن» in «النقابة الأساسية لأعوان الشركة التونسية للشحن», «البنك
    /// المركزي» in «مجلس إدارة البنك المركزي»; «الصحة الفلسطينية» stays a short form of «وزارة الصحة
    /// الفلسطينية».
    static func isABodyNamedIn(_ itemCore: [String], _ core: [String]) -> Bool {
        guard core.count < itemCore.count, core.first != itemCore.first, itemCore.suffix(core.count).elementsEqual(core)
        else { return false }
        return OrganizationHeadLexicon.match(core, at: 0) != nil
    }

    /// Whether an organization's core words can be a short form of a longer name: not nationality
    /// adjectives alone (العراقية، الجزائرية), which inside a longer name describe it, and as a name
    /// of their own are another body (the channel «قناة الجزائرية», not «وزارة الخارجية الجزائرية»).
    static func canShortenAName(_ core: [String]) -> Bool {
        core.contains { word in
            let definite = word.startsWithBytes("ال") ? word : "ال" + word
            return Gazetteer.match([definite], at: 0)?.isAdjective != true
        }
    }

    /// The name to show: without glued proclitics; hashtags with spaces for underscores and without #.
    private static func displayName(_ candidate: EntityCandidate) -> String {
        guard candidate.surface.startsWithBytes("#") else { return candidate.bareSurface }
        return String(candidate.surface.dropFirst()).replacing("_", with: " ")
    }
}

extension DocumentEntities.Item {
    /// Adds a surface form and roles, keeping the longer form as the name.
    mutating func add(alias: String, roles newRoles: [String]) {
        if !aliases.contains(alias) { aliases.append(alias) }
        for role in newRoles where !roles.contains(role) { roles.append(role) }
    }
}
