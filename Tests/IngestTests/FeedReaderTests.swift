import Foundation
import Testing

@testable import Ingest

/// The text of a feed fixture under `Fixtures/feeds/`.
private func feedFixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/feeds").appendingPathComponent(name)
    return try String(contentsOf: url, encoding: .utf8)
}

extension DocumentDraft.Body {
    /// The HTML or text of a body, `nil` for a link (for the format reader tests).
    var readerContent: String? {
        switch self {
        case .html(let html): html
        case .text(let text): text
        case .linkOnly: nil
        }
    }

    /// `html`, `text` or `link` (for the format reader tests).
    var readerKind: String {
        switch self {
        case .html: "html"
        case .text: "text"
        case .linkOnly: "link"
        }
    }
}

@Suite struct FeedReaderTests {
    @Test func readsEveryItemOfAnRSSFeedWithTheChannelAsOutlet() throws {
        let reading = FeedReader.read(try feedFixture("rss-morocco.xml"), input: "feed.xml")
        #expect(reading.rejections.isEmpty)
        #expect(reading.notes.isEmpty)
        try #require(reading.drafts.count == 3)
        #expect(reading.drafts.map(\.input) == ["feed.xml#1", "feed.xml#2", "feed.xml#3"])
        #expect(reading.drafts.allSatisfy { $0.outlet == "صوت الأطلس" && $0.language == "ar-MA" })

        let first = reading.drafts[0]
        #expect(first.title == "افتتاح سد جديد قرب مراكش")
        #expect(first.url == "https://www.sawtalatlas.ma/2023/05/14/dam-opening/")
        #expect(first.author == "سعاد البقالي")
        #expect(first.published == "Sun, 14 May 2023 09:30:00 +0100")
        #expect(first.publishedField == "pubDate")
        #expect(first.body.readerKind == "html")
        #expect(first.body.readerContent?.contains("بسعة 40 مليون متر مكعب") == true)
    }

    @Test func prefersContentEncodedToTheDescription() throws {
        let draft = try #require(FeedReader.read(try feedFixture("rss-morocco.xml"), input: "feed.xml").drafts.first)
        #expect(draft.body.readerContent?.hasPrefix("<p>دشّن وزير التجهيز والماء") == true)
    }

    @Test func resolvesNamedAndNumericReferences() throws {
        let draft = FeedReader.read(try feedFixture("rss-morocco.xml"), input: "feed.xml").drafts[1]
        #expect(draft.title == "الماء & الطاقة: اتفاقية بين الرباط ونواكشوط")
        #expect(draft.body.readerKind == "text")
        #expect(draft.body.readerContent == "وقّع البلدان اتفاقية للتعاون في مجالي الماء & الطاقة، حسب بلاغ رسمي.")
        #expect(draft.author == "كريم الإدريسي، هند العلوي")
    }

    @Test func itemWithOnlyALinkIsLinkOnly() throws {
        let draft = FeedReader.read(try feedFixture("rss-morocco.xml"), input: "feed.xml").drafts[2]
        #expect(draft.body.readerKind == "link")
        #expect(draft.title == "فيديو: أمطار غزيرة في فاس")
        #expect(draft.url == "https://www.sawtalatlas.ma/video/fes-rain")
    }

