import Extraction
import Ingest
import Testing
@testable import Reports
@testable import Stories

@Suite struct HTMLReuseGraphTests {
    static func article(_ outlet: String?, _ text: String) -> Article {
        Article(source: ArticleSource(input: text, outlet: outlet), title: "عنوان " + text, published: .unknown, text: text)
    }

    static func link(_ from: Article, _ to: Article, passages: Int, known: Bool = true) -> ReuseLink {
        ReuseLink(from: from.id, to: to.id, directionKnown: known, passages: Array(repeating: ReusePassage(
            fromStart: 0, fromEnd: 2, toStart: 0, toEnd: 2, similarity: 1, kind: "verbatim"), count: passages))
    }

    @Test func gathersArticlesOfOneOutletIntoOneNodeAndEdge() {
        let source = Self.article("وكالة أ", "نص أول")
        let copyOne = Self.article("موقع ب", "نص ثان")
        let copyTwo = Self.article("موقع ب", "نص ثالث")
        let orphan = Self.article(nil, "نص رابع")
        let report = AnalysisReport(generator: "t", articles: [source, copyOne, copyTwo, orphan].map { ReportArticle(article: $0) }, rejected: [])
        let graph = ReuseGraph(
            links: [Self.link(source, copyOne, passages: 2), Self.link(source, copyTwo, passages: 1, known: false), Self.link(copyOne, orphan, passages: 4)],
            index: ReportIndex(report))
        #expect(graph.nodes.map(\.name) == ["وكالة أ", "موقع ب", "عنوان نص رابع"])
        #expect(graph.edges.count == 2)
        #expect(graph.edges[0].from == 0 && graph.edges[0].to == 1 && graph.edges[0].passages == 3)
        #expect(graph.edges[0].links == [0, 1] && !graph.edges[0].directionKnown)
        #expect(graph.edges[1].from == 1 && graph.edges[1].to == 2 && graph.edges[1].passages == 4 && graph.edges[1].directionKnown)
    }

    @Test(arguments: [1, 2, 3, 5, 9])
    func keepsEveryOutletInsideTheChart(count: Int) {
        let articles = (0..<count).map { Self.article("منبر إخباري طويل الاسم جدًا رقم \($0)", "نص \($0)") }
        let report = AnalysisReport(generator: "t", articles: articles.map { ReportArticle(article: $0) }, rejected: [])
        let links = zip(articles, articles.dropFirst()).map { Self.link($0, $1, passages: 1) } + [Self.link(articles[0], articles[0], passages: 1)]
        let layout = ReuseGraphLayout(graph: ReuseGraph(links: links, index: ReportIndex(report)))
        #expect(layout.boxes.count == count)
        for box in layout.boxes {
            #expect(box.center.x - box.halfWidth >= 0 && box.center.x + box.halfWidth <= ReuseGraphLayout.width)
            #expect(box.center.y - box.halfHeight >= 0 && box.center.y + box.halfHeight <= layout.height)
        }
        for curve in layout.curves { #expect(curve.label.y >= 0 && curve.label.y <= layout.height) }
    }
}
