import ArabicText

/// Merges the entities of many articles into the report's entities and gives them stable ids.
///
/// The rules are those of ``EntityMerger`` applied across articles: the same name key merges; a
/// person known in one article only by a family name joins the one person of the report with that
/// family name; an organization's shorter name joins the one organization whose name contains it.
public struct EntityDirectory: Sendable {
    /// The merged entities, in the order they were first met.
    public private(set) var entities: [Entity] = []
    private var indexOfKey: [String: Int] = [:]
    /// The entities of people with a name of two words or more, by the last word of their key.
    private var peopleByFamilyName: [String: Set<Int>] = [:]
    /// People by their first and last names («مجدي كرار» for «مجدي عبد الله كرار»), with their words.
    private var peopleByEnds: [String: [(words: [String], index: Int)]] = [:]
    /// The keys of organizations, split into words, with their entities.
    private var organizationKeys: [(words: Set<String>, ordered: [String], entity: Int, isKnown: Bool)] = []
    /// For each word, the organization keys (indexes into ``organizationKeys``) that hold it.
    private var organizationKeysByWord: [String: [Int]] = [:]
    /// For each article (by the order it was added) and local item, the entity's index.
    private var local: [[Int]] = []

    /// An empty directory.
    public init() {}

    /// Adds an article's entities; returns the article's position for ``id(ofItem:inArticle:)``.
    public mutating func add(_ items: [DocumentEntities.Item], article: String) -> Int {
        // Full names first, so that short forms of this article find them.
        let order = items.indices.sorted { items[$0].key.split(separator: " ").count > items[$1].key.split(separator: " ").count }
        var mapping = [Int](repeating: 0, count: items.count)
        for position in order {
            let item = items[position]
            let typedKey = "\(item.type.rawValue):\(item.key)"
            let index: Int
            if let existing = indexOfKey[typedKey] ?? containing(item) ?? sharingAnAlias(item) {
                index = existing
            } else {
                index = entities.count
                entities.append(Entity(
                    id: Self.identifier(of: item), type: item.type, name: item.name, aliases: [], roles: [], articles: []))
            }
            if indexOfKey.updateValue(index, forKey: typedKey) == nil { remember(item, as: index) }
            mapping[position] = index
            merge(item, into: index, article: article)
        }
        local.append(mapping)
        return local.count - 1
    }

    /// The report id of local item `item` of the article added at `position`.
    public func id(ofItem item: Int, inArticle position: Int) -> String? {
        guard position < local.count, item >= 0, item < local[position].count else { return nil }
        return entities[local[position][item]].id
    }

    /// Changes the entity in place: a copy would copy its list of articles, which grows with the
    /// report, at every article that names it.
    private mutating func merge(_ item: DocumentEntities.Item, into index: Int, article: String) {
        for alias in item.aliases where !entities[index].aliases.contains(alias) { entities[index].aliases.append(alias) }
        for role in item.roles where !entities[index].roles.contains(role) { entities[index].roles.append(role) }
        // An article's items all come in one call to `add`: if it is there, it is the last.
        if entities[index].articles.last != article { entities[index].articles.append(article) }
        // The fullest name wins: more words, then more letters.
        if item.name.split(separator: " ").count > entities[index].name.split(separator: " ").count { entities[index].name = item.name }
    }

    /// Indexes a new name key of entity `index` for ``containing(_:)``.
    private mutating func remember(_ item: DocumentEntities.Item, as index: Int) {
        let words = item.key.split(separator: " ").map(String.init)
        switch item.type {
        case .person:
            if words.count >= 2, let first = words.first, let last = words.last {
                peopleByFamilyName[last, default: []].insert(index)
                peopleByEnds[first + " " + last, default: []].append((words, index))
            }
        case .organization:
            organizationKeys.append((Set(words), words, index, item.isKnown))
            for word in Set(words) { organizationKeysByWord[word, default: []].append(organizationKeys.count - 1) }
        case .location:
            break
        }
    }

    /// The one entity whose name contains this shorter name, across the report: the person whose
    /// family name is this one word, the organization whose name has all these words and more.
    /// - Complexity: O(k) in the number of names that share the first word, not in the report's size.
    private func containing(_ item: DocumentEntities.Item) -> Int? {
        let core = item.key.split(separator: " ").map(String.init)
        guard let first = core.first else { return nil }
        var indexes = Set<Int>()
        switch item.type {
        case .person:
            // A name with its father's name or without it («مجدي عبد الله كرار» and «مجدي كرار»):
            // the same first and last names, and the shorter one's words in the longer in order.
            if core.count >= 2, let last = core.last {
                for known in peopleByEnds[first + " " + last] ?? [] where known.words != core
                    && (Self.isSubsequence(core, of: known.words) || Self.isSubsequence(known.words, of: core)) {
                    indexes.insert(known.index)
                }
                return indexes.count == 1 ? indexes.first : nil
            }
            indexes = peopleByFamilyName[first] ?? []
        case .organization:
            guard EntityMerger.canShortenAName(core) else { return nil }
            let words = Set(core)
            for key in organizationKeysByWord[first] ?? [] {
                let other = organizationKeys[key]
                // Two names a gazetteer knows are two bodies: «الأمم المتحدة»، «منظمة الأمم المتحدة للطفولة».
                if core.count < other.ordered.count, words.isSubset(of: other.words), !(item.isKnown && other.isKnown),
                   !EntityMerger.isABodyNamedIn(other.ordered, core) {
                    indexes.insert(other.entity)
                }
            }
        case .location:
            return nil
        }
        return indexes.count == 1 ? indexes.first : nil
    }

    /// The one entity already known under one of this item's aliases: an article that names an
    /// organization in full and by a shorter name it has been met under before («قيادة العمليات
    /// المشتركة العراقية» and «قيادة العمليات المشتركة») says they are one, whichever came first.
    private func sharingAnAlias(_ item: DocumentEntities.Item) -> Int? {
        guard item.type != .location else { return nil }
        var found = Set<Int>()
        for alias in item.aliases {
            let words = alias.split(separator: " ").map { AnnotatedText.key(of: String($0), kind: .word) }
            let key = EntityMerger.core(of: words, type: item.type).joined(separator: " ")
            if let index = indexOfKey["\(item.type.rawValue):\(key)"] { found.insert(index) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Whether `short` is `long` with some words left out, in order.
    static func isSubsequence(_ short: [String], of long: [String]) -> Bool {
        var index = long.startIndex
        for word in short {
            guard let found = long[index...].firstIndex(of: word) else { return false }
            index = found + 1
        }
        return true
    }

    /// A stable id: the entity type and the FNV-1a hash of its name key.
    static func identifier(of item: DocumentEntities.Item) -> String {
        var hasher = FNV1a()
        hasher.combine(item.type.rawValue + ":" + item.key)
        return item.type.rawValue.prefix(3) + "-" + hasher.hexDigits.prefix(12)
    }
}
