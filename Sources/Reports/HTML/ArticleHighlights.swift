import Extraction
import Ingest
import Stories

/// The highlights of every article of a report: its own annotations (quotations, entity mentions,
/// time expressions, quantities) and the passages the stories' reuse links say were copied from
/// it or into it.
enum ArticleHighlights {
    /// The highlights of each article, by position in the report, clamped to its text.
    /// - Complexity: O(a) for a annotations.
    static func all(index: ReportIndex) -> [[Highlight]] {
        var result: [[Highlight]] = index.report.articles.indices.map { position in
            let entry = index.report.articles[position]
            var highlights: [Highlight] = []
            highlights.reserveCapacity(entry.quotes.count + entry.mentions.count + entry.timexes.count + entry.quantities.count)
            func add(_ kind: HighlightKind, _ span: Range<Int>) {
                if let span = index.clamped(span.lowerBound, span.upperBound, at: position) {
                    highlights.append(Highlight(kind: kind, span: span))
                }
            }
            entry.quotes.forEach { add(.quote, $0.span) }
            entry.mentions.forEach { add(.entity, $0.span) }
            entry.timexes.forEach { add(.date, $0.span) }
            entry.quantities.forEach { add(.number, $0.span) }
            return highlights
        }
        for story in index.report.stories {
            for link in story.reuse {
                for passage in link.passages {
                    if let position = index.position(of: link.from),
                       let span = index.clamped(passage.fromStart, passage.fromEnd, at: position) {
                        result[position].append(Highlight(kind: .reuse, span: span))
                    }
                    if let position = index.position(of: link.to), let span = index.clamped(passage.toStart, passage.toEnd, at: position) {
                        result[position].append(Highlight(kind: .reuse, span: span))
                    }
                }
            }
        }
        return result
    }
}
