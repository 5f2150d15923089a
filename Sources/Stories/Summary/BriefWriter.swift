/// Writes a story's brief: at most six sentences, each citing its evidence.
///
/// Claims are ranked by how central they are (how many of the story's articles make them) and how
/// many independent sources back them; maximal marginal relevance drops a claim too close to one
/// already taken. Conflicts are stated as such, side by side, never averaged away. The sentences
/// come out in time order.
struct BriefWriter {
    /// The most sentences a brief holds.
    var length = 6
    /// The weight of relevance against novelty in maximal marginal relevance.
    var lambda = 0.7

    /// The brief of a story.
    /// - Parameters:
    ///   - claims: the story's claims, best backed first.
    ///   - units: each claim's stems (by claim id), to measure redundancy.
    ///   - texts: the wording each claim takes in the brief (by claim id; its own text where absent),
    ///     with its relative dates resolved.
    ///   - conflicts: the story's conflicts.
    ///   - order: each article's place in time order (by article id).
    func brief(
        claims: [Claim], units: [String: [Int32]], texts: [String: String] = [:], conflicts: [Conflict], order: [String: Int]
    ) -> [SummarySentence] {
        var sentences: [(sentence: SummarySentence, position: Int)] = []
        let conflictSentences = conflicts.filter { $0.kind != "inconsistency" }.prefix(2).map(Self.statement)
        let room = length - conflictSentences.count
        // Only the best-backed claims compete for the brief.
        let ranked = claims.prefix(60).map { claim in (claim, Double(claim.support.count) + 2 * Double(claim.independentSources)) }
        let best = ranked.map(\.1).max() ?? 1
        var chosen: [Claim] = []
        var remaining = ranked
        while chosen.count < room, !remaining.isEmpty {
            var pick = 0
            var pickScore = -Double.infinity
            for (index, candidate) in remaining.enumerated() {
                let relevance = candidate.1 / max(best, 1)
                let redundancy = chosen.map { Self.overlap(candidate.0, $0, units: units) }.max() ?? 0
                let score = lambda * relevance - (1 - lambda) * redundancy
                if score > pickScore {
                    pickScore = score
                    pick = index
                }
            }
            let claim = remaining.remove(at: pick).0
            if (chosen.map { Self.overlap(claim, $0, units: units) }.max() ?? 0) < 0.6 { chosen.append(claim) }
        }
        for claim in chosen {
            let position = claim.support.map { order[$0.article] ?? 0 }.min() ?? 0
            sentences.append((SummarySentence(text: texts[claim.id] ?? claim.text, citations: claim.support), position))
        }
        for statement in conflictSentences {
            let position = statement.citations.map { order[$0.article] ?? 0 }.max() ?? 0
            sentences.append((statement, position))
        }
        return sentences.sorted { $0.position < $1.position }.map(\.sentence)
    }

    /// A conflict as a sentence of the brief, quoting its first two sides (the dispute) and citing
    /// every side (the other outlets that say either).
    static func statement(of conflict: Conflict) -> SummarySentence {
        let sides = conflict.sides.prefix(2).map { "«\(Self.clipped($0.text))»" }
        let text = "تتضارب الروايات: " + sides.joined(separator: " في مقابل ")
        return SummarySentence(
            text: text,
            citations: conflict.sides.map { Citation(article: $0.article, span: $0.start..<$0.end) })
    }

    private static func clipped(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.count <= 30 ? text : words.prefix(30).joined(separator: " ") + " …"
    }

    private static func overlap(_ a: Claim, _ b: Claim, units: [String: [Int32]]) -> Double {
        guard let left = units[a.id], let right = units[b.id] else { return 0 }
        return StemSets.jaccard(left, right)
    }
}
