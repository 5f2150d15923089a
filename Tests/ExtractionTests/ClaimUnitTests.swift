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

    @Test func aPlaceWithItsAgencyInParenthesesAndADashIsADateLine() throws {
        let first = try #require(claims("صلالة (وكالة الأنباء العمانية) - افتتح وزير النقل ميناء جديدا للصيد في ولاية مرباط.").first)
        #expect(first.text.hasPrefix("افتتح وزير النقل"))
        // A count before a parenthesis is no place: the sentence stays whole.
        let count = try #require(claims("قتل 19 شخصا (بينهم أطفال) - حسب الشرطة - في حادث سير على الطريق الصحراوي.").first)
        #expect(count.text.hasPrefix("قتل 19 شخصا"))
    }

    @Test func aColonInsideTheSentenceWithoutADashBeforeItStays() throws {
        let text = "وزير الزراعة: المصنع الجديد سيوفر مئتي فرصة عمل لشباب المحافظة."
        let first = try #require(claims(text).first)
        #expect(first.text.hasPrefix("وزير الزراعة"))
    }
}

