import Foundation
import Testing

@testable import Ingest

/// The text of a dataset fixture under `Fixtures/jsonl/`.
private func datasetFixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/jsonl").appendingPathComponent(name)
    return try String(contentsOf: url, encoding: .utf8)
}

@Suite struct JSONArticleReaderTests {
    @Test func readsJSONLinesWithMixedFieldNames() throws {
        let reading = JSONArticleReader.readLines(try datasetFixture("export.jsonl"), input: "export.jsonl")
        #expect(
            reading.drafts.map(\.input) == [
                "export.jsonl:1", "export.jsonl:2", "export.jsonl:4", "export.jsonl:8", "export.jsonl:9",
                "export.jsonl:10",
            ])
        let newsPlease = reading.drafts[0]
        #expect(newsPlease.title == "افتتاح سد جديد قرب مراكش")
        #expect(newsPlease.body.readerKind == "text")
        #expect(newsPlease.published == "2023-05-14 09:30:00")
        #expect(newsPlease.publishedField == "date_publish")
        #expect(newsPlease.outlet == "sawtalatlas.ma")
        #expect(newsPlease.author == "سعاد البقالي، كريم الإدريسي")
        #expect(newsPlease.url == "https://www.sawtalatlas.ma/2023/05/14/dam-opening/")
        #expect(newsPlease.language == "ar")

        let newsAPI = reading.drafts[1]
        #expect(newsAPI.title == "الحكومة تقر موازنة 2024")
        #expect(newsAPI.outlet == "البتراء اليوم")
        #expect(newsAPI.publishedField == "publishedAt")
        #expect(newsAPI.url == "https://petratoday.jo/economy/budget-2024")
    }

    @Test func textThatIsHTMLIsMarkedHTML() throws {
        let drafts = JSONArticleReader.readLines(try datasetFixture("export.jsonl"), input: "e.jsonl").drafts
        let gold = try #require(drafts.first { $0.input == "e.jsonl:4" })
        #expect(gold.body.readerKind == "html")
        #expect(gold.published == "1684051200")
        #expect(gold.outlet == "البتراء اليوم")
        let plain = try #require(drafts.first { $0.input == "e.jsonl:10" })
        #expect(plain.body.readerKind == "text")
        #expect(plain.body.readerContent == "ارتفع المؤشر < 2% فقط، حسب <المصدر>.")
    }

    @Test func readsWordPressRenderedContentAndObjectAuthors() throws {
        let drafts = JSONArticleReader.readLines(try datasetFixture("export.jsonl"), input: "e.jsonl").drafts
        let wordPress = try #require(drafts.first { $0.input == "e.jsonl:9" })
        #expect(wordPress.body.readerKind == "html")
        #expect(wordPress.body.readerContent == "<p>نص المقال كما يعرضه ووردبريس.</p>")
        #expect(wordPress.author == "هند العلوي")
        #expect(wordPress.outlet == "sawtalatlas.ma")
        #expect(wordPress.publishedField == "pubDate")
    }

    @Test func recordWithOnlyAURLIsLinkOnly() throws {
        let drafts = JSONArticleReader.readLines(try datasetFixture("export.jsonl"), input: "e.jsonl").drafts
        let link = try #require(drafts.first { $0.input == "e.jsonl:8" })
        #expect(link.body.readerKind == "link")
    }

    @Test func badLinesAreRejectedByLineWhileOthersComeThrough() throws {
        let reading = JSONArticleReader.readLines(try datasetFixture("export.jsonl"), input: "e.jsonl")
        #expect(
            reading.rejections == [
                RejectedInput(input: "e.jsonl:5", reason: "line 5 is not JSON: «this line is not JSON {»"),
                RejectedInput(input: "e.jsonl:6", reason: "line 6 is an array, not an article object"),
                RejectedInput(input: "e.jsonl:7", reason: "line 7 (id 4411) has no article text and no URL"),
            ])
    }

    @Test func readsAnArrayByElement() throws {
        let reading = JSONArticleReader.readDocument(try datasetFixture("array.json"), input: "export.json")
        #expect(reading.drafts.map(\.input) == ["export.json#1", "export.json#3"])
        #expect(
            reading.rejections == [
                RejectedInput(input: "export.json#2", reason: "element 2 is a string, not an article object")
            ])
        #expect(reading.drafts[0].published == "14/05/2023")
        #expect(reading.drafts[0].outlet == "البتراء اليوم")
        #expect(reading.drafts[1].body.readerKind == "html")
        #expect(reading.drafts[1].title == "بورصة الدار البيضاء")
        #expect(reading.drafts[1].outlet == "صوت الأطلس")
    }

    @Test func readsAWrappedArray() throws {
        let reading = JSONArticleReader.readDocument(try datasetFixture("wrapped.json"), input: "news.json")
        #expect(reading.rejections.isEmpty)
        #expect(reading.drafts.map(\.input) == ["news.json#1", "news.json#2"])
        #expect(reading.drafts.map(\.outlet) == ["صوت الأطلس", "البتراء اليوم"])
        #expect(reading.drafts[0].publishedField == "created_at")
        #expect(reading.drafts[1].body.readerContent == "سجلت أسعار الذهب ارتفاعًا جديدًا في السوق المحلية.")
    }

    @Test(arguments: [
        ("{\"data\": {\"articles\": [{\"text\": \"نص\"}]}}", 1, 0),
        ("{\"title\": \"مقال واحد\", \"text\": \"نص المقال\"}", 1, 0),
        ("{\"status\": \"error\", \"code\": 429}", 0, 1),
        ("[]", 0, 1),
        ("[{\"text\": \"نص\"}", 0, 1),
        ("42", 0, 1),
    ])
    func readsOrRejectsJSONDocuments(text: String, drafts: Int, rejections: Int) {
        let reading = JSONArticleReader.readDocument(text, input: "d.json")
        #expect(reading.drafts.count == drafts)
        #expect(reading.rejections.count == rejections)
    }

    @Test func singleArticleObjectKeepsTheInputName() throws {
        let reading = JSONArticleReader.readDocument("{\"title\": \"مقال\", \"text\": \"نص\"}", input: "one.json")
        #expect(reading.drafts.map(\.input) == ["one.json"])
    }

    @Test func invalidDocumentIsRejectedWithFoundationsReason() throws {
        let reading = JSONArticleReader.readDocument("[{\"text\": ", input: "cut.json")
        let rejection = try #require(reading.rejections.first)
        #expect(rejection.input == "cut.json")
        #expect(rejection.reason.hasPrefix("not valid JSON: "))
    }

    @Test func emptyLinesFileIsRejected() {
        let reading = JSONArticleReader.readLines("\n  \n", input: "e.jsonl")
        #expect(reading.rejections == [RejectedInput(input: "e.jsonl", reason: "the file has no JSON lines")])
    }

    @Test func windowsLineEndingsAndAByteOrderMarkAreTolerated() {
        let reading = JSONArticleReader.readLines(
            "\u{FEFF}{\"text\": \"أ\"}\r\n{\"text\": \"ب\"}\r\n", input: "w.jsonl")
        #expect(reading.drafts.map(\.input) == ["w.jsonl:1", "w.jsonl:2"])
        #expect(reading.rejections.isEmpty)
    }
}
