/// A byte order mark at the start of the input: U+FEFF in one of the Unicode encodings.
struct ByteOrderMark: Sendable, Hashable {
    /// The encoding the mark announces.
    let encoding: TextEncoding
    /// The number of bytes of the mark.
    let length: Int

    /// The mark at the start of `bytes`, if there is one.
    ///
    /// UTF-32LE (FF FE 00 00) is checked before UTF-16LE (FF FE), whose mark is its prefix. A UTF-16LE
    /// text that starts with U+0000 would read as UTF-32LE; no text Isnad ingests does.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        func starts(with mark: [UInt8]) -> Bool {
            bytes.count >= mark.count && zip(bytes, mark).allSatisfy { $0 == $1 }
        }
        if starts(with: [0xEF, 0xBB, 0xBF]) {
            (encoding, length) = (.utf8, 3)
        } else if starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            (encoding, length) = (.utf32LittleEndian, 4)
        } else if starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            (encoding, length) = (.utf32BigEndian, 4)
        } else if starts(with: [0xFF, 0xFE]) {
            (encoding, length) = (.utf16LittleEndian, 2)
        } else if starts(with: [0xFE, 0xFF]) {
            (encoding, length) = (.utf16BigEndian, 2)
        } else {
            return nil
        }
    }

    /// The mark's bytes in hex, for evidence (`EF BB BF`).
    var hexDigits: String {
        switch encoding {
        case .utf8: "EF BB BF"
        case .utf32LittleEndian: "FF FE 00 00"
        case .utf32BigEndian: "00 00 FE FF"
        case .utf16LittleEndian: "FF FE"
        default: "FE FF"
        }
    }
}
