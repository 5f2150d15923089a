import ArabicText
import Foundation
import Testing
@testable import Ingest

/// Main-text extraction measured on our corpus of news pages (`Fixtures/html`): bag-of-words token
/// F1 of the extracted body against the gold body, per page, averaged over the pages.
@Suite struct MainTextEvaluationTests {
    struct Gold: Decodable {
        var title: String?
        var body: [String]
        var furniture: [String]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/html")

    static func pages() throws -> [(name: String, html: String, gold: Gold)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }.sorted()
        return try names.map { name in
            let html = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let goldURL = folder.appendingPathComponent(String(name.dropLast(5)) + ".json")
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            return (name, html, gold)
        }
    }

    /// Matching-level words of a text, as a bag.
    static func bag(_ text: String) -> [String: Int] {
        let normalized = ArabicNormalizer.matching.normalizedString(text)
        var counts: [String: Int] = [:]
        for token in Tokenizer().tokens(in: normalized) where token.kind != .punctuation && token.kind != .symbol {
            counts[String(token.text(in: normalized)), default: 0] += 1
        }
        return counts
    }

    static func f1(extracted: String, gold: String) -> (precision: Double, recall: Double, f1: Double) {
        let a = bag(extracted)
        let b = bag(gold)
        let overlap = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        let precision = a.isEmpty ? 0 : Double(overlap) / Double(a.values.reduce(0, +))
        let recall = b.isEmpty ? 0 : Double(overlap) / Double(b.values.reduce(0, +))
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }

    @Test func corpusHasAtLeastThirtyPages() throws {
        #expect(try Self.pages().count >= 30)
    }

    @Test func mainTextTokenF1IsAtLeast095() throws {
        var scores: [Double] = []
        var report: [String] = []
        for page in try Self.pages() {
            let extracted = try HTMLArticleReader().read(html: page.html, input: page.name, url: nil)
            let score = Self.f1(extracted: extracted.paragraphs.joined(separator: "\n"), gold: page.gold.body.joined(separator: "\n"))
            scores.append(score.f1)
            if score.f1 < 0.95 {
                report.append("\(page.name): P \(String(format: "%.3f", score.precision)) R \(String(format: "%.3f", score.recall))")
            }
        }
        let mean = scores.reduce(0, +) / Double(max(scores.count, 1))
        print("main-text token F1 over \(scores.count) pages: mean \(String(format: "%.4f", mean)); below 0.95: \(report)")
        #expect(mean >= 0.95, "\(report)")
    }

    @Test func furnitureNeverReachesTheBody() throws {
        var leaks: [String] = []
        for page in try Self.pages() {
            let extracted = try HTMLArticleReader().read(html: page.html, input: page.name, url: nil)
            let body = ArabicNormalizer.matching.normalizedString(extracted.paragraphs.joined(separator: "\n"))
            for furniture in page.gold.furniture where body.contains(ArabicNormalizer.matching.normalizedString(furniture)) {
                leaks.append("\(page.name): \(furniture)")
            }
        }
        #expect(leaks.isEmpty, "\(leaks)")
    }
}
