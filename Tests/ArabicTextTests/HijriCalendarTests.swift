import Foundation
import Testing
@testable import ArabicText

/// Tests of ``HijriCalendar`` and ``HijriDate``.
@Suite struct HijriCalendarTests {
    /// Umm al-Qura dates, as published by the Saudi calendar and announced in the press.
    static let ummAlQuraDates: [(hijri: String, civil: String)] = [
        ("1445-09-01", "2024-03-11"),  // 1 Ramadan 1445
        ("1446-01-01", "2024-07-07"),  // 1 Muharram 1446
        ("1444-12-10", "2023-06-28"),  // 10 Dhu al-Hijjah 1444, Eid al-Adha
        ("1442-10-01", "2021-05-13"),  // 1 Shawwal 1442, Eid al-Fitr
        ("1443-03-12", "2021-10-18"),  // 12 Rabi al-Awwal 1443 (19 October where the moon was sighted later)
        ("1445-10-01", "2024-04-10"),  // 1 Shawwal 1445, Eid al-Fitr
        ("1300-01-01", "1882-11-12"),  // first day of ICU's Umm al-Qura table
    ]

    @Test(arguments: ummAlQuraDates)
    func convertsHijriToGregorianWithUmmAlQura(hijri: String, civil: String) throws {
        let date = try #require(HijriDate(hijri))
        #expect(HijriCalendar.ummAlQura.civilDate(for: date)?.description == civil)
    }

    @Test(arguments: ummAlQuraDates)
    func convertsGregorianToHijriWithUmmAlQura(hijri: String, civil: String) throws {
        let date = try #require(CivilDate(civil))
        #expect(HijriCalendar.ummAlQura.hijriDate(for: date)?.description == hijri)
    }

    @Test(arguments: [
        ("0001-01-01", "0622-07-19"), ("1445-09-01", "2024-03-11"), ("1446-01-01", "2024-07-08"),
        ("1443-03-12", "2021-10-19"), ("1442-10-01", "2021-05-13"), ("1444-12-10", "2023-06-29"),
    ])
    func convertsWithTheTabularCalendar(hijri: String, civil: String) throws {
        let hijriDate = try #require(HijriDate(hijri))
        let civilDate = try #require(CivilDate(civil))
        #expect(HijriCalendar.tabular.civilDate(for: hijriDate) == civilDate)
        #expect(HijriCalendar.tabular.hijriDate(for: civilDate) == hijriDate)
    }

    @Test func agreesWithFoundationOnTheTabularCalendar() throws {
        var civil = Calendar(identifier: .islamicCivil)
        civil.timeZone = .gmt
        for days in stride(from: -492_148, through: 150_000, by: 101) {
            let date = CivilDate(daysSinceEpoch: days)
            let instant = Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200)
            let expected = civil.dateComponents([.year, .month, .day], from: instant)
            let hijri = try #require(HijriCalendar.tabular.hijriDate(for: date))
            #expect(hijri.year == expected.year && hijri.month == expected.month && hijri.day == expected.day)
        }
    }

    @Test(arguments: HijriCalendar.allCases)
    func convertsEveryDayBothWays(calendar: HijriCalendar) throws {
        let start = try #require(CivilDate(year: 1990, month: 1, day: 1))
        var previous: HijriDate?
        for offset in 0..<(365 * 15) {
            let date = start.adding(days: offset)
            let hijri = try #require(calendar.hijriDate(for: date))
            #expect(calendar.civilDate(for: hijri) == date)
            if let previous { #expect(previous < hijri) }
            previous = hijri
        }
    }

    @Test(arguments: HijriCalendar.allCases)
    func keepsWithinTwoDaysOfTheOtherReckoning(calendar: HijriCalendar) throws {
        for year in stride(from: 1300, through: 1600, by: 7) {
            for month in 1...12 {
                let first = try #require(HijriDate(year: year, month: month, day: 1))
                let ummAlQura = try #require(HijriCalendar.ummAlQura.civilDate(for: first))
                let tabular = try #require(HijriCalendar.tabular.civilDate(for: first))
                #expect(abs(ummAlQura.days(to: tabular)) <= 2, "\(first)")
            }
        }
    }

    @Test(arguments: [1, 100, 1000, 1299, 1601, 1700, 3000, 9999])
    func fallsBackToTheTabularCalendarOutsideTheUmmAlQuraTable(year: Int) throws {
        for month in [1, 12] {
            let first = try #require(HijriDate(year: year, month: month, day: 1))
            let ummAlQura = try #require(HijriCalendar.ummAlQura.civilDate(for: first))
            #expect(ummAlQura == HijriCalendar.tabular.civilDate(for: first))
        }
    }

    @Test(arguments: HijriCalendar.allCases)
    func endsWithTheLastSupportedYear(calendar: HijriCalendar) throws {
        let last = try #require(HijriDate(year: 9_999, month: 12, day: 29))
        let civil = try #require(calendar.civilDate(for: last))
        #expect(calendar.hijriDate(for: civil) == last)
        #expect(calendar.hijriDate(for: civil.adding(days: 31)) == nil)
    }

    @Test func knowsMonthLengths() {
        #expect(HijriCalendar.ummAlQura.daysInMonth(9, year: 1445) == 30)
        #expect(HijriCalendar.ummAlQura.daysInMonth(9, year: 1444) == 29)
        #expect(HijriCalendar.tabular.daysInMonth(9, year: 1444) == 30)
        #expect(HijriCalendar.tabular.daysInMonth(2, year: 1444) == 29)
        #expect(HijriCalendar.tabular.daysInMonth(12, year: 1442) == 30)  // 1442 is 2 in its cycle
        #expect(HijriCalendar.tabular.daysInMonth(12, year: 1443) == 29)
        #expect(HijriCalendar.ummAlQura.daysInMonth(13, year: 1445) == nil)
    }

    @Test(arguments: HijriCalendar.allCases)
    func rejectsTheThirtiethOfAShortMonth(calendar: HijriCalendar) throws {
        let year = 1444
        let month = try #require((1...12).first { calendar.daysInMonth($0, year: year) == 29 })
        let thirtieth = try #require(HijriDate(year: year, month: month, day: 30))
        #expect(calendar.civilDate(for: thirtieth) == nil)
    }

    @Test(arguments: HijriCalendar.allCases)
    func hasNoHijriDateBeforeTheHijra(calendar: HijriCalendar) throws {
        let date = try #require(CivilDate(year: 622, month: 7, day: 18))
        #expect(calendar.hijriDate(for: date) == nil)
    }

    @Test(arguments: [(0, 1, 1), (1445, 13, 1), (1445, 0, 1), (1445, 9, 31), (1445, 9, 0), (10_000, 1, 1)])
    func rejectsHijriDatesOutOfRange(year: Int, month: Int, day: Int) {
        #expect(HijriDate(year: year, month: month, day: day) == nil)
    }

    @Test func codesAsText() throws {
        let date = try #require(HijriDate(year: 1445, month: 9, day: 1))
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["1445-09-01"]"#)
        #expect(try JSONDecoder().decode([HijriDate].self, from: data) == [date])
    }
}
