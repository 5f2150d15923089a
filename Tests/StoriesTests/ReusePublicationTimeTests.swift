import Testing

@testable import Stories

@Suite struct ReusePublicationTimeTests {
    @Test(arguments: [
        ("1970-01-01", 0, 86_400),
        ("1970-01-01T00:01:00Z", 60, 61),
        ("1970-01-01T00:01Z", 60, 120),
        ("1970-01-01 03:00:00+03:00", 0, 1),
        ("1970-01-01T00:00:00.250-0100", 3_600, 3_601),
        ("1970-01", 0, 31 * 86_400),
        ("1970", 0, 365 * 86_400),
        ("1970-01-02/1970-01-03", 86_400, 3 * 86_400),
        ("2021-12-09", 1_639_008_000, 1_639_094_400),
    ])
    func readsISODatesAsIntervals(_ text: String, _ lower: Int, _ upper: Int) throws {
        let time = try #require(PublicationTime(text))
        #expect(time.lower == lower && time.upper == upper)
    }

    @Test(arguments: [
        "", "2021-13-01", "2021-02-30", "yesterday", "2021-12-09T25:00Z", "2021-12-09T10:00+3", "2021-12-10/2021-12-09",
    ])
    func rejectsWhatItCannotRead(_ text: String) {
        #expect(PublicationTime(text) == nil)
    }

    @Test func ordersOnlyIntervalsThatDoNotOverlap() throws {
        let day = try #require(PublicationTime("2021-12-09"))
        let noon = try #require(PublicationTime("2021-12-09T12:00:00Z"))
        let next = try #require(PublicationTime("2021-12-10"))
        #expect(day.isBefore(next) && !next.isBefore(day))
        #expect(!day.isBefore(noon) && !noon.isBefore(day))
    }
}
