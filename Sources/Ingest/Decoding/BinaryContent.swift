/// Tells bytes that are a binary file from text.
enum BinaryContent {
    /// Known file signatures at offset 0, with what they announce.
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF87a".utf8), "a GIF image"),
        (Array("GIF89a".utf8), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a DOCX, XLSX or EPUB file)"),
        ([0x1F, 0x8B], "a gzip stream (the body was not decompressed)"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a Zstandard stream (the body was not decompressed)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an OLE document (DOC, XLS)"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        (Array("SQLite format 3".utf8), "an SQLite database"),
    ]

    /// The kind of file whose signature `bytes` start with, if any.
    static func signature(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for (signature, name) in signatures
        where bytes.count >= signature.count && zip(bytes, signature).allSatisfy({ $0 == $1 }) {
            return name
        }
        if bytes.count >= 12, bytes.prefix(4).elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) {
            return "a WebP image"
        }
        return nil
    }

    /// The number of bytes at the start of the input that are checked for control bytes.
    static let sampleLength = 65_536

    /// Why the start of `bytes` is not text in a single-byte encoding or UTF-8, or `nil` if it may be.
    ///
    /// Text has no NUL bytes and almost no C0 controls other than tab, line feed, form feed and
    /// carriage return. The input is binary when NUL bytes make at least 0.1% of the sample, or when
    /// NUL and control bytes together are at least two and at least 2% of it (random bytes have about
    /// 10%). Call it only after ruling out UTF-16 and UTF-32, where NUL bytes are normal.
    ///
    /// - Complexity: O(*n*) in ``sampleLength``.
    static func controlReason(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let sample = UnsafeBufferPointer(rebasing: bytes.prefix(sampleLength))
        var nulCount = 0
        var controlCount = 0
        for byte in sample where byte < 0x20 {
            switch byte {
            case 0x00: nulCount += 1
            case 0x09, 0x0A, 0x0C, 0x0D: continue
            default: controlCount += 1
            }
        }
        let total = sample.count
        let manyNUL = nulCount > 0 && nulCount * 1000 >= total
        let manyControls = nulCount + controlCount >= 2 && (nulCount + controlCount) * 50 >= total
        guard manyNUL || manyControls else { return nil }
        let share = Double((nulCount + controlCount) * 1000 / total) / 10
        return "\(share)% of the first \(total) bytes are NUL (\(nulCount)) or control bytes (\(controlCount))"
            + " outside a UTF-16 pattern"
    }
}
