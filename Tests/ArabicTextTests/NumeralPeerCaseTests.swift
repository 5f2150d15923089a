import Foundation
import Testing

@testable import ArabicText

/// One example of the Arabic corpus of Duckling (facebook/duckling), converted to JSON Lines and kept
/// outside this repository in `../shared/peer-cases/duckling-ar/`.
struct NumeralPeerCase: Decodable, Sendable, CustomTestStringConvertible {
    struct Expected: Decodable, Sendable {
        var type: String
        var value: Double
    }

    var dim: String
    var text: String
    var expected: Expected?
    var negative: Bool?

    var testDescription: String { text }

    /// The cases of `file`, found from this source file: the package root is three levels up, and
    /// `shared` sits beside the repository folder.
    static func load(_ file: String, from sourceFile: String = #filePath) throws -> [NumeralPeerCase] {
        let root = URL(fileURLWithPath: sourceFile)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("../shared/peer-cases/duckling-ar/\(file)").standardizedFileURL
        let decoder = JSONDecoder()
        return try String(contentsOf: url, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { try decoder.decode(NumeralPeerCase.self, from: Data($0.utf8)) }
    }
}

extension NumeralParserTests {
    /// Duckling numeral cases we resolve differently, each with the reason. Empty: every case resolves.
    static let ducklingNumeralDeviations: [String: String] = [:]

    /// Duckling ordinal cases we resolve differently, each with the reason. Empty: every case resolves.
    static let ducklingOrdinalDeviations: [String: String] = [:]

    @Test func resolvesAtLeast95PercentOfDucklingNumerals() throws {
        let cases = try NumeralPeerCase.load("numeral.jsonl")
        try #require(cases.count >= 100)
        let failures = cases.filter { example in
            guard let expected = example.expected, let numeral = parser.parse(example.text) else { return true }
            return numeral.kind == .ordinal || !Self.isClose(numeral.value, expected.value)
        }
        report(
            "numeral", passed: cases.count - failures.count, of: cases.count, failures: failures,
            deviations: Self.ducklingNumeralDeviations)
        #expect(Double(cases.count - failures.count) >= 0.95 * Double(cases.count))
    }

    @Test func resolvesAtLeast95PercentOfDucklingOrdinals() throws {
        let cases = try NumeralPeerCase.load("ordinal.jsonl")
        try #require(cases.count >= 20)
        let failures = cases.filter { example in
            guard let expected = example.expected, let position = parser.ordinalValue(of: example.text) else {
                return true
            }
            return Double(position) != expected.value
        }
        report(
            "ordinal", passed: cases.count - failures.count, of: cases.count, failures: failures,
            deviations: Self.ducklingOrdinalDeviations)
        #expect(Double(cases.count - failures.count) >= 0.95 * Double(cases.count))
    }

    /// Prints the pass rate and every failing case, and records an issue for a failure that has no
    /// written justification.
    private func report(
        _ dimension: String, passed: Int, of total: Int, failures: [NumeralPeerCase], deviations: [String: String]
    ) {
        print("duckling-ar \(dimension): \(passed)/\(total)")
        for failure in failures {
            let got = parser.parse(failure.text).map { "\($0.value) (\($0.kind))" } ?? "nil"
            let reason = deviations[failure.text]
            let expected = failure.expected?.value ?? .nan
            print("  fails: \(failure.text) expected \(expected) got \(got) — \(reason ?? "UNEXPLAINED")")
            if reason == nil {
                Issue.record(
                    "duckling-ar \(dimension) case «\(failure.text)» fails without a written justification: got \(got)")
            }
        }
    }
}
