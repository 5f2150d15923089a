import ArabicText
import Extraction
import Foundation

/// Turns story documents into TF-IDF vectors over light stems, entities and numbers.
///
/// - Stems of content words (function words left out) count once per occurrence, title words
///   twice; weights are sublinear (1 + ln tf) times the inverse document frequency over the batch
///   plus ``backgroundDocuments`` that contain none of its terms, so that a batch about one event does
///   not turn that event's words into stop words.
/// - Entities weigh ``entityWeight`` times an average stem: two articles naming the same people and
///   bodies are likely about the same event.
/// - Numbers of two digits or more (casualty counts, sums, scores) weigh ``numberWeight``.
/// - A settlement (a city, town or quarter; not a country) counts again as a place, `p:`, weighing
///   ``placeWeight``: where it happened tells two floods or two fires of one week apart.
/// - A day the text dates, `d:`, weighs ``dayWeight``: two fires in one city three days apart, or two
///   decisions of one ministry, are dated on different days by every article that tells of them.
struct StoryFeatures {
    static let entityWeight: Float = 2
    static let dayWeight: Float = 2
    static let numberWeight: Float = 1.5
    static let placeWeight: Float = 3
    static let titleRepeat = 2
    /// Imagined documents added to the batch for the inverse document frequency.
    static let backgroundDocuments: Float = 50

    /// Feature names by id, for explanations.
    private(set) var names: [String] = []
    /// Feature names numbered by their bytes: a name's number is its id.
    private var ids = WordIndex(capacity: 1 << 14)

    /// The vectors of documents from their ``terms(of:)``, normalized, in the same order.
    mutating func vectors(terms documents: [[(name: String, count: Int)]]) -> [FeatureVector] {
        // Each document's (feature id, count) pairs, by id, a repeated name counted once with the sum.
        let documentCounts = documents.map { terms in
            var counts = terms.map { (id: id(of: $0.name), count: $0.count) }
            counts.sort { $0.id < $1.id }
            var merged: [(id: Int32, count: Int)] = []
            merged.reserveCapacity(counts.count)
            for entry in counts {
                if merged.last?.id == entry.id { merged[merged.count - 1].count += entry.count } else { merged.append(entry) }
            }
            return merged
        }
        var documentFrequency = Array(repeating: 0, count: names.count)
        for document in documentCounts { for entry in document { documentFrequency[Int(entry.id)] += 1 } }
        let total = Float(documents.count)
        // Each feature's inverse document frequency times the weight of its kind, once per feature.
        let scale = names.indices.map { id in
            let idf = Float(log(Double(total + Self.backgroundDocuments + 1) / Double(documentFrequency[id] + 1))) + 1
            return idf * Self.kindWeight(of: names[id])
        }
        return documentCounts.map { document in
            FeatureVector(sorted: document.map { ($0.id, (1 + Float(log(Double($0.count)))) * scale[Int($0.id)]) }).normalized()
        }
    }

    /// How much a feature's kind weighs against a stem, from its name's prefix.
    private static func kindWeight(of name: String) -> Float {
        switch name.utf8.first {
        case UInt8(ascii: "e"): entityWeight
        case UInt8(ascii: "n"): numberWeight
        case UInt8(ascii: "p"): placeWeight
        case UInt8(ascii: "d"): dayWeight
        default: 1
        }
    }

    /// The features of one document with how often each occurs: `s:` stems, `e:` entity ids, `n:`
    /// numbers, stems in the order they first occur, then entities, then numbers (which numbers
    /// them, so that runs agree). Documents are independent here, so callers may work them out on
    /// several cores.
    static func terms(of document: StoryDocument) -> [(name: String, count: Int)] {
        // Stems are counted by their bytes, and named once each at the end.
        var stems = WordIndex(capacity: 256)
        var stemCounts: [Int] = []
        let stemmer = LightStemmer()
        func addStems(of text: String, times: Int) {
            var normalized = ArabicNormalizer.matching.normalizedString(text)
            normalized.withUTF8 { bytes in
                Tokenizer().forEachToken(inUTF8: bytes) { token in
                    guard token.kind == .word || token.kind == .latin else { return }
                    let word = UnsafeBufferPointer(rebasing: bytes[token.utf8Span])
                    if Stopwords.contains(utf8: word) { return }
                    let range = stemmer.stemRange(ofUTF8: word)
                    guard range.count >= 4 else { return }  // two Arabic letters or more
                    // A function word with a conjunction (وفي، فقد) stems to the function word.
                    let stem = UnsafeBufferPointer(rebasing: word[range])
                    if range.count < word.count, Stopwords.contains(utf8: stem) { return }
                    let number = stems.insert(stem)
                    if number == stemCounts.count { stemCounts.append(times) } else { stemCounts[number] += times }
                }
            }
        }
        if let title = document.title { addStems(of: title, times: Self.titleRepeat) }
        // A background paragraph recalls an earlier event the article is not about: its words would
        // tie a ministry's second decision to the story of its first.
        for paragraph in document.text.split(separator: "\n") where !Background.opens(paragraph) {
            addStems(of: String(paragraph), times: 1)
        }
        var terms = stemCounts.indices.map { (name: "s:" + stems.word($0), count: stemCounts[$0]) }
        terms += document.entities.map { (name: "e:" + $0, count: 1) }
        terms += document.places.map { (name: "p:" + $0, count: 1) }
        terms += document.days.map { (name: "d:" + $0, count: 1) }
        var numbers: [Int: Int] = [:]
        for number in document.numbers where abs(number) >= 10 {
            let value = Int(number.rounded())
            if let known = numbers[value] {
                terms[known].count += 1
            } else {
                numbers[value] = terms.count
                terms.append((name: "n:" + String(value), count: 1))
            }
        }
        return terms
    }

    private mutating func id(of name: String) -> Int32 {
        let id = ids.insert(name)
        if id == names.count { names.append(name) }
        return Int32(id)
    }
}
