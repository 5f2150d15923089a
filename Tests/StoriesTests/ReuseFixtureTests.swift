import ArabicText
import Foundation
import Testing

@testable import Stories

/// Test material: the Arabic fixtures written for reuse detection, the shared seed articles and dev
/// gold, and helpers to read spans.
enum ReuseFixtures {
    /// `Tests/StoriesTests`.
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// `../shared` beside the package root.
    static let shared = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// A fixture of `Fixtures/reuse` by name, without the `.txt` extension.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: testsFolder.appendingPathComponent("Fixtures/reuse/\(name).txt"), encoding: .utf8)
    }

    /// The names of all reuse fixtures.
    static let names = ["agency", "longer", "near-verbatim", "paraphrase", "unrelated-a", "unrelated-b", "attributed"]

    /// The text of a scalar span of `text`.
    static func slice(_ text: String, _ span: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        let lower = min(max(0, span.lowerBound), scalars.count)
        let upper = min(max(lower, span.upperBound), scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The scalar span of the first occurrence of `part` in `text`.
    static func span(of part: String, in text: String) -> Range<Int>? {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(part.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        for start in 0...(scalars.count - needle.count)
        where scalars[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }

    /// `text` in the form the reuse scorer compares: matching normalization, words joined by single
    /// spaces, punctuation gone, and one spelling of أميركي.
    static func comparable(_ text: String) -> String {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        let normalized = ArabicNormalizer.matching.normalizedString(text)
        for scalar in normalized.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words.joined(separator: " ").replacingOccurrences(of: "اميركي", with: "امريكي")
    }
}

/// A small deterministic random generator (SplitMix64), so generated corpora repeat.
struct ReuseRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generated Arabic-looking text: words of three to six letters drawn from the Arabic block.
enum GeneratedText {
    static let letters: [Unicode.Scalar] =
        Array(0x0628...0x063A).compactMap(Unicode.Scalar.init)
        + Array(0x0641...0x064A).compactMap(Unicode.Scalar.init)

    /// `count` random words.
    static func words(_ count: Int, using random: inout ReuseRandom) -> [String] {
        (0..<count).map { _ in
            var word = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 3...6, using: &random) {
                word.append(letters[Int.random(in: 0..<letters.count, using: &random)])
            }
            return String(word)
        }
    }
}

@Suite struct ReuseFixtureTests {
    @Test(arguments: ReuseFixtures.names)
    func fixtureIsReadableArabicText(_ name: String) throws {
        let text = try ReuseFixtures.text(name)
        #expect(text.unicodeScalars.count > 200)
        #expect(Shingler().hashes(in: text).count > 20)
    }

    @Test func comparableFormFoldsSpellingAndPunctuation() {
        #expect(ReuseFixtures.comparable("«أنهينا جولةَ الحوار» الأميركي،") == "انهينا جوله الحوار الامريكي")
    }
}
