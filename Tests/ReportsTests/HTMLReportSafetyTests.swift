import Extraction
import Foundation
import Ingest
import Testing
@testable import Reports
@testable import Stories

/// Untrusted text in every field of a report must leave the page inert.
@Suite struct HTMLReportSafetyTests {
    static let attacks = [
        "<script>alert(1)</script>", "\"onload=alert(1) x=\"", "'onmouseover='alert(1)", "</style><script>alert(2)</script>",
        "<img src=x onerror=alert(3)>", "<svg onload=alert(4)>", "<a href=\"javascript:alert(5)\">x</a>", "&lt;script&gt;",
        "\u{202E}gnp.exe\u{202C}", "\u{2066}عزل\u{2069}", "\u{202D}LTR override", "\u{0000}\u{0007}\u{FEFF}\u{2028}",
    ]

    /// A report whose every string carries the attacks.
    static func hostileReport() -> AnalysisReport {
        let payload = attacks.joined(separator: " ")
        let text = "خبر عادي. " + payload + "\nسطر ثان " + payload
        var article = Article(
            source: ArticleSource(input: payload, outlet: payload, url: "javascript:alert(document.cookie)"), title: payload,
            published: PublicationDate(value: payload, inferred: true, evidence: payload), text: text,
            removed: [RemovedText(text: payload, reason: payload)], language: "ar\" onload=\"alert(1)", author: payload, dateline: payload)
        article.id = "\"><script>alert('id')</script>"
        var second = Article(source: ArticleSource(input: "b", outlet: "منبر", url: " JavaScript:alert(1)"), title: "عنوان", published: .unknown, text: payload)
        second.id = "id with spaces & \u{202E}"
        let span = 0..<9
        let entity = Entity(id: payload, type: .person, name: payload, aliases: [payload], roles: [payload], articles: [article.id])
        let entry = ReportArticle(
            article: article, mentions: [Mention(entity: payload, span: span, text: payload)],
            timexes: [Timex(span: 3..<7, text: payload, value: payload, anchor: .absolute)],
            quantities: [Quantity(span: 2..<12, text: payload, value: 1, unit: payload, isApproximate: false)],
            quotes: [Quote(id: payload, span: 10..<40, text: payload, speaker: payload, speakerText: payload, cue: payload, isDirect: true, via: [payload])])
        let citation = Citation(article: article.id, span: span)
        let story = Story(
            id: payload, title: payload, articles: [article.id, second.id], period: [payload], outlets: [payload],
            claims: [Claim(id: payload, text: payload, support: [citation], sources: 2, independentSources: 1, outlets: [payload])],
            conflicts: [Conflict(id: payload, kind: payload, description: payload, sides: [
                ConflictSide(article: article.id, start: 0, end: 9, text: payload), ConflictSide(article: second.id, start: 0, end: 4, text: payload),
            ])],
            reuse: [ReuseLink(from: article.id, to: second.id, directionKnown: false, passages: [
                ReusePassage(fromStart: 0, fromEnd: 20, toStart: 0, toEnd: 20, similarity: 0.9, kind: payload),
            ])],
            timeline: [TimelineEntry(date: payload, text: payload, citations: [citation])],
            summary: [SummarySentence(text: payload, citations: [citation])], assignments: [])
        return AnalysisReport(
            generator: payload, articles: [entry, ReportArticle(article: second)], entities: [entity], stories: [story],
            rejected: [RejectedInput(input: payload, reason: payload)])
    }

    static let page = HTMLReportWriter().html(for: hostileReport())

    @Test func writesNoScriptElement() {
        #expect(!Self.page.lowercased().contains("<script"))
        #expect(!Self.page.lowercased().contains("<img"))
        #expect(!Self.page.lowercased().contains("<svg onload"))
    }

    @Test func writesNoEventHandlerAttribute() {
        for tag in HTMLInspection.tags(in: Self.page) {
            let names = HTMLInspection.attributeNames(of: tag)
            #expect(!names.contains { $0.hasPrefix("on") }, "event handler in \(tag)")
        }
    }

    @Test func writesNoJavaScriptLink() {
        for match in Self.page.matches(of: /href="([^"]*)"/) {
            let target = match.output.1.lowercased()
            #expect(target.hasPrefix("#") || target.hasPrefix("https://") || target.hasPrefix("http://"), "href=\(target)")
        }
        #expect(!Self.page.lowercased().contains("href=\"javascript:"))
    }

    @Test func closesTheStyleSheetOnlyOnce() {
        #expect(Self.page.components(separatedBy: "</style>").count == 2)
        let style = Self.page.components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0]
        #expect(!style.contains("alert"))
    }

    @Test func escapesTheAttacksAsText() {
        #expect(Self.page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(Self.page.contains("&quot;onload=alert(1) x=&quot;"))
        #expect(Self.page.contains("&#39;onmouseover=&#39;alert(1)"))
        #expect(Self.page.contains("&amp;lt;script&amp;gt;"))
    }

    @Test(arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] as [UInt32])
    func showsBidirectionalControlsAsVisibleCodes(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        var report = AnalysisReport(generator: "x", articles: [], rejected: [])
        report.rejected = [RejectedInput(input: "a\(Character(scalar))b", reason: "r")]
        let page = HTMLReportWriter().html(for: report)
        #expect(!page.unicodeScalars.contains(scalar))
        #expect(page.contains("a" + UntrustedScalar.code(of: value) + "b"))
    }

    @Test func removesOtherInvisibleControls() {
        for value: UInt32 in [0x00, 0x07, 0x1B, 0x7F, 0x85, 0x2028, 0x2029, 0x2060, 0xFEFF] {
            #expect(!Self.page.unicodeScalars.contains { $0.value == value }, "U+\(String(value, radix: 16))")
        }
        #expect(!Self.page.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" })
    }

    @Test func buildsIdsFromSafeCharactersOnly() {
        let ids = HTMLInspection.ids(in: Self.page)
        #expect(!ids.isEmpty)
        for id in ids { #expect(id.wholeMatch(of: /[A-Za-z0-9_-]+/) != nil, "id \(id)") }
        #expect(Set(HTMLInspection.fragmentLinks(in: Self.page)).isSubset(of: ids))
    }

    @Test func keepsTheLanguageAttributeOnlyWhenItIsATag() {
        #expect(!Self.page.contains("lang=\"ar&quot;"))
    }
}
