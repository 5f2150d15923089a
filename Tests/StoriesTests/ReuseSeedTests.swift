import Foundation
import Testing

@testable import Stories

/// End to end on the real seed articles (read from `../shared/seeds`, never copied here) against the
/// reuse pairs of the dev gold.
@Suite struct ReuseSeedTests {
    struct GoldReuse: Decodable {
        var a: String
        var b: String
        var keywords: [String]
        var kind: String
    }

    struct Gold: Decodable {
        var documents: [String: String]
        var reuse: [GoldReuse]
    }

    /// The seeds as documents with ids `000` … `004`, in file order.
    static func seeds() throws -> [ReuseDocument] {
        let folder = ReuseFixtures.shared.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        return try names.enumerated().map { order, name in
            ReuseDocument(
                id: String(name.prefix(3)),
                text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                order: order)
        }
    }

    static func gold() throws -> Gold {
        let url = ReuseFixtures.shared.appendingPathComponent("dev-gold/seeds-000-002.json")
        return try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
    }

    @Test func findsAtLeastEightyPercentOfTheGoldReuse() throws {
        let documents = try Self.seeds()
        #expect(documents.count == 5)
        let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.text) })
        let edges = ReuseDetector().edges(among: documents)
        let gold = try Self.gold()
        var found = 0
        for pair in gold.reuse {
            let keywords = pair.keywords.map(ReuseFixtures.comparable)
            let hit = edges.contains { edge in
                guard Set([edge.from, edge.to]) == Set([pair.a, pair.b]), let from = texts[edge.from],
                    let to = texts[edge.to]
                else { return false }
                return edge.passages.contains { passage in
                    let first = ReuseFixtures.comparable(ReuseFixtures.slice(from, passage.fromSpan))
                    let second = ReuseFixtures.comparable(ReuseFixtures.slice(to, passage.toSpan))
                    return keywords.allSatisfy { first.contains($0) || second.contains($0) }
                }
            }
            if hit { found += 1 }
        }
        #expect(Double(found) / Double(gold.reuse.count) >= 0.8, "found \(found) of \(gold.reuse.count)")
    }

    /// With the publication dates of the dev gold (000: 9–10 December, 001: October–November,
    /// 002: 12 December 2021), the spokesman's statements run from 001 to 000 and the adviser's post
    /// from 000 to 002.
    @Test func directionFollowsTheGoldPublicationDates() throws {
        let dates = ["000": "2021-12-09/2021-12-10", "001": "2021-10-09/2021-11-30", "002": "2021-12-12"]
        let documents = try Self.seeds().map { document in
            var document = document
            document.published = dates[document.id]
            return document
        }
        let edges = ReuseDetector().edges(among: documents)
        let directed = Set(edges.map { "\($0.from)>\($0.to)" })
        #expect(directed.isSuperset(of: ["001>000", "000>002"]))
        #expect(
            edges.filter { ["000", "001", "002"].contains($0.from) && ["000", "001", "002"].contains($0.to) }
                .allSatisfy { $0.basis == .publicationTime })
    }

    @Test func seedPairsWithoutSharedTextHaveNoEdge() throws {
        let edges = ReuseDetector().edges(among: try Self.seeds())
        let pairs = Set(edges.map { [$0.from, $0.to].sorted().joined(separator: "+") })
        #expect(pairs.contains("000+001") && pairs.contains("000+002"))
        for edge in edges {
            #expect(edge.passages.allSatisfy { $0.alignedWords >= 8 })
        }
    }
}
