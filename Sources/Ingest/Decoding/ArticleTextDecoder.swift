/// Decodes the bytes of an article, a page or a feed into text, in whatever encoding Arabic sites
/// use, and says which encoding it chose and why.
///
/// The decoder reads UTF-8, UTF-16 and UTF-32 in both byte orders, Windows-1256, ISO-8859-6 and
/// Windows-1252 (what `iso-8859-1` and `us-ascii` mean on the web). It weighs evidence in this order:
///
/// 1. **A byte order mark** decides, and is removed from the text (UTF-32LE is checked before
///    UTF-16LE, whose mark is a prefix of it).
/// 2. **A declared charset passed by the caller**, from an HTTP `Content-Type` header.
/// 3. **A declaration inside the bytes**: `<meta charset>`, `<meta http-equiv="Content-Type">` or the
///    XML declaration, in the first 4 KiB (see `DocumentDeclarationScanner`). As in WHATWG, a
///    document that declares UTF-16 or UTF-32 this way is read as UTF-8: its declaration could only
///    be found because it is ASCII-compatible.
/// 4. **Verification.** A declaration is followed only if the bytes agree with it. UTF-8 must
///    validate (a final character cut off, or one error per twenty multibyte sequences, is taken for
///    damage and replaced). A single-byte page is overruled when the bytes are valid UTF-8 with
///    non-ASCII characters, when ISO-8859-6 is declared but the bytes use positions it leaves
///    unassigned or its C1 controls, or when another page reads at least 0.25 more plausibly and
///    at least 0.5 in all (a page declared `iso-8859-1` that holds Windows-1256 Arabic). UTF-16 must
///    show the UTF-16 byte pattern, UTF-32 must consist of valid units. Every overruled declaration
///    is named in the evidence, and the next one (the document's after the header's) is tried.
/// 5. **Detection** when nothing usable is declared: the UTF-16 byte pattern of text without a mark
///    (0x00 or 0x06 high bytes at alternate offsets); then UTF-8 if the bytes validate (or are
///    damaged UTF-8 as above); otherwise the single-byte page with the best plausibility score (see
///    `PlausibilityScore`: Arabic letters in Arabic-only words, harakat after letters and Latin
///    letters in Latin words count for a page; mixed-script words, stray harakat, C1 controls and
///    unassigned bytes count against it). Ties go to Windows-1256, then ISO-8859-6.
///
/// Before detection or any single-byte or UTF-8 verification, bytes that look binary (a known file
/// signature, or NUL and control bytes that no text has) are refused with a ``TextDecodingError``.
///
/// The evidence strings read like these:
///
/// - `byte order mark EF BB BF`
/// - `declared by the Content-Type charset windows-1256`
/// - `declared by <meta http-equiv="Content-Type"> charset windows-1256`
/// - `<meta charset="iso-8859-1"> overruled: the bytes read better as windows-1256 (plausibility 0.99
///   against -0.98); detected: not UTF-8 (37 invalid sequences); plausibility windows-1256 0.99,
///   ISO-8859-6 0.42, windows-1252 -0.98`
/// - `not declared; UTF-16LE pattern (0x00 or 0x06 high bytes in 97% of units)`
///
/// The decoder is a value with no state; one instance can serve every task.
public struct ArticleTextDecoder: Sendable {
    /// A decoder.
    public init() {}

