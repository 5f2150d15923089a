import Foundation
import Testing
@testable import ArabicText

/// Tests of ``CivilDate``.
@Suite struct CalendarCivilDateTests {
    @Test(arguments: [
        (2021, 12, 9, Weekday.thursday), (2013, 2, 12, .tuesday), (2024, 2, 29, .thursday),
        (1970, 1, 1, .thursday), (2000, 1, 1, .saturday), (1882, 11, 12, .sunday), (622, 7, 19, .friday),
        (2024, 3, 11, .monday), (1, 1, 1, .monday),
    ])
    func knowsTheWeekday(year: Int, month: Int, day: Int, weekday: Weekday) throws {
        let date = try #require(CivilDate(year: year, month: month, day: day))
        #expect(date.weekday == weekday)
    }

    @Test(arguments: [
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017),
        ("2024-03-11", 19_793), ("0622-07-19", -492_148), ("0000-03-01", -719_468),
    ])
    func countsDaysSinceTheEpoch(text: String, days: Int) throws {
        let date = try #require(CivilDate(text))
        #expect(date.daysSinceEpoch == days)
        #expect(CivilDate(daysSinceEpoch: days) == date)
    }

    @Test func convertsDaysBothWaysOverTwoThousandYears() {
        var previous = CivilDate(daysSinceEpoch: -400_001)
        for days in stride(from: -400_000, through: 400_000, by: 1) {
            let date = CivilDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            #expect(previous < date)
            #expect(previous.adding(days: 1) == date)
            previous = date
            if days % 100_000 == 0, date.daysSinceEpoch != days { break }
        }
    }

    /// Foundation's Gregorian calendar switches to the Julian calendar before 15 October 1582;
    /// ``CivilDate`` is proleptic, so they are compared from that day on.
    @Test func agreesWithFoundationAfterTheGregorianReform() throws {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = .gmt
        let reform = try #require(CivilDate(year: 1582, month: 10, day: 15)).daysSinceEpoch
        for days in stride(from: reform, through: 200_000, by: 97) {
            let date = CivilDate(daysSinceEpoch: days)
            let instant = Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200)
            let components = gregorian.dateComponents([.year, .month, .day, .weekday], from: instant)
            #expect(components.year == date.year && components.month == date.month && components.day == date.day)
            // Foundation numbers Sunday 1 … Saturday 7.
            let foundationWeekday = try #require(components.weekday)
            #expect(date.weekday.isoNumber == (foundationWeekday + 5) % 7 + 1)
        }
    }

    @Test(arguments: [(1900, false), (2000, true), (2023, false), (2024, true), (2100, false), (0, true), (-4, true)])
    func knowsLeapYears(year: Int, isLeap: Bool) {
        #expect(CivilDate.isLeapYear(year) == isLeap)
        #expect(CivilDate.daysInMonth(2, year: year) == (isLeap ? 29 : 28))
    }

    @Test func knowsMonthLengths() {
        let lengths = (1...12).compactMap { CivilDate.daysInMonth($0, year: 2023) }
        #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(CivilDate.daysInMonth(0, year: 2023) == nil)
        #expect(CivilDate.daysInMonth(13, year: 2023) == nil)
    }

    @Test(arguments: [(2023, 2, 29), (2024, 13, 1), (2024, 0, 1), (2024, 4, 31), (2024, 1, 0), (2_000_000_000, 1, 1)])
    func rejectsDaysThatDoNotExist(year: Int, month: Int, day: Int) {
        #expect(CivilDate(year: year, month: month, day: day) == nil)
    }

    @Test(arguments: [
        ("2024-02-28", 1, "2024-02-29"), ("2024-02-29", 1, "2024-03-01"), ("2023-12-31", 1, "2024-01-01"),
        ("2024-03-11", -71, "2023-12-31"), ("2021-12-09", 365, "2022-12-09"),
    ])
    func addsDays(start: String, days: Int, end: String) throws {
        let date = try #require(CivilDate(start))
        #expect(date.adding(days: days).description == end)
        #expect(date.days(to: date.adding(days: days)) == days)
    }

    @Test(arguments: [
        ("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"), ("2024-03-31", -1, "2024-02-29"),
        ("2024-01-15", -13, "2022-12-15"), ("2024-11-30", 14, "2026-01-30"), ("2024-05-31", 0, "2024-05-31"),
        ("0000-01-15", -1, "-0001-12-15"),
    ])
    func addsMonthsClampingTheDay(start: String, months: Int, end: String) throws {
        let date = try #require(CivilDate(start))
        #expect(date.adding(months: months).description == end)
    }

    @Test(arguments: ["2024-03-11", "0005-01-01", "-0001-12-31", "12345-06-07"])
    func writesAndReadsISODates(text: String) throws {
        let date = try #require(CivilDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: ["2024-3-11", "2024-02-30", "24-03-11", "2024/03/11", "", "٢٠٢٤-٠٣-١١", "2024-03-11T00:00"])
    func rejectsMalformedText(text: String) {
        #expect(CivilDate(text) == nil)
    }

    @Test func codesAsISOText() throws {
        let date = try #require(CivilDate(year: 2021, month: 5, day: 13))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2021-05-13"]"#)
        #expect(try JSONDecoder().decode([CivilDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data(#"["2021-02-30"]"#.utf8))
        }
    }
}
