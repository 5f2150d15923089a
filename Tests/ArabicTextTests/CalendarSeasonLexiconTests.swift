import Testing
@testable import ArabicText

/// Tests of ``SeasonLexicon``.
@Suite struct CalendarSeasonLexiconTests {
    @Test(arguments: [
        ("ربيع", Season.spring, true), ("الربيع", .spring, false), ("صيف", .summer, false),
        ("الصيف", .summer, false), ("خريف", .autumn, false), ("الخريف", .autumn, false),
        ("شتاء", .winter, false), ("الشتاء", .winter, false), ("spring", .spring, true),
        ("Summer", .summer, false), ("autumn", .autumn, false), ("fall", .autumn, true), ("Winter", .winter, false),
        ("والصيف", .summer, false), ("بالشتاء", .winter, false), ("فصل الربيع", .spring, false),
    ])
    func findsSeasonNames(name: String, season: Season, isAmbiguous: Bool) throws {
        let match = try #require(SeasonLexicon.season(named: name))
        #expect(match.season == season)
        #expect(match.isAmbiguous == isAmbiguous)
    }

    @Test(arguments: ["ربيع الأول", "ربيع الآخر", "شهر ربيع الثاني", "وربيع الأول"])
    func yieldsToHijriMonthsThatStartWithRabi(text: String) {
        let words = text.split(separator: " ")
        #expect(SeasonLexicon.match(words, at: 0) == nil)
    }

    @Test(arguments: ["الربيع العربي", "والربيع العربي", "Arab Spring"])
    func knowsTheArabSpringIsNotASeason(text: String) {
        let words = text.split(separator: " ")
        #expect(SeasonLexicon.match(words, at: 0) == nil)
    }

    @Test func readsASeasonFollowedByAYear() throws {
        let match = try #require(SeasonLexicon.match(["ربيع", "2022"], at: 0))
        #expect(match.season == .spring)
        #expect(match.wordCount == 1)
    }

    @Test func parsesItsDataWithoutProblems() {
        #expect(SeasonLexicon.table.problems.isEmpty)
    }
}
