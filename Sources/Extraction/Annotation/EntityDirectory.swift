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
            if let existing = indexOfKey[typedKey] ?? containing(item) {
                index = existing
            } else {
                index = entities.count
                entities.append(Entity(
                    id: Self.identifier(of: item), type: item.type, name: item.name, aliases: [], roles: [], articles: []))
            }
            indexOfKey[typedKey] = index
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

    private mutating func merge(_ item: DocumentEntities.Item, into index: Int, article: String) {
        var entity = entities[index]
        for alias in item.aliases where !entity.aliases.contains(alias) { entity.aliases.append(alias) }
        for role in item.roles where !entity.roles.contains(role) { entity.roles.append(role) }
        if !entity.articles.contains(article) { entity.articles.append(article) }
        // The fullest name wins: more words, then more letters.
        if item.name.split(separator: " ").count > entity.name.split(separator: " ").count { entity.name = item.name }
        entities[index] = entity
    }

    /// The one entity whose name contains this shorter name, across the report.
    private func containing(_ item: DocumentEntities.Item) -> Int? {
        let core = item.key.split(separator: " ").map(String.init)
        let matches = indexOfKey.filter { key, _ in
            guard key.hasPrefix(item.type.rawValue + ":") else { return false }
            let other = key.dropFirst(item.type.rawValue.count + 1).split(separator: " ").map(String.init)
            switch item.type {
            case .person: return core.count == 1 && other.count >= 2 && other.last == core.first
            case .organization: return core.count < other.count && Set(core).isSubset(of: Set(other))
            case .location: return false
            }
        }
        let indexes = Set(matches.values)
        return indexes.count == 1 ? indexes.first : nil
    }

    /// A stable id: the entity type and the FNV-1a hash of its name key.
    static func identifier(of item: DocumentEntities.Item) -> String {
        var hasher = FNV1a()
        hasher.combine(item.type.rawValue + ":" + item.key)
        return item.type.rawValue.prefix(3) + "-" + hasher.hexDigits.prefix(12)
    }
}
