import ArabicText
import Extraction

/// The stems of every statement of a story as sorted integer sets, interned once, so that the
/// pairwise comparisons of claim alignment and conflict detection never hash a string.
struct StemSets {
    /// For each article, for each of its statements, its stem ids in ascending order.
    let stems: [[[Int32]]]
    /// For each article, for each of its statements, its entity ids as interned integers.
    let entities: [[[Int32]]]

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

    /// Jaccard overlap of two sorted sets.
    static func jaccard(_ a: [Int32], _ b: [Int32]) -> Double {
        let shared = sharedCount(a, b)
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
