/// Bytes that ``ArticleTextDecoder`` refuses to read as text.
///
/// The ingest pipeline turns it into a `RejectedInput` whose reason is ``message``.
public struct TextDecodingError: Error, Sendable, Hashable, Codable {
    /// Why the bytes were refused.
    public enum Code: String, Sendable, Hashable, Codable {
        /// The bytes look like a binary file: a known file signature (PDF, PNG, JPEG, ZIP …), or NUL
        /// and control bytes that no text encoding Isnad reads would contain.
        case binaryContent
    }

    /// Why the bytes were refused.
    public var code: Code
    /// The reason in words, naming the evidence (`the input starts with the signature of a PNG
    /// image`, `3.1% of the first 4096 bytes are NUL or control bytes outside a UTF-16 pattern`).
    public var message: String

    /// An error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }
}
