import Extraction
import Testing
@testable import Stories

/// One dispute over figures is one conflict, however many outlets relay each side; on texts we wrote.
@Suite struct ConflictFiguresTests {
    @Test func twoOutletsRelayingOneFigureMakeOneConflictWithTheRivalFigure() {
        let official = "أعلنت وزارة التخطيط انخفاض نسبة البطالة في المملكة إلى 7.5 في المئة خلال العام الماضي."
        let relayed = "أعلنت وزارة التخطيط أن نسبة البطالة في المملكة انخفضت إلى 7.5% خلال العام الماضي."
        let rival = "قال خبراء إن نسبة البطالة الفعلية في المملكة بلغت 12 في المئة خلال العام الماضي وفق تقديراتهم."
        let articles = [("a", official), ("b", relayed), ("c", rival)].map { id, text in
            let claims = ArticleAnnotator().annotate(text: text, articleID: id, outlet: nil, published: nil).claims
            return AnalyzedArticle(id: id, outlet: id, published: nil, order: 0, title: nil, text: text, claims: claims)
        }
        let conflicts = ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "number" }
        #expect(conflicts.count == 1, "\(conflicts.map(\.description))")
        #expect(conflicts.first?.sides.contains { $0.article == "c" } == true)
    }
}
