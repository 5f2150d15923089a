/// Writes an ``AnalysisReport`` as one self-contained HTML page for people to read.
///
/// The page is right to left (`<html dir="rtl" lang="ar">`), carries its CSS and its charts (SVG)
/// inline and makes no request of any kind: no fonts, images or scripts from anywhere, and a
/// Content Security Policy that forbids them. Per story it shows the title, period and outlets; the
/// brief with numbered citations that jump to the highlighted span in its article; a timeline drawn
/// in SVG; the claims with a bar of independent against all sources; conflicts side by side;
/// quotations grouped by speaker with the chain they came through; the entities with their
/// variants; and a reuse graph of which outlet copied which passages from which. Then every article
/// with its quotations, entities, dates, numbers and reused passages highlighted (each kind with its
/// own colour and shape, explained by a legend), its removed furniture, and the rejected inputs.
///
/// Every string of the report is treated as untrusted: it is escaped, bidirectional controls are
/// shown as visible codes and other invisible controls removed (see ``html(for:)``).
///
/// ```swift
/// let page = HTMLReportWriter().html(for: report)
/// try page.write(to: URL(fileURLWithPath: "report.html"), atomically: true, encoding: .utf8)
/// ```
public struct HTMLReportWriter: Sendable {
    /// A writer.
    public init() {}

    /// The page for `report`.
    ///
    /// Text from the report is escaped (`& < > " '` as character references) wherever it is
    /// written, in element content and attribute values alike; it never reaches a `<style>` element,
    /// a script or a URL other than an article's own `http`/`https` address. The bidirectional
    /// embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069 are replaced by a
    /// visible code such as `[U+202E]`; other invisible controls (C0 and C1 controls except tab and
    /// line feed, U+2028, U+2029, U+2060–U+2064, U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB and
    /// noncharacters) are removed. Zero-width joiners and the directional marks U+200E, U+200F and
    /// U+061C are kept. Element ids are built from safe characters only: an article id that is not
    /// made of ASCII letters, digits, `-` and `_` is replaced by its FNV-1a hash.
    ///
    /// - Parameter report: the analysis to show.
    /// - Returns: the page, a complete HTML document.
    /// - Complexity: O(n + k log k) for n scalars of text and k annotations.
    public func html(for report: AnalysisReport) -> String {
        var page = HTMLPage(report: report)
        page.writeDocument()
        return page.out.string
    }
}
