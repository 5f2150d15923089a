/// What decided which article of a ``ReuseEdge`` is the source.
public enum ReuseDirectionBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// One article names the other's outlet next to the shared passage («نقلت وكالة …»، «بحسب …»،
    /// «لموقع …»); the article that names is the copier.
    case attribution
    /// The source was published strictly before the copy (their publication times do not overlap).
    case publicationTime = "publication-time"
    /// Nothing decided: the article given first in the input is called the source. The direction is
    /// a placeholder, not a finding.
    case inputOrder = "input-order"

    /// Whether this basis is evidence of the direction (attribution or publication time), as opposed
    /// to the input-order fallback.
    public var isEvidence: Bool { self != .inputOrder }
}
