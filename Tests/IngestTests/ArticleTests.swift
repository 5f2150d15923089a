import Testing
@testable import Ingest

@Suite struct ArticleTests {
    @Test func identifierIgnoresSpellingVariantsButNotTheOutlet() {
        let a = Article.identifier(outlet: "ina.iq", text: "قالَ المسؤول")
        #expect(a == Article.identifier(outlet: "ina.iq", text: "قال المسئول"))
        #expect(a != Article.identifier(outlet: "alsumaria.tv", text: "قال المسؤول"))
        #expect(a.count == 16)
    }
}
