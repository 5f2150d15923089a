import Extraction
import Ingest
import Stories

/// Writes an ``AnalysisReport`` as a Markdown brief: per story the brief with numbered citations,
/// the timeline, the claims with their source counts, the conflicts, the quotations by speaker with
/// the chain they came through, and the list of sources that the citations point to (outlet,
/// headline and the cited words); then the rejected inputs.
///
/// The document reads right to left in viewers that honour HTML (`<div dir="rtl">` around it), uses
/// headings and lists rather than tables (a table whose cells mix directions breaks in most
/// viewers), and escapes every string of the report so that nothing in an article becomes Markdown
/// syntax or HTML. Citations are links `[1]` to an anchor on the source's line in the story's
/// «المصادر» list.
///
/// ```swift
/// let brief = MarkdownReportWriter().markdown(for: report)
/// ```
public struct MarkdownReportWriter: Sendable {
    /// A writer.
    public init() {}

    /// The Markdown brief of `report`.
    /// - Parameter report: the analysis to write.
    /// - Returns: the document, ending with a line break.
    /// - Complexity: O(n) in the size of the report's stories and the cited spans.
    public func markdown(for report: AnalysisReport) -> String {
        var document = MarkdownDocument(index: ReportIndex(report))
        document.write()
        return document.text
    }
}
