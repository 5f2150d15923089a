/// The per-level lookup tables of the normalizer's hot loop, evaluated once from ``ScalarRules``.
struct FoldTables: Sendable {
    /// For each ASCII byte: the output byte, ``droppedByte`` or ``carriageReturn``.
    let ascii: [UInt8]
    /// For each scalar of U+0600–U+06FF: its fold as a table entry (see ``entry(for:)``), with
    /// ``droppedFlag`` where it is dropped and ``composingMark`` added for U+0653–U+0655, which may
    /// compose with the letter before them. No scalar of the block expands.
    let arabic: [UInt32]
    /// The copy loop's entries (see ``copyEntry(folded:)``): first one for each ASCII byte, then
    /// from ``arabicCopyStart`` one for each scalar of U+0600–U+06FF; ``stopsCopy`` for the scalars
    /// that do not fold to exactly one scalar (dropped ones, composing marks, the carriage return).
    let copy: [UInt32]

    static let droppedByte: UInt8 = 0xFF
    static let carriageReturn: UInt8 = 0xFE
    /// Set in an Arabic entry whose scalar is dropped.
    static let droppedFlag: UInt32 = 1 << 30
    /// Added to the entries of U+0653–U+0655; every entry at or above it is a composing mark.
    static let composingMark: UInt32 = 1 << 31

    /// Where the Arabic block's entries start in ``copy``.
    static let arabicCopyStart = 128
    /// The ``copy`` entry of a scalar that is not copied one to one.
    static let stopsCopy: UInt32 = 1 << 31

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
        let asciiCopy = ascii.map { $0 < 0x80 ? Self.copyEntry(folded: UInt32($0)) : Self.stopsCopy }
        let arabicCopy = arabic.map { $0 < Self.droppedFlag ? Self.copyEntry(folded: Self.scalar(of: $0)) : Self.stopsCopy }
        copy = asciiCopy + arabicCopy
    }

    /// A table entry: the scalar in the low 21 bits and its UTF-8 length (1 or 2) in bits 24–25.
    static func entry(for scalar: UInt32) -> UInt32 {
        (scalar < 0x80 ? 1 : 2) << 24 | scalar
    }

    /// An entry of the copy loop: the UTF-8 bytes of `folded` (below U+0800) in memory order in bits
    /// 0–15 and their count in bits 16–17.
    static func copyEntry(folded: UInt32) -> UInt32 {
        folded < 0x80 ? folded | 1 << 16 : (0xC0 | folded >> 6) | (0x80 | folded & 0x3F) << 8 | 2 << 16
    }

    /// The scalar of a table entry.
    @inline(__always)
    static func scalar(of entry: UInt32) -> UInt32 {
        entry & 0x1F_FFFF
    }
}
