/// Two articles worth aligning: indices into the fingerprints given to
/// ``ReuseDetector/candidates(among:)``, `first < second`.
public struct ReuseCandidate: Sendable, Hashable, Codable {
    /// The index of the earlier article in the input.
    public var first: Int
    /// The index of the later article in the input.
    public var second: Int

    /// A candidate pair.
    public init(first: Int, second: Int) {
        self.first = first
        self.second = second
    }
}
