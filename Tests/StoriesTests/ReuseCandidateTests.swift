import Foundation
import Testing

@testable import Stories

@Suite struct ReuseCandidateTests {
    /// A generated corpus: unrelated articles, plus copies of some of them (whole or a passage inside
    /// new text).
    private static func corpus(seed: UInt64) -> (documents: [ReuseDocument], copies: Set<ReuseCandidate>) {
        var random = ReuseRandom(seed: seed)
        var texts: [String] = []
        var copies: Set<ReuseCandidate> = []
        for _ in 0..<120 {
            texts.append(
                GeneratedText.words(Int.random(in: 120...400, using: &random), using: &random).joined(separator: " "))
        }
        for source in stride(from: 0, to: 120, by: 6) {
            let words = texts[source].split(separator: " ").map(String.init)
            // A passage of 12 to 30 words inside a long new article: low Jaccard, found by the index.
            let length = Int.random(in: 12...30, using: &random)
            let start = Int.random(in: 0...(words.count - length), using: &random)
            let passage = words[start..<(start + length)].joined(separator: " ")
            let before = GeneratedText.words(300, using: &random).joined(separator: " ")
            let after = GeneratedText.words(300, using: &random).joined(separator: " ")
            copies.insert(ReuseCandidate(first: source, second: texts.count))
            texts.append(before + " " + passage + " " + after)
            // The whole article with a word changed every twenty: Jaccard about 0.6, found by the bands.
            var edited = words
            for index in stride(from: 5, to: edited.count, by: 20) { edited[index] = "تعديل" }
            copies.insert(ReuseCandidate(first: source, second: texts.count))
            texts.append(edited.joined(separator: " "))
        }
        let documents = texts.enumerated().map { ReuseDocument(id: "d\($0)", text: $1, order: $0) }
        return (documents, copies)
    }

    @Test func findsEveryCopyAndFewOtherPairs() {
        let (documents, copies) = Self.corpus(seed: 11)
        let detector = ReuseDetector()
        let candidates = detector.candidates(among: documents.map(detector.fingerprint))
        #expect(copies.isSubset(of: Set(candidates)))
        // 160 articles make 12 720 pairs; only copies and copies of one source may pair up.
        #expect(candidates.count <= copies.count + 60)
        #expect(candidates.allSatisfy { $0.first < $0.second })
    }

    @Test func bandsAloneFindNearDuplicates() {
        let (documents, copies) = Self.corpus(seed: 12)
        var configuration = ReuseConfiguration()
        configuration.minimumSharedShingles = .max
        let detector = ReuseDetector(configuration: configuration)
        let candidates = Set(detector.candidates(among: documents.map(detector.fingerprint)))
        let nearDuplicates = copies.filter { documents[$0.second].text.contains("تعديل") }
        #expect(nearDuplicates.isSubset(of: candidates))
    }

    @Test func boilerplateShinglesDoNotMakeCandidates() {
        var random = ReuseRandom(seed: 13)
        let footer = "اشترك في نشرتنا البريدية لتصلك آخر الأخبار يوميا على بريدك الإلكتروني مجانا"
        let documents = (0..<80).map { index in
            ReuseDocument(
                id: "d\(index)", text: GeneratedText.words(200, using: &random).joined(separator: " ") + " " + footer,
                order: index)
        }
        let detector = ReuseDetector()
        var configuration = ReuseConfiguration()
        configuration.maximumDocumentFrequency = 48
        #expect(
            ReuseDetector(configuration: configuration).candidates(among: documents.map(detector.fingerprint)).isEmpty)
    }

    /// The S-curve of the default banding, 1 − (1 − s³)⁴²: half of the pairs at s ≈ 0.25 become
    /// candidates.
    @Test(arguments: [(0.1, 0.0, 0.05), (0.25, 0.4, 0.6), (0.4, 0.9, 1.0), (0.6, 0.999, 1.0)])
    func bandingFollowsTheSCurve(_ similarity: Double, _ low: Double, _ high: Double) {
        let configuration = ReuseConfiguration()
        let rows = Double(configuration.rowsPerBand)
        let probability = 1 - pow(1 - pow(similarity, rows), Double(configuration.bands))
        #expect(probability >= low && probability <= high)
    }
}
