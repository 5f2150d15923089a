/// A code page of one byte per character whose lower half is ASCII: Windows-1256, ISO-8859-6 and
/// Windows-1252.
///
/// The upper half comes from a generated table (`SingleByteCodePage+Tables.swift`), parsed once into
/// lookup tables: the scalar of each byte, its UTF-8 bytes, and its ``PlausibilityClass``.
struct SingleByteCodePage: Sendable {
    /// The encoding this page decodes.
    let encoding: TextEncoding
    /// For each byte, its scalar; U+FFFD for an unassigned byte.
    let scalars: [UInt32]
    /// For each byte, its UTF-8 bytes packed least significant first.
    let packedUTF8: [UInt32]
    /// For each byte, the number of its UTF-8 bytes, plus 0x100 when the byte is unassigned.
    let lengthAndReplacement: [UInt16]
    /// For each byte, the class of its scalar, for scoring plausibility.
    let classes: [PlausibilityClass]

    /// Windows-1256.
    static let windows1256 = SingleByteCodePage(encoding: .windows1256, upperHalf: windows1256Table)
    /// ISO-8859-6.
    static let iso8859_6 = SingleByteCodePage(encoding: .iso8859_6, upperHalf: iso8859_6Table)
    /// Windows-1252.
    static let windows1252 = SingleByteCodePage(encoding: .windows1252, upperHalf: windows1252Table)

    /// The page of a single-byte encoding, or `nil` for the Unicode encodings.
    static func page(for encoding: TextEncoding) -> SingleByteCodePage? {
        switch encoding {
        case .windows1256: windows1256
        case .iso8859_6: iso8859_6
        case .windows1252: windows1252
        default: nil
        }
    }

    /// A page from the text of its upper half: 128 fields of four hex digits, `----` where a byte is
    /// unassigned.
    init(encoding: TextEncoding, upperHalf: String) {
        self.encoding = encoding
        var scalars = (0..<256).map { UInt32($0) }
        var assigned = [Bool](repeating: true, count: 256)
        let fields = upperHalf.split(whereSeparator: { $0 == " " || $0 == "\n" })
        for (offset, field) in fields.prefix(128).enumerated() {
            if let scalar = UInt32(field, radix: 16) {
                scalars[0x80 + offset] = scalar
            } else {
                scalars[0x80 + offset] = UTF8Writer.replacement
                assigned[0x80 + offset] = false
            }
        }
        self.scalars = scalars
        self.packedUTF8 = scalars.map { scalar in
            var packed: UInt32 = 0
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
                var count = 0
                UTF8Writer.write(scalar, to: buffer, at: &count)
                for index in 0..<count { packed |= UInt32(buffer[index]) << (8 * UInt32(index)) }
            }
            return packed
        }
        self.lengthAndReplacement = (0..<256).map { byte in
            UInt16(UTF8Writer.length(of: scalars[byte])) | (assigned[byte] ? 0 : 0x100)
        }
        self.classes = (0..<256).map { byte in
            assigned[byte] ? PlausibilityClass(scalars[byte]) : .unassigned
        }
    }

    /// Decodes bytes of this page; unassigned bytes become U+FFFD.
    ///
    /// - Returns: The text and the number of replacements.
    /// - Complexity: O(*n*) in the number of bytes: one pass to size the text, one to write it.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, replacements: Int) {
        lengthAndReplacement.withUnsafeBufferPointer { sizes in
            packedUTF8.withUnsafeBufferPointer { packed in
                var length = 0
                var replacements = 0
                for byte in bytes {
                    let size = Int(sizes[Int(byte)])
                    length &+= size & 0xFF
                    replacements &+= size >> 8
                }
                let text = String(unsafeUninitializedCapacity: length) { output in
                    var written = 0
                    for byte in bytes {
                        if byte < 0x80 {
                            output[written] = byte
                            written &+= 1
                            continue
                        }
                        var code = packed[Int(byte)]
                        for _ in 0..<(sizes[Int(byte)] & 0xFF) {
                            output[written] = UInt8(truncatingIfNeeded: code)
                            code >>= 8
                            written &+= 1
                        }
                    }
                    return written
                }
                return (text, replacements)
            }
        }
    }
}
