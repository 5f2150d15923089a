/// A word or a phrase in matching-normalized form, held as UTF-8 bytes.
///
/// Keys hash and compare by bytes. That is exact for text the matching level has folded (it drops
/// the combining marks that make canonical equivalence differ from byte equality) and several times
/// faster than hashing a `String`, which checks canonical equivalence scalar by scalar.
struct LexiconKey: Hashable, Sendable {
    /// The UTF-8 bytes of the key.
    var bytes: [UInt8]

    /// The key of already normalized `bytes`.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The key of already normalized `text`.
    init(normalized text: some StringProtocol) {
        bytes = Array(text.utf8)
    }

    /// Whether the key has no bytes.
    var isEmpty: Bool { bytes.isEmpty }

    /// The number of Unicode scalars in the key.
    var scalarCount: Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// This key, a space and `next`: the key of a phrase.
    func appending(word next: LexiconKey) -> LexiconKey {
        var joined = bytes
        joined.reserveCapacity(bytes.count + 1 + next.bytes.count)
        joined.append(0x20)
        joined.append(contentsOf: next.bytes)
        return LexiconKey(bytes: joined)
    }

    static func == (lhs: LexiconKey, rhs: LexiconKey) -> Bool {
        lhs.bytes == rhs.bytes
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
