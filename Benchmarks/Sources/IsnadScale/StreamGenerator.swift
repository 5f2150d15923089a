import Foundation
import Ingest

/// Generates a stream of articles with known stories, for measuring the pipeline at scale.
///
/// Each generated event takes a template event of the story corpus (`Tests/StoriesTests/Fixtures/
/// stories`, 37 invented events) and moves it to new days; each article of the event recombines the
/// template's paragraphs (shuffled, some dropped, one from a sibling article of the same event),
/// perturbs numbers, and is attributed to one of 40 outlets. The event index is the ground truth.
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
                for paragraph in paragraphs { perturbed.append(perturbNumbers(paragraph)) }
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
