import Testing

@testable import Ingest

@Suite struct FormatDetectorTests {
    @Test(arguments: [
        ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", InputFormat.rss),
        ("\u{FEFF}  <?xml version=\"1.0\"?><!-- تعليق --><?xml-stylesheet href=\"s.xsl\"?><rss>", .rss),
        ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", .rss),
        ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\">]><rss>", .rss),
        ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", .atom),
        ("<rss version=\"2.0\"><channel>", .rss),
        ("<?xml version=\"1.0\"?><urlset><url/></urlset>", .rss),
        ("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">", .html),
        ("<!doctype HTML>\n<html>", .html),
        ("<html><head><title>خبر</title></head>", .html),
        ("  <head><meta charset=\"utf-8\"></head><body>", .html),
        ("<div class=\"article\"><p>نص الخبر</p></div>", .html),
        ("<p>دشّن وزير التجهيز سدًّا جديدًا.</p>", .html),
        ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", .html),
        ("عنوان الخبر\n<p>فقرة</p><p>فقرة</p><br>", .html),
        ("[{\"title\": \"خبر\"}]", .jsonArray),
        ("[\n  {\n    \"title\": \"خبر\"\n  }\n]", .jsonArray),
        ("[]", .jsonArray),
        ("{\"title\": \"أ\", \"text\": \"ب\"}\n{\"title\": \"ج\", \"text\": \"د\"}\n", .jsonLines),
        ("{\"title\": \"أ\"}\nnot json\n", .jsonLines),
        ("{\n  \"articles\": [{\"title\": \"أ\"}]\n}", .jsonArray),
        ("الرباط - أعلنت الحكومة اليوم عن خطة جديدة.", .text),
        ("<عاجل> الحكومة تعلن خطة جديدة", .text),
        ("ارتفع المؤشر بنسبة < 2% فقط\nوقال الخبير إن a < b", .text),
        ("[عاجل] الحكومة تعلن خطة جديدة", .text),
        ("{عاجل} الحكومة تعلن خطة جديدة", .text),
        ("قال إن وسم <p> يستعمل في الصفحات", .text),
        ("", .text),
    ])
    func decidesFromTheContent(text: String, expected: InputFormat) {
        #expect(FormatDetector.format(of: text, name: "input") == expected)
    }

    @Test(arguments: [
        ("خبر.txt", InputFormat.text), ("page.HTML", .html), ("feed.xml", .rss), ("news.atom", .atom),
        ("export.jsonl", .jsonLines), ("dump.ndjson", .jsonLines), ("export.json", .jsonArray),
        ("https://example.ma/rss.xml?lang=ar", .rss), ("/data/2023.05/notes", .text),
    ])
    func extensionBreaksTheTieForPlainContent(name: String, expected: InputFormat) {
        #expect(FormatDetector.format(of: "نص عادي بلا وسوم", name: name) == expected)
    }

    @Test func contentWinsOverTheExtension() {
        #expect(FormatDetector.format(of: "<?xml version=\"1.0\"?><feed>", name: "page.html") == .atom)
        #expect(FormatDetector.format(of: "<!DOCTYPE html><html>", name: "export.json") == .html)
        #expect(FormatDetector.format(of: "{\"text\": \"نص\"}", name: "notes.txt") == .jsonLines)
    }
}

@Suite struct MarkupSnifferTests {
    @Test(arguments: [
        ("<p>نص</p>", true), ("  <div>", true), ("<!DOCTYPE html>", true), ("<!-- x -->", true),
        ("<br/>", true), ("<a href=\"x\">", true), ("</p>", true),
        ("<عاجل>", false), ("< p>", false), ("<paragraph>", false), ("نص <p>", false), ("", false),
    ])
    func startsWithHTMLTag(text: String, expected: Bool) {
        #expect(MarkupSniffer.startsWithHTMLTag(text.utf8) == expected)
    }

    @Test func countsOnlyKnownTags() {
        #expect(MarkupSniffer.htmlTagCount(in: "<p>a</p><br><x-y><عاجل><h2 id=\"t\">".utf8) == 4)
        #expect(MarkupSniffer.htmlTagCount(in: "<p><p><p><p>".utf8, limit: 2) == 2)
    }

    @Test(arguments: [
        ("<p>&nbsp;</p>", false), ("<img src=\"a.jpg\"/>", false), ("<p>نص</p>", true), ("<p>2023</p>", true),
        ("&hellip;", false),
    ])
    func seesVisibleTextInMarkup(markup: String, expected: Bool) {
        #expect(MarkupSniffer.hasVisibleText(markup: markup) == expected)
    }

    @Test func plainTextNeedsALetterOrDigit() {
        #expect(!MarkupSniffer.hasVisibleText(plain: " \n… — "))
        #expect(MarkupSniffer.hasVisibleText(plain: "١"))
    }
}

@Suite struct FormatReaderTests {
    @Test func dispatchesEachFormatToItsReader() {
        let feed = FormatReader.read(
            "<rss><channel><title>ق</title><item><title>أ</title><link>https://a.ma/1</link></item></channel></rss>",
            input: "f.xml")
        #expect(feed.format == .rss)
        #expect(feed.reading.drafts.map(\.input) == ["f.xml#1"])

        let lines = FormatReader.read("{\"text\": \"نص\"}\n", input: "d.jsonl")
        #expect(lines.format == .jsonLines)
        #expect(lines.reading.drafts.map(\.input) == ["d.jsonl:1"])

        let page = FormatReader.read("<html><body><p>نص</p></body></html>", input: "p.html")
        #expect(page.format == .html)
        #expect(page.reading.drafts.first?.body.readerKind == "html")

        let text = FormatReader.read("نص الخبر", input: "t.txt")
        #expect(text.format == .text)
        #expect(text.reading.drafts.first?.body.readerContent == "نص الخبر")
    }

    @Test func emptyInputIsRejected() {
        let reading = FormatReader.read(" \n\u{FEFF}", input: "t.txt").reading
        #expect(reading.rejections == [RejectedInput(input: "t.txt", reason: "the input is empty")])
    }
}
