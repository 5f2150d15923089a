/// The byte pattern of UTF-16 text without a byte order mark.
///
/// In UTF-16 text of ASCII and Arabic, the high byte of almost every code unit is 0x00 (ASCII, Latin-1)
/// or 0x06 (the Arabic block), and the low byte almost never is. So in little-endian text the odd
/// offsets are full of 0x00 and 0x06 and the even offsets free of them; in big-endian text the
/// reverse. Single-byte text and UTF-8 have neither.
struct UTF16Pattern: Sendable, Hashable {
    /// The byte order the pattern shows.
    let encoding: TextEncoding
    /// The number of code units inspected.
    let unitCount: Int
    /// The number of them whose high byte is 0x00 or 0x06.
    let matchCount: Int

    /// The number of code units inspected at the start of the input.
    static let sampleUnits = 4096

    /// The pattern at the start of `bytes`, or `nil` if there is none.
    ///
    /// Little-endian is reported when at least 40% of the odd offsets and at most 5% of the even
    /// ones hold 0x00 or 0x06; big-endian in the reverse case.
    ///
    /// - Complexity: O(1): at most ``sampleUnits`` units are read.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let units = min(bytes.count / 2, UTF16Pattern.sampleUnits)
        guard units > 0 else { return nil }
        unitCount = units
        var even = 0
        var odd = 0
        for unit in 0..<units {
            let first = bytes[unit * 2]
            let second = bytes[unit * 2 + 1]
            if first == 0x00 || first == 0x06 { even += 1 }
            if second == 0x00 || second == 0x06 { odd += 1 }
        }
        if odd * 10 >= units * 4, even * 20 <= units {
            (encoding, matchCount) = (.utf16LittleEndian, odd)
        } else if even * 10 >= units * 4, odd * 20 <= units {
            (encoding, matchCount) = (.utf16BigEndian, even)
        } else {
            return nil
        }
    }

    /// The share of matching units as a whole percentage, rounded down, for evidence.
    var percentage: Int { matchCount * 100 / unitCount }
}
