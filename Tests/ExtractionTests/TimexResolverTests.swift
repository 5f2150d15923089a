import ArabicText
import Testing

@testable import Extraction

@Suite struct TimexResolverTests {
    static func day(_ text: String) -> CivilDate {
        CivilDate(text) ?? CivilDate(daysSinceEpoch: 0)
    }

    /// Thursday 9 December 2021.
    static let thursday = day("2021-12-09")

    @Test(arguments: [
        (Weekday.thursday, TimeDirection?.none, Tense.unknown, "2021-12-09"),
        (.thursday, .past, .unknown, "2021-12-02"),
        (.thursday, .next, .unknown, "2021-12-16"),
        (.monday, nil, .unknown, "2021-12-06"),
        (.sunday, nil, .unknown, "2021-12-12"),
        (.sunday, nil, .past, "2021-12-05"),
        (.monday, nil, .future, "2021-12-13"),
        (.saturday, .current, .unknown, "2021-12-11"),
        (.tuesday, .past, .future, "2021-12-07"),
    ])
    func placesAWeekdayByItsDirectionAndTense(_ weekday: Weekday, _ direction: TimeDirection?, _ tense: Tense, _ expected: String) {
        #expect(TimexResolver.weekday(weekday, near: Self.thursday, direction: direction, tense: tense) == Self.day(expected))
    }

    @Test func choosesTheYearOfADateWithoutOneByModifierAndTense() throws {
        let october = try #require(CalendarMonth(calendar: .gregorian, number: 10))
        let december = try #require(CalendarMonth(calendar: .gregorian, number: 12))
        func resolve(_ month: CalendarMonth, _ modifier: TimeDirection?, _ tense: Tense, published: String) -> String? {
            var resolver = TimexResolver(published: Self.day(published))
            resolver.tense = tense
            return resolver.resolve(.day(DaySpec(day: 8, month: MonthSpec(month: month, modifier: modifier)))).value?.iso
        }
        #expect(resolve(october, nil, .unknown, published: "2022-01-20") == "2022-10-08")
        #expect(resolve(october, nil, .past, published: "2022-01-20") == "2021-10-08")
        #expect(resolve(october, .past, .unknown, published: "2022-01-20") == "2021-10-08")
        #expect(resolve(october, .past, .unknown, published: "2021-10-20") == "2020-10-08")
        #expect(resolve(october, .next, .unknown, published: "2021-10-20") == "2022-10-08")
        #expect(resolve(october, .current, .past, published: "2021-10-20") == "2021-10-08")
        #expect(resolve(december, nil, .future, published: "2021-12-20") == "2022-12-08")
        // A past clause that reports an announcement: the date weeks ahead, not last year's.
        #expect(resolve(october, nil, .past, published: "2021-09-25") == "2021-10-08")
        #expect(resolve(october, nil, .past, published: "2021-08-01") == "2020-10-08")
    }

    @Test func aWrongWeekdayIsReportedRatherThanMovingTheDateByAYear() throws {
        // 12 March 2026 is a Thursday; the Wednesday of the text is a slip.
        let finder = TimexFinder()
        let published = Self.day("2026-03-10")
        let timex = try #require(finder.timexes(in: "حذرت الهيئة من أمطار غزيرة يوم الأربعاء 12 مارس", published: published).first)
        #expect(timex.value == "2026-03-12")
        #expect(timex.weekdayMismatch == true)
    }

    @Test(arguments: [
        (PeriodPart.start, "2021-12-01/2021-12-10"),
        (.early, "2021-12-01/2021-12-10"),
        (.middle, "2021-12-11/2021-12-20"),
        (.late, "2021-12-21/2021-12-31"),
        (.end, "2021-12-21/2021-12-31"),
    ])
    func splitsAMonthIntoThirds(_ part: PeriodPart, _ expected: String) throws {
        let month = try #require(TemporalValue.month(12, of: 2021))
        #expect(TimexResolver.part(part, ofDays: month).iso == expected)
    }

    @Test(arguments: [
        (PeriodPart.start, "2021-01/2021-03"), (.early, "2021-01/2021-03"), (.middle, "2021-06/2021-07"), (.late, "2021-10/2021-12"),
        (.end, "2021-12"),
    ])
    func splitsAYearIntoItsParts(_ part: PeriodPart, _ expected: String) {
        let resolver = TimexResolver(published: Self.thursday)
        #expect(resolver.part(part, of: .year(.gregorian(2021))).value?.iso == expected)
    }

    /// Weeks of a month are its runs of seven days from the 1st, as Arabic news counts them (Duckling
    /// counts full Monday-to-Sunday weeks; see `TimexResolver.nthWeek`).
    @Test func findsOrdinalWeekdaysAndWeeksOfAMonth() throws {
        let october = try #require(TemporalValue.month(10, of: 2014))
        #expect(TimexResolver.nthWeekday(2, .wednesday, in: october)?.iso == "2014-10-08")
        #expect(TimexResolver.nthWeekday(-1, .friday, in: october)?.iso == "2014-10-31")
        #expect(TimexResolver.nthWeekday(5, .monday, in: october) == nil)
        #expect(TimexResolver.nthWeek(1, in: october)?.iso == "2014-10-01/2014-10-07")
        #expect(TimexResolver.nthWeek(5, in: october)?.iso == "2014-10-29/2014-10-31")
        let september = try #require(TemporalValue.month(9, of: 2014))
        #expect(TimexResolver.nthWeek(-1, in: september)?.iso == "2014-09-24/2014-09-30")
    }

    @Test(arguments: [(2013, "2013-03-31"), (2021, "2021-04-04"), (2024, "2024-03-31"), (2000, "2000-04-23")])
    func computesWesternEaster(_ year: Int, _ expected: String) {
        #expect(TimexResolver.easter(year).map { "\($0)" } == expected)
    }

    @Test func convertsHijriDatesWithUmmAlQura() {
        let resolver = TimexResolver(published: Self.thursday)
        #expect(resolver.hijriDays(14, nil, month: 10, year: 1442)?.iso == "2021-05-26")
        #expect(resolver.hijriMonth(9, year: 1442)?.iso == "2021-04-13/2021-05-12")
        #expect(resolver.resolve(.holiday(.hijri(month: 12, day: 10), .unstated)).value?.iso == "2021-07-20")
    }

    @Test func countsRelativeExpressionsFromTheLastDateOfTheTextWhenThereIsOne() {
        var resolver = TimexResolver(published: Self.thursday)
        #expect(resolver.resolve(.unit(.day, offset: 1, relative: true)).value?.iso == "2021-12-10")
        #expect(resolver.resolve(.unit(.day, offset: 1, relative: true)).anchor == .publication)
        resolver.previous = .day(Self.day("2014-06-10"))
        #expect(resolver.resolve(.unit(.day, offset: 1, relative: true)).value?.iso == "2014-06-11")
        #expect(resolver.resolve(.unit(.year, offset: 0, relative: true)).value?.iso == "2014")
        #expect(resolver.resolve(.unit(.year, offset: 0, relative: true)).anchor == .relative)
    }

    @Test func needsAPublicationDateForWhatCountsFromIt() {
        let resolver = TimexResolver(published: nil)
        for reading: TimexReading in [.dayShift(-1, weekday: nil), .weekday(.monday, nil), .shift(.month, count: -2), .year(.offset(-1))] {
            let resolution = resolver.resolve(reading)
            #expect(resolution.value == nil)
            #expect(resolution.anchor == .publication)
        }
    }
}
