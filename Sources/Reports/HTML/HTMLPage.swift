import Extraction
import Ingest
import Stories

/// The state of one page being written: the output, the report's index and the link targets.
struct HTMLPage {
    /// The output.
    var out: HTMLBuffer
    /// Lookups over the report.
    let index: ReportIndex
    /// Where links into articles land.
    let targets: AnchorTargets

    /// A page for `report`, nothing written yet.
    init(report: AnalysisReport) {
        index = ReportIndex(report)
        targets = AnchorTargets(index: index)
        let textBytes = report.articles.reduce(0) { $0 + $1.article.text.utf8.count }
        out = HTMLBuffer(capacity: 32_768 + textBytes * 3 + report.stories.count * 16_384)
    }

    /// The report.
    var report: AnalysisReport { index.report }

    /// The token of the story at `position`: `story-1`, `story-2` …
    static func storyToken(_ position: Int) -> SafeToken {
        SafeToken(joining: [SafeToken("story"), SafeToken(position + 1)])
    }

    /// The token of the article at `position`: `art-<article token>`.
    func articleAnchor(_ position: Int) -> SafeToken {
        SafeToken(joining: [SafeToken("art"), index.articleTokens[position]])
    }

    /// Writes the whole document.
    mutating func writeDocument() {
        writeHead()
        out.raw("<body>\n<main>\n")
        writeHeader()
        for position in report.stories.indices {
            writeStory(at: position)
        }
        writeArticles()
        writeRejected()
        out.raw("<footer class=\"muted\"><p>")
        out.text("أنتجه " + report.generator + ". كل روابط الاستشهاد تقود إلى موضع النص المستشهد به في مقالته.")
        out.raw("</p></footer>\n</main>\n</body>\n</html>\n")
    }

    /// Writes untrusted text in a `<bdi>`, so that a name in the other direction (a Latin outlet, a
    /// file path) keeps its own order and does not reorder the Arabic around it.
    mutating func isolated(_ text: String) {
        out.raw("<bdi>")
        out.text(text)
        out.raw("</bdi>")
    }

    /// Writes untrusted names separated by the Arabic comma, each isolated.
    mutating func isolatedList(_ items: [String]) {
        for (offset, item) in items.enumerated() {
            if offset > 0 { out.raw("، ") }
            isolated(item)
        }
    }

    /// Writes an element with untrusted text: `<tag class="…">text</tag>`.
    mutating func element(_ open: StaticString, _ text: String, _ close: StaticString) {
        out.raw(open)
        out.text(text)
        out.raw(close)
    }
}
