import Foundation
import Testing
@testable import Ingest

/// One way of writing a paragraph into bytes, and what decoding must report.
struct DecodingCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var contentType: String?
    var text: String
    var encoding: TextEncoding
    var basis: DecodedText.Basis

    var testDescription: String { name }

    /// Every path by which an Arabic paragraph reaches the decoder.
    static let all: [DecodingCase] = {
        let amman = DecodingSample.amman
        let casablanca = DecodingSample.casablanca
        let windows = DecodingSample.encode(amman, in: .windows1256)
        let iso = DecodingSample.encode(amman, in: .iso8859_6)
        var cases: [DecodingCase] = []

        func add(_ name: String, _ bytes: [UInt8], contentType: String? = nil, text: String = amman,
                 _ encoding: TextEncoding, _ basis: DecodedText.Basis) {
            cases.append(DecodingCase(name: name, bytes: bytes, contentType: contentType, text: text,
                                      encoding: encoding, basis: basis))
        }

        // Unicode, with and without a byte order mark.
        add("UTF-8", Array(amman.utf8), .utf8, .detection)
        add("UTF-8 with BOM", DecodingSample.byteOrderMark(.utf8) + Array(amman.utf8), .utf8, .byteOrderMark)
        for encoding in [TextEncoding.utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian] {
            for text in [amman, casablanca] {
                let label = "\(encoding.rawValue) \(text == amman ? "Amman" : "Casablanca")"
                add("\(label) with BOM", DecodingSample.byteOrderMark(encoding) + DecodingSample.encode(text, in: encoding),
                    text: text, encoding, .byteOrderMark)
            }
        }
        for encoding in [TextEncoding.utf16LittleEndian, .utf16BigEndian] {
            add("\(encoding.rawValue) without BOM", DecodingSample.encode(amman, in: encoding), encoding, .detection)
            add("\(encoding.rawValue) without BOM, Casablanca", DecodingSample.encode(casablanca, in: encoding),
                text: casablanca, encoding, .detection)
        }
        add("UTF-16 declared by the header without BOM", DecodingSample.encode(amman, in: .utf16LittleEndian),
            contentType: "text/plain; charset=utf-16", .utf16LittleEndian, .contentType)
        add("UTF-8 Casablanca", Array(casablanca.utf8), text: casablanca, .utf8, .detection)

        // Windows-1256 by every kind of declaration, and undeclared.
        let metaCharset = "<meta charset=\"windows-1256\">"
        add("windows-1256 by meta charset", DecodingSample.htmlPage(head: metaCharset, body: windows),
            text: DecodingSample.htmlText(head: metaCharset, text: amman), .windows1256, .documentDeclaration)
        let httpEquiv = "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Windows-1256'>"
        add("windows-1256 by http-equiv", DecodingSample.htmlPage(head: httpEquiv, body: windows),
            text: DecodingSample.htmlText(head: httpEquiv, text: amman), .windows1256, .documentDeclaration)
        add("windows-1256 by XML declaration", DecodingSample.rssItem(encoding: "windows-1256", body: windows),
            text: DecodingSample.rssText(encoding: "windows-1256", text: amman), .windows1256, .documentDeclaration)
        add("windows-1256 by HTTP header", windows, contentType: "text/html; charset=windows-1256", .windows1256, .contentType)
        add("windows-1256 by bare label cp1256", windows, contentType: "CP1256", .windows1256, .contentType)
        add("windows-1256 undeclared", windows, .windows1256, .detection)
        add("windows-1256 undeclared in HTML", DecodingSample.htmlPage(head: "", body: windows),
            text: DecodingSample.htmlText(head: "", text: amman), .windows1256, .detection)

        // ISO-8859-6 declared and undeclared.
        let isoMeta = "<meta charset=\"iso-8859-6\">"
        add("ISO-8859-6 by meta charset", DecodingSample.htmlPage(head: isoMeta, body: iso),
            text: DecodingSample.htmlText(head: isoMeta, text: amman), .iso8859_6, .documentDeclaration)
        add("ISO-8859-6 by HTTP header alias", iso, contentType: "text/html; charset=ISO_8859-6", .iso8859_6, .contentType)
        add("ISO-8859-6 undeclared", iso, .iso8859_6, .detection)

        // Wrong declarations.
        let latinMeta = "<meta charset=\"iso-8859-1\">"
        add("iso-8859-1 declared over windows-1256 Arabic", DecodingSample.htmlPage(head: latinMeta, body: windows),
            text: DecodingSample.htmlText(head: latinMeta, text: amman), .windows1256, .detection)
        add("latin1 header overruled, meta followed", DecodingSample.htmlPage(head: metaCharset, body: windows),
            contentType: "text/html; charset=ISO-8859-1", text: DecodingSample.htmlText(head: metaCharset, text: amman),
            .windows1256, .documentDeclaration)
        add("us-ascii header over windows-1256 Arabic", windows, contentType: "text/plain; charset=us-ascii", .windows1256, .detection)
        let utf8Meta = "<meta charset=\"utf-8\">"
        add("utf-8 declared over windows-1256", DecodingSample.htmlPage(head: utf8Meta, body: windows),
            text: DecodingSample.htmlText(head: utf8Meta, text: amman), .windows1256, .detection)
        add("utf-8 header over windows-1256", windows, contentType: "text/html; charset=UTF-8", .windows1256, .detection)
        add("ISO-8859-6 declared over windows-1256", windows, contentType: "text/html; charset=iso-8859-6", .windows1256, .detection)
        add("windows-1256 declared over ISO-8859-6", iso, contentType: "text/html; charset=windows-1256", .iso8859_6, .detection)
        add("windows-1256 declared over UTF-8", Array(amman.utf8), contentType: "text/html; charset=windows-1256", .utf8, .detection)
        add("unsupported charset declared", windows, contentType: "text/html; charset=koi8-r", .windows1256, .detection)
        add("meta declares utf-16 in an ASCII page", DecodingSample.htmlPage(head: "<meta charset=utf-16>", body: Array(amman.utf8)),
            text: DecodingSample.htmlText(head: "<meta charset=utf-16>", text: amman), .utf8, .documentDeclaration)
        return cases
    }()
}

