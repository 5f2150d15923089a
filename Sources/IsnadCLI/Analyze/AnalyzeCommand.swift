import ArgumentParser
import Foundation
import Ingest
import Reports

/// `isnad analyze PATH... --json FILE`: reads every input and writes the analysis report.
struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Reads articles from files, folders, standard input or URLs and writes the analysis report.",
        discussion: """
            Inputs may be plain text, HTML pages, RSS or Atom feeds, JSON Lines or JSON arrays, in any encoding \
            Arabic sites use. Inputs that give no article are listed in the report's `rejected` with the reason; \
            the rest of the batch goes on. A plain-text article reads its headline from its first line (or a \
            line labelled «العنوان:» or «Title:»), its outlet from a line labelled «المصدر:» or «Source:» above \
            the body or as its last line, and its date from a date line (failing that, from the dates its text \
            gives). JSON objects give them as the fields title, outlet, published, url and text.
            """)

    @Argument(help: "Files, folders (read recursively), URLs, or '-' for standard input.")
    var inputs: [String]

    @Option(name: .long, help: "Write the JSON report to this file ('-' for standard output).")
    var json: String?

    @Option(name: .long, help: "Write the self-contained HTML report to this file.")
    var html: String?

    @Option(name: .long, help: "Write the Markdown brief to this file.")
    var markdown: String?

    @Flag(name: .long, help: "Fetch the pages of feed items that carry only a link.")
    var fetchLinks = false

    @Option(name: .long, help: "Seconds a web request may take.")
    var timeout: Double = 20

    func validate() throws {
        guard json != nil || html != nil || markdown != nil else {
            throw ValidationError("Name an output: --json FILE, --html FILE or --markdown FILE.")
        }
    }

    func run() async throws {
        let started = ContinuousClock.now
        let ingestor = Ingestor(limits: InputLimits(timeout: timeout), fetchesLinks: fetchLinks)
        let result = await ingestor.ingest(inputs) { done, total in
            if total >= 50, done % 50 == 0 || done == total { StandardStreams.report("read \(done) of \(total) inputs") }
        }
        var pipeline = AnalysisPipeline()
        if result.articles.count >= 200 {
            pipeline.progress = { line in StandardStreams.report(line) }
        }
        let report = await pipeline.analyze(result.articles, rejected: result.rejected)
        if let json { try ReportOutput.write(try JSONReportWriter().data(for: report), to: json) }
        if let html { try ReportOutput.write(Data(HTMLReportWriter().html(for: report).utf8), to: html) }
        if let markdown { try ReportOutput.write(Data(MarkdownReportWriter().markdown(for: report).utf8), to: markdown) }
        let elapsed = started.duration(to: .now)
        StandardStreams.report(
            "\(result.articles.count) articles, \(result.rejected.count) rejected, in \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 2))))")
        for rejected in result.rejected { StandardStreams.report("rejected \(rejected.input): \(rejected.reason)") }
        if result.articles.isEmpty { throw ExitCode(1) }
    }
}

/// Writes a report to a file or standard output.
enum ReportOutput {
    static func write(_ data: Data, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ValidationError("Cannot write \(path): \(error.localizedDescription)")
        }
    }
}
