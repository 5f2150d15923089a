import Extraction
import Ingest
import Stories

/// Every span of every article that some link of the page points to, and the element id each gets.
///
/// The page writes an element with the id for every span registered here, and writes a link only
/// for spans registered here, so that every citation link lands on an element. Ids have the form
/// `a-<article token>-<start>-<end>`, offsets clamped to the article's text.
struct AnchorTargets {
    /// The clamped spans of each article, by article position.
    private(set) var spans: [[Range<Int>]]
    private let index: ReportIndex

    /// The targets of every citation, timeline entry, conflict side, reuse passage and quotation of
    /// the report.
    /// - Complexity: O(c log c) for c cited spans.
    init(index: ReportIndex) {
        self.index = index
        var sets = Array(repeating: Set<Range<Int>>(), count: index.report.articles.count)
        func add(_ article: String, _ start: Int, _ end: Int) {
            guard let position = index.position(of: article), let span = index.clamped(start, end, at: position) else { return }
            sets[position].insert(span)
        }
        for story in index.report.stories {
            for sentence in story.summary { sentence.citations.forEach { add($0.article, $0.start, $0.end) } }
            for claim in story.claims { claim.support.forEach { add($0.article, $0.start, $0.end) } }
            for entry in story.timeline { entry.citations.forEach { add($0.article, $0.start, $0.end) } }
            for conflict in story.conflicts { conflict.sides.forEach { add($0.article, $0.start, $0.end) } }
            for link in story.reuse {
                for passage in link.passages {
                    add(link.from, passage.fromStart, passage.fromEnd)
                    add(link.to, passage.toStart, passage.toEnd)
                }
            }
        }
        for entry in index.report.articles {
            for quote in entry.quotes { add(entry.article.id, quote.span.lowerBound, quote.span.upperBound) }
        }
        spans = sets.map { $0.sorted { ($0.lowerBound, -$0.upperBound) < ($1.lowerBound, -$1.upperBound) } }
    }

    /// The id of the element of `span`, or `nil` where the page has no element for it (the article is
    /// not in the report, or the span lies outside its text).
    func anchor(_ span: CitedSpan) -> SafeToken? {
        guard let position = index.position(of: span.article),
              let clamped = index.clamped(span.start, span.end, at: position) else { return nil }
        return Self.anchor(article: index.articleTokens[position], span: clamped)
    }

    /// The id of the element of `span` in the article with token `article`.
    static func anchor(article: SafeToken, span: Range<Int>) -> SafeToken {
        SafeToken(joining: [SafeToken("a"), article, SafeToken(span.lowerBound), SafeToken(span.upperBound)])
    }
}

extension CitedSpan {
    /// The span a citation points to.
    init(_ citation: Citation) {
        self.init(article: citation.article, start: citation.start, end: citation.end)
    }

    /// The span of a side of a conflict.
    init(_ side: ConflictSide) {
        self.init(article: side.article, start: side.start, end: side.end)
    }
}
