import Testing
@testable import Stories

/// TimeML values read as ranges of days, which conflict detection compares.
@Suite struct DayRangeTests {
    @Test func daysMonthsAndRangesAreReadAndCoarserValuesAreNot() throws {
        let day = try #require(DayRange("2024-02-29"))
        #expect(day.first == day.last)
        let month = try #require(DayRange("2024-02"))
        #expect(month.last - month.first == 28)
        #expect(month.overlaps(day))
        let week = try #require(DayRange("2023-12-25/2024-01-02"))
        #expect(week.last - week.first == 8)
        #expect(!week.overlaps(month))
        for value in ["2024", "2024-W09", "2024-SU", "2024-13", "2023-02-29", "20245-01", "2024--01", "", "2024-02-"] {
            #expect(DayRange(value) == nil, "\(value)")
        }
    }

    @Test func statementsOfDifferentYearsOrFarApartDaysAreDatedApart() {
        #expect(ClaimAligner.datedApart(["1977"], ["2021-03-04"]))
        #expect(ClaimAligner.datedApart(["2021-03-01"], ["2021-03-20"]))
        #expect(!ClaimAligner.datedApart(["2021-03-01"], ["2021-03-05"]))
        #expect(!ClaimAligner.datedApart(["2019/2022"], ["2021"]))
    }
}
