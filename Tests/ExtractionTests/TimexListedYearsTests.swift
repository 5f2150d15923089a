import ArabicText
import Extraction
import Testing

/// Years listed after a noun dated by them, or after another year.
@Suite struct TimexListedYearsTests {
    @Test func twoYearsAfterTheDualOfYearAreBothDates() throws {
        let published = try #require(CivilDate(year: 2026, month: 5, day: 10))
        let found = TimexFinder().timexes(in: "وأقر المجلس موازنة البلدية للعامين 2029 و2030 بعد نقاش طويل.", published: published)
        #expect(found.map(\.text) == ["2029", "2030"])
        #expect(found.map(\.value) == ["2029", "2030"])
    }

    @Test func aNumberListedAfterACountIsNoYear() throws {
        let found = TimexFinder().timexes(in: "ويعمل في المصنعين 2027 و2028 عاملا.", published: nil)
        #expect(found.isEmpty)
    }
}
