import ArabicText
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
struct StoryFeatures {
    static let entityWeight: Float = 2
    static let numberWeight: Float = 1.5
    static let titleRepeat = 2
    /// Imagined documents added to the batch for the inverse document frequency.
    static let backgroundDocuments: Float = 50

    /// Feature names by id, for explanations.
    private(set) var names: [String] = []
    private var ids: [String: Int32] = [:]

    /// The vectors of documents from their ``terms(of:)``, normalized, in the same order.
    mutating func vectors(terms documents: [[(name: String, count: Int)]]) -> [FeatureVector] {
        let documentCounts = documents.map { terms in
            var counts: [Int32: Int] = [:]
            counts.reserveCapacity(terms.count)
            for (name, count) in terms { counts[id(of: name), default: 0] += count }
            return counts
        }
        var documentFrequency = Array(repeating: 0, count: names.count)
        for document in documentCounts { for id in document.keys { documentFrequency[Int(id)] += 1 } }
        let total = Float(documents.count)
        return documentCounts.map { document in
            var weighted: [Int32: Float] = [:]
            for (id, count) in document {
                let idf = Float(log(Double(total + Self.backgroundDocuments + 1) / Double(documentFrequency[Int(id)] + 1))) + 1
                var weight = (1 + Float(log(Double(count)))) * idf
                if names[Int(id)].hasPrefix("e:") { weight *= Self.entityWeight }
                if names[Int(id)].hasPrefix("n:") { weight *= Self.numberWeight }
                weighted[id] = weight
            }
            return FeatureVector(weighted).normalized()
        }
    }

    /// The features of one document with how often each occurs: `s:` stems, `e:` entity ids, `n:`
    /// numbers, in the order they first occur (which numbers them, so that runs agree). Documents
    /// are independent here, so callers may work them out on several cores.
    static func terms(of document: StoryDocument) -> [(name: String, count: Int)] {
        var terms: [(name: String, count: Int)] = []
        var position: [String: Int] = [:]
        func add(_ name: String, _ times: Int) {
            if let known = position[name] {
                terms[known].count += times
            } else {
                position[name] = terms.count
                terms.append((name, times))
            }
        }
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
                    let stem = String(decoding: UnsafeBufferPointer(rebasing: word[range]), as: UTF8.self)
                    add("s:" + stem, times)
                }
            }
        }
        if let title = document.title { addStems(of: title, times: Self.titleRepeat) }
        addStems(of: document.text, times: 1)
        for entity in document.entities { add("e:" + entity, 1) }
        for number in document.numbers where abs(number) >= 10 { add("n:" + String(Int(number.rounded())), 1) }
        return terms
    }

    private mutating func id(of name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }
}
