import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// Writes the story's timeline: an SVG chart (dates on an axis, a numbered marker per event,
    /// each a link to its first citation) and the list of events with their citations.
    mutating func writeTimeline(_ story: Story, token: SafeToken, numbers: CitationNumbers) {
        openSubsection("timeline", token: token, title: ReportLabels.timeline)
        guard !story.timeline.isEmpty else {
            writeEmpty("لا أحداث مؤرخة في هذه القصة.")
            out.raw("</section>\n")
            return
        }
        let layout = TimelineLayout(values: story.timeline.map(\.date))
        if !layout.markers.isEmpty { writeTimelineChart(story, layout: layout) }
        out.raw("<ol class=\"timeline\">\n")
        for (position, entry) in story.timeline.enumerated() {
            out.raw("<li><span class=\"tl-index\">")
            out.number(position + 1)
            out.raw("</span><p><time>")
            out.text(entry.date)
            out.raw("</time> ")
            out.text(entry.text)
            writeCitations(entry.citations.map(CitedSpan.init), numbers: numbers)
            out.raw("</p></li>\n")
        }
        out.raw("</ol>\n</section>\n")
    }

    private mutating func writeTimelineChart(_ story: Story, layout: TimelineLayout) {
        out.raw("<svg class=\"chart timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        out.coordinate(TimelineLayout.width)
        out.raw(" ")
        out.coordinate(layout.height)
        out.raw("\"><title>")
        out.text(ReportLabels.timeline)
        out.raw("</title>\n")
        let axisY = layout.axisY
        line(TimelineLayout.margin / 2, axisY, TimelineLayout.width - TimelineLayout.margin / 2, axisY, cssClass: "tl-axis")
        for marker in layout.markers where abs(marker.from - marker.to) >= 1 {
            line(marker.from, axisY, marker.to, axisY, cssClass: "tl-range")
        }
        for label in layout.labels {
            line(label.tick, axisY - 5, label.tick, axisY + 5 + Double(label.row) * 20, cssClass: "tl-tick")
            out.raw("<text class=\"tl-date\" text-anchor=\"middle\" x=\"")
            out.coordinate(label.x)
            out.raw("\" y=\"")
            out.coordinate(axisY + 21 + Double(label.row) * 20)
            out.raw("\">")
            out.text(label.text)
            out.raw("</text>\n")
        }
        for marker in layout.markers {
            let entry = story.timeline[marker.entry]
            let y = layout.markerY(row: marker.row)
            let anchor = entry.citations.first.flatMap { targets.anchor(CitedSpan($0)) }
            if let anchor {
                out.raw("<a href=\"#")
                out.token(anchor)
                out.raw("\">")
            }
            out.raw("<g><title>")
            out.text(entry.date + ": " + Clipping.words(entry.text, limit: 30))
            out.raw("</title>")
            line(marker.x, y + 11, marker.x, axisY, cssClass: "tl-tick")
            out.raw("<circle class=\"tl-dot\" r=\"11\" cx=\"")
            out.coordinate(marker.x)
            out.raw("\" cy=\"")
            out.coordinate(y)
            out.raw("\"/><text class=\"tl-num\" text-anchor=\"middle\" x=\"")
            out.coordinate(marker.x)
            out.raw("\" y=\"")
            out.coordinate(y + 4.5)
            out.raw("\">")
            out.number(marker.entry + 1)
            out.raw("</text></g>")
            if anchor != nil { out.raw("</a>") }
            out.raw("\n")
        }
        out.raw("</svg>\n")
    }

    /// Writes an SVG line.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cssClass: StaticString) {
        out.raw("<line class=\"")
        out.raw(cssClass)
        out.raw("\" x1=\"")
        out.coordinate(x1)
        out.raw("\" y1=\"")
        out.coordinate(y1)
        out.raw("\" x2=\"")
        out.coordinate(x2)
        out.raw("\" y2=\"")
        out.coordinate(y2)
        out.raw("\"/>")
    }
}
