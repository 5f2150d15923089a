/// The 64-bit FNV-1a hash: fixed across processes and machines, unlike `hashValue`, so it can name
/// things that are stored (article ids, shingle fingerprints).
///
/// Offset basis 0xCBF29CE484222325, prime 0x100000001B3 (Fowler, Noll and Vo).
public struct FNV1a: Sendable, Hashable {
    /// The hash of everything fed so far.
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// A hasher that has seen nothing.
    public init() {}

    /// Feeds bytes.
    /// - Complexity: O(n) in the number of bytes.
    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    /// Feeds the UTF-8 bytes of a string.
    public mutating func combine(_ text: String) {
        combine(text.utf8)
    }

    /// The hash of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = FNV1a()
        hasher.combine(bytes)
        return hasher.value
    }

    /// The hash as sixteen lower-case hex digits.
    public var hexDigits: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
