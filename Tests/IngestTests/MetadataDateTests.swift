import ArabicText
import Testing

@testable import Ingest

@Suite struct MetadataDateTests {
    @Test(
        arguments: [
            // ISO 8601
            ("2023-05-14", "2023-05-14", nil, nil),
            ("2023-05-14T09:30:00+03:00", "2023-05-14", "09:30:00", "+03:00"),
            ("2023-05-14T09:30:00Z", "2023-05-14", "09:30:00", "Z"),
            ("2023-05-14 09:30:00", "2023-05-14", "09:30:00", nil),
            ("2023-05-14T09:30:00.123456+0300", "2023-05-14", "09:30:00", "+03:00"),
            ("2023-05-14T09:30+01", "2023-05-14", "09:30", "+01:00"),
            ("2023-05-14T23:30:00-05:00", "2023-05-14", "23:30:00", "-05:00"),
            ("2023-05-14T00:10:00+00:00", "2023-05-14", "00:10:00", "+00:00"),
            ("20230514T093000Z", "2023-05-14", "09:30:00", "Z"),
            ("2023/05/14", "2023-05-14", nil, nil),
            ("2023.5.4", "2023-05-04", nil, nil),
            // RFC 822 / 1123
            ("Sun, 14 May 2023 09:30:00 +0300", "2023-05-14", "09:30:00", "+03:00"),
            ("14 May 2023 09:30 GMT", "2023-05-14", "09:30", "Z"),
            ("Sun, 14 May 23 09:30:00 EDT", "2023-05-14", "09:30:00", "-04:00"),
            ("Sun, 14 May 2023 09:30:00 EEST", "2023-05-14", "09:30:00", nil),
            ("Sun, 14 May 2023 09:30:00 +0300 (EEST)", "2023-05-14", "09:30:00", "+03:00"),
            ("14-May-2023", "2023-05-14", nil, nil),
            ("May 14, 2023 9:30 PM", "2023-05-14", "21:30", nil),
            ("Sun May 14 2023 09:30:00 GMT+0300 (Arabian Standard Time)", "2023-05-14", "09:30:00", "+03:00"),
            ("14 mai 2023", "2023-05-14", nil, nil),
            // Day first, as Arab sites write
            ("14/05/2023", "2023-05-14", nil, nil),
            ("14-05-2023", "2023-05-14", nil, nil),
            ("14.05.2023 10:15", "2023-05-14", "10:15", nil),
            ("04/05/2023", "2023-05-04", nil, nil),
            ("05/14/2023", "2023-05-14", nil, nil),
            ("١٤/٠٥/٢٠٢٣", "2023-05-14", nil, nil),
            ("۲۰۲۳-۰۵-۱۴", "2023-05-14", nil, nil),
            // Digits only
            ("20230514", "2023-05-14", nil, nil),
            ("202305140930", "2023-05-14", "09:30", nil),
            ("1684056600", "2023-05-14", "09:30:00", "Z"),
            ("1684056600000", "2023-05-14", "09:30:00", "Z"),
            ("  2023-05-14  ", "2023-05-14", nil, nil),
        ] as [(String, String, String?, String?)])
    func parsesTheLocalDayAndKeepsTheTime(text: String, day: String, time: String?, offset: String?) throws {
        let date = try #require(MetadataDate(parsing: text))
        #expect(date.value == day)
        #expect(date.time == time)
        #expect(date.utcOffset == offset)
        #expect(!date.hasWeekdayConflict)
    }

    @Test(arguments: [
        "2023-02-30", "2023-13-01", "31/04/2023", "1989-12-31", "2101-01-01", "0000-00-00", "14/05/23",
        "2023-05-14T25:00:00", "2023-05-14T09:30:00+2500", "2023-05-14 yesterday", "Funday, 14 May 2023",
        "14 Maybe 2023", "", "   ", "أمس", "123456", "2023", "13/13/2023", "9999999999999",
        "Sun, 14 May 2023 09:30:00 +0300 extra",
    ])
    func rejectsWhatIsNoRealDate(text: String) {
        #expect(MetadataDate(parsing: text) == nil)
    }

    @Test func weekdayThatDisagreesIsFlaggedButTheDateWins() throws {
        let date = try #require(MetadataDate(parsing: "Mon, 14 May 2023 09:30:00 +0300"))
        #expect(date.value == "2023-05-14")
        #expect(date.statedWeekday == .monday)
        #expect(date.hasWeekdayConflict)
        let agreeing = try #require(MetadataDate(parsing: "Sunday, 14 May 2023"))
        #expect(agreeing.statedWeekday == .sunday)
        #expect(!agreeing.hasWeekdayConflict)
    }

    @Test func dateTimeValueJoinsDayTimeAndOffset() throws {
        #expect(MetadataDate(parsing: "Sun, 14 May 2023 09:30:00 +0300")?.dateTimeValue == "2023-05-14T09:30:00+03:00")
        #expect(MetadataDate(parsing: "14/05/2023")?.dateTimeValue == "2023-05-14")
    }

    @Test func leapDaysAreKeptOnlyInLeapYears() {
        #expect(MetadataDate(parsing: "2024-02-29")?.value == "2024-02-29")
        #expect(MetadataDate(parsing: "2023-02-29") == nil)
        #expect(MetadataDate(parsing: "29/02/2000")?.value == "2000-02-29")
    }

    @Test(arguments: [
        ("https://www.sawtalatlas.ma/2023/05/14/dam-opening/", "2023-05-14"),
        ("https://petratoday.jo/news/2023-05-14/budget", "2023-05-14"),
        ("https://petratoday.jo/news/20230514/budget", "2023-05-14"),
        ("https://example.ma/ar/2023/05/14", "2023-05-14"),
        ("https://example.ma/2023-05-14-slug-text", "2023-05-14"),
        ("https://example.ma/archive/20230514.html", "2023-05-14"),
        ("/2023/05/14/relative", "2023-05-14"),
    ])
    func findsTheDateInAnArticleAddress(url: String, day: String) {
        #expect(MetadataDate.dateInURL(url)?.value == day)
        #expect(MetadataDate.dateInURL(url)?.time == nil)
    }

    @Test(arguments: [
        "https://example.ma/2023/05/", "https://example.ma/news/202305141234/", "https://example.ma/2023/02/30/x",
        "https://example.ma/article?date=2023-05-14", "https://2023-05-14.example.ma/x",
        "https://example.ma/id/123456789",
        "https://example.ma/1985/05/14/old", "https://example.ma/x#/2023/05/14/",
    ])
    func ignoresNumbersThatAreNoDayInThePath(url: String) {
        #expect(MetadataDate.dateInURL(url) == nil)
    }

    @Test func yearsOutsideTheRangeAreRejected() throws {
        let day = try #require(CivilDate(year: 1989, month: 12, day: 31))
        #expect(MetadataDate(date: day) == nil)
        #expect(MetadataDate.plausibleYears == 1990...2100)
    }
}
