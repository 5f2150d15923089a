import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// Writes the inputs that gave no article, each with the reason, folded in a `<details>`.
    mutating func writeRejected() {
        out.raw("<section class=\"block\" id=\"rejected\">\n<h2>")
        out.text(ReportLabels.rejected)
        out.raw("</h2>\n")
        guard !report.rejected.isEmpty else {
            writeEmpty("لم يُرفض أي مدخل.")
            out.raw("</section>\n")
            return
        }
        out.raw("<details><summary>")
        out.text("\(report.rejected.count) من المدخلات لم تعطِ مقالة")
        out.raw("</summary>\n<table class=\"rejected\"><thead><tr><th>")
        out.text("المدخل")
        out.raw("</th><th>")
        out.text("السبب")
        out.raw("</th></tr></thead><tbody>\n")
        for rejected in report.rejected {
            out.raw("<tr><td><code dir=\"auto\">")
            out.text(rejected.input)
            out.raw("</code></td><td>")
            out.text(rejected.reason)
            out.raw("</td></tr>\n")
        }
        out.raw("</tbody></table></details>\n</section>\n")
    }
}
