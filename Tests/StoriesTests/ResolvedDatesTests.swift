import ArabicText
import Extraction
import Testing
@testable import Stories

/// Relative dates written out in the brief, on sentences we wrote.
@Suite struct ResolvedDatesTests {
    @Test func relativeDatesGetTheirValueAfterThem() {
        let text = ResolvedDates.written(
            into: "أعلنت وزارة الصحة أمس تسجيل 40 إصابة جديدة، على أن تعلن حصيلتها الأسبوع المقبل",
            expressions: ["أمس", "الأسبوع المقبل"], values: ["2025-02-03", "2025-W07"])
        #expect(text == "أعلنت وزارة الصحة أمس [2025-02-03] تسجيل 40 إصابة جديدة، على أن تعلن حصيلتها الأسبوع المقبل [2025-W07]")
    }

    @Test func anExpressionThatGivesItsYearStaysAsItIs() {
        let sentence = "وقعت الاتفاقية في 9 ديسمبر 2021 ودخلت حيز التنفيذ في ١ يناير ٢٠٢٢"
        let text = ResolvedDates.written(
            into: sentence, expressions: ["9 ديسمبر 2021", "١ يناير ٢٠٢٢"], values: ["2021-12-09", "2022-01-01"])
        #expect(text == sentence)
    }

    @Test func aYearlessDayAndMonthGetsItsYear() {
        let text = ResolvedDates.written(into: "يبدأ المهرجان في 14 آب", expressions: ["14 آب"], values: ["2026-08-14"])
        #expect(text == "يبدأ المهرجان في 14 آب [2026-08-14]")
    }

    @Test func durationsAndExpressionsTheSentenceLacksAreLeftOut() {
        let sentence = "استمرت المفاوضات ثلاثة أيام في الدوحة"
        let text = ResolvedDates.written(into: sentence, expressions: ["ثلاثة أيام", "أمس"], values: ["P3D", "2025-02-03"])
        #expect(text == sentence)
    }

    @Test func aRepeatedExpressionIsResolvedWhereEachOccurs() {
        let text = ResolvedDates.written(
            into: "زار الوفد المدينة الخميس وعاد إليها الخميس التالي",
            expressions: ["الخميس", "الخميس"], values: ["2025-05-01", "2025-05-08"])
        #expect(text == "زار الوفد المدينة الخميس [2025-05-01] وعاد إليها الخميس [2025-05-08] التالي")
    }

    @Test func theBriefOfAStoryResolvesItsRelativeDates() throws {
        let published = CivilDate("2025-02-04")!
        let texts = [
            ("a", "وكالة الأولى", "أعلنت وزارة الصحة الأردنية أمس تسجيل أربعين إصابة جديدة بالحصبة في محافظة إربد شمالي المملكة."),
            ("b", "صحيفة الثانية", "سجلت وزارة الصحة الأردنية أمس أربعين إصابة جديدة بالحصبة في محافظة إربد شمال المملكة."),
        ]
        let articles = texts.enumerated().map { order, item in
            let claims = ArticleAnnotator().annotate(text: item.2, articleID: item.0, outlet: item.1, published: published...published).claims
            return AnalyzedArticle(id: item.0, outlet: item.1, published: published, order: order, title: nil, text: item.2, claims: claims)
        }
        let story = StoryAnalyzer().analyze(articles, reuse: [], assignments: [])
        let sentence = try #require(story.summary.first)
        #expect(sentence.text.contains("أمس [2025-02-03]"))
        #expect(story.claims.allSatisfy { !$0.text.contains("[") })
    }
}
