import Testing
@testable import Ingest

@Suite struct SingleByteCodePageTests {
    /// Facts of the code pages, checked by hand against the published tables.
    @Test(arguments: [
        (TextEncoding.windows1256, 0xC7, 0x0627),  // ا ARABIC LETTER ALEF: the same in both Arabic pages
        (.iso8859_6, 0xC7, 0x0627),
        (.windows1256, 0xD6, 0x0636),  // ض: the last letter the two Arabic pages share
        (.iso8859_6, 0xD6, 0x0636),
        (.windows1256, 0xD7, 0x00D7),  // × in Windows-1256, ط in ISO-8859-6
        (.iso8859_6, 0xD7, 0x0637),
        (.windows1256, 0xE1, 0x0644),  // ل in Windows-1256, ف in ISO-8859-6
        (.iso8859_6, 0xE1, 0x0641),
        (.windows1256, 0xED, 0x064A),  // ي
        (.iso8859_6, 0xEA, 0x064A),
        (.windows1256, 0xA1, 0x060C),  // ، ARABIC COMMA
        (.iso8859_6, 0xAC, 0x060C),
        (.windows1256, 0xBF, 0x061F),  // ؟ in both
        (.iso8859_6, 0xBF, 0x061F),
        (.windows1256, 0x80, 0x20AC),  // €
        (.windows1256, 0x81, 0x067E),  // پ ARABIC LETTER PEH
        (.windows1256, 0x9D, 0x200C),  // ZERO WIDTH NON-JOINER
        (.windows1256, 0xFE, 0x200F),  // RIGHT-TO-LEFT MARK
        (.windows1256, 0xFF, 0x06D2),  // ے ARABIC LETTER YEH BARREE
        (.iso8859_6, 0xE0, 0x0640),  // ـ TATWEEL
        (.iso8859_6, 0xF2, 0x0652),  // SUKUN, the last assigned byte
        (.windows1252, 0x80, 0x20AC),
        (.windows1252, 0x81, 0x0081),  // undefined in Windows-1252: a C1 control, as in WHATWG
        (.windows1252, 0xE9, 0x00E9),
        (.windows1252, 0x41, 0x0041),
    ])
    func mapsBytesAsThePublishedTables(_ encoding: TextEncoding, _ byte: Int, _ scalar: UInt32) throws {
        let page = try #require(SingleByteCodePage.page(for: encoding))
        #expect(page.scalars[byte] == scalar)
        let decoded = [UInt8(byte)].withUnsafeBufferPointer { page.decode($0) }
        #expect(decoded.text.unicodeScalars.map(\.value) == [scalar])
        #expect(decoded.replacements == 0)
    }

    @Test(arguments: [(TextEncoding.windows1256, 0), (.iso8859_6, 45), (.windows1252, 0)])
    func decodesEveryByteAndReplacesOnlyUnassignedOnes(_ encoding: TextEncoding, _ unassigned: Int) throws {
        let page = try #require(SingleByteCodePage.page(for: encoding))
        let bytes = (0...255).map { UInt8($0) }
        let decoded = bytes.withUnsafeBufferPointer { page.decode($0) }
        #expect(decoded.replacements == unassigned)
        #expect(decoded.text.unicodeScalars.count == 256)
        #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == unassigned)
    }

    @Test func iso8859_6LeavesTheWindowsOnlyLettersUnassigned() {
        for byte in [0xDB, 0xDC, 0xDD, 0xDE, 0xDF, 0xA1, 0xF3, 0xFF] {
            #expect(SingleByteCodePage.iso8859_6.classes[byte] == .unassigned)
        }
    }

    @Test func windows1256CarriesItsExtrasThroughAnArticle() throws {
        let text = "قال «المدير»: پاکستان و\u{200C}گچ‏ € 5 — ے"
        let bytes = DecodingSample.encode(text, in: .windows1256)
        #expect(!bytes.contains(UInt8(ascii: "?")))
        let decoded = bytes.withUnsafeBufferPointer { SingleByteCodePage.windows1256.decode($0) }
        #expect(decoded.text == text)
    }
}