@Suite struct ArticleTextDecoderTests {
    let decoder = ArticleTextDecoder()

    @Test(arguments: DecodingCase.all)
    func decodesEveryPathToTheSameText(_ sample: DecodingCase) throws {
        let decoded = try decoder.decode(sample.bytes, contentType: sample.contentType)
        #expect(decoded.text == sample.text, "\(decoded.evidence)")
        #expect(decoded.encoding == sample.encoding, "\(decoded.evidence)")
        #expect(decoded.basis == sample.basis, "\(decoded.evidence)")
        #expect(decoded.replacementCount == 0)
    }

    @Test func decodesThePythonEncodedFixturesWithoutDeclaration() throws {
        for (name, encoding) in [("amman-weather.windows-1256.txt", TextEncoding.windows1256), ("amman-weather.iso-8859-6.txt", .iso8859_6)] {
            let decoded = try decoder.decode(try DecodingSample.fixture(name))
            #expect(decoded.text == DecodingSample.amman)
            #expect(decoded.encoding == encoding)
        }
    }

    @Test func acceptsDataAndSlices() throws {
        let bytes = DecodingSample.encode(DecodingSample.amman, in: .windows1256)
        #expect(try decoder.decode(Data(bytes)).text == DecodingSample.amman)
        #expect(try decoder.decode(([0x20] + bytes)[1...]).text == DecodingSample.amman)
        #expect(try decoder.decode(AnyCollection(bytes)).text == DecodingSample.amman)
    }

    // MARK: Evidence

    @Test func byteOrderMarkWinsOverTheHeaderAndSaysSo() throws {
        let bytes = DecodingSample.byteOrderMark(.utf8) + Array(DecodingSample.amman.utf8)
        let decoded = try decoder.decode(bytes, contentType: "text/html; charset=windows-1256")
        #expect(decoded.text == DecodingSample.amman)
        #expect(decoded.evidence == "byte order mark EF BB BF (overrides the Content-Type charset windows-1256)")
    }

