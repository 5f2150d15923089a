import ArgumentParser
import Extraction
import Foundation
import Ingest
import Reports
import Testing
@testable import IsnadCLI

/// `isnad annotate` on inputs of each kind, written here.
@Suite struct AnnotateCommandTests {
    private func command(_ arguments: [String]) throws -> AnnotateCommand {
        try #require(try IsnadCommand.parseAsRoot(["annotate"] + arguments) as? AnnotateCommand)
    }

    private func file(_ contents: String, extension suffix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-annotate-\(UUID().uuidString).\(suffix)")
        try Data(contents.utf8).write(to: url)
        return url
    }

    @Test func articlesOfJSONLinesKeepTheirOutletAndDate() async throws {
        let lines = [
            #"{"id": "a", "outlet": "وكالة الأنباء الأردنية", "published": "2026-03-02", "title": "افتتاح جسر", "text": "افتتح وزير الأشغال أمس الجسر الجديد في إربد."}"#,
            #"{"id": "b", "outlet": "صحيفة الغد", "published": "2026-03-05", "text": "وأكد الوزير اليوم أن الجسر سيخفف الازدحام في المدينة."}"#,
        ]
        let url = try file(lines.joined(separator: "\n"), extension: "jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let command = try command([url.path])
        let articles = try await command.articles()
        #expect(articles.count == 2)
        let first = command.annotate(try #require(articles.first))
        #expect(first.article.article.source.outlet == "وكالة الأنباء الأردنية")
        #expect(first.article.timexes.map(\.value) == ["2026-03-01"])
        let second = command.annotate(articles[1])
        #expect(second.article.timexes.map(\.value) == ["2026-03-05"])
    }

    @Test func publishedOverridesTheArticlesOwnDate() async throws {
        let url = try file(#"{"published": "2026-03-02", "text": "افتتح وزير الأشغال أمس الجسر الجديد في إربد."}"#, extension: "jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let command = try command(["--published", "2026-04-10", url.path])
        let article = try #require(try await command.articles().first)
        #expect(command.annotate(article).article.timexes.map(\.value) == ["2026-04-09"])
    }

    @Test(arguments: ["2026-02-30", "99999-01-01", "0000-05-01", "2026-3-1", "أمس"])
    func publishedMustBeADayOfTheReportsCalendar(_ day: String) {
        #expect(throws: (any Error).self) { try IsnadCommand.parseAsRoot(["annotate", "--published", day, "-"]) }
    }

    @Test func aTextTooShortForAnArticleIsAnnotatedWhole() async throws {
        let url = try file("رمضان الماضي\n", extension: "txt")
        defer { try? FileManager.default.removeItem(at: url) }
        let command = try command(["--published", "2026-03-10", url.path])
        let article = try #require(try await command.articles().first)
        #expect(command.annotate(article).article.timexes.map(\.value) == ["2025-03-01/2025-03-29"])
    }

    @Test func eachLineIsADocumentWithLines() async throws {
        let url = try file("افتتح الوزير أمس الجسر.\nوأكد الوزير اليوم أن الجسر جاهز.\n", extension: "txt")
        defer { try? FileManager.default.removeItem(at: url) }
        let articles = try await command(["--lines", "--published", "2026-04-10", url.path]).articles()
        #expect(articles.count == 2)
        #expect(articles[0].text == "افتتح الوزير أمس الجسر.")
    }
}
