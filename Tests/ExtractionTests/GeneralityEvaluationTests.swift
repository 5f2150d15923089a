import ArabicText
import Foundation
import Testing
@testable import Extraction

/// Extraction measured on our 50 passages in Gulf, Levantine, Egyptian, Iraqi and Maghrebi styles
/// (`Fixtures/generality`), about events other than the seeds'.
@Suite struct GeneralityEvaluationTests {
    struct Passage: Decodable {
        struct GoldEntity: Decodable {
            var name: String
            var type: String
            var aliases: [String]
            /// Other types the gold accepts (a hospital or a prison as a place or as a body).
            var alt_types: [String]?
        }
        struct GoldTimex: Decodable { var text: String; var value: String; var mismatch: Bool? }
        struct GoldQuantity: Decodable { var text: String; var value: Double }
        struct GoldQuote: Decodable { var snippet: String; var speaker: String?; var direct: Bool }
        var id: String
        var published: String
        var text: String
        var entities: [GoldEntity]
        var timexes: [GoldTimex]
        var quantities: [GoldQuantity]
        var quotes: [GoldQuote]
        struct Ignore: Decodable { var timexes: [String]? }
        var ignore: Ignore?
        var entities_ok: [String]?
    }

    static func passages(file: String = "passages.jsonl") throws -> [Passage] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/generality/" + file)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Passage.self, from: Data($0.utf8))
        }
    }

    /// Text compared as the scorer of the seeds compares it: matching level, punctuation and
    /// underscores as spaces.
    static func norm(_ text: String) -> String {
        let folded = ArabicNormalizer.matching.normalizedString(text)
        let spaced = String(String.UnicodeScalarView(folded.unicodeScalars.map { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? scalar : " "
        }))
        return spaced.split(separator: " ").joined(separator: " ").replacing("اميركي", with: "امريكي")
    }

    struct Score: CustomStringConvertible {
        var found = 0
        var total = 0
        var misses: [String] = []
        var ratio: Double { total == 0 ? 1 : Double(found) / Double(total) }
        var description: String { "\(found)/\(total) = \(String(format: "%.3f", ratio))" }
        mutating func count(_ hit: Bool, _ miss: @autoclosure () -> String) {
            total += 1
            if hit { found += 1 } else { misses.append(miss()) }
        }
    }

    /// Scores the annotations of `passages` against their gold.
    static func measure(_ passages: [Passage], name: String) -> Measures {
        var timexRecall = Score()
        var timexPrecision = Score()
        var entityRecall = Score()
        var entityPrecision = Score()
        var quantityRecall = Score()
        var quoteRecall = Score()
        var quoteSpeaker = Score()
        for passage in passages {
            let published = CivilDate(passage.published)
            let annotations = ArticleAnnotator().annotate(text: passage.text, articleID: passage.id, outlet: nil, published: published.map { $0...$0 })
            // Time expressions.
            for gold in passage.timexes {
                let goldText = Self.norm(gold.text)
                let hit = annotations.timexes.contains { timex in
                    let text = Self.norm(timex.text)
                    return (text.contains(goldText) || goldText.contains(text)) && (timex.value ?? "").hasPrefix(gold.value)
                }
                timexRecall.count(hit, "\(passage.id): \(gold.text) = \(gold.value); found \(annotations.timexes.map { "\($0.text)=\($0.value ?? "-")" })")
            }
            let ignored = (passage.ignore?.timexes ?? []).map(Self.norm)
            for timex in annotations.timexes {
                let text = Self.norm(timex.text)
                let matches = passage.timexes.contains { Self.norm($0.text).contains(text) || text.contains(Self.norm($0.text)) }
                    || ignored.contains { $0.contains(text) || text.contains($0) }
                timexPrecision.count(matches, "\(passage.id): spurious \(timex.text)")
            }
            // Entities.
            let found = annotations.entities.map { item in (item.type.rawValue, Set(([item.name] + item.aliases).map(Self.norm))) }
            var goldForms = Set((passage.entities_ok ?? []).map(Self.norm))
            for gold in passage.entities {
                let forms = Set(([gold.name] + gold.aliases).map(Self.norm))
                goldForms.formUnion(forms)
                let types = [gold.type] + (gold.alt_types ?? [])
                let hit = found.contains { types.contains($0.0) && !$0.1.isDisjoint(with: forms) }
                entityRecall.count(hit, "\(passage.id): \(gold.type) \(gold.name)")
            }
            for item in found {
                entityPrecision.count(!item.1.isDisjoint(with: goldForms), "\(passage.id): spurious \(item.0) \(item.1.sorted())")
            }
            // Quantities.
            for gold in passage.quantities {
                let goldText = Self.norm(gold.text)
                let hit = annotations.quantities.contains { quantity in
                    let text = Self.norm(quantity.text)
                    return (text.contains(goldText) || goldText.contains(text) || !Set(text.split(separator: " ")).isDisjoint(with: goldText.split(separator: " ")))
                        && abs(quantity.value - gold.value) <= max(0.001, abs(gold.value) * 0.001)
                }
                quantityRecall.count(hit, "\(passage.id): \(gold.text) = \(gold.value)")
            }
            // Quotations and speakers.
            for gold in passage.quotes {
                let snippet = Self.norm(gold.snippet)
                guard let quote = annotations.quotes.first(where: { Self.norm($0.text).contains(snippet) }) else {
                    quoteRecall.count(false, "\(passage.id): «\(gold.snippet)»")
                    quoteSpeaker.count(false, "\(passage.id): no quote for «\(gold.snippet)»")
                    continue
                }
                quoteRecall.count(true, "")
                let goldEntity = passage.entities.first { $0.name == gold.speaker }
                let goldSpeakerForms = Set(([gold.speaker ?? ""] + (goldEntity?.aliases ?? [])).map(Self.norm))
                let speakerItem = quote.speaker.flatMap { Int($0.dropFirst()) }.map { annotations.entities[$0] }
                let speakerForms = Set(([speakerItem?.name, quote.speakerText].compactMap { $0 } + (speakerItem?.aliases ?? [])).map(Self.norm))
                let right = gold.speaker == nil ? quote.speaker == nil : !speakerForms.isDisjoint(with: goldSpeakerForms)
                quoteSpeaker.count(right, "\(passage.id): «\(gold.snippet)» by \(gold.speaker ?? "nobody"), found \(quote.speakerText ?? "nobody")")
            }
        }
        let report = [
            "timex recall \(timexRecall)", "timex precision \(timexPrecision)", "entity recall \(entityRecall)",
            "entity precision \(entityPrecision)", "quantity recall \(quantityRecall)", "quote recall \(quoteRecall)",
            "quote speaker \(quoteSpeaker)",
        ]
        print("\(name): " + report.joined(separator: "; "))
        // `ISNAD_MISSES=1` prints the misses; `ISNAD_MISSES=/path` writes each measure's to a file of its
        // own (`/path-held-out`, `/path-new-round`), whole, which the test runner's output cannot cut into.
        if let destination = ProcessInfo.processInfo.environment["ISNAD_MISSES"] {
            let scores = [timexRecall, timexPrecision, entityRecall, entityPrecision, quantityRecall, quoteRecall, quoteSpeaker]
            let lines = scores.flatMap(\.misses).map { "MISS \($0)" }
            if destination.hasPrefix("/") {
                let path = destination + "-" + name.replacingOccurrences(of: " ", with: "-")
                try? (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            } else {
                print(lines.joined(separator: "\n"))
            }
        }
        return Measures(
            timexRecall: timexRecall, timexPrecision: timexPrecision, entityRecall: entityRecall, entityPrecision: entityPrecision,
            quantityRecall: quantityRecall, quoteRecall: quoteRecall, quoteSpeaker: quoteSpeaker)
    }

    struct Measures {
        var timexRecall, timexPrecision, entityRecall, entityPrecision, quantityRecall, quoteRecall, quoteSpeaker: Score
    }

    @Test func measuresEveryAnnotationKind() throws {
        let measures = Self.measure(try Self.passages(), name: "generality")
        #expect(measures.timexRecall.ratio >= 0.85)
        #expect(measures.timexPrecision.ratio >= 0.85)
        #expect(measures.quoteRecall.ratio >= 0.8)
    }

    /// One thousand three hundred and sixty articles written by other members of the team in eighty-six rounds, each
    /// measured on first sight before any rule looked at it and then searched for general rules (`heldout.jsonl`,
    /// from round 36 on `heldout-2.jsonl`, from round 57 on `heldout-3.jsonl`, from round 75 on
    /// `heldout-4.jsonl` and from round 94 on `heldout-5.jsonl`, so that no fixture file passes 2 MB;
    /// the fixture README gives the first-sight figures). No longer held out, they guard against
    /// rules that break on copy the passages above do not cover; the floors sit below today's figures.
    /// `ISNAD_NEW_ROUND=FILE` also prints the figures of a new round in the same format before it
    /// joins the fixture (its first sight), without holding it to the floors.
    @Test func measuresTheHeldOutArticles() throws {
        if let path = ProcessInfo.processInfo.environment["ISNAD_NEW_ROUND"] {
            let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            _ = Self.measure(try rows.map { try JSONDecoder().decode(Passage.self, from: Data($0.utf8)) }, name: "new round")
        }
        let files = ["heldout.jsonl", "heldout-2.jsonl", "heldout-3.jsonl", "heldout-4.jsonl", "heldout-5.jsonl"]
        let measures = Self.measure(try files.flatMap { try Self.passages(file: $0) }, name: "held out")
        #expect(measures.entityRecall.ratio >= 0.8)
        #expect(measures.entityPrecision.ratio >= 0.9)
        #expect(measures.timexRecall.ratio >= 0.9)
        #expect(measures.timexPrecision.ratio >= 0.9)
        #expect(measures.quantityRecall.ratio >= 0.9)
        #expect(measures.quoteRecall.ratio >= 0.95)
        #expect(measures.quoteSpeaker.ratio >= 0.9)
    }
}

