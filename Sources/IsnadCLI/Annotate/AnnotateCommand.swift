import ArabicText
import ArgumentParser
import Extraction
import Foundation
import Ingest
import Reports

/// `isnad annotate`: annotates text and writes JSON Lines, one object per document (or per line).
struct AnnotateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Writes the entities, dates, quantities and quotations of articles as JSON Lines.",
        discussion: """
            The input is read as `analyze` reads it: plain text, an HTML page, an RSS or Atom feed, JSON \
            Lines or a JSON array, or a folder of them, and each article it gives is one output object, with \
            its title, outlet and publication date. With --lines, each line of the input is a plain-text \
            document of its own. Each output object holds the article fields of the report schema (text, \
            mentions, timexes, quantities, quotes) and the entities its mentions refer to. Relative dates \
            resolve against --published, else the article's own date, else the date its text shows.
            """)

    @Option(help: "Publication date (YYYY-MM-DD) that relative dates resolve against.")
    var published: String?

    @Flag(help: "Annotate each input line as a plain-text document of its own.")
    var lines = false

    @Argument(help: "A file, folder or URL to read; '-' or nothing reads standard input.")
    var input: String = "-"

    func validate() throws {
        if let published, CivilDate(option: published) == nil {
            throw ValidationError("--published takes a day as YYYY-MM-DD, not «\(published)».")
        }
    }

    func run() async throws {
        let articles = try await articles()
        var streams = StandardStreams()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for article in articles {
            streams.writeLine(String(decoding: try encoder.encode(annotate(article)), as: UTF8.self))
        }
        streams.flush()
    }

    /// The articles to annotate: each line of the input with --lines, else what the input gives.
    func articles() async throws -> [Article] {
        lines ? try lineDocuments() : try await ingestedArticles()
    }

    /// Each line of the input as a plain-text article.
    private func lineDocuments() throws -> [Article] {
        let file: InputFile
        do {
            file = try InputFile(name: input)
        } catch {
            StandardStreams.report(error.description)
            throw ExitCode(2)
        }
        return file.map { line in article(String(decoding: line.bytes, as: UTF8.self), name: "\(input):\(line.number)") }
    }

    /// The articles of the input, read as `analyze` reads its inputs. A text too short to read as
    /// an article («رمضان الماضي» would be page furniture) is annotated whole; what gives nothing is
    /// reported.
    private func ingestedArticles() async throws -> [Article] {
        let result: IngestResult
        var standardInput: [UInt8] = []
        if input == "-" {
            standardInput = Array(FileHandle.standardInput.readDataToEndOfFile())
            result = Ingestor().articles(inBytes: standardInput, input: input)
        } else {
            result = await Ingestor().ingest([input])
        }
        if result.articles.isEmpty, let whole = wholeText(standardInput: standardInput) {
            return [article(whole, name: input)]
        }
        for rejected in result.rejected { StandardStreams.report("rejected \(rejected.input): \(rejected.reason)") }
        if result.articles.isEmpty { throw ExitCode(1) }
        return result.articles
    }

    /// The input as one plain text (UTF-8), or `nil` where it is a folder, an address or blank.
    private func wholeText(standardInput: [UInt8]) -> String? {
        let text: String
        if input == "-" {
            text = String(decoding: standardInput, as: UTF8.self)
        } else {
            guard !input.contains("://"), let file = try? InputFile(name: input) else { return nil }
            text = file.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n")
        }
        return text.unicodeScalars.contains { !$0.properties.isWhitespace } ? text : nil
    }

    /// The annotations of `text`, a plain-text document named `name`.
    func annotate(_ text: String, name: String) -> AnnotatedDocument {
        annotate(article(text, name: name))
    }

    /// `text` as an article: its date from the text where --published gives none, its date line
    /// from its first line.
    private func article(_ text: String, name: String) -> Article {
        let date: PublicationDate
        if let inferred = PublicationDateInference.infer(text: text, title: nil) {
            date = PublicationDate(value: inferred.value, inferred: true, evidence: inferred.evidence)
        } else {
            date = .unknown
        }
        let opening = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init)
        return Article(
            source: ArticleSource(input: name), title: nil, published: date, text: text, dateline: opening.flatMap(Dateline.opening))
    }

    /// The annotations of `article`, its relative dates resolved against --published where given.
    func annotate(_ article: Article) -> AnnotatedDocument {
        var article = article
        if let published { article.published = PublicationDate(value: published, inferred: false, evidence: "--published") }
        // The output holds no claim units, so none are read.
        let annotations = ArticleAnnotator(readsClaims: false).annotate(
            text: article.text, articleID: article.id, outlet: article.source.outlet, published: PublicationDating.days(of: article),
            dateline: article.dateline)
        var directory = EntityDirectory()
        let position = directory.add(annotations.entities, article: article.id)
        let resolved = LocalReferences(directory: directory, article: position).resolve(annotations)
        return AnnotatedDocument(
            article: ReportArticle(
                article: article, mentions: resolved.mentions, timexes: annotations.timexes,
                quantities: annotations.quantities, quotes: resolved.quotes),
            entities: directory.entities)
    }
}

/// One output object of `isnad annotate`: the article's fields and the entities it mentions.
struct AnnotatedDocument: Encodable {
    var article: ReportArticle
    var entities: [Entity]

    enum CodingKeys: String, CodingKey { case entities }

    func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entities, forKey: .entities)
    }
}
