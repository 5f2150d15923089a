/// Text decoded from bytes, with the encoding that was used and the evidence for it.
public struct DecodedText: Sendable, Hashable, Codable {
    /// What the choice of encoding rests on.
    public enum Basis: String, Sendable, Hashable, Codable {
        /// A byte order mark at the start of the input.
        case byteOrderMark
        /// The charset of the `Content-Type` header (or a label) that the caller passed in.
        case contentType
        /// A declaration inside the bytes: `<meta charset>`, `<meta http-equiv="Content-Type">` or
        /// the XML declaration.
        case documentDeclaration
        /// Detection from the bytes themselves: nothing was declared, or every declaration was
        /// contradicted by the bytes (``DecodedText/evidence`` says which and why). Empty input is
        /// also reported as detected UTF-8.
        case detection
    }

    /// The decoded text, without a byte order mark. Invalid sequences are U+FFFD REPLACEMENT CHARACTER.
    public var text: String
    /// The encoding the bytes were read in.
    public var encoding: TextEncoding
    /// What the choice rests on.
    public var basis: Basis
    /// The evidence in words, for logs and for the article's provenance: the byte order mark, the
    /// declaration and where it was found, a declaration that was overruled and why, or the
    /// detection figures (such as `not declared; not UTF-8 (41 invalid sequences); plausibility
    /// windows-1256 0.99, ISO-8859-6 0.35, windows-1252 -0.97`).
    public var evidence: String
    /// How many invalid or unassigned sequences were replaced by U+FFFD.
    public var replacementCount: Int

    /// A decoded text.
    public init(text: String, encoding: TextEncoding, basis: Basis, evidence: String, replacementCount: Int = 0) {
        self.text = text
        self.encoding = encoding
        self.basis = basis
        self.evidence = evidence
        self.replacementCount = replacementCount
    }
}
