/// A read-only map from 64-bit hashes to non-negative integers, with open addressing and linear
/// probing.
///
/// The keys are already FNV-1a hashes, so the slot is their low bits; a `Dictionary` would hash them
/// again with SipHash. The table is at most half full, so a missing key ends its probe soon.
struct PhraseHashIndex: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int

    /// The index of `entries`.
    /// - Complexity: O(n) in the number of entries.
    init(_ entries: [UInt64: Int]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key) & mask
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = Int32(value)
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// The value for `key`, or `nil`.
    /// - Complexity: O(1) on average.
    @inline(__always)
    func value(for key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == key { return Int(value) }
            slot = (slot + 1) & mask
        }
    }
}
