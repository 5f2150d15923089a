import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// Writes the doctype, `<html>` and `<head>` with the policy that forbids every request and
    /// script, and the style sheet.
    mutating func writeHead() {
        out.raw("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'\">\n")
        out.raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.raw("<meta name=\"generator\" content=\"")
        out.attribute(report.generator)
        out.raw("\">\n<title>")
        let title = report.stories.first.map { ReportLabels.reportTitle + ": " + $0.title } ?? ReportLabels.reportTitle
        out.text(Clipping.scalars(title, limit: 120))
        out.raw("</title>\n<style>\n")
        out.raw(HTMLStyle.sheet)
        out.raw("\n</style>\n</head>\n")
    }

    /// Writes the report's header: title, counts and the table of contents.
    mutating func writeHeader() {
        out.raw("<header class=\"report-header\">\n<h1>")
        out.text(ReportLabels.reportTitle)
        out.raw("</h1>\n<ul class=\"counts\">")
        let counts: [(String, Int)] = [
            ("القصص", report.stories.count), (ReportLabels.articles, report.articles.count),
            (ReportLabels.entities, report.entities.count), (ReportLabels.rejected, report.rejected.count),
        ]
        for (label, count) in counts {
            out.raw("<li><strong>")
            out.text(label)
            out.raw(":</strong> ")
            out.number(count)
            out.raw("</li>")
        }
        out.raw("</ul>\n<nav class=\"toc\" aria-label=\"المحتويات\"><ol>")
        for (position, story) in report.stories.enumerated() {
            out.raw("<li><a href=\"#")
            out.token(Self.storyToken(position))
            out.raw("\">")
            out.text(story.title)
            out.raw("</a></li>")
        }
        out.raw("<li><a href=\"#articles\">")
        out.text(ReportLabels.articles)
        out.raw("</a></li><li><a href=\"#rejected\">")
        out.text(ReportLabels.rejected)
        out.raw("</a></li></ol></nav>\n</header>\n")
    }
}
