import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// Writes the numbered citation links of `spans`, without repeats and in number order, as one
    /// superscript.
    mutating func writeCitations(_ spans: [CitedSpan], numbers: CitationNumbers) {
        guard !spans.isEmpty else { return }
        var seen: Set<CitedSpan> = []
        let ordered = spans.filter { seen.insert($0).inserted }.sorted { (numbers.number(for: $0) ?? .max) < (numbers.number(for: $1) ?? .max) }
        out.raw("<sup class=\"refs\">")
        for span in ordered { writeCitation(span, number: numbers.number(for: span)) }
        out.raw("</sup>")
    }

    /// Writes one citation: a link to the span's element, titled with the outlet and the headline;
    /// a plain number where the page has no element for the span.
    mutating func writeCitation(_ span: CitedSpan, number: Int?) {
        guard let anchor = targets.anchor(span) else {
            out.raw("<span class=\"ref missing\" title=\"")
            out.attribute("المقالة غير موجودة في التقرير")
            out.raw("\">")
            if let number { out.number(number) } else { out.raw("؟") }
            out.raw("</span>")
            return
        }
        out.raw("<a class=\"ref\" href=\"#")
        out.token(anchor)
        out.raw("\" title=\"")
        out.attribute(citationTitle(span))
        out.raw("\">")
        if let number { out.number(number) } else { out.raw("↗") }
        out.raw("</a>")
    }

    /// Writes a link with `label` to the element of `span`; the label alone where it has none.
    mutating func writeSpanLink(_ span: CitedSpan, label: String) {
        guard let anchor = targets.anchor(span) else {
            out.text(label)
            return
        }
        out.raw("<a href=\"#")
        out.token(anchor)
        out.raw("\" title=\"")
        out.attribute(citationTitle(span))
        out.raw("\">")
        out.text(label)
        out.raw("</a>")
    }

    /// «المنبر — العنوان» of the article of `span`.
    func citationTitle(_ span: CitedSpan) -> String {
        let outlet = index.outletName(of: span.article)
        guard let position = index.position(of: span.article), let title = index.article(at: position).title else { return outlet }
        return outlet + " — " + Clipping.scalars(title, limit: 100)
    }
}
