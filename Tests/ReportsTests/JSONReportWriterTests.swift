import Foundation
import Ingest
import Testing
@testable import Reports

@Suite struct JSONReportWriterTests {
    static let articles = [
        Article(
            source: ArticleSource(input: "a.txt", outlet: "وكالة المدينة", url: "https://madina.example/1"),
            title: "افتتاح جسر جديد", published: PublicationDate(value: "2024-03-05", inferred: false, evidence: "meta date"),
            text: "افتتح المحافظ الجسر.\nوقال إنه يخدم الآلاف.", removed: [RemovedText(text: "اقرأ أيضاً", reason: "related links")],
            language: "ar"),
        Article(source: ArticleSource(input: "b.txt"), title: nil, published: .unknown, text: "نص قصير."),
    ]

    @Test func writesAReportValidAgainstTheSchema() throws {
        let report = AnalysisReport(
            generator: "isnad test", articles: Self.articles.map { ReportArticle(article: $0) },
            rejected: [RejectedInput(input: "c.bin", reason: "looks like a PNG image")])
        let data = try JSONReportWriter().data(for: report)
        #expect(try SchemaValidator.errors(in: data) == [])
    }

    @Test func theValidatorCatchesAnInvalidReport() throws {
        let broken = Data(#"{"schema": "isnad.report/1", "generator": "x", "articles": [{"id": 1}], "entities": [], "stories": []}"#.utf8)
        #expect(try !SchemaValidator.errors(in: broken).isEmpty)
    }

    @Test func writesNullsForMissingValues() throws {
        let report = AnalysisReport(generator: "isnad test", articles: [ReportArticle(article: Self.articles[1])], rejected: [])
        let json = try #require(try JSONSerialization.jsonObject(with: JSONReportWriter().data(for: report)) as? [String: Any])
        let article = try #require((json["articles"] as? [[String: Any]])?.first)
        #expect(article["title"] is NSNull)
        #expect((article["published"] as? [String: Any])?["value"] is NSNull)
    }
}
