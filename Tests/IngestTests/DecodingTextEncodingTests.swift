import Testing
@testable import Ingest

@Suite struct TextEncodingTests {
    @Test(arguments: [
        ("utf-8", TextEncoding.utf8), ("UTF8", .utf8), (" \"utf-8\" ", .utf8),
        ("windows-1256", .windows1256), ("CP1256", .windows1256), ("x-cp1256", .windows1256),
        ("iso-8859-6", .iso8859_6), ("ISO_8859-6", .iso8859_6), ("arabic", .iso8859_6), ("ASMO-708", .iso8859_6),
        ("csISOLatinArabic", .iso8859_6), ("iso-8859-6-i", .iso8859_6),
        ("utf-16", .utf16LittleEndian), ("UTF-16LE", .utf16LittleEndian), ("utf-16be", .utf16BigEndian),
        ("utf-32", .utf32LittleEndian), ("utf-32be", .utf32BigEndian),
        ("us-ascii", .windows1252), ("ascii", .windows1252), ("iso-8859-1", .windows1252), ("latin1", .windows1252),
        ("windows-1252", .windows1252),
    ])
    func knowsLabelsAndAliases(_ label: String, _ encoding: TextEncoding) {
        #expect(TextEncoding(label: label) == encoding)
    }

    @Test(arguments: ["koi8-r", "gb2312", "", "utf-7", "windows-1256x"])
    func unknownLabelsAreNil(_ label: String) {
        #expect(TextEncoding(label: label) == nil)
    }

    @Test func rawValuesAreWHATWGNamesAndLabelsThemselves() {
        for encoding in TextEncoding.allCases {
            #expect(TextEncoding(label: encoding.rawValue) == encoding)
        }
        #expect(TextEncoding.windows1256.rawValue == "windows-1256")
    }
}
