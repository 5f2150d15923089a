public import Extraction
import Foundation

/// Says whether two statements make the same claim, conflict, or are unrelated, and why.
///
/// It applies the story analysis's own rules to one pair: the conflict rules of claim conflict
/// detection first (opposite poles of one predicate, a denial, incompatible counts or dates), then
/// the similarity by which claim alignment puts statements into one claim. A statement of several
/// sentences is compared sentence by sentence; any conflicting pair makes the two conflict, otherwise
/// the most similar pair decides. This is the tool to check the detector with: give it the pairs you
/// expect, read its reasons.
public struct ClaimComparer: Sendable {
    /// How two statements relate.
    public enum Relation: String, Sendable, Codable {
        case same
        case conflict
        case unrelated
    }

    /// The relation and the reason for it, in words.
    public struct Verdict: Sendable, Equatable {
        public var relation: Relation
        public var reason: String
    }

    public init() {}

    /// Compares the statements whose claim units are `a` and `b` (see `ArticleAnnotator`).
    public func compare(_ a: [ClaimUnit], _ b: [ClaimUnit]) -> Verdict {
        guard !a.isEmpty, !b.isEmpty else {
            let side = a.isEmpty ? (b.isEmpty ? "either statement" : "the first statement") : "the second statement"
            return Verdict(
                relation: .unrelated,
                reason: "no claim in \(side): a claim needs \(ClaimUnit.minimumStems) content words or more")
        }
        let groups = GluedPrepositions.resolved([a, b])
        let (a, b) = (groups[0], groups[1])
        let sets = StemSets(claims: [a, b])
        let detector = ConflictDetector()
        let threshold = ClaimAligner().threshold
        var best: (score: Double, left: Int, right: Int) = (0, 0, 0)
        for left in a.indices {
            for right in b.indices {
                let aStems = sets.stems[0][left]
                let bStems = sets.stems[1][right]
                let shared = StemSets.sharedCount(aStems, bStems)
                let overlap = Double(shared) / Double(max(1, min(aStems.count, bStems.count)))
                if let (kind, description, _) = detector.disagreement(a[left], b[right], shared: shared, overlap: overlap),
                   !detector.answeredElsewhere(kind, a[left], aStems, in: (a, sets.stems[0]), b[right], bStems, in: (b, sets.stems[1]), shared: shared) {
                    return Verdict(
                        relation: .conflict,
                        reason: "\(kind): \(description); \(Self.sharedWords(a[left], b[right]))")
                }
                let score = ClaimAligner.similarity(
                    a[left], aStems, sets.entities[0][left], b[right], bStems, sets.entities[1][right],
                    attribution: (sets.attribution[0][left], sets.attribution[1][right]), threshold: threshold)
                if score > best.score { best = (score, left, right) }
            }
        }
        let stemPart = StemSets.jaccard(sets.stems[0][best.left], sets.stems[1][best.right])
        // The score is the stems' Jaccard plus bonuses, so it can pass 1: say what made it.
        let similarity = best.score > stemPart
            ? String(format: "%.2f (stems %.2f + %.2f for shared entities, numbers or dates)", best.score, stemPart, best.score - stemPart)
            : String(format: "%.2f", best.score)
        let minimum = String(format: "%.2f", threshold)
        let words = Self.sharedWords(a[best.left], b[best.right])
        if best.score >= threshold, let (ours, theirs) = ConflictDetector.differentMeasures(a[best.left], b[best.right]) {
            return Verdict(relation: .unrelated, reason: "they measure different things (\(ours) against \(theirs)); \(words)")
        }
        if best.score >= threshold, let (ours, theirs) = SubstitutedThing.between(a[best.left], b[best.right]) {
            return Verdict(
                relation: .unrelated,
                reason: "they say the same of different things (\(ours.joined(separator: " ")) against \(theirs.joined(separator: " "))); \(words)")
        }
        if best.score >= threshold {
            let content = ClaimAligner.contentOverlap(a[best.left], b[best.right])
                .map { String(format: ", %.2f of what is said outside who says it", $0) } ?? ""
            return Verdict(relation: .same, reason: "similarity \(similarity) ≥ \(minimum)\(content); \(words)")
        }
        if ClaimAligner.datedApart(a[best.left].dates, b[best.right].dates) || best.score == 0,
           let (left, right) = Self.pair(a, b, where: { ClaimAligner.datedApart($0.dates, $1.dates) && !ConflictDetector.startAgainstDecision($0, $1) }) {
            return Verdict(
                relation: .unrelated,
                reason: "dated apart (\(left.dates.joined(separator: ", ")) against \(right.dates.joined(separator: ", "))); \(Self.sharedWords(left, right))")
        }
        if best.score == 0, let (left, right) = Self.pair(a, b, where: ClaimAligner.sportsDiffer), let ours = left.sport, let theirs = right.sport {
            return Verdict(relation: .unrelated, reason: "they tell of different sports (\(ours) against \(theirs)); \(Self.sharedWords(left, right))")
        }
        if best.score == 0, let (left, right) = Self.pair(a, b, where: HazardKinds.differ), let (ours, theirs) = HazardKinds.between(left, right) {
            return Verdict(relation: .unrelated, reason: "they tell of different kinds of event (\(ours) against \(theirs)); \(Self.sharedWords(left, right))")
        }
        if best.score == 0, let (left, right) = Self.pair(a, b, where: ClaimAligner.scopesApart) {
            return Verdict(relation: .unrelated, reason: "one speaks of the whole country, the other of a town in it; \(Self.sharedWords(left, right))")
        }
        if best.score == 0, let (left, right) = Self.pair(a, b, where: ClaimAligner.placesApart) {
            return Verdict(relation: .unrelated, reason: "set in different places; \(Self.sharedWords(left, right))")
        }
        if best.score == 0, let (left, right) = Self.pair(a, b, where: ConflictDetector.measureDifferentThings),
           let (ours, theirs) = ConflictDetector.differentMeasures(left, right) {
            return Verdict(relation: .unrelated, reason: "they measure different things (\(ours) against \(theirs)); \(Self.sharedWords(left, right))")
        }
        let sharesOnlyWhoSpeaks = { (left: ClaimUnit, right: ClaimUnit) in
            !Set(left.stems).isDisjoint(with: right.stems) && !ClaimAligner.sharesContent(left, right)
        }
        if let (left, right) = sharesOnlyWhoSpeaks(a[best.left], b[best.right])
            ? (a[best.left], b[best.right]) : best.score == 0 ? Self.pair(a, b, where: sharesOnlyWhoSpeaks) : nil {
            return Verdict(relation: .unrelated, reason: "they share only who speaks or acts, not what is said; \(Self.sharedWords(left, right))")
        }
        if ClaimAligner.countApart(a[best.left].numbers, b[best.right].numbers) {
            return Verdict(relation: .unrelated, reason: "different counts (killed, injured …); \(words)")
        }
        return Verdict(relation: .unrelated, reason: "similarity \(similarity) < \(minimum); \(words)")
    }

    /// The first pair of statements that share stems and stand in `relation`.
    private static func pair(_ a: [ClaimUnit], _ b: [ClaimUnit], where relation: (ClaimUnit, ClaimUnit) -> Bool) -> (ClaimUnit, ClaimUnit)? {
        for left in a {
            for right in b where relation(left, right) && !Set(left.stems).isDisjoint(with: right.stems) {
                return (left, right)
            }
        }
        return nil
    }

    private static func sharedWords(_ a: ClaimUnit, _ b: ClaimUnit) -> String {
        let theirs = Set(b.stems)
        let shared = a.stems.filter(theirs.contains)
        return shared.isEmpty ? "no shared stems" : "shared stems: " + shared.joined(separator: " ")
    }
}
