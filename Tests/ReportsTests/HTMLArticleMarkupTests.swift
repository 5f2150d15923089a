import Testing
@testable import Reports

@Suite struct HTMLArticleMarkupTests {
    static func markup(_ text: String, highlights: [Highlight] = [], targets: [(Range<Int>, String)] = []) -> String {
        var buffer = HTMLBuffer(capacity: 256)
        let markup = ArticleMarkup(
            bytes: Array(text.utf8), scalarCount: text.unicodeScalars.count, highlights: highlights,
            targets: targets.map { ($0.0, SafeToken(sanitizing: $0.1)) })
        markup.write(into: &buffer)
        return buffer.string
    }

    @Test func writesOneParagraphPerLine() {
        #expect(Self.markup("سطر أول\nسطر ثانٍ") == "<p dir=\"auto\">سطر أول</p>\n<p dir=\"auto\">سطر ثانٍ</p>")
    }

    @Test func givesEverySegmentTheClassesOfAllHighlightsCoveringIt() {
        // «قال الوزير سالم» : a quotation over scalars 0..<10, an entity over 4..<15.
        let text = "قال الوزير سالم اليوم"
        let page = Self.markup(text, highlights: [Highlight(kind: .quote, span: 0..<10), Highlight(kind: .entity, span: 4..<15)])
        #expect(page == "<p dir=\"auto\"><span class=\"hl hl-quote\">قال </span><span class=\"hl hl-quote hl-entity\">الوزير</span>"
            + "<span class=\"hl hl-entity\"> سالم</span> اليوم</p>")
    }

    @Test func nestsIdenticalAndContainedHighlights() {
        let page = Self.markup("أبجد هوز", highlights: [
            Highlight(kind: .reuse, span: 0..<8), Highlight(kind: .date, span: 0..<4), Highlight(kind: .number, span: 0..<4),
        ])
        #expect(page == "<p dir=\"auto\"><span class=\"hl hl-date hl-number hl-reuse\">أبجد</span><span class=\"hl hl-reuse\"> هوز</span></p>")
    }

    @Test func cutsAtScalarsNotAtCharactersOrUTF16() {
        // «بِ» is two scalars and one Character; 🌊 is one scalar and two UTF-16 units; 👍🏽 two scalars.
        let text = "بِـ🌊👍🏽ﻻ"
        let page = Self.markup(text, highlights: [Highlight(kind: .quote, span: 1..<3), Highlight(kind: .entity, span: 4..<5)])
        #expect(page == "<p dir=\"auto\">ب<span class=\"hl hl-quote\">\u{0650}ـ</span>🌊<span class=\"hl hl-entity\">👍</span>🏽ﻻ</p>")
    }

    @Test func wrapsTargetsAroundHighlightsWithTheirIds() {
        let page = Self.markup("واحد اثنان ثلاثة", highlights: [Highlight(kind: .entity, span: 5..<10)], targets: [(0..<16, "a-x-0-16"), (5..<10, "a-x-5-10")])
        #expect(page == "<p dir=\"auto\"><span class=\"cite\" id=\"a-x-0-16\">واحد <span class=\"cite\" id=\"a-x-5-10\">"
            + "<span class=\"hl hl-entity\">اثنان</span></span> ثلاثة</span></p>")
    }

    @Test func reopensCrossingTargetsWithoutTheirIds() {
        let page = Self.markup("أ ب ج د", targets: [(0..<5, "first"), (2..<7, "second")])
        #expect(page == "<p dir=\"auto\"><span class=\"cite\" id=\"first\">أ <span class=\"cite\" id=\"second\">ب ج</span></span>"
            + "<span class=\"cite\"> د</span></p>")
    }

    @Test func continuesATargetAcrossALineBreak() {
        let page = Self.markup("أول\nثان", targets: [(1..<6, "t")])
        #expect(page == "<p dir=\"auto\">أ<span class=\"cite\" id=\"t\">ول</span></p>\n<p dir=\"auto\"><span class=\"cite\">ثا</span>ن</p>")
    }

    @Test func writesEmptyTargetsAsEmptyElements() {
        let page = Self.markup("نص", targets: [(2..<2, "end"), (0..<0, "start")])
        #expect(page == "<p dir=\"auto\"><span class=\"cite\" id=\"start\"></span>نص<span class=\"cite\" id=\"end\"></span></p>")
    }

    @Test func escapesTheTextInsideSegments() {
        let page = Self.markup("<b>&\u{202E}", highlights: [Highlight(kind: .quote, span: 1..<2)])
        #expect(page == "<p dir=\"auto\">&lt;<span class=\"hl hl-quote\">b</span>&gt;&amp;[U+202E]</p>")
    }
}
