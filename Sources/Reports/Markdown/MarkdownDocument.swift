import Extraction
import Ingest
import Stories

/// The state of one Markdown brief being written.
struct MarkdownDocument {
    /// The document so far.
    private(set) var text = ""
    /// Lookups over the report.
    let index: ReportIndex

    /// An empty document for the report of `index`.
    init(index: ReportIndex) {
        self.index = index
        text.reserveCapacity(4_096 + index.report.stories.count * 8_192)
    }

    private var report: AnalysisReport { index.report }

    /// Writes the whole document.
    mutating func write() {
        line("<div dir=\"rtl\" lang=\"ar\">")
        line()
        line("# " + ReportLabels.reportTitle)
        line()
        line("> القصص: \(report.stories.count) · المقالات: \(report.articles.count) · الجهات: \(report.entities.count) · "
            + "المدخلات المرفوضة: \(report.rejected.count)  ")
        line("> أنتجه: " + MarkdownText.inline(report.generator))
        for (position, story) in report.stories.enumerated() {
            line()
            writeStory(story, position: position)
        }
        line()
        writeRejected()
        line()
        line("</div>")
    }

    /// Appends `content` and a line break.
    mutating func line(_ content: String = "") {
        text += content
        text += "\n"
    }

    /// The anchor of source `number` of the story at `story`: `s1-ref-3`.
    static func anchor(story: Int, number: Int) -> String {
        "s\(story + 1)-ref-\(number)"
    }

    /// The citation links of `spans`, without repeats, in number order: `[[1]](#s1-ref-1) [[2]](#s1-ref-2)`.
    func citations(_ spans: [CitedSpan], numbers: CitationNumbers, story: Int) -> String {
        let links = Set(spans.compactMap(numbers.number(for:))).sorted().map { number in
            "[\\[\(number)\\]](#\(Self.anchor(story: story, number: number)))"
        }
        return links.isEmpty ? "" : " " + links.joined(separator: " ")
    }

    private mutating func writeRejected() {
        line("## " + ReportLabels.rejected)
        line()
        if report.rejected.isEmpty {
            line("لم يُرفض أي مدخل.")
            return
        }
        for rejected in report.rejected {
            line("- **" + MarkdownText.inline(rejected.input) + "**: " + MarkdownText.inline(rejected.reason))
        }
    }
}
