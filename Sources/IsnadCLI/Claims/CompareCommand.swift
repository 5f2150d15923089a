import ArabicText
import ArgumentParser
import Extraction
import Foundation
import Stories

/// `isnad claims compare`: whether two statements are the same claim, conflict, or are unrelated,
/// and why; one pair from the arguments or many from JSON Lines.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Says whether two statements are the same claim, conflict, or are unrelated, and why.",
        discussion: """
            With two statements, prints the relation (same, conflict or unrelated) and the reason. \
            With --jsonl, reads objects with the fields "a" and "b" and writes each back with "relation" \
            and "reason" added; a line that is not such an object is reported on standard error with its \
            number, and the others go on. Relative and yearless dates in both statements («أمس»، «في 20 \
            أكتوبر») are read against --published, or today, so that they compare.
            """)

    @Option(name: .customLong("published"), help: "The day both statements count dates from (YYYY-MM-DD); today by default.")
    var published: String?

    @Option(name: .customLong("jsonl"), help: "A JSON Lines file of pairs to compare; '-' reads standard input.")
    var pairs: String?

    @Argument(help: "The two statements, when --jsonl is not given.")
    var statements: [String] = []

    func validate() throws {
        if pairs == nil, statements.count != 2 {
            throw ValidationError("give two statements, or --jsonl FILE with objects {\"a\": …, \"b\": …}.")
        }
        if pairs != nil, !statements.isEmpty {
            throw ValidationError("give either two statements or --jsonl, not both.")
        }
        if let published, CivilDate(option: published) == nil {
            throw ValidationError("--published takes a day as YYYY-MM-DD, not «\(published)».")
        }
    }

    /// The day the statements' dates count from.
    private var anchor: CivilDate {
        published.flatMap { CivilDate(option: $0) } ?? CivilDate.today
    }

    func run() throws {
        var streams = StandardStreams()
        guard let pairs else {
            let verdict = Self.compare(statements[0], statements[1], on: anchor)
            streams.writeLine("\(verdict.relation.rawValue): \(verdict.reason)")
            streams.flush()
            return
        }
        let file: InputFile
        do {
            file = try InputFile(name: pairs)
        } catch {
            StandardStreams.report(error.description)
            throw ExitCode(2)
        }
        var rejected = 0
        for line in file where !line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            do {
                streams.writeLine(try Self.answer(line.bytes, on: anchor))
            } catch {
                rejected += 1
                StandardStreams.report("\(pairs):\(line.number): \(error.reason)")
            }
        }
        streams.flush()
        if rejected > 0 { throw ExitCode(1) }
    }

    /// The claim units of both statements, with their dates read against `day`, compared.
    static func compare(_ a: String, _ b: String, on day: CivilDate) -> ClaimComparer.Verdict {
        let annotator = ArticleAnnotator()
        let left = annotator.annotate(text: a, articleID: "a", outlet: nil, published: day...day).claimsWithEntityKeys
        let right = annotator.annotate(text: b, articleID: "b", outlet: nil, published: day...day).claimsWithEntityKeys
        return ClaimComparer().compare(left, right)
    }

    /// The input object with `relation` and `reason` added, as one line of JSON.
    static func answer(_ bytes: [UInt8], on day: CivilDate) throws(PairError) -> String {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(bytes)) else {
            throw PairError(reason: "not JSON")
        }
        guard var object = parsed as? [String: Any] else { throw PairError(reason: "not a JSON object") }
        guard let a = object["a"] as? String, let b = object["b"] as? String else {
            throw PairError(reason: "needs the text fields \"a\" and \"b\"")
        }
        let verdict = compare(a, b, on: day)
        object["relation"] = verdict.relation.rawValue
        object["reason"] = verdict.reason
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { throw PairError(reason: "cannot be written back as JSON") }
        return String(decoding: data, as: UTF8.self)
    }

    /// Why one line of pairs was not compared.
    struct PairError: Error {
        var reason: String
    }
}
