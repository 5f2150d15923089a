import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// Writes the story's conflicts: what disagrees, then the sides next to each other (columns that
    /// stack on a narrow screen), each quoted with its outlet and a link to its place.
    mutating func writeConflicts(_ story: Story, token: SafeToken, numbers: CitationNumbers) {
        openSubsection("conflicts", token: token, title: ReportLabels.conflicts)
        guard !story.conflicts.isEmpty else {
            writeEmpty("لم تُرصد روايات متعارضة.")
            out.raw("</section>\n")
            return
        }
        for conflict in story.conflicts {
            out.raw("<div class=\"conflict\">\n<h4>")
            out.text(ReportLabels.conflictKind(conflict.kind))
            out.raw("</h4>\n")
            element("<p>", ConflictWording.arabic(conflict.description), "</p>\n")
            out.raw("<div class=\"sides\">\n")
            for side in conflict.sides {
                let span = CitedSpan(side)
                out.raw("<figure class=\"side\"><blockquote>«")
                out.text(side.text)
                out.raw("»</blockquote><figcaption>")
                out.raw("<strong>")
                isolated(index.outletName(of: side.article))
                out.raw("</strong>")
                if let position = index.position(of: side.article) {
                    let article = index.article(at: position)
                    if let title = article.title {
                        out.raw(" — ")
                        isolated(Clipping.scalars(title, limit: 80))
                    }
                    if let day = article.published.value {
                        out.raw(" <time>")
                        out.text(day)
                        out.raw("</time>")
                    }
                }
                out.raw(" ")
                writeCitation(span, number: numbers.number(for: span))
                out.raw("</figcaption></figure>\n")
            }
            out.raw("</div>\n</div>\n")
        }
        out.raw("</section>\n")
    }
}
