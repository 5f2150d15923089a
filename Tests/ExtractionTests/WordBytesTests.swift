import Testing

@testable import Extraction

@Suite struct WordBytesTests {
    @Test func prefixesAndSuffixesCompareBytes() {
        #expect("الأعرجي".startsWithBytes("ال"))
        #expect("الْعراق".startsWithBytes("ال"), "a mark after the lam does not hide the article")
        #expect(!"ال".startsWithBytes("الع"))
        #expect("عمليات".endsWithBytes("ات"))
        #expect(!"ات".endsWithBytes("عمليات"))
        #expect("".endsWithBytes(""))
    }

    @Test func sameBytesAndScalarCounts() {
        #expect("صحه".sameBytes("صحه"))
        #expect(!"صحه".sameBytes("صحة"))
        #expect("وقاسم".scalarCount == 5)
        #expect("وقاسم".droppingScalars() == "قاسم")
        #expect("الحكومة".droppingScalars(2) == "حكومة")
    }

    @Test func replacesEveryOccurrenceAndLeavesOtherWordsAlone() {
        #expect("الاميركي".replacingBytes("ميرك", with: "مريك") == "الامريكي")
        #expect("ميركميرك".replacingBytes("ميرك", with: "x") == "xx")
        #expect("بغداد".replacingBytes("ميرك", with: "مريك") == "بغداد")
        #expect("".replacingBytes("ميرك", with: "مريك") == "")
    }
}
