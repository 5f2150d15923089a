import Extraction
import Foundation
import Ingest
import Testing
@testable import Reports
@testable import Stories

@Suite struct HTMLReportWriterTests {
    static let page = HTMLReportWriter().html(for: SampleReport.report())

    @Test func writesOneRightToLeftArabicDocument() {
        let page = Self.page
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html dir=\"rtl\" lang=\"ar\">"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func makesNoRequestOfAnyKind() {
        let page = Self.page
        #expect(page.contains("Content-Security-Policy\" content=\"default-src 'none';"))
        for forbidden in ["<script", "<link", "<img", "<iframe", "@import", "@font-face", " src=", "url(http", "url(//"] {
            #expect(!page.lowercased().contains(forbidden), "the page holds \(forbidden)")
        }
        // The only `url(` references are the reuse graph's arrow markers, inside the page.
        for match in page.matches(of: /url\(([^)]*)\)/) { #expect(match.output.1.hasPrefix("#")) }
    }

    @Test func namesTheArabicFontsWithFallbacks() {
        #expect(Self.page.contains(
            #"font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Scheherazade New","DejaVu Sans",Tahoma,"Arial Unicode MS",sans-serif"#))
    }

    @Test func isStyledForPrintAndForPhones() {
        #expect(Self.page.contains("@media print{"))
        #expect(Self.page.contains("@media (max-width:40rem){"))
    }

    @Test(arguments: ["الموجز", "الخط الزمني", "الادعاءات", "التناقضات", "الاقتباسات", "الجهات", "إعادة النشر"])
    func writesEveryStorySection(heading: String) {
        #expect(Self.page.contains("<h3>\(heading)</h3>"))
    }

    @Test(arguments: ["المقالات", "المصادر المرفوضة"])
    func writesTheReportSections(heading: String) {
        #expect(Self.page.contains("<h2>\(heading)</h2>"))
    }

    @Test func showsTheStoryTitlePeriodAndOutlets() {
        let page = Self.page
        #expect(page.contains("افتتاح سدّ النخيل في محافظة الواحة</h2>"))
        #expect(page.contains("<time>2024-03-05 – 2024-03-06</time>"))
        for outlet in ["صحيفة المساء", "موقع الضفة اليوم", "وكالة الرافدين للأنباء"] {
            #expect(page.contains("<li class=\"chip\">\(outlet)</li>"))
        }
    }

    @Test func everyInPageLinkLandsOnAnElement() {
        let ids = HTMLInspection.ids(in: Self.page)
        let links = HTMLInspection.fragmentLinks(in: Self.page)
        #expect(links.count > 20)
        #expect(Set(ids).count == ids.count, "ids are unique")
        let missing = Set(links).subtracting(ids)
        #expect(missing.isEmpty, "links without a target: \(missing.sorted())")
    }

    @Test func numbersTheBriefsCitationsAsSuperscriptLinks() throws {
        let item = try #require(Self.page.firstMatch(of: /<ol class="brief">\n<li>([\s\S]*?)<\/li>/).map { String($0.output.1) })
        #expect(item.hasPrefix("افتتح وزير الموارد المائية"))
        #expect(item.contains("<sup class=\"refs\"><a class=\"ref\" href=\"#a-"))
        #expect(item.contains(">1</a><a class=\"ref\""))
        #expect(item.hasSuffix(">2</a></sup>"))
    }

    @Test func citedSpansAreCutAtScalarOffsets() throws {
        // The opening sentence holds a haraka, a shadda and an emoji; the quotation holds a ZWJ
        // emoji sequence and the ligature U+FEFB, so UTF-16 or Character offsets would cut elsewhere.
        let report = SampleReport.report()
        let index = ReportIndex(report)
        let cases: [(Article, Range<Int>)] = [
            (SampleReport.agency, SampleReport.agencyOpening), (SampleReport.agency, SampleReport.agencyQuote),
            (SampleReport.site, SampleReport.copiedInSite),
        ]
        for (article, span) in cases {
            let position = try #require(index.position(of: article.id))
            let id = AnchorTargets.anchor(article: index.articleTokens[position], span: span).value
            let markup = try #require(HTMLInspection.innerMarkup(ofSpanWithID: id, in: Self.page))
            #expect(HTMLInspection.text(of: markup) == ScalarSpans.text(span, of: article.text))
        }
    }

    @Test func drawsTheTimelineInSVGWithLinkedMarkers() throws {
        let chart = try #require(Self.page.firstRange(of: /<svg class="chart timeline-chart"[\s\S]*?<\/svg>/).map { String(Self.page[$0]) })
        // Three of the four entries have a date that can be placed; «XXXX-03» is listed only.
        #expect(chart.matches(of: /<circle class="tl-dot"/).count == 3)
        #expect(chart.matches(of: /<a href="#a-/).count == 3)
        for date in ["2021-05", "2024-03-05", "2024-03-06"] { #expect(chart.contains(">\(date)</text>")) }
        #expect(Self.page.contains("<time>XXXX-03</time>"))
    }

    @Test func drawsClaimBarsOfIndependentAgainstAllSources() {
        #expect(Self.page.contains("aria-label=\"مستقلة: 1 من 2\""))
        #expect(Self.page.contains("<span class=\"bar-total\" style=\"width:66.7%\"><span class=\"bar-independent\" style=\"width:50%\">"))
    }

    @Test func setsConflictingSidesNextToEachOther() throws {
        let conflict = try #require(Self.page.firstRange(of: /<div class="sides">[\s\S]*?<\/div>/).map { String(Self.page[$0]) })
        #expect(conflict.matches(of: /<figure class="side">/).count == 2)
        #expect(conflict.contains("«بطاقة تخزين تبلغ 120 مليون متر مكعب»"))
        #expect(conflict.contains("«بطاقة تخزين تبلغ 150 مليون متر مكعب»"))
    }

    @Test func groupsQuotationsBySpeakerWithTheirChain() {
        let page = Self.page
        #expect(page.contains("<div class=\"speaker\"><h4>سالم العامري</h4>"))
        #expect(page.contains("<bdi>العامري</bdi> ← <bdi>وكالة الرافدين للأنباء</bdi> ← <bdi>موقع الضفة اليوم</bdi>"))
        #expect(page.contains("<bdi>المتحدث</bdi> ← <bdi>وكالة الرافدين</bdi> ← <bdi>صحيفة المساء</bdi>"))
    }

    @Test func isolatesNamesThatMayRunTheOtherWay() {
        var report = SampleReport.report()
        report.articles[3].article.source = ArticleSource(input: "../seeds/001_ab.txt")
        report.stories[0].articles.append(report.articles[3].article.id)
        report.stories[0].claims[0].support.append(Citation(article: report.articles[3].article.id, span: 0..<5))
        let page = HTMLReportWriter().html(for: report)
        #expect(page.contains("<strong><bdi>001_ab.txt</bdi></strong>"))
        #expect(page.contains("<code dir=\"auto\">../seeds/001_ab.txt</code>"))
    }

    @Test func listsEntitiesWithTheirVariantsAndRoles() {
        #expect(Self.page.contains("<li class=\"chip\">العامري</li>"))
        #expect(Self.page.contains("<li class=\"chip chip-role\">وزير الموارد المائية</li>"))
        #expect(Self.page.contains("الإشارات: 3 · المقالات: 2"))
    }

    @Test func drawsTheReuseGraphWithCountsLinkedToThePassages() throws {
        let chart = try #require(Self.page.firstRange(of: /<svg class="chart reuse-chart"[\s\S]*?<\/svg>/).map { String(Self.page[$0]) })
        #expect(chart.matches(of: /<g class="reuse-node">/).count == 3)
        #expect(chart.contains("<a href=\"#story-1-reuse-edge-1\"><g class=\"reuse-count\">"))
        #expect(chart.contains("marker-end=\"url(#story-1-arrow)\""))
        #expect(chart.contains("class=\"reuse-edge unsure\""))
        #expect(Self.page.contains(
            "<li id=\"story-1-reuse-edge-1\"><strong><bdi>موقع الضفة اليوم</bdi></strong> نقل عن <strong><bdi>وكالة الرافدين للأنباء</bdi></strong>: 2 مقاطع"))
    }

