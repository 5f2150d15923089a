import ArabicText
import Testing
@testable import Extraction

/// Time words inside names, on short texts we wrote.
@Suite struct TimeWordsInNamesTests {
    @Test func aTimeWordInsideAnOutletsNameIsNoDate() {
        let text = "وذكر موقع «اليوم السابع» أن الطريق أغلق اليوم، بحسب «المصري اليوم»."
        let annotations = ArticleAnnotator().annotate(
            text: text, articleID: "t", outlet: nil, published: CivilDate(year: 2023, month: 12, day: 17).map { $0...$0 })
        #expect(annotations.timexes.map(\.text) == ["اليوم"])
        #expect(annotations.mentions.map(\.text).filter { $0 == "اليوم" }.isEmpty)
    }
}
