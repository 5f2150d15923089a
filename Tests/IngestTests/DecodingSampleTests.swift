import Foundation
import Testing
@testable import Ingest

/// The paragraphs the decoding tests encode, and small encoders that write them in every encoding.
enum DecodingSample {
    /// A weather report from Amman (invented), in characters that both Windows-1256 and ISO-8859-6
    /// encode: Arabic letters, harakat (shadda, tanwin), ، ؛ ؟, ASCII digits and punctuation.
    static let amman = """
        عمّان - توقعت دائرة الأرصاد الجوية أن يطرأ ارتفاع ملموس على درجات الحرارة يوم الخميس، لتسجل في \
        العاصمة عمّان 31 درجة مئوية وفي العقبة 38 درجة. وقال المتنبئ الجوي إن الأجواء ستكون صافية إلى \
        غائمة جزئياً، مع هبوب رياح شمالية غربية معتدلة السرعة تنشط أحياناً وتثير الغبار في المناطق \
        الصحراوية. وحذّرت الدائرة من التعرض المباشر لأشعة الشمس في ساعات الظهيرة؛ فهل يستعد المزارعون \
        في وادي الأردن لموجة حر جديدة؟
        """

    /// A football report from Casablanca (invented) that only the Unicode encodings carry: guillemets,
    /// Arabic-Indic digits and a character outside the Basic Multilingual Plane (U+1F3C6 TROPHY).
    static let casablanca = """
        الدار البيضاء - حسم الرجاء الرياضي «ديربي» العاصمة الاقتصادية لصالحه بفوزه على الوداد ٢-١ مساء \
        السبت على ملعب محمد الخامس، أمام ٤٥ ألف متفرج 🏆. وسجّل المهاجم هدف الفوز في الدقيقة ٨٧ بعد \
        تمريرة حاسمة من الجناح الأيسر.
        """

    /// A byte order mark in an encoding's own bytes.
    static func byteOrderMark(_ encoding: TextEncoding) -> [UInt8] {
        switch encoding {
        case .utf8: [0xEF, 0xBB, 0xBF]
        case .utf16LittleEndian: [0xFF, 0xFE]
        case .utf16BigEndian: [0xFE, 0xFF]
        case .utf32LittleEndian: [0xFF, 0xFE, 0x00, 0x00]
        case .utf32BigEndian: [0x00, 0x00, 0xFE, 0xFF]
        default: []
        }
    }

    /// `text` in an encoding, by a test encoder: the Unicode forms from the standard library's views,
    /// the single-byte pages by inverting the decoder's table (checked against Python's codecs in
    /// ``DecodingSampleTests``). Characters a page lacks become `?`.
    static func encode(_ text: String, in encoding: TextEncoding) -> [UInt8] {
        switch encoding {
        case .utf8:
            return Array(text.utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            let bigEndian = encoding == .utf16BigEndian
            return text.utf16.flatMap { unit in
                let bytes = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                return bigEndian ? bytes.reversed() : bytes
            }
        case .utf32LittleEndian, .utf32BigEndian:
            let bigEndian = encoding == .utf32BigEndian
            return text.unicodeScalars.flatMap { scalar in
                let value = scalar.value
                let bytes = (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
                return bigEndian ? bytes.reversed() : bytes
            }
        case .windows1256, .iso8859_6, .windows1252:
            guard let page = SingleByteCodePage.page(for: encoding) else { return [] }
            var inverse: [UInt32: UInt8] = [:]
            for byte in (0...255).reversed() where !(page.classes[byte] == .unassigned) {
                inverse[page.scalars[byte]] = UInt8(byte)
            }
            return text.unicodeScalars.map { inverse[$0.value] ?? UInt8(ascii: "?") }
        }
    }

    /// An HTML page around an encoded body: `head` goes inside `<head>`, in ASCII.
    static func htmlPage(head: String, body: [UInt8]) -> [UInt8] {
        Array("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>\(head)<title>Isnad".utf8)
            + Array("</title></head>\n<body><p>".utf8) + body + Array("</p></body></html>\n".utf8)
    }

    /// The text that ``htmlPage(head:body:)`` decodes to when the body is `text`.
    static func htmlText(head: String, text: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>\(head)<title>Isnad"
            + "</title></head>\n<body><p>\(text)</p></body></html>\n"
    }

    /// An RSS item with an XML declaration of `encoding`, around an encoded description.
    static func rssItem(encoding: String, body: [UInt8]) -> [UInt8] {
        Array("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<rss version=\"2.0\"><channel><item><description>".utf8)
            + body + Array("</description></item></channel></rss>\n".utf8)
    }

    /// The text that ``rssItem(encoding:body:)`` decodes to when the body is `text`.
    static func rssText(encoding: String, text: String) -> String {
        "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<rss version=\"2.0\"><channel><item><description>"
            + text + "</description></item></channel></rss>\n"
    }

    /// Deterministic pseudo-random bytes (xorshift64*), for garbage that is the same on every run.
    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed | 1
        return (0..<count).map { _ in
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return UInt8(truncatingIfNeeded: (state &* 0x2545_F491_4F6C_DD1D) >> 56)
        }
    }

    /// The bytes of a fixture file under `Fixtures/encodings`.
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/encodings/\(name)")
        return try [UInt8](Data(contentsOf: url))
    }
}

@Suite struct DecodingSampleTests {
    @Test func utf8FixtureHoldsTheAmmanParagraph() throws {
        #expect(try DecodingSample.fixture("amman-weather.utf-8.txt") == Array(DecodingSample.amman.utf8))
    }

    @Test(arguments: [
        ("amman-weather.windows-1256.txt", TextEncoding.windows1256),
        ("amman-weather.iso-8859-6.txt", .iso8859_6),
    ])
    func sampleEncoderAgreesWithPythonCodecs(_ fixture: String, _ encoding: TextEncoding) throws {
        let python = try DecodingSample.fixture(fixture)
        #expect(DecodingSample.encode(DecodingSample.amman, in: encoding) == python)
        #expect(!python.contains(UInt8(ascii: "?")))
    }

    @Test func pagesDisagreeOnTheAmmanParagraph() {
        let windows = DecodingSample.encode(DecodingSample.amman, in: .windows1256)
        let iso = DecodingSample.encode(DecodingSample.amman, in: .iso8859_6)
        #expect(windows != iso)
    }
}