    @Test func overruledDeclarationIsNamedWithItsReason() throws {
        let windows = DecodingSample.encode(DecodingSample.amman, in: .windows1256)
        let latin = try decoder.decode(windows, contentType: "text/html; charset=iso-8859-1")
        #expect(latin.evidence.hasPrefix(
            "the Content-Type charset iso-8859-1 overruled: the bytes read better as windows-1256 (plausibility 1.00"))
        #expect(latin.evidence.contains("; detected: not UTF-8 ("))

        let utf8 = try decoder.decode(windows, contentType: "charset=utf-8")
        #expect(utf8.evidence.hasPrefix("the Content-Type charset utf-8 overruled: the bytes are not UTF-8 ("))

        let iso = try decoder.decode(windows, contentType: "text/html; charset=iso-8859-6")
        #expect(iso.evidence.hasPrefix("the Content-Type charset iso-8859-6 overruled: "))
        #expect(iso.evidence.contains("bytes are unassigned in ISO-8859-6"))

        let unknown = try decoder.decode(windows, contentType: "text/html; charset=koi8-r")
        #expect(unknown.evidence.hasPrefix("the Content-Type charset koi8-r is not an encoding Isnad reads; detected: "))
    }

    @Test func detectionEvidenceListsTheScores() throws {
        let decoded = try decoder.decode(DecodingSample.encode(DecodingSample.amman, in: .windows1256))
        #expect(decoded.evidence.hasPrefix("not declared; not UTF-8 ("))
        #expect(decoded.evidence.contains("plausibility windows-1256 1.00, ISO-8859-6 "))
        let ascii = try decoder.decode(Array("Reuters".utf8))
        #expect(ascii.evidence == "not declared; ASCII only, read as UTF-8")
        let utf16 = try decoder.decode(DecodingSample.encode(DecodingSample.amman, in: .utf16BigEndian))
        #expect(utf16.evidence.hasPrefix("not declared; UTF-16BE pattern (0x00 or 0x06 high bytes in "))
    }

    @Test func followedDeclarationIsNamed() throws {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        let page = DecodingSample.htmlPage(head: head, body: DecodingSample.encode(DecodingSample.amman, in: .windows1256))
        let decoded = try decoder.decode(page)
        #expect(decoded.evidence == "declared by <meta http-equiv=\"Content-Type\"> charset windows-1256")
    }

    // MARK: Edges

    @Test func emptyInputIsEmptyText() throws {
        let decoded = try decoder.decode([UInt8]())
        #expect(decoded == DecodedText(text: "", encoding: .utf8, basis: .detection, evidence: "empty input"))
        let onlyMark = try decoder.decode(DecodingSample.byteOrderMark(.utf16LittleEndian))
        #expect(onlyMark.text.isEmpty)
        #expect(onlyMark.encoding == .utf16LittleEndian)
    }

    @Test(arguments: [nil, "text/html; charset=utf-8"])
    func truncatedUTF8EndsInOneReplacement(_ contentType: String?) throws {
        // «؟» is D8 9F; cut after D8.
        let bytes = Array(DecodingSample.amman.utf8.dropLast())
        let decoded = try decoder.decode(bytes, contentType: contentType)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == String(DecodingSample.amman.dropLast()) + "\u{FFFD}")
        #expect(decoded.replacementCount == 1)
        #expect(decoded.evidence.hasSuffix("a final character cut off replaced by U+FFFD"))
    }

    @Test func strayByteInLongUTF8IsDamageNotAnotherEncoding() throws {
        var bytes = Array(DecodingSample.amman.utf8)
        bytes.insert(0xC7, at: bytes.firstIndex(of: UInt8(ascii: " ")) ?? 0)
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.replacementCount == 1)
        #expect(decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 1)
    }

    @Test func spanishInWindows1252IsNotMistakenForArabic() throws {
        let spanish = "El señor Peña llegó a Cádiz el miércoles; según él, la reunión duró más de lo previsto."
        let decoded = try decoder.decode(DecodingSample.encode(spanish, in: .windows1252))
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == spanish)
        let declared = try decoder.decode(DecodingSample.encode(spanish, in: .windows1252), contentType: "text/html; charset=iso-8859-1")
        #expect(declared.encoding == .windows1252)
        #expect(declared.basis == .contentType)
    }

    @Test func frenchDeclaredLatinStaysLatin() throws {
        let french = "À Rabat, la météo prévoit une hausse des températures; «c'est déjà l'été», dit-il."
        let decoded = try decoder.decode(DecodingSample.encode(french, in: .windows1252), contentType: "text/html; charset=latin1")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == french)
    }

    @Test func tiesBetweenTheArabicPagesGoToWindows1256() throws {
        // س ح ب lie in 0xC1–0xD6, where both Arabic pages agree.
        let decoded = try decoder.decode([0xD3, 0xCD, 0xC8])
        #expect(decoded.text == "سحب")
        #expect(decoded.encoding == .windows1256)
    }

    // MARK: Binary input

    @Test(arguments: [1, 2, 3, 4, 5])
    func randomBytesAreRefusedAsBinary(_ seed: UInt64) {
        let bytes = DecodingSample.randomBytes(count: 4096, seed: seed)
        #expect {
            _ = try decoder.decode(bytes)
        } throws: { error in
            (error as? TextDecodingError)?.code == .binaryContent
        }
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "a PNG image"),
        (Array("%PDF-1.7\n".utf8), "a PDF document"),
        ([0x1F, 0x8B, 0x08, 0x00], "a gzip stream (the body was not decompressed)"),
    ])
    func fileSignaturesAreRefusedWithTheirName(_ bytes: [UInt8], _ kind: String) {
        let error = #expect(throws: TextDecodingError.self) { try decoder.decode(bytes) }
        #expect(error?.message == "the input starts with the signature of \(kind)")
    }

    @Test func nulBytesInDeclaredTextAreRefused() {
        var bytes = DecodingSample.encode(DecodingSample.amman, in: .windows1256)
        bytes.replaceSubrange(10..<14, with: [0, 0, 0, 0])
        let error = #expect(throws: TextDecodingError.self) {
            try decoder.decode(bytes, contentType: "text/html; charset=windows-1256")
        }
        #expect(error?.code == .binaryContent)
        #expect(error?.message.contains("NUL (4)") == true)
    }

    @Test(arguments: [1, 2, 3])
    func garbageNeverCrashesAnyDecoder(_ seed: UInt64) {
        let bytes = DecodingSample.randomBytes(count: 2048 + Int(seed), seed: seed)
        for encoding in TextEncoding.allCases {
            let decoded = bytes.withUnsafeBufferPointer { ArticleTextDecoder.decode($0, as: encoding) }
            #expect(!decoded.text.isEmpty)
            #expect(decoded.replacements == decoded.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
        }
    }
}