    @Test func highlightsEveryKindOfAnnotationWithALegend() {
        for kind in HighlightKind.allCases {
            #expect(Self.page.contains("<span class=\"hl \(kind.cssClass)\">نموذج</span>"), "legend for \(kind)")
        }
        #expect(Self.page.contains("<span class=\"hl hl-date\">الثلاثاء 5 آذار 2024</span>"))
        #expect(Self.page.contains("<span class=\"hl hl-entity\">سالم العامري</span>"))
    }

    @Test func foldsRemovedFurnitureAndRejectedInputs() {
        #expect(Self.page.contains("<details class=\"removed\"><summary>ما حُذف من الصفحة (1)</summary>"))
        #expect(Self.page.contains("اقرأ أيضاً: أخبار ذات صلة <span class=\"reason\">(related-links header)</span>"))
        #expect(Self.page.contains("<tr><td><code dir=\"auto\">logo.png</code></td><td>صورة وليست نصًا</td></tr>"))
    }

    @Test func foldsEntitiesBeyondTheFirstTwelve() {
        var report = SampleReport.report()
        report.entities = (0..<15).map { Entity(id: "e\($0)", type: .organization, name: "جهة \($0)", aliases: [], articles: [SampleReport.agency.id]) }
        let page = HTMLReportWriter().html(for: report)
        #expect(page.contains("<details><summary>بقية الجهات (3)</summary>"))
        #expect(page.matches(of: /<li><strong>جهة \d+<\/strong>/).count == 15)
    }

