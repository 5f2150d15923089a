import ArabicText
import Foundation
import Testing
@testable import Ingest

/// The plain-text cleaner measured on our corpus of pasted article copies (`Fixtures/text`): every
/// furniture line removed, every body line kept, the headline and the dateline lifted.
@Suite struct PlainTextEvaluationTests {
    struct Gold: Decodable {
        struct Furniture: Decodable {
            var line: String
            var reason: String
        }
        var title: String?
        var dateline: String?
        var body: [String]
        var furniture: [Furniture]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/text")

    static func copies() throws -> [(name: String, text: String, gold: Gold)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent(String(name.dropLast(4)) + ".json")))
            return (name, text, gold)
        }
    }

    @Test func removesAllFurnitureAndKeepsTheBody() throws {
        var furnitureTotal = 0
        var furnitureRemoved = 0
        var bodyTotal = 0
        var bodyKept = 0
        var problems: [String] = []
        for copy in try Self.copies() {
            let result = PlainTextCleaner().clean(copy.text)
            let removed = Set(result.removed.map(\.text))
            let kept = Set(result.paragraphs)
            for furniture in copy.gold.furniture {
                furnitureTotal += 1
                if removed.contains(WhiteSpace.collapsed(furniture.line)) { furnitureRemoved += 1 } else { problems.append("\(copy.name) kept furniture: \(furniture.line)") }
            }
            for line in copy.gold.body {
                bodyTotal += 1
                if kept.contains(WhiteSpace.collapsed(line)) { bodyKept += 1 } else { problems.append("\(copy.name) lost body: \(line.prefix(60))") }
            }
            if result.title != copy.gold.title.map(WhiteSpace.collapsed) {
                problems.append("\(copy.name) title: \(result.title ?? "nil") ≠ \(copy.gold.title ?? "nil")")
            }
        }
        let removedShare = Double(furnitureRemoved) / Double(max(furnitureTotal, 1))
        let keptShare = Double(bodyKept) / Double(max(bodyTotal, 1))
        for problem in problems { print("PROBLEM", problem) }
        print("plain text: furniture removed \(furnitureRemoved)/\(furnitureTotal), body kept \(bodyKept)/\(bodyTotal)")
        #expect(removedShare == 1, "\(problems)")
        #expect(keptShare >= 0.98, "\(problems)")
    }
}
