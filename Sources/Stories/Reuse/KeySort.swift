/// Sorting of 64-bit keys by a least-significant-digit radix sort on bytes, several times faster than
/// the standard library's comparison sort on the random hash keys of fingerprints and indexes.
///
/// The sort is stable and skips the bytes on which all keys agree. Keys whose low bytes are already
/// ascending in input order among keys with equal high bytes (a position or article index appended in
/// order under a hash) can skip those low bytes altogether.
enum KeySort {
    /// Arrays shorter than this are insertion sorted.
    static let radixThreshold = 48

    /// Sorts `keys` in ascending order.
    /// - Parameters:
    ///   - keys: the keys.
    ///   - lowBytesInOrder: how many low bytes need no sorting because, among keys with equal higher
    ///     bytes, they already ascend in input order.
    /// - Complexity: O(n) for n keys at or above ``radixThreshold``; O(n²) below, with n < 48.
    static func sort(_ keys: inout [UInt64], lowBytesInOrder: Int = 0) {
        guard keys.count > 1 else { return }
        guard keys.count >= radixThreshold else {
            insertionSort(&keys)
            return
        }
        var differing: UInt64 = 0
        if let first = keys.first {
            for key in keys { differing |= key ^ first }
        }
        var scratch = [UInt64](repeating: 0, count: keys.count)
        var counts = [Int](repeating: 0, count: 256)
        for byte in max(0, lowBytesInOrder)..<8 where (differing >> UInt64(byte * 8)) & 0xFF != 0 {
            let shift = UInt64(byte * 8)
            keys.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { target in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for index in 0..<256 { counts[index] = 0 }
                        for key in source { counts[Int(truncatingIfNeeded: (key >> shift) & 0xFF)] += 1 }
                        var total = 0
                        for index in 0..<256 {
                            let count = counts[index]
                            counts[index] = total
                            total += count
                        }
                        for key in source {
                            let digit = Int(truncatingIfNeeded: (key >> shift) & 0xFF)
                            target[counts[digit]] = key
                            counts[digit] += 1
                        }
                    }
                }
            }
            swap(&keys, &scratch)
        }
    }

    private static func insertionSort(_ keys: inout [UInt64]) {
        keys.withUnsafeMutableBufferPointer { keys in
            for index in 1..<keys.count {
                let key = keys[index]
                var position = index
                while position > 0, keys[position - 1] > key {
                    keys[position] = keys[position - 1]
                    position -= 1
                }
                keys[position] = key
            }
        }
    }
}
