import Foundation
import Testing

@testable import Ingest

/// The bytes of a feed fixture under `Fixtures/feeds/`, as they are on disk.
private func rawFeedFixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/feeds").appendingPathComponent(name)
    return Array(try Data(contentsOf: url))
}

/// These tests give libxml2 the raw fixtures, without ``PreparedFeedXML``: the parser options alone
/// must keep entities from expanding.
@Suite struct FeedXMLDocumentTests {
    @Test func billionLaughsIsStoppedByLibxml2Itself() throws {
        let bytes = try rawFeedFixture("billion-laughs.xml")
        let clock = ContinuousClock()
        var document: FeedXMLDocument?
        let elapsed = clock.measure { document = try? FeedXMLDocument(utf8: bytes) }
        #expect(elapsed < .seconds(2))
        let parsed = try #require(document)
        let error = try #require(parsed.firstError)
        #expect(error.message.contains("entity"))
        if let root = parsed.root {
            #expect(FeedNode.text(root).count < 1000)
        }
    }

    @Test func externalEntityIsNeverLoaded() throws {
        let document = try FeedXMLDocument(utf8: try rawFeedFixture("external-entity.xml"))
        let root = try #require(document.root)
        let text = FeedNode.text(root)
        #expect(!text.contains("root:"))
        #expect(text.contains("خبر  عاجل"))
        #expect(text.contains("بداية   نهاية"))
    }

    @Test func elementsOpenAtTheEndAreNotClosed() throws {
        let document = try FeedXMLDocument(
            utf8: Array("<rss><channel><item><title>أ</title></item><item><title>ب".utf8))
        let channel = try #require(document.root.flatMap { FeedNode.elementChildren($0).first })
        let items = FeedNode.elementChildren(channel)
        #expect(items.count == 2)
        #expect(document.isClosed(items[0]))
        #expect(!document.isClosed(items[1]))
        #expect(document.firstError?.message.hasPrefix("Premature end of data in tag title") == true)
    }

    @Test func wellFormedDocumentHasNoError() throws {
        let document = try FeedXMLDocument(utf8: Array("<rss><channel><item/></channel></rss>".utf8))
        #expect(document.firstError == nil)
        #expect(document.errorCount == 0)
        let item = try #require(
            document.root.flatMap { FeedNode.elementChildren($0).first }.flatMap { FeedNode.elementChildren($0).first })
        #expect(document.isClosed(item))
    }

    @Test func emptyInputThrows() {
        #expect(throws: XMLParseError.self) { try FeedXMLDocument(utf8: []) }
    }
}

@Suite struct PreparedFeedXMLTests {
    @Test(arguments: [
        ("<t>a &amp; b</t>", "<t>a &#38; b</t>"),
        ("<t>&lt;p&gt; &quot;x&quot; &apos;</t>", "<t>&#60;p&#62; &#34;x&#34; &#39;</t>"),
        ("<t>&nbsp;&hellip;&raquo;</t>", "<t>&#160;&#8230;&#187;</t>"),
        ("<t>A & B</t>", "<t>A &#38; B</t>"),
        ("<t>&unknown; &#1593; &#x639;</t>", "<t>&#38;unknown; &#1593; &#x639;</t>"),
        ("<t>&#0;&#xD800;ok</t>", "<t>ok</t>"),
        ("<t>a < b <عاجل></t>", "<t>a &#60; b &#60;عاجل></t>"),
        ("<t><![CDATA[a & b < c]]></t>", "<t><![CDATA[a & b < c]]></t>"),
        ("<!-- a & b --><t/>", "<!-- a & b --><t/>"),
        ("<t>a\u{1}b\u{B}c</t>", "<t>a b c</t>"),
        ("<a href=\"?x=1&y=2\">", "<a href=\"?x=1&#38;y=2\">"),
    ])
    func rewritesReferencesAndStrayMarkup(input: String, expected: String) {
        #expect(String(decoding: PreparedFeedXML(input).bytes, as: UTF8.self) == expected)
    }

    @Test func blanksTheDoctypeAndDropsItsEntities() {
        let input =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n<rss>&x;</rss>"
        let prepared = PreparedFeedXML(input)
        let output = String(decoding: prepared.bytes, as: UTF8.self)
        #expect(prepared.removedDoctype)
        #expect(prepared.declaredEntities == ["x"])
        #expect(!output.contains("ENTITY"))
        #expect(output.hasSuffix("<rss></rss>"))
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).count == 5)
    }

    @Test func mapsColumnsBackToTheOriginal() {
        let prepared = PreparedFeedXML("<t>&lt;&lt;<x")
        // `&lt;` (4) became `&#60;` (5) twice: column 14 in the output is column 12 in the input.
        #expect(prepared.originalColumn(line: 1, column: 14) == 12)
        #expect(prepared.originalColumn(line: 2, column: 14) == 14)
    }

    @Test func dropsAByteOrderMark() {
        #expect(PreparedFeedXML("\u{FEFF}<rss/>").bytes == Array("<rss/>".utf8))
    }
}
