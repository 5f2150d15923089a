/// The per-level lookup tables of the normalizer's hot loop, evaluated once from ``ScalarRules``.
struct FoldTables: Sendable {
    /// For each ASCII byte: the output byte, ``droppedByte`` or ``carriageReturn``.
    let ascii: [UInt8]
    /// For each scalar of U+0600–U+06FF: its fold as a table entry (see ``entry(for:)``), with
    /// ``droppedFlag`` where it is dropped and ``composingMark`` added for U+0653–U+0655, which may
    /// compose with the letter before them. No scalar of the block expands.
    let arabic: [UInt32]

    static let droppedByte: UInt8 = 0xFF
    static let carriageReturn: UInt8 = 0xFE
    /// Set in an Arabic entry whose scalar is dropped.
    static let droppedFlag: UInt32 = 1 << 30
    /// Added to the entries of U+0653–U+0655; every entry at or above it is a composing mark.
    static let composingMark: UInt32 = 1 << 31

    static let display = FoldTables(level: .display)
    static let matching = FoldTables(level: .matching)

    init(level: NormalizationLevel) {
        ascii = (0..<128).map { byte in
            if byte == 0x0D { return Self.carriageReturn }
            switch ScalarRules.fold(UInt32(byte), level: level) {
            case .keep: return UInt8(byte)
            case .replace(let other): return UInt8(other)
            case .drop, .expand: return Self.droppedByte
            }
        }
        arabic = (UInt32(0x0600)...UInt32(0x06FF)).map { scalar in
            let mark = (0x0653...0x0655).contains(scalar) ? Self.composingMark : 0
            switch ScalarRules.fold(scalar, level: level) {
            case .keep: return mark | Self.entry(for: scalar)
            case .replace(let other): return mark | Self.entry(for: other)
            case .drop, .expand: return mark | Self.droppedFlag
            }
        }
    }

    /// A table entry: the scalar in the low 21 bits and its UTF-8 length (1 or 2) in bits 24–25.
    static func entry(for scalar: UInt32) -> UInt32 {
        (scalar < 0x80 ? 1 : 2) << 24 | scalar
    }

    /// The scalar of a table entry.
    @inline(__always)
    static func scalar(of entry: UInt32) -> UInt32 {
        entry & 0x1F_FFFF
    }
}
