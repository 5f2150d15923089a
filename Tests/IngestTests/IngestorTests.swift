import Foundation
import Testing
@testable import Ingest

@Suite struct IngestorTests {
    static let arabicPage = """
        <html lang="ar"><head><title>ارتفاع أسعار الخبز في المدينة - جريدة السهل</title>
        <meta property="article:published_time" content="2024-02-11T08:00:00+02:00"></head>
        <body><nav><a href="/">الرئيسية</a> <a href="/x">اقتصاد</a></nav><article><h1>ارتفاع أسعار الخبز في المدينة</h1>
        <p>أعلنت نقابة المخابز في المدينة رفع سعر ربطة الخبز بنسبة عشرة في المئة اعتبارا من الأسبوع المقبل، بسبب ارتفاع كلفة الطحين.</p>
        <p>وقال رئيس النقابة إن الزيادة «لا مفر منها»، مضيفا أن المخابز ستلتزم بالأوزان المعتمدة.</p></article>
        <footer>جميع الحقوق محفوظة</footer></body></html>
        """

    /// A folder of inputs of every kind, good and bad, made for the test.
    static func makeCorpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-ingest-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("nested/deeper"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        try write("page.html", Array(arabicPage.utf8))
        try write("nested/deeper/copy.txt", Array("عنوان الخبر هنا للتجربة\nأعلنت الوزارة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.\nاقرأ أيضاً:\n".utf8))
        try write(".hidden/secret.txt", Array("نص مخفي لا يقرأ أبدا.".utf8))
        try write(".dotfile.txt", Array("نص مخفي آخر.".utf8))
        try write("empty.txt", [])
        try write("blank.txt", Array("   \n\n  ".utf8))
        try write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 200))
        try write("truncated.html", Array(String(arabicPage.prefix(420)).utf8))
        try write("deep.html", Array((String(repeating: "<div>", count: 10_000) + "<p>نص</p>").utf8))
        let laughs = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
            <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
            <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            <rss version="2.0"><channel><title>x</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>
            """
        try write("laughs.xml", Array(laughs.utf8))
        try write("english.txt", Array("The city council approved the new budget on Monday after a long debate about public transport and schools.".utf8))
        // Windows-1256 Arabic declared as ISO-8859-1 by the page: «نص عربي» and a sentence.
        let declaredWrong = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>".utf8)
            + [0xE3, 0xD5, 0xD1, 0x20, 0xCA, 0xDA, 0xE1, 0xE4, 0x20, 0xDA, 0xE4, 0x20, 0xCE, 0xD8, 0xC9, 0x20, 0xCC, 0xCF, 0xED, 0xCF, 0xC9, 0x2E]
            + Array("</p></article></body></html>".utf8)
        try write("declared-wrong.html", declaredWrong)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.txt").path, withDestinationPath: "/nonexistent/isnad")
        return folder
    }

    @Test func readsAFolderAndListsEveryBadInputWithAReason() async throws {
        let folder = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = ContinuousClock.now
        let result = await Ingestor().ingest([folder.path, folder.appendingPathComponent("missing.txt").path])
        // A bound against entity expansion and blocking reads (a billion laughs never ends), loose enough for a busy machine.
        #expect(started.duration(to: .now) < .seconds(60))
        let inputs = Set(result.articles.map { URL(fileURLWithPath: $0.source.input).lastPathComponent })
        #expect(inputs.isSuperset(of: ["page.html", "copy.txt", "english.txt", "declared-wrong.html"]))
        #expect(!inputs.contains("secret.txt") && !inputs.contains(".dotfile.txt"))
        let rejected = Dictionary(result.rejected.map { (URL(fileURLWithPath: $0.input).lastPathComponent, $0.reason) }) { a, _ in a }
        for name in ["empty.txt", "blank.txt", "image.png", "missing.txt", "dangling.txt"] {
            #expect(rejected[name] != nil, "\(name) should be rejected")
        }
        #expect(rejected["image.png"]?.contains("PNG") == true)
        // Every input is accounted for: an article or a rejection (of the input or of its items).
        for name in ["truncated.html", "deep.html", "laughs.xml"] {
            #expect(inputs.contains(name) || rejected.keys.contains { $0.hasPrefix(name) }, "\(name) disappeared")
        }
        let english = try #require(result.articles.first { $0.source.input.hasSuffix("english.txt") })
        #expect(english.language == "en")
        let page = try #require(result.articles.first { $0.source.input.hasSuffix("page.html") })
        #expect(page.published.value == "2024-02-11")
        #expect(page.published.inferred == false)
        #expect(page.title == "ارتفاع أسعار الخبز في المدينة")
        #expect(page.text.contains("نقابة المخابز") && !page.text.contains("جميع الحقوق"))
        let wrong = try #require(result.articles.first { $0.source.input.hasSuffix("declared-wrong.html") })
        #expect(wrong.text.contains("مصر تعلن عن خطة جديدة"))
    }

    @Test func rejectsA100MegabyteTextQuickly() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-huge-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let line = Array("سطر طويل من نص عربي يتكرر لملء الملف الكبير جدا.\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(100 << 20)
        while bytes.count < 100 << 20 { bytes += line }
        try Data(bytes).write(to: file)
        let started = ContinuousClock.now
        let result = await Ingestor().ingest([file.path])
        #expect(started.duration(to: .now) < .seconds(30))
        #expect(result.articles.isEmpty)
        #expect(result.rejected.first?.reason.contains("limit of an article") == true)
    }

    @Test func keepsInputOrder() async throws {
        let folder = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html").path
        let copy = folder.appendingPathComponent("nested/deeper/copy.txt").path
        let result = await Ingestor().ingest([copy, page, copy])
        #expect(result.articles.map { URL(fileURLWithPath: $0.source.input).lastPathComponent } == ["copy.txt", "page.html", "copy.txt"])
    }

    @Test func fetchesFromALocalServerWithinItsLimits() async throws {
        let server = try LocalHTTPServer(routes: [
            "/article": .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(Self.arabicPage.utf8)),
            "/moved": .init(status: 302, headers: ["Location": "/article"]),
            "/loop": .init(status: 302, headers: ["Location": "/loop"]),
            "/slow": .init(body: Array("متأخر".utf8), delay: 3),
            "/big": .init(body: [UInt8](repeating: 0x61, count: 300_000)),
            "/gone": .init(status: 410, body: Array("gone".utf8)),
        ])
        defer { server.stop() }
        let ingestor = Ingestor(limits: InputLimits(maximumBytes: 100_000, timeout: 1, maximumRedirects: 3))
        let result = await ingestor.ingest([
            server.url("/article"), server.url("/moved"), server.url("/loop"), server.url("/slow"), server.url("/big"),
            server.url("/gone"), "http://", "https://127.0.0.1:1/closed",
        ])
        #expect(result.articles.count == 2)
        #expect(result.articles.allSatisfy { $0.text.contains("نقابة المخابز") })
        let reasons = Dictionary(result.rejected.map { ($0.input, $0.reason) }) { a, _ in a }
        #expect(reasons[server.url("/loop")]?.contains("redirects") == true)
        #expect(reasons[server.url("/slow")]?.contains("timed out") == true)
        #expect(reasons[server.url("/big")]?.contains("limit") == true)
        #expect(reasons[server.url("/gone")]?.contains("410") == true)
        #expect(reasons["http://"] != nil)
        #expect(reasons["https://127.0.0.1:1/closed"] != nil)
    }
}
