import Extraction
import Foundation
import Ingest
import Testing
@testable import Reports
@testable import Stories

@Suite struct MarkdownReportWriterTests {
    static let document = MarkdownReportWriter().markdown(for: SampleReport.report())
    static var lines: [String] { document.components(separatedBy: "\n") }

    @Test func wrapsTheDocumentRightToLeft() {
        #expect(Self.document.hasPrefix("<div dir=\"rtl\" lang=\"ar\">\n\n# تقرير إسناد\n"))
        #expect(Self.document.hasSuffix("\n</div>\n"))
    }

    @Test(arguments: ["## 1. افتتاح سدّ النخيل في محافظة الواحة", "### الموجز", "### الخط الزمني", "### الادعاءات", "### التناقضات",
                      "### المصادر", "## المصادر المرفوضة"])
    func writesEverySection(heading: String) {
        #expect(Self.lines.contains(heading))
    }

    @Test func writesThePeriodAndOutlets() {
        #expect(Self.lines.contains("- **الفترة:** 2024-03-05 – 2024-03-06"))
        #expect(Self.lines.contains("- **المنابر:** صحيفة المساء، موقع الضفة اليوم، وكالة الرافدين للأنباء"))
    }

    @Test func citesTheBriefWithLinksToNumberedSources() {
        #expect(Self.lines.contains("1. افتتح وزير الموارد المائية سالم العامري سدَّ النخيل في محافظة الواحة [\\[1\\]](#s1-ref-1) [\\[2\\]](#s1-ref-2)"))
        let anchors = Set(Self.document.matches(of: /<a id="([^"]+)"><\/a>/).map { String($0.output.1) })
        let links = Set(Self.document.matches(of: /\]\(#([^)]+)\)/).map { String($0.output.1) })
        #expect(!links.isEmpty)
        #expect(links == anchors)
    }

    @Test func quotesTheCitedSpanInTheSources() throws {
        let source = try #require(Self.lines.first { $0.hasPrefix("1. <a id=\"s1-ref-1\"></a>") })
        #expect(source.contains("**وكالة الرافدين للأنباء** — افتتاح سدّ النخيل في محافظة الواحة (2024-03-05): «افتتح وزيرُ الموارد المائية"))
        // The quoted span ends where the first line ends: the emoji and the numbers are inside it.
        #expect(source.hasSuffix("🌊 في محافظة الواحة، بطاقة تخزين تبلغ 120 مليون متر مكعب.»"))
    }

    @Test func writesClaimsWithTheirSourceCounts() {
        #expect(Self.lines.contains("   - المصادر: 2 · المستقلة: 1 ▰▱ — وكالة الرافدين للأنباء، موقع الضفة اليوم"))
    }

    @Test func nestsTheCountsUnderClaimsNumberedTenAndAbove() {
        var report = SampleReport.report()
        report.stories[0].claims = Array(repeating: report.stories[0].claims[2], count: 11)
        let lines = MarkdownReportWriter().markdown(for: report).components(separatedBy: "\n")
        #expect(lines.contains("   - المصادر: 1 · المستقلة: 1 ▰ — صحيفة المساء"))
        #expect(lines.contains("    - المصادر: 1 · المستقلة: 1 ▰ — صحيفة المساء"))
    }

    @Test func writesTheTimelineInOrder() {
        let timeline = Self.lines.filter { $0.hasPrefix("- **20") || $0.hasPrefix("- **XXXX") }
        #expect(timeline.map { $0.prefix(14) } == ["- **2021-05** ", "- **2024-03-05", "- **2024-03-06", "- **XXXX-03** "])
    }

    @Test func writesQuotationsBySpeakerWithTheirChain() {
        #expect(Self.lines.contains("### الاقتباسات"))
        #expect(Self.lines.contains("- **سالم العامري** (وزير الموارد المائية)"))
        #expect(Self.lines.contains("  - «إنَّ السدّ سيروي أكثر من 40 ألف دونم» — العامري ← وكالة الرافدين للأنباء ← موقع الضفة اليوم"))
    }

    @Test func writesConflictsWithEachSideQuoted() {
        #expect(Self.lines.contains("- **خلاف في الأرقام:** سعة التخزين: 120 مليون متر مكعب في مقابل 150 مليون"))
        #expect(Self.lines.contains { $0.hasPrefix("  - «بطاقة تخزين تبلغ 150 مليون متر مكعب» — موقع الضفة اليوم [\\[") })
    }

    @Test func escapesEverythingFromTheReport() {
        let document = MarkdownReportWriter().markdown(for: HTMLReportSafetyTests.hostileReport())
        #expect(!document.contains("<script"))
        #expect(!document.contains("<img"))
        #expect(!document.contains("\u{202E}"))
        #expect(document.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(document.contains("[U+202E]"))
        // The only raw HTML is the writer's own: the direction wrapper and the source anchors.
        let tags = Set(document.matches(of: /<[a-z\/][^>]*>/).map { String($0.output) })
        #expect(tags.allSatisfy { $0 == "<div dir=\"rtl\" lang=\"ar\">" || $0 == "</div>" || $0 == "</a>" || $0.hasPrefix("<a id=\"s1-ref-") })
    }
}