/// Texts of every shape go through the annotator without a crash: names, roles and organizations
/// at the very end of a text, marks alone, quotation marks left open.
@Suite struct ArticleAnnotatorRobustnessTests {
    @Test(arguments: [
        "", " ", "«", "قال", "الرئيس", "قال الرئيس", "وزارة", "وزارة الصحة", "قاسم", "قاسم الأعرجي",
        "قال وزير الخارجية", "أعلن المتحدث باسم", "— قاسم (@q", "وقال «", "الحلواني:", "#يحيى_رسول",
        "مستشار الأمن القومي العراقي قاسم", "في بغداد", "اللواء",
    ])
    func annotatesShortAndCutTexts(_ text: String) {
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        let count = text.unicodeScalars.count
        #expect(annotations.mentions.allSatisfy { $0.span.upperBound <= count })
        #expect(annotations.quotes.allSatisfy { $0.span.upperBound <= count })
    }

    @Test func annotatesRandomCutsOfAPassage() throws {
        let passage = try #require(try GeneralityEvaluationTests.passages().first).text
        let scalars = Array(passage.unicodeScalars)
        for end in stride(from: 0, through: scalars.count, by: 7) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<end])
            _ = ArticleAnnotator().annotate(text: String(view), articleID: "t", outlet: nil, published: nil)
        }
    }
}
