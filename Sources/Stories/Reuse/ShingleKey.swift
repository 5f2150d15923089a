/// A shingle occurrence packed into one integer for fast sorting: the upper 40 bits of the shingle
/// hash above the 24-bit index of the word where the shingle starts.
///
/// Sorting packed keys sorts occurrences by hash, then position, with the plain integer order. The
/// 40-bit prefix names a shingle within and across articles with a negligible chance of two shingles
/// sharing it (about 2 · 10⁻⁷ for two articles of a thousand words each); seeds are checked on
/// their first word before they are used, so different shingles practically never align. Articles with
/// more than 16 777 215 words index their first 16 777 215 shingles only.
enum ShingleKey {
    /// Bits of the word position.
    static let positionBits: UInt64 = 24
    /// The largest position a key holds.
    static let maximumPosition = Int(1 << positionBits) - 1
    private static let positionMask: UInt64 = (1 << positionBits) - 1

    /// The key of the shingle `hash` starting at word `position` (at most ``maximumPosition``).
    @inline(__always)
    static func make(hash: UInt64, position: Int) -> UInt64 {
        (hash & ~positionMask) | UInt64(truncatingIfNeeded: position)
    }

    /// The 40-bit hash prefix of a key, as an integer below 2⁴⁰.
    @inline(__always)
    static func prefix(_ key: UInt64) -> UInt64 {
        key >> positionBits
    }

    /// The word position of a key.
    @inline(__always)
    static func position(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: key & positionMask)
    }
}
