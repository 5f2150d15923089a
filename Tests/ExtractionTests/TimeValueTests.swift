import ArabicText
import Testing

@testable import Extraction

@Suite struct TemporalValueTests {
    static func day(_ text: String) -> CivilDate {
        CivilDate(text) ?? CivilDate(daysSinceEpoch: 0)
    }

    @Test(arguments: [
        (TemporalValue.day(day("2021-12-09")), "2021-12-09"),
        (TemporalValue.days(day("2021-12-21"), day("2021-12-31")), "2021-12-21/2021-12-31"),
        (TemporalValue.month(12, of: 2021)!, "2021-12"),
        (TemporalValue.months(from: 6, of: 2014, to: 8, of: 2014)!, "2014-06/2014-08"),
        (TemporalValue.year(2014)!, "2014"),
        (TemporalValue.years(2014, 2017)!, "2014/2017"),
        (TemporalValue.week(containing: day("2021-12-09")), "2021-W49"),
        (TemporalValue.week(containing: day("2021-01-03")), "2020-W53"),
        (TemporalValue.week(containing: day("2019-12-30")), "2020-W01"),
        (TemporalValue(first: day("2021-12-06"), last: day("2021-12-26"), grain: .week), "2021-12-06/2021-12-26"),
    ])
    func writesTimeMLStyleISOValues(_ value: TemporalValue, _ iso: String) {
        #expect(value.iso == iso)
    }

    @Test func yearsOutsideFourDigitsHaveNoValue() throws {
        let far = try #require(TemporalValue.year(12_000))
        #expect(far.iso == nil)
    }

    @Test(arguments: [("2021-01-04", 2021, 1), ("2020-12-31", 2020, 53), ("2021-01-01", 2020, 53), ("2026-12-31", 2026, 53)])
    func numbersISOWeeksByTheirThursday(_ text: String, _ year: Int, _ week: Int) {
        let result = TemporalValue.isoWeek(of: Self.day(text))
        #expect(result.year == year)
        #expect(result.week == week)
    }
}
