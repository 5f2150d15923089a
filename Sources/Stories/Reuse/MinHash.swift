/// MinHash signatures (Broder, 1997) over shingle hashes, with a fixed family of hash functions so
/// that a signature computed today compares with one stored last year on another machine.
///
/// The family has ``permutationCount`` functions. Function `i` maps a shingle hash `x` to
///
///     h_i(x) = ((a_i · m(x) + b_i) mod 2^64) >> 32
///
/// where `m` is the SplitMix64 finalizer (SplitMix64: `z ^= z >> 30; z *= 0xBF58476D1CE4E5B9;
/// z ^= z >> 27; z *= 0x94D049BB133111EB; z ^= z >> 31`) and the coefficients come from a SplitMix64
/// generator seeded with ``seed``, drawn in the order a_0, b_0, a_1, b_1, …; each a_i is forced odd
/// (`| 1`). This is Dietzfelbinger's multiply-add-shift family on 64-bit words, whose upper bits
/// depend on every input bit; the finalizer first spreads FNV-1a's weakly mixed high bits. Row `i` of
/// a signature is the least h_i over the text's shingles, a 32-bit value; a text without shingles has
/// every row at `UInt32.max`.
///
/// The probability that two texts agree on a row is close to the Jaccard similarity of their
/// shingle sets, so the share of agreeing rows estimates it with a standard error of at most
/// 1/(2·√128) ≈ 0.044.
public struct MinHash: Sendable {
    /// The number of hash functions and signature rows: 128.
    public static let permutationCount = 128
    /// The seed of the coefficient generator: the ASCII bytes of "ISNAD_MH", 0x4953_4E41_445F_4D48.
    public static let seed: UInt64 = 0x4953_4E41_445F_4D48

    /// The multipliers a_i, all odd.
    public let multipliers: [UInt64]
    /// The increments b_i.
    public let increments: [UInt64]

    /// The fixed family.
    public static let standard = MinHash()

    private init() {
        var generator = SplitMix64(seed: Self.seed)
        var multipliers: [UInt64] = []
        var increments: [UInt64] = []
        for _ in 0..<Self.permutationCount {
            multipliers.append(generator.next() | 1)
            increments.append(generator.next())
        }
        self.multipliers = multipliers
        self.increments = increments
    }

    /// The value of function `index` for a shingle hash.
    /// - Precondition: `index` is in `0..<permutationCount`.
    public func value(_ shingleHash: UInt64, function index: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: (multipliers[index] &* SplitMix64.mix(shingleHash) &+ increments[index]) >> 32)
    }

    /// The signature of a set of shingle hashes (repeats do not matter).
    /// - Complexity: O(n · k) for n hashes and k = ``permutationCount``.
    public func signature(of shingleHashes: some Sequence<UInt64>) -> MinHashSignature {
        signature(ofMixed: shingleHashes.map(SplitMix64.mix))
    }

    /// The signature from shingle hashes already passed through the finalizer.
    ///
    /// The loop runs row by row over all hashes, so that a row's coefficients and running minimum
    /// stay in registers; the minimum of the 64-bit values is taken first and shifted once, which
    /// gives the same result as the minimum of the shifted values.
    private func signature(ofMixed mixed: [UInt64]) -> MinHashSignature {
        var values = [UInt32](repeating: .max, count: Self.permutationCount)
        guard !mixed.isEmpty else { return MinHashSignature(values: values) }
        mixed.withUnsafeBufferPointer { hashes in
            // Two rows per pass share the loads of the hashes; two running minima per row break the
            // dependency between consecutive comparisons.
            var row = 0
            while row + 1 < Self.permutationCount {
                let (multiplier0, increment0) = (multipliers[row], increments[row])
                let (multiplier1, increment1) = (multipliers[row + 1], increments[row + 1])
                var least00 = UInt64.max
                var least01 = UInt64.max
                var least10 = UInt64.max
                var least11 = UInt64.max
                var index = 0
                while index + 2 <= hashes.count {
                    let x0 = hashes[index]
                    let x1 = hashes[index + 1]
                    least00 = min(least00, multiplier0 &* x0 &+ increment0)
                    least10 = min(least10, multiplier1 &* x0 &+ increment1)
                    least01 = min(least01, multiplier0 &* x1 &+ increment0)
                    least11 = min(least11, multiplier1 &* x1 &+ increment1)
                    index += 2
                }
                if index < hashes.count {
                    least00 = min(least00, multiplier0 &* hashes[index] &+ increment0)
                    least10 = min(least10, multiplier1 &* hashes[index] &+ increment1)
                }
                values[row] = UInt32(truncatingIfNeeded: min(least00, least01) >> 32)
                values[row + 1] = UInt32(truncatingIfNeeded: min(least10, least11) >> 32)
                row += 2
            }
            while row < Self.permutationCount {
                var least = UInt64.max
                for hash in hashes { least = min(least, multipliers[row] &* hash &+ increments[row]) }
                values[row] = UInt32(truncatingIfNeeded: least >> 32)
                row += 1
            }
        }
        return MinHashSignature(values: values)
    }
}
