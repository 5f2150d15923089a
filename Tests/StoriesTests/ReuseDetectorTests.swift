import ArabicText
import Foundation
import Testing

@testable import Stories

@Suite struct ReuseDetectorTests {
    private func document(_ name: String, order: Int, outlet: String? = nil, published: String? = nil) throws
        -> ReuseDocument
    {
        ReuseDocument(id: name, text: try ReuseFixtures.text(name), outlet: outlet, published: published, order: order)
    }

    private func edge(_ first: String, _ second: String) throws -> ReuseEdge? {
        let detector = ReuseDetector()
        return detector.edge(
            between: detector.fingerprint(try document(first, order: 0)),
            and: detector.fingerprint(try document(second, order: 1)))
    }

    @Test func findsAnAgencyStoryCopiedVerbatimIntoALongerArticle() throws {
        let found = try #require(try edge("agency", "longer"))
        let agency = try ReuseFixtures.text("agency")
        let longer = try ReuseFixtures.text("longer")
        #expect(found.passages.count == 1)
        let passage = try #require(found.passages.first)
        #expect(passage.kind == .verbatim)
        #expect(passage.similarity == 1)
        #expect(found.from == "agency" && found.to == "longer" && found.basis == .inputOrder && !found.isDirectionKnown)
        // The whole agency text, from its first word to its last, and the same words in the longer article.
        let body = agency.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(ReuseFixtures.slice(agency, passage.fromSpan) == String(body.dropLast()))
        #expect(ReuseFixtures.slice(longer, passage.toSpan) == String(body.dropLast()))
        #expect(passage.toSpan == ReuseFixtures.span(of: String(body.dropLast()), in: longer))
    }

    @Test(arguments: [
        ("2024-03-01", "2024-03-20", true), ("2024-03-01", "2024-05-20", false), ("2024-03-01", nil, true),
        ("2024-03", "2024-04-25", true),
    ] as [(String, String?, Bool)])
    func alignsOnlyArticlesPublishedWithinTheWindow(_ first: String, _ second: String?, _ aligned: Bool) throws {
        let documents = [
            try document("agency", order: 0, published: first), try document("longer", order: 1, published: second),
        ]
        #expect(ReuseDetector().edges(among: documents).count == (aligned ? 1 : 0))
        var unlimited = ReuseConfiguration()
        unlimited.maximumDaysApart = nil
        #expect(ReuseDetector(configuration: unlimited).edges(among: documents).count == 1)
    }

    @Test func findsANearVerbatimCopyAroundAnAddedSentence() throws {
        let found = try #require(try edge("agency", "near-verbatim"))
        let near = try ReuseFixtures.text("near-verbatim")
        #expect(found.passages.count == 2)
        #expect(found.passages.allSatisfy { $0.kind == .nearVerbatim })
        #expect(found.passages.allSatisfy { $0.similarity >= 0.85 && $0.similarity < 0.95 })
        let added = try #require(ReuseFixtures.span(of: "ويعدّ سد الموصل من أكبر السدود", in: near))
        #expect(found.passages.allSatisfy { !$0.toSpan.overlaps(added) })
        let copied = found.passages.map { ReuseFixtures.slice(near, $0.toSpan) }
        #expect(copied.first?.hasPrefix("أعلنت وزارة الموارد المائية يوم الثلاثاء") == true)
        // The different hamza seat (المسئولين for المسؤولين) still aligns.
        #expect(copied.last?.hasSuffix("والرجوع الى المسئولين في الوزارة") == true)
    }

    @Test func findsAParaphraseAnchoredByKeptPhrases() throws {
        let found = try #require(try edge("agency", "paraphrase"))
        let paraphrase = try ReuseFixtures.text("paraphrase")
        #expect(found.passages.count == 1)
        let passage = try #require(found.passages.first)
        #expect(passage.kind == .paraphrase)
        #expect(passage.similarity >= 0.4 && passage.similarity < 0.7)
        let copied = ReuseFixtures.slice(paraphrase, passage.toSpan)
        #expect(copied.hasPrefix("مع ثلاث شركات محلية وأجنبية"))
        #expect(copied.hasSuffix("فرقاً هندسية ستراقب السد"))
    }

    @Test func doesNotAlignUnrelatedArticlesOnTheSameTopic() throws {
        // Both say «وقال المتحدث باسم وزارة الخارجية أحمد الصحاف» and «وزارة الخارجية في بيان»: phrases,
        // not a passage.
        #expect(try edge("unrelated-a", "unrelated-b") == nil)
        #expect(try edge("agency", "unrelated-a") == nil)
    }

    @Test func findsEveryCopyAmongSeveralArticles() throws {
        let names = ["unrelated-a", "agency", "longer", "near-verbatim", "paraphrase", "unrelated-b", "attributed"]
        let documents = try names.enumerated().map { try document($1, order: $0) }
        let edges = ReuseDetector().edges(among: documents)
        let pairs = Set(edges.map { [$0.from, $0.to].sorted().joined(separator: "+") })
        for copy in ["longer", "near-verbatim", "paraphrase", "attributed"] {
            #expect(pairs.contains(["agency", copy].sorted().joined(separator: "+")), "agency and \(copy)")
        }
        #expect(!pairs.contains { $0.contains("unrelated") })
    }

    @Test func returnsNothingForFewerThanTwoArticles() throws {
        #expect(ReuseDetector().edges(among: [try document("agency", order: 0)]).isEmpty)
        #expect(ReuseDetector().edges(among: [ReuseDocument]()).isEmpty)
    }

    @Test func fingerprintFromTheMatchingFormIsTheSame() throws {
        let document = try document("near-verbatim", order: 0)
        let fromText = ReuseFingerprint(document)
        let fromMatching = ReuseFingerprint(document, matching: ArabicNormalizer.matching.normalize(document.text))
        #expect(fromText.signature == fromMatching.signature)
        #expect(fromText.shingleKeys == fromMatching.shingleKeys)
        #expect(fromText.wordCount == fromMatching.wordCount && fromText.shingleCount == fromMatching.shingleCount)
        let agency = ReuseFingerprint(try self.document("agency", order: 1))
        #expect(
            ReuseDetector().edge(between: agency, and: fromText)
                == ReuseDetector().edge(between: agency, and: fromMatching))
    }

    @Test(arguments: ["", "   \n", "«» … !", "كلمة", "خمس كلمات فقط في النص", "#وسم_فقط @حساب https://x.y"])
    func degenerateTextsMakeNoEdges(_ text: String) throws {
        let documents = [
            ReuseDocument(id: "a", text: text, order: 0), ReuseDocument(id: "b", text: text, order: 1),
            try document("agency", order: 2),
        ]
        let fingerprints = documents.map(ReuseFingerprint.init)
        #expect(fingerprints[0].signature.values.count == MinHash.permutationCount)
        #expect(ReuseDetector().edges(among: fingerprints).isEmpty)
    }

    @Test func sameTextTwiceIsOneVerbatimPassage() throws {
        let text = try ReuseFixtures.text("agency")
        let edges = ReuseDetector().edges(among: [
            ReuseDocument(id: "x", text: text, order: 0), ReuseDocument(id: "y", text: text, order: 1),
        ])
        #expect(edges.count == 1)
        #expect(edges.first?.passages.map(\.kind) == [.verbatim])
    }
}