    @Test func writesArticlesOutsideStoriesToo() {
        #expect(Self.page.contains("<h3>معرض الكتاب يفتح أبوابه</h3>"))
    }

    @Test func citesAnArticleMissingFromTheReportWithoutALink() {
        var report = SampleReport.report()
        report.stories[0].summary.append(SummarySentence(text: "جملة بلا مقالة", citations: [Citation(article: "absent", span: 0..<4)]))
        let page = HTMLReportWriter().html(for: report)
        #expect(page.contains("<span class=\"ref missing\""))
        #expect(Set(HTMLInspection.fragmentLinks(in: page)).isSubset(of: HTMLInspection.ids(in: page)))
    }

    @Test func writesAnEmptyReport() {
        let page = HTMLReportWriter().html(for: AnalysisReport(generator: "isnad", articles: [], rejected: []))
        #expect(page.contains("لا مقالات في هذا التقرير."))
        #expect(page.contains("لم يُرفض أي مدخل."))
        #expect(page.hasSuffix("</html>\n"))
    }

    @Test func writesAHundredArticlesInMilliseconds() {
        let paragraph = SampleReport.agencyText + "\n"
        var entries: [ReportArticle] = []
        for number in 0..<100 {
            let text = String(repeating: paragraph, count: 8) + "المقالة رقم \(number)."
            let article = Article(source: ArticleSource(input: "a\(number).txt", outlet: "منبر \(number % 7)"), title: "مقالة \(number)", published: .unknown, text: text)
            var entry = SampleReport.agencyEntry()
            entry.article = article
            entries.append(entry)
        }
        let report = AnalysisReport(generator: "isnad", articles: entries, rejected: [])
        let clock = ContinuousClock()
        var page = ""
        let elapsed = clock.measure { page = HTMLReportWriter().html(for: report) }
        #expect(page.utf8.count > 100 * 8 * paragraph.utf8.count)
        // A debug build on a shared machine; a release build takes a few milliseconds.
        #expect(elapsed < .seconds(2), "took \(elapsed)")
    }
}
