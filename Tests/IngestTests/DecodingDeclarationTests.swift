import Testing
@testable import Ingest

@Suite struct DocumentDeclarationScannerTests {
    private func scan(_ text: String) -> CharsetDeclaration? {
        Array(text.utf8).withUnsafeBufferPointer { DocumentDeclarationScanner.declaration(in: $0) }
    }

    @Test(arguments: [
        ("<meta charset=\"windows-1256\">", "windows-1256", CharsetDeclaration.Source.metaCharset),
        ("<META CHARSET=Windows-1256>", "windows-1256", .metaCharset),
        ("<meta charset = 'cp1256' />", "cp1256", .metaCharset),
        ("<meta\ncharset=utf-8/>", "utf-8/", .metaCharset),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", "windows-1256", .metaHTTPEquiv),
        ("<meta content='text/html;charset=ISO-8859-6' http-equiv='content-type'>", "iso-8859-6", .metaHTTPEquiv),
        ("<meta http-equiv=Content-Type content=\"text/html; charset = 'utf-8'\">", "utf-8", .metaHTTPEquiv),
        ("<!-- <meta charset=\"utf-8\"> --><meta charset=\"windows-1256\">", "windows-1256", .metaCharset),
        ("<meta name=\"viewport\" content=\"width=device-width\"><meta charset=\"utf-8\">", "utf-8", .metaCharset),
        ("<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss/>", "windows-1256", .xmlDeclaration),
        ("  <?xml version='1.0' encoding = 'ISO-8859-6' ?>", "iso-8859-6", .xmlDeclaration),
        ("<?xml version=\"1.0\"?><html><head><meta charset=\"utf-8\">", "utf-8", .metaCharset),
    ])
    func findsDeclarations(_ head: String, _ label: String, _ source: CharsetDeclaration.Source) {
        let found = scan("<html><head>" + head + "</head>")
            ?? scan(head)
        #expect(found?.label == label)
        #expect(found?.source == source)
    }

    @Test(arguments: [
        "<html><head><title>charset=utf-8</title>",
        "<meta name=\"description\" content=\"text/html; charset=utf-8\">",  // content without the pragma
        "<!-- <meta charset=\"utf-8\"> -->",
        "<meta charset=\"windows-1256",  // cut off
        "<p>no head at all</p>",
        "",
    ])
    func ignoresWhatIsNotADeclaration(_ text: String) {
        #expect(scan(text) == nil)
    }

    @Test func looksOnlyAtTheFirstFourKibibytes() {
        let padding = "<!-- " + String(repeating: "x", count: 4096) + " -->"
        #expect(scan(padding + "<meta charset=\"windows-1256\">") == nil)
        let filler = "<p>" + String(repeating: "x", count: 4000) + "</p>"
        #expect(scan(filler + "<meta charset=\"windows-1256\">")?.label == "windows-1256")
    }
}

@Suite struct CharsetDeclarationTests {
    @Test(arguments: [
        ("text/html; charset=windows-1256", "windows-1256"),
        ("text/html;charset=\"UTF-8\"", "utf-8"),
        ("Text/HTML; Charset = ISO-8859-6 ", "iso-8859-6"),
        ("application/rss+xml; charset=cp1256; foo=bar", "cp1256"),
        ("windows-1256", "windows-1256"),
        ("  CP1256  ", "cp1256"),
    ])
    func readsTheCharsetOfAContentType(_ contentType: String, _ label: String) {
        #expect(CharsetDeclaration(contentType: contentType)?.label == label)
    }

    @Test(arguments: ["text/html", "", "   ", "text/html; charset=", "a=b"])
    func contentTypesWithoutCharsetDeclareNothing(_ contentType: String) {
        #expect(CharsetDeclaration(contentType: contentType) == nil)
    }
}

@Suite struct ByteOrderMarkTests {
    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF, 0x61], TextEncoding.utf8, 3),
        ([0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian, 4),  // checked before UTF-16LE
        ([0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian, 4),
        ([0xFF, 0xFE, 0x61, 0x00], .utf16LittleEndian, 2),
        ([0xFE, 0xFF, 0x00, 0x61], .utf16BigEndian, 2),
        ([0xFF, 0xFE], .utf16LittleEndian, 2),
    ])
    func recognizesEveryMark(_ bytes: [UInt8], _ encoding: TextEncoding, _ length: Int) {
        let mark = bytes.withUnsafeBufferPointer { ByteOrderMark($0) }
        #expect(mark?.encoding == encoding)
        #expect(mark?.length == length)
    }

    @Test(arguments: [[0xEF, 0xBB], [0x61, 0xEF, 0xBB, 0xBF], [], [0xFE]] as [[UInt8]])
    func needsTheWholeMarkAtTheStart(_ bytes: [UInt8]) {
        #expect(bytes.withUnsafeBufferPointer { ByteOrderMark($0) } == nil)
    }
}
