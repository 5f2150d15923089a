import Testing
@testable import Extraction

/// The claim units of short texts we wrote.
@Suite struct ClaimUnitTests {
    private func claims(_ text: String) -> [ClaimUnit] {
        ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).claims
    }

    @Test func aDateLineIsNoPartOfTheClaim() throws {
        let first = try #require(claims("إربد – بترا: افتتح وزير الزراعة مصنعا جديدا لتعليب الخضار في المدينة الصناعية.").first)
        #expect(first.text.hasPrefix("افتتح وزير الزراعة"))
        #expect(!first.stems.contains { $0.contains("بترا") })
    }

    @Test func aColonInsideTheSentenceWithoutADashBeforeItStays() throws {
        let text = "وزير الزراعة: المصنع الجديد سيوفر مئتي فرصة عمل لشباب المحافظة."
        let first = try #require(claims(text).first)
        #expect(first.text.hasPrefix("وزير الزراعة"))
    }
}

