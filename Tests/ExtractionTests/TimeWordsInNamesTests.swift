import ArabicText
import Testing
@testable import Extraction

/// Time words and numbers inside names, on short texts we wrote.
@Suite struct TimeWordsInNamesTests {
    @Test func aNumberOrADualInsideANameIsNoCount() {
        let text = "وقالت المخرجة الفرنسية إيزابيل مارغو فونتين لموقع «القاهرة 24» إن اللجنة شاهدت 12 فيلما."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.quantities.map(\.text) == ["12 فيلما"])
        let company = ArticleAnnotator().annotate(text: "وافتتحت شركة «نور للطاقة» محطتين جديدتين.", articleID: "t", outlet: nil, published: nil)
        #expect(company.quantities.map(\.text) == ["محطتين"])
    }

    @Test func aTimeWordInsideAnOutletsNameIsNoDate() {
        let text = "وذكر موقع «اليوم السابع» أن الطريق أغلق اليوم، بحسب «المصري اليوم»."
        let annotations = ArticleAnnotator().annotate(
            text: text, articleID: "t", outlet: nil, published: CivilDate(year: 2023, month: 12, day: 17).map { $0...$0 })
        #expect(annotations.timexes.map(\.text) == ["اليوم"])
        #expect(annotations.mentions.map(\.text).filter { $0 == "اليوم" }.isEmpty)
    }
}
