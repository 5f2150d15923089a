/// A hash table keyed by UTF-8 bytes that looks keys up straight from a slice of a larger buffer,
/// without making a `String` or an `Array` per lookup.
///
/// Keys are kept end to end in one byte arena; slots use open addressing with linear probing and the
/// 64-bit FNV-1a hash. The time finder looks up every word of an article in it, so a lookup is a
/// hash over the word's bytes, one or two probes and a byte comparison.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int] = []
    private var lengths: [Int] = []
    private var hashes: [UInt64] = []
    private var values: [Value] = []
    private var slots: [Int32]
    private var mask: Int

    /// An empty table sized for about `capacity` keys.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The number of keys.
    var count: Int { values.count }

    /// The 64-bit FNV-1a hash of `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return value
    }

    /// The value stored for `key`.
    /// - Complexity: O(n) in the length of `key`, expected.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        index(of: key, hash: Self.hash(key)).map { values[$0] }
    }

    /// The value stored for U+0627 ARABIC LETTER ALEF followed by `rest`: the key of a word whose
    /// article was written لل after the preposition ل (للعام is ل + العام).
    /// - Complexity: O(n) in the length of `rest`, expected.
    func value(forAlefAnd rest: UnsafeBufferPointer<UInt8>) -> Value? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        hash ^= 0xD8
        hash &*= 0x0000_0100_0000_01B3
        hash ^= 0xA7
        hash &*= 0x0000_0100_0000_01B3
        for byte in rest {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == hash, lengths[entry] == rest.count + 2 {
                let start = starts[entry]
                let same = arena.withUnsafeBufferPointer { stored in
                    guard stored[start] == 0xD8, stored[start + 1] == 0xA7 else { return false }
                    for offset in 0..<rest.count where stored[start + 2 + offset] != rest[offset] { return false }
                    return true
                }
                if same { return values[entry] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored for the UTF-8 bytes of `key`.
    func value(for key: String) -> Value? {
        var key = key
        return key.withUTF8 { value(for: $0) }
    }

    /// Stores `value` for `key`, replacing any value it had.
    /// - Complexity: O(n) in the length of `key`, amortized.
    mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        let hash = Self.hash(key)
        if let existing = index(of: key, hash: hash) {
            values[existing] = value
            return
        }
        if (values.count + 1) * 2 > slots.count { grow() }
        starts.append(arena.count)
        lengths.append(key.count)
        arena.append(contentsOf: key)
        hashes.append(hash)
        values.append(value)
        place(values.count - 1, hash: hash)
    }

    /// Stores `value` for the UTF-8 bytes of `key`.
    mutating func insert(_ value: Value, for key: String) {
        var key = key
        key.withUTF8 { insert(value, for: $0) }
    }

    private func index(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == hash, lengths[entry] == key.count, matches(entry, key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        return arena.withUnsafeBufferPointer { stored in
            for offset in 0..<key.count where stored[start + offset] != key[offset] { return false }
            return true
        }
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for entry in 0..<values.count { place(entry, hash: hashes[entry]) }
    }
}
