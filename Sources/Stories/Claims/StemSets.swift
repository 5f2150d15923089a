import ArabicText
import Extraction

/// The stems of every statement of a story as sorted integer sets, interned once, so that the
/// pairwise comparisons of claim alignment and conflict detection never hash a string.
struct StemSets {
    /// For each article, for each of its statements, its stem ids in ascending order.
    let stems: [[[Int32]]]
    /// For each article, for each of its statements, its entity ids as interned integers.
    let entities: [[[Int32]]]
    /// For each article, for each of its statements, the ids of its stems of who speaks or acts
    /// (see ``ClaimUnit/attributionStems``), in ascending order.
    let attribution: [[[Int32]]]
    /// For each article, for each of its statements, the ids of the singulars of its stems that are
    /// plurals of counted nouns (see ``ClaimUnit/singular(ofStem:)``), which pair a statement of
    /// «الرهائن» with one of «رهينة» as candidates for a dispute.
    let singulars: [[[Int32]]]

    init(_ articles: [AnalyzedArticle]) {
        self.init(claims: articles.map(\.claims))
    }

    /// The sets of groups of statements (one group per article).
    init(claims groups: [[ClaimUnit]]) {
        // Numbered by their bytes; stems and entity ids are distinct by the entities' prefix.
        var ids = WordIndex(capacity: 1 << 10)
        func sortedUnique(_ values: [Int32]) -> [Int32] {
            var result = values
            result.sort()
            var unique = 0
            for value in result where unique == 0 || result[unique - 1] != value {
                result[unique] = value
                unique += 1
            }
            result.removeLast(result.count - unique)
            return result
        }
        func intern(_ values: [String]) -> [Int32] {
            sortedUnique(values.map { Int32(ids.insert($0)) })
        }
        // The singular of each stem id, looked up once per distinct stem: `unknown` until then, -1
        // where the stem is its own.
        let unknown = Int32.min
        var singularOfID: [Int32] = []
        var stemSets: [[[Int32]]] = []
        var singularSets: [[[Int32]]] = []
        for group in groups {
            var stemsOfGroup: [[Int32]] = []
            var singularsOfGroup: [[Int32]] = []
            for unit in group {
                var unitStems: [Int32] = []
                var unitSingulars: [Int32] = []
                for stem in unit.stems {
                    let id = ids.insert(stem)
                    unitStems.append(Int32(id))
                    if singularOfID.count <= id { singularOfID += repeatElement(unknown, count: id + 1 - singularOfID.count) }
                    if singularOfID[id] == unknown {
                        let singular = ClaimUnit.singular(ofStem: stem)
                        singularOfID[id] = singular == stem ? -1 : Int32(ids.insert(singular))
                    }
                    if singularOfID[id] >= 0 { unitSingulars.append(singularOfID[id]) }
                }
                stemsOfGroup.append(sortedUnique(unitStems))
                singularsOfGroup.append(sortedUnique(unitSingulars))
            }
            stemSets.append(stemsOfGroup)
            singularSets.append(singularsOfGroup)
        }
        stems = stemSets
        singulars = singularSets
        attribution = groups.map { $0.map { intern($0.attributionStems) } }
        entities = groups.map { $0.map { intern($0.entities.map { "e:" + $0 }) } }
    }

    /// The number of values two sorted sets share.
    static func sharedCount(_ a: [Int32], _ b: [Int32]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                count += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    /// The numbers of values two sorted sets share and hold together, leaving out the values of a
    /// third sorted set.
    static func sharedAndUnion(_ a: [Int32], _ b: [Int32], without excluded: [Int32]) -> (shared: Int, union: Int) {
        var i = 0
        var j = 0
        var k = 0
        var shared = 0
        var union = 0
        func isExcluded(_ value: Int32) -> Bool {
            while k < excluded.count, excluded[k] < value { k += 1 }
            return k < excluded.count && excluded[k] == value
        }
        while i < a.count || j < b.count {
            let value: Int32
            var both = false
            if j >= b.count || i < a.count && a[i] < b[j] {
                value = a[i]
                i += 1
            } else if i >= a.count || b[j] < a[i] {
                value = b[j]
                j += 1
            } else {
                value = a[i]
                both = true
                i += 1
                j += 1
            }
            guard !isExcluded(value) else { continue }
            union += 1
            if both { shared += 1 }
        }
        return (shared, union)
    }

    /// Jaccard overlap of two sorted sets.
    static func jaccard(_ a: [Int32], _ b: [Int32]) -> Double {
        let shared = sharedCount(a, b)
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
