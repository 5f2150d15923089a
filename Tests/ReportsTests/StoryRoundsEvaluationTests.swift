import ArabicText
import Foundation
import Ingest
import Stories
import Testing
@testable import IsnadCLI
@testable import Reports

/// The whole pipeline on story rounds written apart from the rules (`Fixtures/story-rounds`): each
/// round's articles are grouped into stories, copies and conflicts are found and scored against the
/// writers' gold, and its pairs go through `claims compare`. The floors sit below today's figures;
/// the fixture README gives each round's figures at first sight.
@Suite struct StoryRoundsEvaluationTests {
    struct Expected: Decodable {
        struct Dispute: Decodable {
            var a: String
            var b: String
            var kind: String?
            var a_snippet: String?
            var b_snippet: String?
        }

        var stories: [[String]]
        var copies: [[String]]
        var conflicts: [Dispute]
        var non_conflicts: [Dispute]
    }

    struct Pair: Decodable {
        var a: String
        var b: String
        var expected: String
    }

    /// What one round scores.
    struct Figures {
        var bCubedF1 = 0.0
        var copies = (found: 0, of: 0)
        var conflicts = (found: 0, of: 0)
        /// Conflicts reported between two articles the gold calls no conflict.
        var onNonConflicts = 0
        var reported = 0
        var pairs = (right: 0, of: 0)
    }

    static let folder = BrowserCheck.packageRoot.appendingPathComponent("Tests/ReportsTests/Fixtures/story-rounds")

    /// The day relative dates of the pairs count from, as `claims compare` counts them from today.
    static let pairDay = CivilDate(year: 2026, month: 11, day: 28)!

    static func figures(ofRound name: String) async throws -> Figures {
        let round = folder.appendingPathComponent(name)
        let corpus = try Data(contentsOf: round.appendingPathComponent("corpus.jsonl"))
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: round.appendingPathComponent("expected.json")))
        let result = Ingestor().articles(inBytes: Array(corpus), input: "corpus.jsonl")
        let report = await AnalysisPipeline().analyze(result.articles, rejected: result.rejected)
        // The gold names articles by the corpus's ids, the report by its own: the input's line maps them.
        let lines = String(decoding: corpus, as: UTF8.self).split(separator: "\n")
        let goldIDs = try lines.map { try JSONDecoder().decode([String: String].self, from: Data($0.utf8))["id"] ?? "" }
        var goldOf: [String: String] = [:]
        var texts: [String: String] = [:]
        for article in report.articles {
            guard let line = article.article.source.input.split(separator: ":").last.flatMap({ Int($0) }), line >= 1, line <= goldIDs.count
            else { continue }
            goldOf[article.article.id] = goldIDs[line - 1]
            texts[goldIDs[line - 1]] = article.article.text
        }
        var figures = Figures()
        let goldStory = Dictionary(expected.stories.enumerated().flatMap { index, story in story.map { ($0, index) } }) { first, _ in first }
        figures.bCubedF1 = BCubed.scores(of: report.stories.map { $0.articles.compactMap { goldOf[$0] } }, gold: goldStory).f1
        let reused = Set(report.stories.flatMap(\.reuse).compactMap { link in
            goldOf[link.from].flatMap { from in goldOf[link.to].map { Set([from, $0]) } }
        })
        figures.copies = (expected.copies.filter { reused.contains(Set($0)) }.count, expected.copies.count)
        let conflicts = report.stories.flatMap(\.conflicts).map { conflict in
            conflict.sides.compactMap { side in goldOf[side.article].map { (article: $0, text: side.text) } }
        }
        figures.reported = conflicts.count
        var matched = Set<Int>()
        for dispute in expected.conflicts {
            guard let index = conflicts.firstIndex(where: { sides in
                sides.contains { Self.cites($0, dispute.a, dispute.a_snippet) } && sides.contains { Self.cites($0, dispute.b, dispute.b_snippet) }
            }) else { continue }
            figures.conflicts.found += 1
            matched.insert(index)
        }
        figures.conflicts.of = expected.conflicts.count
        let apart = Set(expected.non_conflicts.map { Set([$0.a, $0.b]) })
        figures.onNonConflicts = conflicts.indices.filter { !matched.contains($0) && apart.contains(Set(conflicts[$0].map(\.article))) }.count
        let pairs = try String(contentsOf: round.appendingPathComponent("pairs.jsonl"), encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Pair.self, from: Data($0.utf8)) }
        figures.pairs = (pairs.filter { CompareCommand.compare($0.a, $0.b, on: pairDay).relation.rawValue == $0.expected }.count, pairs.count)
        return figures
    }

    /// Whether a conflict's side is in `article` and carries the gold's snippet of it.
    static func cites(_ side: (article: String, text: String), _ article: String, _ snippet: String?) -> Bool {
        side.article == article && (snippet.map { side.text.contains($0) } ?? true)
    }

    @Test func scoresTheStoryRounds() async throws {
        var conflicts = (found: 0, of: 0)
        var pairs = (right: 0, of: 0)
        var onNonConflicts = 0
        for name in ["round-1", "round-2", "round-3", "round-4", "round-5", "round-6", "round-7", "round-8", "round-9", "round-10", "round-11",
                     "round-12", "round-13", "round-14", "round-15", "round-16", "round-17", "round-18",
                     "round-19", "round-20", "round-21", "round-22", "round-23", "round-24", "round-25", "round-26", "round-27"] {
            let figures = try await Self.figures(ofRound: name)
            print(String(
                format: "%@: stories B-cubed F1 %.3f; copies %d/%d; conflicts %d/%d found, %d reported, %d on designed non-conflicts; pairs %d/%d",
                name, figures.bCubedF1, figures.copies.found, figures.copies.of, figures.conflicts.found, figures.conflicts.of,
                figures.reported, figures.onNonConflicts, figures.pairs.right, figures.pairs.of))
            #expect(figures.bCubedF1 >= 0.9, "\(name)")
            #expect(figures.copies.found == figures.copies.of, "\(name)")
            conflicts.found += figures.conflicts.found
            conflicts.of += figures.conflicts.of
            pairs.right += figures.pairs.right
            pairs.of += figures.pairs.of
            onNonConflicts += figures.onNonConflicts
        }
        // Held where they stand at the end of stop 39 (479 of 970 conflicts, 903 of 1 080 pairs, 26 on
        // non-conflicts; rounds 24–27 were added unread that stop), so they cannot slip.
        #expect(Double(conflicts.found) / Double(conflicts.of) >= 0.493)
        #expect(Double(pairs.right) / Double(pairs.of) >= 0.836)
        #expect(onNonConflicts <= 26)
    }
}
