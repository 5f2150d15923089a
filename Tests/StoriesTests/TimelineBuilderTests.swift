import ArabicText
import Extraction
import Testing
@testable import Stories

/// The timeline of a story, on articles we wrote.
@Suite struct TimelineBuilderTests {
    static func article(_ id: String, _ text: String) -> AnalyzedArticle {
        let published = CivilDate("2024-03-12")!
        let claims = ArticleAnnotator().annotate(text: text, articleID: id, outlet: nil, published: published...published).claims
        return AnalyzedArticle(id: id, outlet: id, published: published, order: 0, title: nil, text: text, claims: claims)
    }

    @Test func eachArticleIsCitedOnceForADateByItsFirstSentenceThatGivesIt() throws {
        let first = Self.article("a", "افتتحت وزارة النقل الجسر الجديد فوق نهر العاصي يوم 10 مارس 2024 بحضور المحافظ. "
            + "وشهد حفل الافتتاح يوم 10 مارس 2024 عرضا للفرق الشعبية في المدينة.")
        let second = Self.article("b", "افتتح محافظ حماة الجسر الجديد فوق نهر العاصي في 10 مارس 2024 بعد عامين من العمل.")
        let entry = try #require(TimelineBuilder().timeline(of: [first, second]).first { $0.date == "2024-03-10" })
        #expect(entry.citations.map(\.article) == ["a", "b"])
        #expect(entry.text.hasPrefix("افتتحت وزارة النقل"))
    }
}
