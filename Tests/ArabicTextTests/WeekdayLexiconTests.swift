import Testing
@testable import ArabicText

/// Tests of ``WeekdayLexicon`` and ``Weekday``.
@Suite struct WeekdayLexiconTests {
    @Test(arguments: [
        ("الاثنين", Weekday.monday), ("الإثنين", .monday), ("الأثنين", .monday), ("الثلاثاء", .tuesday),
        ("الثلثاء", .tuesday), ("الأربعاء", .wednesday), ("الاربعاء", .wednesday), ("الخميس", .thursday),
        ("الجمعة", .friday), ("الجمعه", .friday), ("السبت", .saturday), ("الأحد", .sunday), ("الاحد", .sunday),
        ("اثنين", .monday), ("ثلاثاء", .tuesday), ("أربعاء", .wednesday), ("خميس", .thursday),
        ("جمعة", .friday), ("سبت", .saturday), ("أحد", .sunday),
        ("Monday", .monday), ("Tue", .tuesday), ("Wednesday", .wednesday), ("Thurs", .thursday),
        ("friday", .friday), ("Saturday", .saturday), ("Sunday", .sunday),
    ])
    func findsWeekdayNames(name: String, weekday: Weekday) throws {
        let match = try #require(WeekdayLexicon.weekday(named: name))
        #expect(match.weekday == weekday)
        #expect(match.wordCount == 1)
    }

    @Test(arguments: [
        ("أحد", true), ("اثنين", true), ("جمعة", true), ("خميس", true), ("Sun", true),
        ("الأحد", false), ("الاثنين", false), ("ثلاثاء", false), ("Sunday", false),
    ])
    func flagsNamesWithOtherCommonMeanings(name: String, isAmbiguous: Bool) throws {
        let match = try #require(WeekdayLexicon.weekday(named: name))
        #expect(match.isAmbiguous == isAmbiguous)
    }

    @Test(arguments: [
        ("يوم أحد", Weekday.sunday), ("يوم الاثنين", .monday), ("ويوم جمعة", .friday), ("يومي السبت", .saturday),
    ])
    func acceptsAnIntroducingDayWord(name: String, weekday: Weekday) throws {
        let match = try #require(WeekdayLexicon.weekday(named: name))
        #expect(match.weekday == weekday)
        #expect(match.wordCount == 2)
        #expect(!match.isAmbiguous)
    }

    @Test(arguments: [("والخميس", Weekday.thursday), ("للأحد", .sunday), ("بالجمعة", .friday), ("فالسبت", .saturday)])
    func stripsAttachedProclitics(name: String, weekday: Weekday) throws {
        #expect(WeekdayLexicon.weekday(named: name)?.weekday == weekday)
    }

    @Test(arguments: ["يوم", "الأسبوع", "أحدث", "مارس"])
    func rejectsWordsThatAreNotWeekdays(name: String) {
        #expect(WeekdayLexicon.weekday(named: name) == nil)
    }

    @Test func parsesItsDataWithoutProblems() {
        #expect(WeekdayLexicon.table.problems.isEmpty)
        let days = Set(WeekdayLexicon.table.entries.values.compactMap(\.value))
        #expect(days == Set(Weekday.allCases))
    }

    @Test func numbersDaysAsISO() {
        #expect(Weekday.allCases.map(\.isoNumber) == Array(1...7))
        #expect(Weekday.sunday.isoNumber == 7)
    }
}
