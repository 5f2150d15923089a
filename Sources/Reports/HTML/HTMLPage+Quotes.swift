import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// Writes the quotations of the story's articles grouped by speaker, each with the chain of
    /// outlets it came through and a link to its place in its article.
    mutating func writeQuotes(_ story: Story, token: SafeToken) {
        openSubsection("quotes", token: token, title: ReportLabels.quotes)
        let groups = SpeakerQuotes.groups(articles: story.articles.compactMap(index.position(of:)), index: index)
        guard !groups.isEmpty else {
            writeEmpty("لا اقتباسات في مقالات هذه القصة.")
            out.raw("</section>\n")
            return
        }
        for group in groups {
            out.raw("<div class=\"speaker\"><h4>")
            out.text(group.speaker)
            out.raw("</h4>")
            if !group.roles.isEmpty {
                out.raw("<ul class=\"chips\">")
                for role in group.roles { element("<li class=\"chip chip-role\">", role, "</li>") }
                out.raw("</ul>")
            }
            out.raw("\n<ul class=\"speaker-quotes\">\n")
            for (position, quote) in group.quotes {
                let article = index.article(at: position)
                out.raw("<li><blockquote>")
                out.text(quote.isDirect ? "«" + quote.text + "»" : quote.text)
                out.raw("</blockquote>\n<div class=\"chain\">")
                if !quote.isDirect { out.text("(كلام منقول بتصرف) ") }
                for (offset, link) in ReportLabels.chainLinks(
                    speaker: quote.speakerText ?? group.speaker, via: quote.via, outlet: article.source.outlet).enumerated() {
                    if offset > 0 { out.raw(" ← ") }
                    isolated(link)
                }
                out.text(" — ")
                writeSpanLink(
                    CitedSpan(article: article.id, start: quote.span.lowerBound, end: quote.span.upperBound),
                    label: "في المقالة: " + Clipping.scalars(article.title ?? index.outletName(of: article.id), limit: 60))
                out.raw("</div></li>\n")
            }
            out.raw("</ul></div>\n")
        }
        out.raw("</section>\n")
    }
}
