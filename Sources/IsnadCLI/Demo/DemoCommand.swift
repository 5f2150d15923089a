import ArgumentParser
import Foundation
import Ingest
import Reports
import Stories

/// `isnad demo`: analyzes the bundled, invented sample corpus and writes its reports.
///
/// The sample (`Samples/demo`, compiled into the binary) is a fictional story, a dam breach reported
/// by six invented outlets over three days, with copying between them, quotations, dates in several
/// month systems, contradictions and page furniture, plus a few unrelated articles.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Analyzes the bundled sample corpus (invented outlets and events) and writes its reports here.")

    @Option(help: "Folder to write the reports into.")
    var output: String = "."

    func run() async throws {
        var articles: [Article] = []
        var rejected: [RejectedInput] = []
        let ingestor = Ingestor()
        for file in DemoCorpus.files() {
            let result = ingestor.articles(inBytes: file.bytes, input: "demo/" + file.name)
            articles += result.articles
            rejected += result.rejected
        }
        let report = await AnalysisPipeline().analyze(articles, rejected: rejected)
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let html = folder.appendingPathComponent("isnad-demo-report.html")
        let markdown = folder.appendingPathComponent("isnad-demo-brief.md")
        let json = folder.appendingPathComponent("isnad-demo-report.json")
        try ReportOutput.write(Data(HTMLReportWriter().html(for: report).utf8), to: html.path)
        try ReportOutput.write(Data(MarkdownReportWriter().markdown(for: report).utf8), to: markdown.path)
        try ReportOutput.write(try JSONReportWriter().data(for: report), to: json.path)
        var streams = StandardStreams()
        streams.writeLine("Report (open in a browser): \(html.path)")
        streams.writeLine("Brief (Markdown): \(markdown.path)")
        streams.writeLine("Data (JSON): \(json.path)")
        for line in DemoSummary.lines(of: report) { streams.writeLine(line) }
        streams.flush()
    }
}

/// The three lines `isnad demo` prints about what it found.
enum DemoSummary {
    static func lines(of report: AnalysisReport) -> [String] {
        let stories = report.stories
        let main = stories.first
        let outlets = Set(report.articles.compactMap { $0.article.source.outlet }).count
        return [
            "\(report.articles.count) articles from \(outlets) outlets in \(stories.count) stories; \(report.rejected.count) inputs rejected.",
            "Main story: «\(main?.title ?? "—")» — \(main?.articles.count ?? 0) articles, \(main?.claims.count ?? 0) claims, "
                + "\(main?.conflicts.count ?? 0) conflicts, \(main?.reuse.count ?? 0) reuse links.",
            "Brief: " + (main?.summary.first?.text.prefix(160).description ?? "—"),
        ]
    }
}
