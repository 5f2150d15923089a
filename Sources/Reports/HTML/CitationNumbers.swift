import Extraction
import Ingest
import Stories

/// The numbers of a story's citations: the same span always has the same number, so the brief, the
/// timeline, the claims, the conflicts and the list of sources agree in both writers.
///
/// Numbers are given in reading order: the brief's citations first, then the timeline's, the
/// claims' and the conflicts'.
struct CitationNumbers {
    /// The spans, by number minus one.
    private(set) var spans: [CitedSpan] = []
    private var numbers: [CitedSpan: Int] = [:]

    /// The numbers of `story`'s citations.
    /// - Complexity: O(c) for c citations.
    init(story: Story) {
        for sentence in story.summary { sentence.citations.forEach { register(CitedSpan($0)) } }
        for entry in story.timeline { entry.citations.forEach { register(CitedSpan($0)) } }
        for claim in story.claims { claim.support.forEach { register(CitedSpan($0)) } }
        for conflict in story.conflicts { conflict.sides.forEach { register(CitedSpan($0)) } }
    }

    /// The number of `span`, or `nil` for a span the story does not cite.
    func number(for span: CitedSpan) -> Int? {
        numbers[span]
    }

    private mutating func register(_ span: CitedSpan) {
        guard numbers[span] == nil else { return }
        spans.append(span)
        numbers[span] = spans.count
    }
}
