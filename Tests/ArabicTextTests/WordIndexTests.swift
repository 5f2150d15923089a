import Testing
@testable import ArabicText

@Suite struct WordIndexTests {
    @Test func numbersWordsInOrderAndKeepsTheFirstNumberOfARepeat() {
        var index: WordIndex = ["بغداد", "دمشق"]
        #expect(index.insert("عمان") == 2)
        #expect(index.insert("دمشق") == 1)
        #expect(index.count == 3)
        #expect(index.number(of: "بغداد") == 0)
        #expect(index.word(2) == "عمان")
        #expect(!index.contains("القاهرة"))
        #expect(!index.contains(""))
    }

    @Test func findsWordsThroughGrowthAndFromSlicesOfABuffer() {
        var index = WordIndex(capacity: 1)
        for number in 0..<2000 { index.insert("كلمة\(number)") }
        #expect(index.count == 2000)
        #expect(index.number(of: "كلمة1999") == 1999)
        var line = "في كلمة42 اليوم"
        let found = line.withUTF8 { bytes in
            index.number(of: UnsafeBufferPointer(rebasing: bytes[5..<(5 + "كلمة42".utf8.count)]))
        }
        #expect(found == 42)
        #expect(index.contains("كلمة7"[...]))
    }

    @Test func comparesBytesNotCanonicalEquivalence() {
        // «é» precomposed and decomposed are one String for Swift, two words for the index: lexicon
        // words and text go through one normalizer level before they meet here.
        let index: WordIndex = ["caf\u{E9}"]
        #expect(index.contains("caf\u{E9}"))
        #expect(!index.contains("cafe\u{301}"))
    }

    @Test func findsAWordFromAPrefixAndTheRestWithoutJoiningThem() {
        let index: WordIndex = ["العام"]
        var rest = "لعام"
        #expect(rest.withUTF8 { index.number(of: $0, after: Array("ا".utf8)) } == 0)
        #expect(rest.withUTF8 { index.number(of: $0, after: Array("و".utf8)) } == nil)
    }

    @Test func tellsApartWordsThatShareTheirFirstEightBytesOrDifferInLengthOnly() {
        // The hash reads eight bytes at a time; words that agree on whole chunks and differ in the
        // tail, or are prefixes of each other, must still get their own numbers.
        let words = (0...20).map { String(repeating: "a", count: $0) } + ["abcdefgh1", "abcdefgh2", "abcdefgh", "مستشفى", "مستشفيات"]
        let index = WordIndex(words)
        for (number, word) in words.enumerated() { #expect(index.number(of: word) == number) }
        #expect(!index.contains("abcdefgh3"))
        var empty = ""
        #expect(empty.withUTF8 { index.number(of: $0, after: Array("aa".utf8)) } == 2)
    }
}
