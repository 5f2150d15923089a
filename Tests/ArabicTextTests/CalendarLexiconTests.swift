import Testing
@testable import ArabicText

/// Tests of ``CalendarLexicon`` and ``CalendarTerm``.
@Suite struct CalendarLexiconTests {
    @Test func findsEveryKindOfTermInASentence() throws {
        let words = "مساء الخميس 9 ديسمبر 2021 في فصل الشتاء".split(separator: " ")
        let weekday = try #require(CalendarLexicon.match(words, at: 1))
        #expect(weekday == .weekday(WeekdayMatch(weekday: .thursday, wordCount: 1, isAmbiguous: false)))
        let month = try #require(CalendarLexicon.match(words, at: 3))
        guard case .month(let monthMatch) = month else {
            Issue.record("expected a month, got \(month)")
            return
        }
        #expect(monthMatch.month == CalendarMonth(calendar: .gregorian, number: 12))
        let season = try #require(CalendarLexicon.match(words, at: 6))
        #expect(season == .season(SeasonMatch(season: .winter, wordCount: 2, isAmbiguous: false)))
        #expect(CalendarLexicon.match(words, at: 0) == nil)
        #expect(CalendarLexicon.match(words, at: 2) == nil)
    }

    @Test func prefersTheHijriMonthOverTheSeason() throws {
        let term = try #require(CalendarLexicon.match(["ربيع", "الأول"], at: 0))
        guard case .month(let match) = term else {
            Issue.record("expected a month, got \(term)")
            return
        }
        #expect(match.month == CalendarMonth(calendar: .hijri, number: 3))
        #expect(term.wordCount == 2)
    }

    @Test func readsRabiAloneAsAnAmbiguousSeason() throws {
        let term = try #require(CalendarLexicon.match(["ربيع", "العام"], at: 0))
        #expect(term == .season(SeasonMatch(season: .spring, wordCount: 1, isAmbiguous: true)))
        #expect(term.isAmbiguous)
    }

    @Test func returnsNothingPastTheEnd() {
        let words = ["رمضان"]
        #expect(CalendarLexicon.match(words, at: 1) == nil)
    }
}

extension CalendarLexiconTests {
    @Test func collectsEnoughWordsForTheLongestNameAfterAContextWord() {
        let longest = [
            MonthLexicon.table.maxWordCount, WeekdayLexicon.table.maxWordCount, SeasonLexicon.table.maxWordCount,
        ]
        #expect(longest.allSatisfy { $0 <= LexiconWord.followingLimit })
    }
}
