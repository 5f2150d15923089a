import Testing

@testable import Extraction

@Suite struct ByteKeyTableTests {
    @Test func storesAndFindsKeysThroughGrowth() {
        var table = ByteKeyTable<Int>(capacity: 2)
        for number in 0..<1000 { table.insert(number, for: "word\(number)") }
        table.insert(-1, for: "word7")
        #expect(table.count == 1000)
        #expect(table.value(for: "word7") == -1)
        #expect(table.value(for: "word999") == 999)
        #expect(table.value(for: "word1000") == nil)
        #expect(table.value(for: "") == nil)
    }

    @Test func findsAWordWhoseArticleFollowedTheLamOfAPreposition() {
        var table = ByteKeyTable<Bool>()
        table.insert(true, for: "العام")
        var rest = "لعام"
        #expect(rest.withUTF8 { table.value(forAlefAnd: $0) } == true)
    }
}