    @Test func readsEscapedHTMLWithUndeclaredHTMLEntities() throws {
        let reading = FeedReader.read(try feedFixture("rss-jordan.xml"), input: "jo.xml")
        let draft = try #require(reading.drafts.first)
        #expect(draft.body.readerKind == "html")
        #expect(
            draft.body.readerContent
                == "<p>أقر مجلس الوزراء مشروع موازنة عام 2024\u{A0}بعجز متوقع…</p><p>وقال وزير المالية إن النفقات سترتفع.</p>"
        )
        #expect(draft.author == "ليث الخوالدة")
        #expect(draft.outlet == "البتراء اليوم")
        #expect(draft.language == "ar-JO")
    }

    @Test func resolvesRelativeLinksAndUsesPermalinkGuids() throws {
        let drafts = FeedReader.read(try feedFixture("rss-jordan.xml"), input: "jo.xml").drafts
        try #require(drafts.count == 2)
        #expect(drafts[0].url == "https://petratoday.jo/economy/budget-2024")
        #expect(drafts[1].url == "https://petratoday.jo/economy/gold-14-05")
    }

    @Test func rejectsAnItemWithNeitherTextNorLink() throws {
        let reading = FeedReader.read(try feedFixture("rss-jordan.xml"), input: "jo.xml")
        #expect(
            reading.rejections == [RejectedInput(input: "jo.xml#3", reason: "feed item has neither text nor a link")])
    }

    @Test func readsAtomHTMLAndXHTMLContent() throws {
        let reading = FeedReader.read(try feedFixture("atom.xml"), input: "atom.xml")
        #expect(reading.rejections.isEmpty)
        try #require(reading.drafts.count == 3)
        let html = reading.drafts[0]
        #expect(html.title == "المكتب الشريف للفوسفاط يرفع إنتاجه")
        #expect(html.url == "https://www.sawtalatlas.ma/economy/ocp")
        #expect(html.body.readerKind == "html")
        #expect(html.body.readerContent == "<p>أعلن المكتب الشريف للفوسفاط عن رفع إنتاجه بنسبة 10 في المائة.</p>")
        #expect(html.published == "2023-05-14T10:00:00+01:00")
        #expect(html.publishedField == "published")
        #expect(html.author == "يوسف بنعلي")
        #expect(html.outlet == "صوت الأطلس")
        #expect(html.language == "ar")

        let xhtml = reading.drafts[1]
        #expect(xhtml.body.readerKind == "html")
        #expect(
            xhtml.body.readerContent?.contains("<p>أغلقت بورصة الدار البيضاء <strong>على ارتفاع</strong> طفيف.</p>") == true)
        #expect(xhtml.publishedField == "updated")
        #expect(xhtml.author == "قسم الاقتصاد")
    }

    @Test func atomTextSummaryAndLanguageOfTheEntry() throws {
        let draft = FeedReader.read(try feedFixture("atom.xml"), input: "atom.xml").drafts[2]
        #expect(draft.body.readerKind == "text")
        #expect(draft.body.readerContent == "Le dirham est resté stable face à l'euro.")
        #expect(draft.language == "fr")
        #expect(draft.url == "https://www.sawtalatlas.ma/fr/dirham")
    }

    @Test func readsRSS1ItemsBesideTheChannel() throws {
        let reading = FeedReader.read(try feedFixture("rdf.xml"), input: "rdf.xml")
        let draft = try #require(reading.drafts.first)
        #expect(reading.drafts.count == 1)
        #expect(draft.title == "افتتاح مدرسة جديدة في إربد")
        #expect(draft.published == "2023-05-14T09:00:00+03:00")
        #expect(draft.publishedField == "dc:date")
        #expect(draft.author == "رنا العمري")
        #expect(draft.outlet == "البتراء اليوم")
        #expect(draft.language == "ar")
    }

    @Test func feedWithoutItemsIsRejected() throws {
        let reading = FeedReader.read(try feedFixture("empty.xml"), input: "empty.xml")
        #expect(reading.drafts.isEmpty)
        #expect(reading.rejections == [RejectedInput(input: "empty.xml", reason: "feed has no items")])
    }

    @Test func truncatedFeedKeepsWholeItemsAndRejectsTheCutOne() throws {
        let reading = FeedReader.read(try feedFixture("truncated.xml"), input: "feed.xml")
        #expect(reading.drafts.map(\.input) == ["feed.xml#1"])
        let rejection = try #require(reading.rejections.first)
        #expect(rejection.input == "feed.xml#2")
        #expect(
            rejection.reason.hasPrefix(
                "the feed is cut off inside this item, which starts at line 17 (line 23, column 57: Premature end of data in tag description line 23)"
            ))
        #expect(reading.notes.count == 1)
    }

    @Test func aReasonIsOneLineWhereLibxmlQuotesTheInput() throws {
        let feed = "<?xml version=\"1.0\"?><rss><channel><item><title>عنوان</title><description><![CDATA[<p>نص\nتكملة"
        let reading = FeedReader.read(feed, input: "cut.xml")
        let rejection = try #require(reading.rejections.first)
        #expect(rejection.reason.contains("CData section not finished"))
        #expect(!rejection.reason.contains("\n"))
        #expect(!rejection.reason.contains("تكملة"))
    }

    @Test func brokenTagKeepsLaterItemsAndTheirReferences() throws {
        let reading = FeedReader.read(try feedFixture("broken-tag.xml"), input: "feed.xml")
        #expect(reading.rejections.isEmpty)
        try #require(reading.drafts.count == 2)
        #expect(reading.drafts[1].title == "الطرق & الجسور: إغلاق مؤقت")
        #expect(reading.drafts[1].body.readerContent == "أعلنت الوزارة عن إغلاق مؤقت للطريق الوطنية رقم 8 & تحويل السير.")
        let note = try #require(reading.notes.first)
        #expect(note.contains("line 8, column 75: Opening and ending tag mismatch: br line 8 and p"))
    }

    @Test(arguments: ["billion-laughs.xml", "external-entity.xml"])
    func declaredEntitiesAreNeverExpanded(fixture: String) throws {
        let text = try feedFixture(fixture)
        let clock = ContinuousClock()
        var reading = DraftReading()
        let elapsed = clock.measure { reading = FeedReader.read(text, input: fixture) }
        #expect(elapsed < .seconds(2))
        let draft = try #require(reading.drafts.first)
        let everything = [draft.title ?? "", draft.body.readerContent ?? ""].joined(separator: "\n")
        #expect(!everything.contains("lol"))
        #expect(!everything.contains("root:"))
        #expect(!everything.contains("&"))
        #expect(reading.notes.contains { $0.contains("document type declaration was removed") })
    }

    @Test func externalEntityReadsAsNothing() throws {
        let draft = try #require(FeedReader.read(try feedFixture("external-entity.xml"), input: "x.xml").drafts.first)
        #expect(draft.title == "خبر عاجل")
        #expect(draft.body.readerContent == "بداية   نهاية")
    }

    @Test(arguments: [
        (
            "<?xml version=\"1.0\"?><urlset><url/></urlset>",
            "not an RSS, RDF or Atom feed: the root element is <urlset>"
        ),
        ("just words", "not XML: line 1, column 1: Start tag expected, '<' not found"),
    ])
    func nonFeedsAreRejectedWithTheReason(text: String, reason: String) {
        let reading = FeedReader.read(text, input: "in.xml")
        #expect(reading.drafts.isEmpty)
        #expect(reading.rejections == [RejectedInput(input: "in.xml", reason: reason)])
    }

    @Test func undeclaredPrefixesAreReadAsTheUsualModules() throws {
        let text =
            "<rss><channel><title>ق</title><item><title>أ</title><link>https://a.ma/1</link>"
            + "<dc:creator>سعاد</dc:creator><content:encoded>&lt;p&gt;نص&lt;/p&gt;</content:encoded></item></channel></rss>"
        let draft = try #require(FeedReader.read(text, input: "f.xml").drafts.first)
        #expect(draft.author == "سعاد")
        #expect(draft.body.readerContent == "<p>نص</p>")
    }

    @Test(arguments: [("القبس - محليات", "القبس"), ("الشروق | اقتصاد", "الشروق"), ("صحيفة الغد", "صحيفة الغد")])
    func aFeedOfOneSectionNamesTheOutletWithoutIt(title: String, outlet: String) throws {
        let text = "<rss><channel><title>\(title)</title><item><title>أ</title><link>https://a.kw/1</link>"
            + "<description>نص الخبر</description></item></channel></rss>"
        let draft = try #require(FeedReader.read(text, input: "f.xml").drafts.first)
        #expect(draft.outlet == outlet)
    }

    @Test func readsFeedsConcurrently() async throws {
        let text = try feedFixture("rss-morocco.xml")
        let counts = await withTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask { FeedReader.read(text, input: "feed\(index).xml").drafts.count }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 3, count: 8))
    }
}
