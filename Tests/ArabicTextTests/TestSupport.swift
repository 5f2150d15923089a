import Foundation
import Testing

/// Where the shared, read-only project material lives: `../shared` beside the repository.
enum SharedFiles {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    /// The text of every seed article, by file name.
    static func seeds() throws -> [(name: String, text: String)] {
        let folder = root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The rows of Lucene's Arabic peer cases of one kind: (input, expected, test name, note).
    static func luceneCases(kind: String) throws -> [LuceneCase] {
        let text = try String(contentsOf: root.appendingPathComponent("peer-cases/lucene-arabic/cases.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 4, fields[0] == kind else { return nil }
            return LuceneCase(input: fields[1], expected: fields[2], name: fields[3], note: fields.count > 4 ? fields[4] : "")
        }
    }
}

struct LuceneCase: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: String
    var name: String
    var note: String
    var testDescription: String { "\(name): \(input) → \(expected)" }
}

/// A small deterministic random generator (SplitMix64), so property tests are repeatable.
struct SplitMix64: RandomNumberGenerator {
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

/// Random text drawn from the scalars that exercise normalization: letters, marks, ligatures,
/// invisible controls, digits of three scripts, every kind of white space and line break.
enum RandomText {
    static let pool: [Unicode.Scalar] = {
        var values: [UInt32] = []
        values += Array(0x0621...0x064A)  // letters
        values += Array(0x064B...0x0655) + [0x0670, 0x0640]  // marks, tatweel
        values += [0x0622, 0x0623, 0x0625, 0x0671, 0x0649, 0x0629, 0x0624, 0x0626, 0x06CC, 0x06A9, 0x06D5, 0x06A4, 0x06AF]
        values += [0xFEFB, 0xFEF5, 0xFDF2, 0xFE8D, 0xFB8E, 0xFE70, 0xFDFA]  // presentation forms
        values += [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202B, 0x2067, 0xFEFF, 0x061C, 0x00AD]
        values += Array(0x0660...0x0669) + Array(0x06F0...0x06F9) + Array(0x30...0x39)
        values += [0x20, 0x20, 0x20, 0x0A, 0x0D, 0x09, 0xA0, 0x2009, 0x2028, 0x0B]
        values += [0x41, 0x5A, 0x61, 0x7A, 0x2E, 0x2C, 0x060C, 0x061F, 0xAB, 0xBB, 0x066B, 0x066C, 0x1F600]
        return values.compactMap(Unicode.Scalar.init)
    }()

    static func make(length: Int, using generator: inout SplitMix64) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<length {
            scalars.append(pool[Int(generator.next() % UInt64(pool.count))])
        }
        return String(scalars)
    }
}

extension String {
    /// The scalars from `range` (scalar offsets) as a string.
    func scalarSlice(_ range: Range<Int>) -> String {
        let scalars = Array(unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}
