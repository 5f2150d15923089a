import Extraction

/// Aligns the claim units of a story's articles into claims: units from different articles that
/// state the same thing.
///
/// Two units are compared by the Jaccard overlap of their content stems, plus small bonuses for
/// shared entities, numbers and dates. A unit joins the most similar claim that has no unit from
/// its own article yet, at or above ``threshold``, or starts a claim of its own. Candidate claims
/// come from an inverted index over stems, so cost stays near-linear in the number of units.
struct ClaimAligner {
    /// The least similarity for a unit to join a claim.
    var threshold = 0.3

    /// A unit of one article of the story.
    struct Member: Hashable {
        var article: Int
        var unit: Int
    }

    /// The claims, each a list of members in article order.
    func align(_ articles: [AnalyzedArticle]) -> [[Member]] {
        var groups: [[Member]] = []
        var index: [String: [Int]] = [:]
        for (articleIndex, article) in articles.enumerated() {
            for (unitIndex, unit) in article.claims.enumerated() {
                var candidates = Set<Int>()
                for stem in unit.stems { candidates.formUnion(index[stem] ?? []) }
                var best: (group: Int, score: Double)?
                for candidate in candidates where !groups[candidate].contains(where: { $0.article == articleIndex }) {
                    let score = groups[candidate].map { Self.similarity(unit, articles[$0.article].claims[$0.unit]) }.max() ?? 0
                    if score >= threshold, score > best?.score ?? 0 { best = (candidate, score) }
                }
                let member = Member(article: articleIndex, unit: unitIndex)
                let target: Int
                if let best {
                    target = best.group
                    groups[target].append(member)
                } else {
                    target = groups.count
                    groups.append([member])
                }
                for stem in unit.stems where index[stem]?.last != target { index[stem, default: []].append(target) }
            }
        }
        return groups
    }

    /// How alike two units are: stem Jaccard plus bonuses for shared entities, numbers and dates.
    static func similarity(_ a: ClaimUnit, _ b: ClaimUnit) -> Double {
        let left = Set(a.stems)
        let right = Set(b.stems)
        let union = left.union(right).count
        guard union > 0 else { return 0 }
        var score = Double(left.intersection(right).count) / Double(union)
        if !Set(a.entities).isDisjoint(with: b.entities) { score += 0.05 }
        if a.numbers.contains(where: { number in b.numbers.contains { $0.value == number.value } }) { score += 0.1 }
        if !Set(a.dates).isDisjoint(with: b.dates) { score += 0.05 }
        return score
    }
}
