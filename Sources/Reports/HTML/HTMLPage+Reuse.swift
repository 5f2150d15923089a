import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// Writes who copied whom: an SVG graph of outlets with an arrow from the outlet copied to the
    /// outlet that copied, labelled with the number of passages (a link to the list of those
    /// passages), then that list, each passage linked to its place in both articles.
    mutating func writeReuse(_ story: Story, token: SafeToken, storyPosition: Int) {
        openSubsection("reuse", token: token, title: ReportLabels.reuse)
        guard !story.reuse.isEmpty else {
            writeEmpty("لم يُرصد نقل بين مقالات هذه القصة.")
            out.raw("</section>\n")
            return
        }
        let graph = ReuseGraph(links: story.reuse, index: index)
        let layout = ReuseGraphLayout(graph: graph)
        let edgeToken = token.appending(SafeToken("reuse-edge"))
        writeReuseChart(graph: graph, layout: layout, token: token, edgeToken: edgeToken)
        out.raw("<ul class=\"reuse-edges\">\n")
        for (position, edge) in graph.edges.enumerated() {
            out.raw("<li id=\"")
            out.token(edgeToken.appending(SafeToken(position + 1)))
            out.raw("\"><strong>")
            isolated(graph.nodes[edge.to].name)
            out.raw("</strong> ")
            out.text(edge.from == edge.to ? "أعاد نشر مقاطع من مقالة أخرى له" : "نقل عن")
            if edge.from != edge.to {
                out.raw(" <strong>")
                isolated(graph.nodes[edge.from].name)
                out.raw("</strong>")
            }
            out.text(": \(edge.passages) " + (edge.passages == 1 ? "مقطع" : "مقاطع"))
            if !edge.directionKnown { out.text(" (اتجاه النقل غير مؤكد)") }
            out.raw("\n<ol>\n")
            for link in edge.links.map({ story.reuse[$0] }) {
                for passage in link.passages { writePassage(passage, of: link) }
            }
            out.raw("</ol></li>\n")
        }
        out.raw("</ul>\n</section>\n")
    }

    private mutating func writePassage(_ passage: ReusePassage, of link: ReuseLink) {
        out.raw("<li>")
        out.text(ReportLabels.reuseKind(passage.kind))
        let percent = Int((min(max(passage.similarity, 0), 1) * 100).rounded())
        out.text(" (تطابق \(percent)٪): ")
        writeSpanLink(CitedSpan(article: link.from, start: passage.fromStart, end: passage.fromEnd), label: "في المصدر")
        out.text(" · ")
        writeSpanLink(CitedSpan(article: link.to, start: passage.toStart, end: passage.toEnd), label: "في الناقل")
        out.raw("<br><span class=\"excerpt\">«")
        out.text(index.excerpt(article: link.to, start: passage.toStart, end: passage.toEnd, words: 30))
        out.raw("»</span></li>\n")
    }

    private mutating func writeReuseChart(graph: ReuseGraph, layout: ReuseGraphLayout, token: SafeToken, edgeToken: SafeToken) {
        let arrow = token.appending(SafeToken("arrow"))
        out.raw("<svg class=\"chart reuse-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        out.coordinate(ReuseGraphLayout.width)
        out.raw(" ")
        out.coordinate(layout.height)
        out.raw("\"><title>")
        out.text(ReportLabels.reuse)
        out.raw("</title>\n<defs><marker id=\"")
        out.token(arrow)
        out.raw("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        out.raw("<path class=\"arrowhead\" d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n")
        for (position, edge) in graph.edges.enumerated() {
            let curve = layout.curves[position]
            out.raw(edge.directionKnown ? "<path class=\"reuse-edge\" d=\"M" : "<path class=\"reuse-edge unsure\" d=\"M")
            point(curve.start)
            if curve.isLoop {
                out.raw(" C")
                point(ReuseGraphLayout.Point(x: curve.start.x + 34, y: curve.control.y))
                out.raw(" ")
                point(ReuseGraphLayout.Point(x: curve.end.x - 34, y: curve.control.y))
            } else {
                out.raw(" Q")
                point(curve.control)
            }
            out.raw(" ")
            point(curve.end)
            out.raw("\" marker-end=\"url(#")
            out.token(arrow)
            out.raw(")\"/>\n")
        }
        for (position, box) in layout.boxes.enumerated() {
            out.raw("<g class=\"reuse-node\"><title>")
            out.text(graph.nodes[position].name)
            out.raw("</title><rect rx=\"8\" x=\"")
            out.coordinate(box.center.x - box.halfWidth)
            out.raw("\" y=\"")
            out.coordinate(box.center.y - box.halfHeight)
            out.raw("\" width=\"")
            out.coordinate(box.halfWidth * 2)
            out.raw("\" height=\"")
            out.coordinate(box.halfHeight * 2)
            out.raw("\"/><text text-anchor=\"middle\" x=\"")
            out.coordinate(box.center.x)
            out.raw("\" y=\"")
            out.coordinate(box.center.y + 5)
            out.raw("\">")
            out.text(box.label)
            out.raw("</text></g>\n")
        }
        for (position, edge) in graph.edges.enumerated() {
            let label = layout.curves[position].label
            out.raw("<a href=\"#")
            out.token(edgeToken.appending(SafeToken(position + 1)))
            out.raw("\"><g class=\"reuse-count\"><title>")
            out.text(graph.nodes[edge.to].name + " نقل عن " + graph.nodes[edge.from].name + ": \(edge.passages)")
            out.raw("</title><circle r=\"12\" cx=\"")
            point(label, separator: "\" cy=\"")
            out.raw("\"/><text text-anchor=\"middle\" x=\"")
            out.coordinate(label.x)
            out.raw("\" y=\"")
            out.coordinate(label.y + 4.5)
            out.raw("\">")
            out.number(edge.passages)
            out.raw("</text></g></a>\n")
        }
        out.raw("</svg>\n")
    }

    private mutating func point(_ point: ReuseGraphLayout.Point, separator: StaticString = ",") {
        out.coordinate(point.x)
        out.raw(separator)
        out.coordinate(point.y)
    }
}
