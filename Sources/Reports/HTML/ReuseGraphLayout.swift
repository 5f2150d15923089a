import Foundation

/// Where the reuse graph draws its outlets and arrows: outlets on an ellipse (the first, usually the
/// original source, on the right, where a right-to-left reader starts), each edge a curve that bends
/// to its own side so that arrows both ways between two outlets stay apart.
struct ReuseGraphLayout {
    /// A point.
    struct Point {
        var x: Double
        var y: Double
    }

    /// An outlet's box.
    struct Box {
        /// The centre.
        var center: Point
        /// Half the width and half the height.
        var halfWidth: Double
        var halfHeight: Double
        /// The name as drawn (clipped).
        var label: String
    }

    /// An edge's curve: a quadratic Bézier from `start` to `end` through `control`, or a loop.
    struct Curve {
        var start: Point
        var control: Point
        var end: Point
        /// Where the passage count is drawn.
        var label: Point
        /// Whether the edge goes from an outlet to itself (drawn as a loop above the box).
        var isLoop: Bool
    }

    static let width = 480.0
    static let labelLimit = 22

    /// The outlets' boxes, by node.
    private(set) var boxes: [Box] = []
    /// The edges' curves, by edge.
    private(set) var curves: [Curve] = []
    /// The chart's height.
    private(set) var height = 0.0

    /// The layout of `graph`.
    /// - Complexity: O(n + e) for n outlets and e edges.
    init(graph: ReuseGraph) {
        let count = graph.nodes.count
        guard count > 0 else { return }
        let labels = graph.nodes.map { Clipping.scalars($0.name, limit: Self.labelLimit) }
        let halfWidths = labels.map { Double($0.unicodeScalars.count) * 4.9 + 12 }
        let widest = halfWidths.max() ?? 0
        let centerX = Self.width / 2
        let radiusX = max(40, centerX - widest - 4)
        let radiusY = count <= 4 ? 95.0 : 130.0
        for (position, label) in labels.enumerated() {
            let center: Point
            switch count {
            case 1:
                center = Point(x: centerX, y: 0)
            case 2:
                // The first outlet (usually the source) on the right, where a right-to-left reader starts.
                center = Point(x: position == 0 ? Self.width - halfWidths[0] - 4 : halfWidths[1] + 4, y: 0)
            default:
                let angle = 2 * Double.pi * Double(position) / Double(count)
                center = Point(x: centerX + radiusX * cos(angle), y: radiusY * sin(angle))
            }
            boxes.append(Box(center: center, halfWidth: halfWidths[position], halfHeight: 17, label: label))
        }
        curves = graph.edges.map { edge in
            edge.from == edge.to ? loop(above: boxes[edge.from]) : curve(from: boxes[edge.from], to: boxes[edge.to])
        }
        // Fit the height to what is drawn: boxes, curves and loops, with a margin.
        let tops = boxes.map { $0.center.y - $0.halfHeight } + curves.flatMap { [$0.control.y, $0.label.y - 14] }
        let bottoms = boxes.map { $0.center.y + $0.halfHeight } + curves.flatMap { [$0.control.y, $0.label.y + 14] }
        let top = (tops.min() ?? 0) - 12
        height = (bottoms.max() ?? 0) - top + 12
        for index in boxes.indices { boxes[index].center.y -= top }
        for index in curves.indices {
            curves[index].start.y -= top
            curves[index].control.y -= top
            curves[index].end.y -= top
            curves[index].label.y -= top
        }
    }

    private func curve(from source: Box, to target: Box) -> Curve {
        let dx = target.center.x - source.center.x
        let dy = target.center.y - source.center.y
        let length = max(1, (dx * dx + dy * dy).squareRoot())
        let bend = 26.0
        let control = Point(
            x: (source.center.x + target.center.x) / 2 - dy / length * bend,
            y: (source.center.y + target.center.y) / 2 + dx / length * bend)
        let start = Self.edgePoint(of: source, toward: control, gap: 2)
        let end = Self.edgePoint(of: target, toward: control, gap: 5)
        let label = Point(x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y)
        return Curve(start: start, control: control, end: end, label: label, isLoop: false)
    }

    private func loop(above box: Box) -> Curve {
        let top = box.center.y - box.halfHeight
        return Curve(
            start: Point(x: box.center.x + 12, y: top), control: Point(x: box.center.x, y: top - 48),
            end: Point(x: box.center.x - 12, y: top - 4), label: Point(x: box.center.x, y: top - 38), isLoop: true)
    }

    /// Where the line from the centre of `box` toward `point` leaves the box, `gap` further out.
    private static func edgePoint(of box: Box, toward point: Point, gap: Double) -> Point {
        let dx = point.x - box.center.x
        let dy = point.y - box.center.y
        let length = max(0.001, (dx * dx + dy * dy).squareRoot())
        let scaleX = dx == 0 ? Double.infinity : box.halfWidth / abs(dx)
        let scaleY = dy == 0 ? Double.infinity : box.halfHeight / abs(dy)
        let scale = min(scaleX, scaleY)
        return Point(x: box.center.x + dx * scale + dx / length * gap, y: box.center.y + dy * scale + dy / length * gap)
    }
}
