import Foundation

/// Where the timeline chart draws each dated entry: a horizontal axis with the earliest day on the
/// right (the chart reads right to left) on a compressed time scale (see ``scale(of:)``), a
/// numbered marker per entry stacked in rows so that markers do not overlap, and date labels below
/// the axis in up to two rows.
struct TimelineLayout {
    /// One entry placed on the axis.
    struct Marker {
        /// The entry's position in the story's timeline.
        var entry: Int
        /// The x of the first and last day (right and left ends).
        var from: Double
        var to: Double
        /// The x of the marker (the middle of the range).
        var x: Double
        /// The marker's row above the axis, 0 nearest to it.
        var row: Int
    }

    /// A date written under the axis.
    struct DateLabel {
        var text: String
        /// The x of the text's centre.
        var x: Double
        /// The x of the day it names on the axis.
        var tick: Double
        var row: Int
    }

    static let width = 480.0
    static let margin = 44.0
    static let rowHeight = 28.0
    static let maximumRows = 6

    /// The markers, for the entries that have a place on the axis.
    private(set) var markers: [Marker] = []
    /// The date labels that fit.
    private(set) var labels: [DateLabel] = []
    /// The number of marker rows.
    private(set) var rows = 1

    /// The y of the axis.
    var axisY: Double { 12 + Double(rows) * Self.rowHeight + 14 }
    /// The height of the chart.
    var height: Double { axisY + 2 * 20 + 16 }
    /// The y of the centre of a marker in `row`.
    func markerY(row: Int) -> Double { axisY - 22 - Double(row) * Self.rowHeight }

    /// The axis positions of every day that starts or ends a range, in day order: consecutive days
    /// are `1 + ln(1 + gap in days)` apart, so that order is kept, a longer gap stays longer, and a
    /// date decades away does not squeeze the days of the story into one point.
    static func scale(of ranges: [ClosedRange<Int>]) -> (days: [Int], positions: [Double]) {
        let days = Set(ranges.flatMap { [$0.lowerBound, $0.upperBound] }).sorted()
        var positions: [Double] = []
        positions.reserveCapacity(days.count)
        for (index, day) in days.enumerated() {
            positions.append(index == 0 ? 0 : positions[index - 1] + 1 + log(1 + Double(day - days[index - 1])))
        }
        return (days, positions)
    }

    /// Half the width a date label takes at the chart's font size (ISO dates are ASCII).
    static func halfWidth(of label: String) -> Double {
        Double(label.utf8.count) * 4.3 + 6
    }

    /// The layout of entries with these values (TimeML-style ISO).
    /// - Complexity: O(n · r) for n entries and r rows.
    init(values: [String]) {
        let days = values.map(TimeValueDays.days(of:))
        let known = days.compactMap { $0 }
        guard !known.isEmpty else { return }
        let scale = Self.scale(of: known)
        let indexes = Dictionary(uniqueKeysWithValues: scale.days.enumerated().map { ($0.element, $0.offset) })
        let usable = Self.width - 2 * Self.margin
        func x(_ day: Int) -> Double {
            guard let total = scale.positions.last, total > 0, let index = indexes[day] else { return Self.width / 2 }
            return Self.width - Self.margin - scale.positions[index] / total * usable
        }
        var placed: [Marker] = []
        for (entry, range) in days.enumerated() {
            guard let range else { continue }
            let from = x(range.lowerBound)
            let to = x(range.upperBound)
            placed.append(Marker(entry: entry, from: from, to: to, x: (from + to) / 2, row: 0))
        }
        // Rows: each marker goes to the lowest row whose last marker is far enough away.
        var rowEnds: [Double] = []
        for index in placed.indices.sorted(by: { placed[$0].x > placed[$1].x }) {
            let x = placed[index].x
            var row = rowEnds.firstIndex { $0 - x >= 26 } ?? rowEnds.count
            if row >= Self.maximumRows { row = Self.maximumRows - 1 }
            if row == rowEnds.count { rowEnds.append(x) } else { rowEnds[row] = x }
            placed[index].row = row
        }
        markers = placed
        rows = max(1, rowEnds.count)

        // Labels: one per distinct value, in up to two rows, skipped where they would overlap.
        var labelEnds: [Double] = [.infinity, .infinity]
        var written: Set<String> = []
        for marker in placed.sorted(by: { $0.x > $1.x }) {
            let text = values[marker.entry]
            guard written.insert(text).inserted else { continue }
            let half = Self.halfWidth(of: text)
            let x = min(max(marker.x, half + 2), Self.width - half - 2)
            for row in 0..<2 where labelEnds[row] - (x + half) >= 4 {
                labels.append(DateLabel(text: text, x: x, tick: marker.x, row: row))
                labelEnds[row] = x - half
                break
            }
        }
    }
}
