import Testing
@testable import Reports

@Suite struct HTMLTimelineLayoutTests {
    @Test(arguments: [
        ("1970-01-01", 0...0), ("2024-03-05", 19787...19787), ("2024-02", 19754...19782), ("2023", 19358...19722),
        ("2024-W10", 19786...19792), ("2021-12-21/2021-12-31", 18982...18992), ("2014-06/2014-08", 16222...16313),
    ])
    func readsTheDaysOfAValue(value: String, days: ClosedRange<Int>) {
        #expect(TimeValueDays.days(of: value) == days)
    }

    @Test(arguments: ["XXXX-03", "2024-13", "2023-02-29", "", "PRESENT_REF", "2024-03-05/2024-03-01", "24-03-05"])
    func placesNoUnreadableValue(value: String) {
        #expect(TimeValueDays.days(of: value) == nil)
    }

    @Test func putsTheEarliestDayOnTheRight() throws {
        let layout = TimelineLayout(values: ["2024-03-01", "2024-03-31", "غير معروف"])
        #expect(layout.markers.count == 2)
        let first = try #require(layout.markers.first { $0.entry == 0 })
        let last = try #require(layout.markers.first { $0.entry == 1 })
        #expect(first.x > last.x)
        #expect(first.x == TimelineLayout.width - TimelineLayout.margin)
    }

    @Test func stacksMarkersOfTheSameDayInRows() {
        let layout = TimelineLayout(values: ["2024-03-05", "2024-03-05", "2024-03-05", "2024-04-30"])
        #expect(Set(layout.markers.map(\.row)) == [0, 1, 2])
        #expect(layout.rows == 3)
        #expect(layout.labels.map(\.text).sorted() == ["2024-03-05", "2024-04-30"])
    }

    @Test func keepsDateLabelsInsideTheChart() {
        let layout = TimelineLayout(values: ["2021-12-21/2021-12-31", "2022-01-02"])
        for label in layout.labels {
            let half = TimelineLayout.halfWidth(of: label.text)
            #expect(label.x - half >= 0 && label.x + half <= TimelineLayout.width)
        }
    }
}
