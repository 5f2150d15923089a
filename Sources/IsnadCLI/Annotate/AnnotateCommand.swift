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
        abstract: "Writes the entities, dates, quantities and quotations of text as JSON Lines.",
        discussion: """
            Each output object holds the article fields of the report schema (text, mentions, timexes, \
            quantities, quotes) and the entities its mentions refer to. Relative dates resolve against \
            --published, or against the date the text itself shows.
            """)

    @Option(help: "Publication date (YYYY-MM-DD) that relative dates resolve against.")
    var published: String?

    @Flag(help: "Annotate each input line as a document of its own.")
    var lines = false

    @Argument(help: "A file to read; '-' or nothing reads standard input.")
    var input: String = "-"

    func validate() throws {
        if let published, CivilDate(published) == nil {
            throw ValidationError("--published takes a day as YYYY-MM-DD, not «\(published)».")
        }
    }

    func run() async throws {
        let file: InputFile
        do {
            file = try InputFile(name: input)
        } catch {
            StandardStreams.report(error.description)
            throw ExitCode(2)
        }
        var streams = StandardStreams()
        var documents: [(name: String, text: String)] = []
        var whole: [String] = []
        for line in file {
            let text = String(decoding: line.bytes, as: UTF8.self)
            if lines {
                documents.append(("\(input):\(line.number)", text))
            } else {
                whole.append(text)
            }
        }
        if !lines { documents.append((input, whole.joined(separator: "\n"))) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for document in documents {
            let object = annotate(document.text, name: document.name)
            streams.writeLine(String(decoding: try encoder.encode(object), as: UTF8.self))
        }
        streams.flush()
    }

    func annotate(_ text: String, name: String) -> AnnotatedDocument {
        let date: PublicationDate
        if let published {
            date = PublicationDate(value: published, inferred: false, evidence: "--published")
        } else if let inferred = PublicationDateInference.infer(text: text, title: nil) {
            date = PublicationDate(value: inferred.value, inferred: true, evidence: inferred.evidence)
        } else {
            date = .unknown
        }
        let opening = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init)
        let article = Article(
            source: ArticleSource(input: name), title: nil, published: date, text: text, dateline: opening.flatMap(Dateline.opening))
        let annotations = ArticleAnnotator().annotate(
            text: text, articleID: article.id, outlet: nil, published: PublicationDating.days(of: article))
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
