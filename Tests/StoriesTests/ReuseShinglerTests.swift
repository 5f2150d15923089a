import ArabicText
import Testing

@testable import Stories

@Suite struct ReuseShinglerTests {
    /// Already in matching form, so an independent implementation (Python, FNV-1a 64 over the words
    /// joined by spaces) gives the same values.
    static let goldenText = "اعلن مستشار الامن القومي العراقي قاسم الاعرجي انتهاء المهام القتاليه"

    @Test func pinsShingleHashes() {
        let hashes = Shingler().hashes(in: Self.goldenText)
        #expect(
            hashes == [
                0x721E_2C6B_69BF_CC0C, 0xBA45_03FB_B044_E2CB, 0x51DD_68AF_C1D2_3D54, 0x709B_263C_ED9C_B958,
                0x404F_A4D7_D4CA_282E, 0x2481_D9E0_D11B_ABB1,
            ])
    }

    @Test func hashesAreFNV1aOfTheWordsJoinedBySpaces() {
        let words = Self.goldenText.split(separator: " ").map(String.init)
        let expected = (0...(words.count - Shingler.wordCount)).map { start in
            FNV1a.hash(words[start..<(start + Shingler.wordCount)].joined(separator: " ").utf8)
        }
        #expect(Shingler().hashes(in: Self.goldenText) == expected)
    }

    @Test(arguments: [
        // Diacritics, hamza and alef forms, ta marbuta, tatweel, digits and punctuation do not matter.
        (
            "أعلنَ مستشارُ الأمن القوميّ العراقيّ، قاسم الأعرجي انتهاء المهام القتالية",
            "اعلن مستشار الامن القومي العراقي قاسم الاعرجي انتهاء المهام القتاليه"
        ),
        ("«قال» المسؤول: إن الـقوات ٢٬٥٠٠ جندي", "قال المسءول ان القوات 2500 جندي"),
        ("قال المسئول إن القوات 2,500 جندي!", "قال المسءول ان القوات 2500 جندي"),
        ("نشر #يحيى_رسول بيانا عن @handle القوات https://t.co/x اليوم", "نشر يحيى رسول بيانا عن القوات اليوم"),
    ])
    func shinglesTheMatchingForm(_ text: String, _ equivalent: String) {
        #expect(Shingler().hashes(in: text) == Shingler().hashes(in: equivalent))
        #expect(!Shingler().hashes(in: text).isEmpty)
    }

    @Test func spansPointIntoTheOriginalText() throws {
        let text = "قالَ المسؤولُ الأوّلُ: «إنّ القواتِ باشرت الانسحاب»."
        let shingles = Shingler().shingles(in: text)
        #expect(shingles.count == 3)
        let first = try #require(shingles.first)
        #expect(first.words == 0..<5)
        #expect(ReuseFixtures.slice(text, first.span) == "قالَ المسؤولُ الأوّلُ: «إنّ القواتِ")
        let last = try #require(shingles.last)
        #expect(ReuseFixtures.slice(text, last.span) == "الأوّلُ: «إنّ القواتِ باشرت الانسحاب")
    }

    @Test(arguments: [0, 1, 4])
    func shortTextsHaveNoShingles(_ count: Int) {
        let text = Array(repeating: "كلمة", count: count).joined(separator: " ")
        #expect(Shingler().shingles(in: text).isEmpty)
    }

    @Test func countsOneShinglePerWordAfterTheFourth() {
        let text = "أ ب ت ث ج ح خ د ذ ر"
        #expect(Shingler().hashes(in: text).count == 6)
    }

    @Test func marksSentenceStartsAtFullStopsAndLineBreaks() {
        let text = "قال الوزير شيئا. ثم غادر القاعة؟ وعاد\nبعد ساعة: وقال كلاما"
        var bytes = Array(ArabicNormalizer.matching.normalizedString(text).utf8)
        let words = bytes.withUnsafeMutableBufferPointer { Shingler().words(inNormalizedUTF8: UnsafeBufferPointer($0)) }
        #expect(words.sentenceStarts == [0, 3, 6, 7])
        #expect(words.sentenceStart(containing: 5) == 3)
        #expect(words.sentenceEnd(containing: 5) == 6)
        #expect(words.sentenceEnd(containing: 9) == words.count)
    }
}
