import Extraction
import Testing
@testable import Stories

/// Claim alignment on articles we wrote: the strongest links win whatever order the articles come in.
@Suite struct ClaimAlignerTests {
    static func article(_ id: String, _ text: String) -> AnalyzedArticle {
        let annotations = ArticleAnnotator().annotate(text: text, articleID: id, outlet: nil, published: nil)
        return AnalyzedArticle(id: id, outlet: nil, published: nil, order: 0, title: nil, text: text, claims: annotations.claims)
    }

    static let decision = "رفع البنك المركزي الأردني سعر الفائدة الرئيسي ربع نقطة مئوية إلى 7.5 في المئة يوم الأربعاء."
    static let earlierDecision = "وكان البنك المركزي الأردني قد ثبت سعر الفائدة الرئيسي في اجتماعه السابق."
    static let sameDecision = "رفع البنك المركزي الأردني سعر الفائدة الرئيسي بمقدار ربع نقطة مئوية ليصل إلى 7.5 في المئة."

    /// The texts of the claims, each as the set of its units' texts.
    static func claims(of articles: [AnalyzedArticle]) -> Set<Set<String>> {
        let groups = ClaimAligner().align(articles, sets: StemSets(articles))
        return Set(groups.map { Set($0.map { articles[$0.article].claims[$0.unit].text }) })
    }

    /// A place the gazetteer gave («العقيق» with its country) and the same name read from its head
    /// alone, without the article, are one place; other names or countries are not.
    @Test func aPlaceWithOrWithoutItsArticleAndCountryIsOnePlace() {
        #expect(ClaimAligner.samePlace("location:العقيق@SA", "location:عقيق"))
        #expect(ClaimAligner.samePlace("location:الخليل@PS", "location:الخليل@PS"))
        #expect(!ClaimAligner.samePlace("location:العقيق@SA", "location:الباحة@SA"))
        #expect(!ClaimAligner.samePlace("location:الزرقاء@JO", "location:الزرقاء@SD"))
    }

    @Test func aSentenceGoesWithTheOneItSharesMostWith() {
        // The earlier decision is close enough to be linked to the decision, but the same decision in
        // the second article is closer; read first, the earlier decision must not take its place.
        let first = Self.article("a", Self.decision)
        let second = Self.article("b", Self.earlierDecision + "\n" + Self.sameDecision)
        let claims = Self.claims(of: [first, second])
        #expect(claims.contains { $0.count == 2 && $0.contains { $0.contains("ليصل") } })
        #expect(claims.contains { $0 == [first.claims[0].text, second.claims[1].text] })
    }

    @Test func aSentenceThatContradictsAFigureDoesNotSupportIt() {
        let official = Self.article("a", "أعلنت وزارة التخطيط انخفاض نسبة الفقر في البلاد إلى 17.5 في المئة خلال العام الماضي.")
        let rival = Self.article("b", "قال خبراء إن نسبة الفقر الفعلية في البلاد تبلغ نحو 25 في المئة خلال العام الماضي.")
        let same = Self.article("c", "انخفضت نسبة الفقر في البلاد إلى 17.5% خلال العام الماضي بحسب وزارة التخطيط.")
        let claims = Self.claims(of: [official, rival, same])
        #expect(!claims.contains { $0.contains(rival.claims[0].text) && $0.count > 1 }, "\(claims)")
        #expect(claims.contains { $0 == [official.claims[0].text, same.claims[0].text] }, "\(claims)")
    }

    @Test func theOrderOfArticlesDoesNotChangeTheClaims() {
        let articles = [
            Self.article("a", Self.decision),
            Self.article("b", Self.earlierDecision + "\n" + Self.sameDecision),
            Self.article("c", "قرر البنك المركزي الأردني رفع سعر الفائدة الرئيسي ربع نقطة مئوية، وفق بيان صدر الأربعاء."),
        ]
        #expect(Self.claims(of: articles) == Self.claims(of: articles.reversed()))
    }

    @Test func noClaimTakesTwoSentencesOfOneArticle() {
        let articles = [
            Self.article("a", Self.decision + "\n" + Self.sameDecision),
            Self.article("b", Self.sameDecision),
        ]
        for group in ClaimAligner().align(articles, sets: StemSets(articles)) {
            #expect(Set(group.map(\.article)).count == group.count)
        }
    }

    @Test(arguments: [
        ("2014", "2014-SU", true), ("2021-12", "2021-12-09", true), ("2021-12-09", "2021-12-09", true),
        ("2014", "2015", false), ("201", "2014", false), ("2021-12-09", "2021-12-10", false),
    ])
    func aDateWithinAnotherCounts(_ a: String, _ b: String, _ nested: Bool) {
        #expect(ClaimAligner.nested(a, b) == nested)
        #expect(ClaimAligner.nested(b, a) == nested)
    }

    @Test func americanIsOneWordHoweverSpelled() {
        let verdict = ClaimComparer().compare(
            Self.article("a", "صادرات المغرب من الفوسفات إلى أميركا ارتفعت خلال العام الماضي").claims,
            Self.article("b", "ارتفعت صادرات الفوسفات المغربية إلى أمريكا في العام الماضي").claims)
        #expect(verdict.relation == .same)
        #expect(verdict.reason.contains("امريك"), "\(verdict.reason)")
    }
}
