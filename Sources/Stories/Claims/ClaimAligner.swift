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
    /// Stems in more claims than this are too common to find candidates by (they still count in
    /// the similarity); this keeps alignment near-linear in large stories.
    var commonStemLimit = 48

    /// A unit of one article of the story.
    struct Member: Hashable {
        var article: Int
        var unit: Int
    }

    /// The claims, each a list of members in article order.
    func align(_ articles: [AnalyzedArticle], sets: StemSets) -> [[Member]] {
        var groups: [[Member]] = []
        var index: [Int32: [Int]] = [:]
        for (articleIndex, article) in articles.enumerated() {
            for unitIndex in article.claims.indices {
                let stems = sets.stems[articleIndex][unitIndex]
                var candidates = Set<Int>()
                for stem in stems {
                    guard let groups = index[stem], groups.count <= commonStemLimit else { continue }
                    candidates.formUnion(groups)
                }
                var best: (group: Int, score: Double)?
                for candidate in candidates where !groups[candidate].contains(where: { $0.article == articleIndex }) {
                    let score = groups[candidate].map { member in
                        Self.similarity(
                            articles[articleIndex].claims[unitIndex], stems, sets.entities[articleIndex][unitIndex],
                            articles[member.article].claims[member.unit], sets.stems[member.article][member.unit],
                            sets.entities[member.article][member.unit])
                    }.max() ?? 0
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
                for stem in stems where index[stem]?.last != target { index[stem, default: []].append(target) }
            }
        }
        return groups
    }

    /// How alike two units are: stem Jaccard plus bonuses for shared entities, numbers and dates.
    static func similarity(
        _ a: ClaimUnit, _ aStems: [Int32], _ aEntities: [Int32], _ b: ClaimUnit, _ bStems: [Int32], _ bEntities: [Int32]
    ) -> Double {
        var score = StemSets.jaccard(aStems, bStems)
        guard score > 0 else { return 0 }
        if StemSets.sharedCount(aEntities, bEntities) > 0 { score += 0.05 }
        if a.numbers.contains(where: { number in b.numbers.contains { $0.value == number.value } }) { score += 0.1 }
        if a.dates.contains(where: b.dates.contains) { score += 0.05 }
        return score
    }
}
