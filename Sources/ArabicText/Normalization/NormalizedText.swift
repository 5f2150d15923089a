/// A text in normalized form, with the map back to the text it came from.
public struct NormalizedText: Sendable, Hashable {
    /// The level the text was normalized at.
    public let level: NormalizationLevel
    /// The normalized text.
    public let text: String
    /// Takes scalar spans of ``text`` back to scalar spans of the original text.
    public let offsetMap: OffsetMap

    /// Number of Unicode scalars in ``text``.
    public var scalarCount: Int { offsetMap.normalizedCount }

    /// The original span of a scalar span of ``text``.
    /// - Complexity: O(log r), where r is the number of runs in the offset map.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        offsetMap.originalRange(of: range)
    }
}
