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
        func intern(_ values: [String]) -> [Int32] {
            var result = values.map { Int32(ids.insert($0)) }
            result.sort()
            var unique = 0
            for value in result where unique == 0 || result[unique - 1] != value {
                result[unique] = value
                unique += 1
            }
            result.removeLast(result.count - unique)
            return result
        }
        stems = groups.map { $0.map { intern($0.stems) } }
        attribution = groups.map { $0.map { intern($0.attributionStems) } }
        entities = groups.map { $0.map { intern($0.entities.map { "e:" + $0 }) } }
        singulars = groups.map { $0.map { unit in
            intern(unit.stems.compactMap { stem in
                let singular = ClaimUnit.singular(ofStem: stem)
                return singular == stem ? nil : singular
            })
        } }
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
