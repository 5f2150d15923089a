import Foundation
import Ingest

/// Generates a stream of articles with known stories, for measuring the pipeline at scale.
///
/// Each generated event takes a template event of the story corpus (`Tests/StoriesTests/Fixtures/
/// stories`, 37 invented events) and moves it to new days; each article of the event recombines the
/// template's paragraphs (shuffled, some dropped, one from a sibling article of the same event),
/// perturbs numbers, and is attributed to one of 40 outlets. The event index is the ground truth.
///
/// So that events made from one template are different news (as 37 templates repeated over thousands
/// of events would otherwise be hundreds of copies of one text), each event rewrites about two in
/// five of its template's longer words, the same way in all its articles: their inner letters turn
/// by an amount of the event's choosing. Articles of one event still copy each other; articles of two
/// events share a phrase only where neither rewrote any of its words.
/// Seeded SplitMix64: the same size gives the same stream.
struct StreamGenerator {
    struct Template {
        var event: String
        var paragraphs: [[String]]
        var titles: [String]
    }

    private var state: UInt64 = 0x1511_AD5C_A1E0_0001
    private let templates: [Template]

    init(corpus: URL) throws {
        struct Record: Decodable { var event: String; var title: String; var text: String }
        var byEvent: [String: Template] = [:]
        var order: [String] = []
        for line in try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n") {
            let record = try JSONDecoder().decode(Record.self, from: Data(line.utf8))
            if byEvent[record.event] == nil {
                byEvent[record.event] = Template(event: record.event, paragraphs: [], titles: [])
                order.append(record.event)
            }
            byEvent[record.event]?.paragraphs.append(record.text.split(separator: "\n").map(String.init))
            byEvent[record.event]?.titles.append(record.title)
        }
        templates = order.compactMap { byEvent[$0] }
    }

    /// `count` articles in events of 3 to 12 articles, spread over days, with their event numbers.
    mutating func articles(count: Int) -> [(article: Article, event: Int)] {
        var result: [(Article, Int)] = []
        result.reserveCapacity(count)
        var event = 0
        var day = 0
        while result.count < count {
            let template = templates[next(templates.count)]
            let rewriting = eventRewriting(of: template)
            let size = 3 + next(10)
            day += next(3)
            for member in 0..<size where result.count < count {
                let source = template.paragraphs[next(template.paragraphs.count)]
                var paragraphs = source.filter { _ in next(5) != 0 }
                if paragraphs.isEmpty { paragraphs = source }
                let sibling = template.paragraphs[next(template.paragraphs.count)]
                paragraphs.insert(sibling[next(sibling.count)], at: next(paragraphs.count + 1))
                if next(2) == 0 { paragraphs.shuffle(using: &self) }
                var perturbed: [String] = []
                for paragraph in paragraphs { perturbed.append(perturbNumbers(rewrite(paragraph, with: rewriting))) }
                let text = perturbed.joined(separator: "\n")
                let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: day + next(4), to: Date(timeIntervalSince1970: 1_577_836_800)) ?? Date()
                let iso = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC") ?? .current, formatOptions: [.withFullDate])
                let article = Article(
                    source: ArticleSource(input: "stream/\(event)-\(member)", outlet: "outlet-\(next(40))"),
                    title: template.titles[next(template.titles.count)] + " (\(event))",
                    published: PublicationDate(value: iso, inferred: false), text: text)
                result.append((article, event))
            }
            event += 1
        }
        return result
    }

    /// The words one event rewrites, with their new forms: a word of five letters or more, with
    /// probability 2/5, keeps its first and last letters and turns the ones between.
    private mutating func eventRewriting(of template: Template) -> [Substring: String] {
        var rewriting: [Substring: String] = [:]
        for paragraph in template.paragraphs.joined() {
            for word in paragraph.split(separator: " ") where rewriting[word] == nil {
                let letters = Array(word.unicodeScalars)
                guard letters.count >= 5, letters.allSatisfy({ $0.properties.isAlphabetic }), next(5) < 2 else { continue }
                var inner = Array(letters[1..<(letters.count - 1)])
                let turn = 1 + next(inner.count - 1)
                inner = Array(inner[turn...] + inner[..<turn])
                var scalars = String.UnicodeScalarView()
                scalars.append(letters[0])
                scalars.append(contentsOf: inner)
                scalars.append(letters[letters.count - 1])
                rewriting[word] = String(scalars)
            }
        }
        return rewriting
    }

    private func rewrite(_ paragraph: String, with rewriting: [Substring: String]) -> String {
        paragraph.split(separator: " ", omittingEmptySubsequences: false).map { rewriting[$0] ?? String($0) }
            .joined(separator: " ")
    }

    private mutating func perturbNumbers(_ paragraph: String) -> String {
        guard next(3) == 0 else { return paragraph }
        var scalars = String.UnicodeScalarView()
        for scalar in paragraph.unicodeScalars {
            if let value = scalar.properties.numericType == .decimal ? scalar.properties.numericValue : nil, next(4) == 0 {
                scalars.append(Unicode.Scalar(UInt8(48 + (Int(value) + 1) % 10)))
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private mutating func next(_ bound: Int) -> Int {
        Int(nextRaw() % UInt64(max(bound, 1)))
    }

    private mutating func nextRaw() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension StreamGenerator: RandomNumberGenerator {
    mutating func next() -> UInt64 { nextRaw() }
}