    /// Decodes bytes into text.
    ///
    /// Call it with the raw body of a file or an HTTP response, and with the response's
    /// `Content-Type` header when there is one:
    ///
    /// ```swift
    /// let decoded = try ArticleTextDecoder().decode(body, contentType: "text/html; charset=windows-1256")
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: The input: an array, a slice, `Data` or any collection of bytes.
    ///   - contentType: An HTTP `Content-Type` value (`text/html; charset=windows-1256`), or a bare
    ///     charset label (`windows-1256`) from a feed or a dataset field; `nil` if none is known.
    /// - Returns: The text, the encoding, the basis of the choice and the evidence. Empty input
    ///   gives empty text, detected as UTF-8.
    /// - Throws: ``TextDecodingError`` with code ``TextDecodingError/Code/binaryContent`` when the
    ///   bytes look like a binary file.
    /// - Complexity: O(*n*) in the number of bytes. Valid UTF-8 is validated once by the standard
    ///   library; other encodings take a few passes (scores stop after 32,768 high bytes).
    public func decode<Bytes: Collection<UInt8>>(
        _ bytes: Bytes, contentType: String? = nil
    ) throws(TextDecodingError) -> DecodedText {
        let result =
            bytes.withContiguousStorageIfAvailable { decode(buffer: $0, contentType: contentType) }
            ?? Array(bytes).withUnsafeBufferPointer { decode(buffer: $0, contentType: contentType) }
        return try result.get()
    }

    /// Decodes a buffer, following the order of evidence in the type's documentation.
    func decode(buffer bytes: UnsafeBufferPointer<UInt8>, contentType: String?) -> Result<DecodedText, TextDecodingError> {
        guard !bytes.isEmpty else {
            return .success(DecodedText(text: "", encoding: .utf8, basis: .detection, evidence: "empty input"))
        }
        let header = contentType.flatMap(CharsetDeclaration.init(contentType:))
        if let mark = ByteOrderMark(bytes) {
            let decoded = ArticleTextDecoder.decode(UnsafeBufferPointer(rebasing: bytes[mark.length...]), as: mark.encoding)
            var evidence = "byte order mark \(mark.hexDigits)"
            if let header, TextEncoding(label: header.label) != mark.encoding {
                evidence += " (overrides \(header.description))"
            }
            return .success(DecodedText(
                text: decoded.text, encoding: mark.encoding, basis: .byteOrderMark, evidence: evidence,
                replacementCount: decoded.replacements))
        }
        if let kind = BinaryContent.signature(of: bytes) {
            return .failure(TextDecodingError(
                code: .binaryContent, message: "the input starts with the signature of \(kind)"))
        }
        var inspection = DecodingInspection(bytes)
        var overruled: [String] = []
        func follow(_ declaration: CharsetDeclaration) -> Result<DecodedText, TextDecodingError>? {
            switch verify(declaration, &inspection) {
            case .accepted(let decoded): return .success(decoded)
            case .binary(let reason): return .failure(TextDecodingError(code: .binaryContent, message: reason))
            case .overruled(let reason):
                overruled.append(reason)
                return nil
            }
        }
        // The header first; the document is scanned only if the header is missing or overruled.
        if let header, let result = follow(header) { return result }
        if let document = DocumentDeclarationScanner.declaration(in: bytes), let result = follow(document) {
            return result
        }
        return detect(&inspection, overruled: overruled)
    }

    /// Decodes bytes in a known encoding, replacing invalid sequences with U+FFFD.
    ///
    /// - Returns: The text and the number of replacements.
    /// - Complexity: O(*n*) in the number of bytes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) -> (text: String, replacements: Int) {
        switch encoding {
        case .utf8:
            if let text = String(validating: bytes, as: UTF8.self) { return (text, 0) }
            return (String(decoding: bytes, as: UTF8.self), UTF8Survey(bytes).invalidCount)
        case .utf16LittleEndian: return UTF16Transcoding.decode(bytes, bigEndian: false)
        case .utf16BigEndian: return UTF16Transcoding.decode(bytes, bigEndian: true)
        case .utf32LittleEndian: return UTF32Transcoding.decode(bytes, bigEndian: false)
        case .utf32BigEndian: return UTF32Transcoding.decode(bytes, bigEndian: true)
        case .windows1256: return SingleByteCodePage.windows1256.decode(bytes)
        case .iso8859_6: return SingleByteCodePage.iso8859_6.decode(bytes)
        case .windows1252: return SingleByteCodePage.windows1252.decode(bytes)
        }
    }
}
