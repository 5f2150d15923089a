/// Facts about the bytes under decoding, each computed once and only when a step asks for it.
struct DecodingInspection {
    /// The bytes, without a byte order mark (inputs with one never get here).
    let bytes: UnsafeBufferPointer<UInt8>

    /// An inspection of bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The UTF-16 pattern at the start, if any.
    lazy var utf16Pattern: UTF16Pattern? = UTF16Pattern(bytes)
    /// The text, if the bytes are well-formed UTF-8 (validated by the standard library).
    lazy var validUTF8: String? = String(validating: bytes, as: UTF8.self)
    /// The UTF-8 survey, for bytes that failed validation.
    lazy var utf8Survey = UTF8Survey(bytes)
    /// Whether any byte is 0x80 or above.
    lazy var hasHighBytes = bytes.contains { $0 >= 0x80 }
    /// Why the bytes look binary, if they do.
    lazy var binaryReason: String? = BinaryContent.controlReason(bytes)

    private var scores: [TextEncoding: PlausibilityScore] = [:]

    /// The plausibility of the bytes in a single-byte page.
    mutating func score(_ page: SingleByteCodePage) -> PlausibilityScore {
        if let known = scores[page.encoding] { return known }
        let score = PlausibilityScore(bytes, in: page)
        scores[page.encoding] = score
        return score
    }

    /// The single-byte pages in order of preference when scores tie: Arabic pages first, and
    /// Windows-1256 before ISO-8859-6 because it is far more common on the web (for text in the 36
    /// letters the two pages share, both read the same).
    static let candidatePages: [SingleByteCodePage] = [.windows1256, .iso8859_6, .windows1252]

    /// The best-scoring single-byte page, ties going to the earlier one in ``candidatePages``.
    ///
    /// Ties happen on short texts whose letters all lie in the range the two Arabic pages share
    /// (0xC1–0xD6), where both read the same, or whose shifted letters happen to read as other Arabic
    /// letters (ISO-8859-6 «عاجل» is «ظاجن» in Windows-1256). We tried breaking them by how common
    /// the letters are in Arabic: on single words of the seed articles, that fixed about 360 of 512
    /// ISO-8859-6 words but broke about 150 of 1826 Windows-1256 ones, a bad trade for a page that is
    /// far more common on the web. From four words up, ties almost never happen (8 of 428 ISO-8859-6
    /// phrases, 0 of 462 Windows-1256 ones).
    mutating func bestPage() -> (page: SingleByteCodePage, score: PlausibilityScore) {
        var best = (page: DecodingInspection.candidatePages[0], score: score(DecodingInspection.candidatePages[0]))
        for page in DecodingInspection.candidatePages.dropFirst() {
            let candidate = score(page)
            if candidate.value > best.score.value { best = (page, candidate) }
        }
        return best
    }

    /// Every candidate's score, for evidence: `windows-1256 0.98, ISO-8859-6 0.12, windows-1252 -0.50`.
    mutating func scoreSummary() -> String {
        var parts: [String] = []
        for page in DecodingInspection.candidatePages {
            parts.append("\(page.encoding.rawValue) \(score(page).formattedValue)")
        }
        return parts.joined(separator: ", ")
    }
}
