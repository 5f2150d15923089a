/// A character encoding that ``ArticleTextDecoder`` reads.
///
/// The raw value is the encoding's name as the WHATWG Encoding Standard spells it, which is also what
/// ``DecodedText`` reports and what a `Codable` article stores.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
    /// UTF-8, with or without a byte order mark.
    case utf8 = "UTF-8"
    /// UTF-16, least significant byte first.
    case utf16LittleEndian = "UTF-16LE"
    /// UTF-16, most significant byte first.
    case utf16BigEndian = "UTF-16BE"
    /// UTF-32, least significant byte first.
    case utf32LittleEndian = "UTF-32LE"
    /// UTF-32, most significant byte first.
    case utf32BigEndian = "UTF-32BE"
    /// Windows-1256, the Arabic code page of Windows and of most older Arabic news sites.
    case windows1256 = "windows-1256"
    /// ISO-8859-6 (ISO Latin/Arabic, ASMO-708): Arabic letters without Persian or Urdu ones, many
    /// bytes unassigned.
    case iso8859_6 = "ISO-8859-6"
    /// Windows-1252, the Western European code page. The web reads `iso-8859-1`, `latin1` and
    /// `us-ascii` as this encoding, and so does Isnad.
    case windows1252 = "windows-1252"

    /// The encoding a charset label names, or `nil` for a label Isnad does not decode.
    ///
    /// Labels are compared without case and without surrounding spaces or quotes. Besides the names
    /// of the cases, the aliases of the WHATWG Encoding Standard are known (`utf8`, `cp1256`,
    /// `x-cp1256`, `arabic`, `asmo-708`, `iso_8859-6`, `csisolatinarabic`, `latin1`, `ascii` …).
    /// Two choices follow WHATWG: `us-ascii`, `ascii` and every ISO-8859-1 label mean
    /// ``windows1252`` (a superset of ASCII that gives the C1 range its printable characters), and
    /// `utf-16` without an order means ``utf16LittleEndian``. `utf-32` means ``utf32LittleEndian``.
    ///
    /// - Parameter label: A charset name as written in a `Content-Type` header, a `<meta>` tag or an
    ///   XML declaration.
    /// - Complexity: O(*n*) in the length of `label`.
    public init?(label: String) {
        guard let encoding = TextEncoding.labels[TextEncoding.normalizedLabel(label)] else { return nil }
        self = encoding
    }

    /// Whether each character takes one byte, so that a declaration can be checked by plausibility.
    var isSingleByte: Bool {
        switch self {
        case .windows1256, .iso8859_6, .windows1252: true
        default: false
        }
    }

    /// Whether this is UTF-16 or UTF-32, encodings that an ASCII byte scan cannot have read a
    /// declaration from.
    var isWide: Bool {
        switch self {
        case .utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian: true
        default: false
        }
    }

    /// A label trimmed of spaces and quotes and lowercased (ASCII only).
    static func normalizedLabel(_ label: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(label.utf8.count)
        for byte in label.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                UInt8(ascii: "\""), UInt8(ascii: "'"):
                continue
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Every known label, normalized, with its encoding.
    private static let labels: [String: TextEncoding] = {
        let table: [(TextEncoding, [String])] = [
            (.utf8, ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]),
            (.utf16LittleEndian, [
                "utf-16", "utf-16le", "utf16", "utf16le", "unicode", "unicodefeff", "ucs-2", "iso-10646-ucs-2",
                "csunicode",
            ]),
            (.utf16BigEndian, ["utf-16be", "utf16be", "unicodefffe"]),
            (.utf32LittleEndian, ["utf-32", "utf-32le", "utf32", "utf32le"]),
            (.utf32BigEndian, ["utf-32be", "utf32be"]),
            (.windows1256, ["windows-1256", "cp1256", "x-cp1256", "win-1256", "windows1256"]),
            (.iso8859_6, [
                "iso-8859-6", "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987", "iso-8859-6-e",
                "iso-8859-6-i", "iso-ir-127", "arabic", "asmo-708", "csiso88596e", "csiso88596i",
                "csisolatinarabic", "ecma-114",
            ]),
            (.windows1252, [
                "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
                "iso_8859-1:1987", "iso-ir-100", "latin1", "l1", "csisolatin1", "ibm819", "cp819",
                "us-ascii", "ascii", "ansi_x3.4-1968",
            ]),
        ]
        var labels: [String: TextEncoding] = [:]
        for (encoding, names) in table {
            for name in names { labels[name] = encoding }
        }
        return labels
    }()
}
