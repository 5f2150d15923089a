import Testing

@testable import Stories

@Suite struct ReuseLineagesTests {
    private func edge(_ from: String, _ to: String, words: Int) -> ReuseEdge {
        ReuseEdge(
            from: from, to: to,
            passages: [
                ReusedPassage(fromSpan: 0..<10, toSpan: 0..<10, similarity: 1, kind: .verbatim, alignedWords: words)
            ],
            basis: .inputOrder)
    }

    private let outlets = ["a1": "واع", "a2": "الحل نت", "a3": "الجزيرة", "a4": "العربية", "a5": "واع", "a6": "رووداو"]

    @Test func groupsOutletsThatCopiedEachOtherTransitively() {
        let lineages = Lineages.group(
            outlets: outlets, edges: [edge("a1", "a2", words: 40), edge("a2", "a4", words: 30)])
        #expect(lineages.groups == [["الجزيرة"], ["الحل نت", "العربية", "واع"], ["رووداو"]])
        #expect(lineages.count == 3)
        #expect(lineages.lineage(of: "واع") == lineages.lineage(of: "العربية"))
        #expect(lineages.independentCount(of: ["واع", "الحل نت", "الجزيرة", "العربية"]) == 2)
        #expect(lineages.independentCount(of: ["واع", "بي بي سي"]) == 2)
    }

    @Test(arguments: [(11, 5), (12, 4)])
    func needsEnoughSharedText(_ words: Int, _ expectedCount: Int) {
        let lineages = Lineages.group(outlets: outlets, edges: [edge("a3", "a6", words: words)])
        #expect(lineages.count == expectedCount)
    }

    @Test func edgesSumTheirPassages() {
        var found = edge("a1", "a2", words: 30)
        found.passages.append(
            ReusedPassage(fromSpan: 20..<30, toSpan: 20..<30, similarity: 0.5, kind: .paraphrase, alignedWords: 10))
        #expect(found.sharedWords == 40)
        #expect(found.dominantKind == .verbatim)
        #expect(ReuseEdge(from: "x", to: "y", passages: [], basis: .attribution).dominantKind == nil)
    }

    @Test func ignoresArticlesWithoutOutlet() {
        let lineages = Lineages.group(outlets: outlets, edges: [edge("a1", "unknown", words: 50)])
        #expect(lineages.count == 5)
    }

    @Test func groupsTheOutletsOfDocuments() {
        let documents = [
            ReuseDocument(id: "a", text: "", outlet: "واع", order: 0),
            ReuseDocument(id: "b", text: "", outlet: "الحل نت", order: 1),
            ReuseDocument(id: "c", text: "", order: 2),
        ]
        let lineages = Lineages.group(
            documents: documents, edges: [edge("a", "b", words: 20), edge("b", "c", words: 20)])
        #expect(lineages.groups == [["الحل نت", "واع"]])
    }
}
