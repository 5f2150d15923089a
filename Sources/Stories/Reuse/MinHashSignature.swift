/// The ``MinHash`` signature of a text: for each of the fixed hash functions, the least value it
/// takes over the text's shingles.
///
/// Signatures are plain 32-bit values from a fixed family, so they can be stored and compared across
/// versions and machines.
public struct MinHashSignature: Sendable, Hashable, Codable {
    /// One value per hash function, ``MinHash/permutationCount`` of them; `UInt32.max` everywhere for a
    /// text without shingles.
    public var values: [UInt32]

    /// A signature with the given rows.
    public init(values: [UInt32]) {
        self.values = values
    }

    /// Whether the text had no shingles (fewer than ``Shingler/wordCount`` words).
    /// - Complexity: O(k) in the number of rows.
    public var isEmpty: Bool { values.allSatisfy { $0 == .max } }

    /// The estimated Jaccard similarity of the two texts' shingle sets: the share of rows on which the
    /// signatures agree; 0 when either text had no shingles or the lengths differ.
    /// - Complexity: O(k) in the number of rows.
    public func estimatedJaccard(with other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty, !isEmpty, !other.isEmpty else { return 0 }
        var equal = 0
        for row in values.indices where values[row] == other.values[row] { equal += 1 }
        return Double(equal) / Double(values.count)
    }
}
