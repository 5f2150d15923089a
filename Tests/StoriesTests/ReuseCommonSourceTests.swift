import Testing
@testable import Stories

/// Two copies of one wire report are not linked to each other, unless they share more than it.
@Suite struct ReuseCommonSourceTests {
    static func passage(_ from: Range<Int>, _ to: Range<Int>) -> ReusedPassage {
        ReusedPassage(fromSpan: from, toSpan: to, similarity: 0.95, kind: .nearVerbatim, alignedWords: 40)
    }

    static let fromWire = [
        ReuseEdge(from: "wire", to: "a", passages: [passage(0..<400, 100..<500)], basis: .publicationTime),
        ReuseEdge(from: "wire", to: "b", passages: [passage(0..<400, 50..<450)], basis: .publicationTime),
    ]

    @Test func twoCopiesOfOneSourceAreNotLinked() {
        let between = ReuseEdge(from: "a", to: "b", passages: [Self.passage(120..<480, 70..<430)], basis: .inputOrder)
        let kept = CommonSourceLinks.removing(from: Self.fromWire + [between])
        #expect(kept.map(\.to) == ["a", "b"])
    }

    @Test func copiesThatShareMoreThanTheSourceStayLinked() {
        let between = ReuseEdge(from: "a", to: "b", passages: [Self.passage(120..<900, 70..<850)], basis: .inputOrder)
        #expect(CommonSourceLinks.removing(from: Self.fromWire + [between]).count == 3)
    }

    @Test func aLinkTheTextStatesStays() {
        let between = ReuseEdge(from: "a", to: "b", passages: [Self.passage(120..<480, 70..<430)], basis: .attribution)
        #expect(CommonSourceLinks.removing(from: Self.fromWire + [between]).count == 3)
    }
}
