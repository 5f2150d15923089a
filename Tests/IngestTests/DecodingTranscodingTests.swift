import Testing
@testable import Ingest

@Suite struct UTF16TranscodingTests {
    private func decode(_ bytes: [UInt8], bigEndian: Bool = false) -> (text: String, replacements: Int) {
        bytes.withUnsafeBufferPointer { UTF16Transcoding.decode($0, bigEndian: bigEndian) }
    }

    @Test func joinsSurrogatePairs() {
        // U+1F3C6 TROPHY is D83C DFC6.
        #expect(decode([0x3C, 0xD8, 0xC6, 0xDF]).text == "🏆")
        #expect(decode([0xD8, 0x3C, 0xDF, 0xC6], bigEndian: true).text == "🏆")
    }

    @Test(arguments: [
        ([0x3C, 0xD8, 0x61, 0x00], "\u{FFFD}a"),  // a leading surrogate before a letter
        ([0xC6, 0xDF, 0x61, 0x00], "\u{FFFD}a"),  // a trailing surrogate alone
        ([0x61, 0x00, 0x3C, 0xD8], "a\u{FFFD}"),  // a leading surrogate at the end
        ([0x3C, 0xD8, 0x3C, 0xD8, 0xC6, 0xDF], "\u{FFFD}🏆"),  // two leading surrogates, then a trail
        ([0x27, 0x06, 0x44], "ا\u{FFFD}"),  // an odd byte at the end
    ])
    func replacesLoneSurrogatesAndOddBytes(_ bytes: [UInt8], _ expected: String) {
        let decoded = decode(bytes)
        #expect(decoded.text == expected)
        #expect(decoded.replacements == expected.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
    }

    @Test func decodesArabicAndAllThreeUTF8Lengths() {
        let text = "aé€ا"
        let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(decode(bytes).text == text)
    }
}

@Suite struct UTF32TranscodingTests {
    @Test(arguments: [
        ([0x27, 0x06, 0x00, 0x00, 0xC6, 0xF3, 0x01, 0x00], false, "ا🏆"),
        ([0x00, 0x00, 0x06, 0x27, 0x00, 0x01, 0xF3, 0xC6], true, "ا🏆"),
        ([0x00, 0xD8, 0x00, 0x00], false, "\u{FFFD}"),  // a surrogate
        ([0x00, 0x00, 0x11, 0x00], false, "\u{FFFD}"),  // above U+10FFFF
        ([0x61, 0x00, 0x00, 0x00, 0x62, 0x00], false, "a\u{FFFD}"),  // two bytes left over
    ])
    func decodesUnitsAndReplacesInvalidOnes(_ bytes: [UInt8], _ bigEndian: Bool, _ expected: String) {
        let decoded = bytes.withUnsafeBufferPointer { UTF32Transcoding.decode($0, bigEndian: bigEndian) }
        #expect(decoded.text == expected)
        #expect(decoded.replacements == expected.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
    }
}

@Suite struct UTF8SurveyTests {
    private func survey(_ bytes: [UInt8]) -> UTF8Survey {
        bytes.withUnsafeBufferPointer { UTF8Survey($0) }
    }

    @Test(arguments: [
        ([0x61, 0xD8, 0xA7], 1, 0, false),
        ([0x61, 0xD8], 0, 1, true),  // cut inside a two-byte letter
        ([0xF0, 0x9F, 0x8F], 0, 1, true),  // cut inside a four-byte emoji
        ([0xC7, 0xE1, 0x20], 0, 2, false),  // Windows-1256 «ال» followed by a space
        ([0xED, 0xA0, 0x80], 0, 3, false),  // an encoded surrogate: three maximal subparts
        ([0xE0, 0x80, 0x80], 0, 3, false),  // overlong
        ([0xF4, 0x90, 0x80, 0x80], 0, 4, false),  // above U+10FFFF
        ([0xC9, 0xA1], 1, 0, false),  // Windows-1256 «ة،» happens to be valid UTF-8
    ])
    func countsAsTheStandardLibraryReplaces(_ bytes: [UInt8], _ multibyte: Int, _ invalid: Int, _ truncated: Bool) {
        let found = survey(bytes)
        #expect(found.multibyteCount == multibyte)
        #expect(found.invalidCount == invalid)
        #expect(found.endsTruncated == truncated)
        let replaced = String(decoding: bytes, as: UTF8.self).unicodeScalars.filter { $0 == "\u{FFFD}" }.count
        #expect(found.invalidCount == replaced)
    }

    @Test func damageNeedsManyGoodSequencesPerError() {
        let good = Array(String(repeating: "ا", count: 40).utf8)
        #expect(survey(good + [0xFF] + good).isDamagedUTF8(declared: false))
        #expect(!survey([0x61, 0xFF, 0xD8, 0xA7]).isDamagedUTF8(declared: false))
        #expect(!survey([0x61, 0xD8]).isDamagedUTF8(declared: false))
        #expect(survey([0x61, 0xD8]).isDamagedUTF8(declared: true))
    }
}
