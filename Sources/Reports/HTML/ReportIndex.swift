import Extraction
import Ingest
import Stories

/// Lookups the writers need over one ``AnalysisReport``: articles by id, their safe tokens and
/// lengths, entities by id, and where each citation can point.
struct ReportIndex {
    /// The report.
    let report: AnalysisReport
    /// The position in `report.articles` of each article id (the first article with that id).
    private let positions: [String: Int]
    /// The safe token of each article, by position; unique within the page.
    let articleTokens: [SafeToken]
    /// The number of Unicode scalars of each article's text, by position.
    let scalarCounts: [Int]
    /// Entities by id.
    private let entities: [String: Entity]

    /// The index of `report`.
    /// - Complexity: O(n) in the total length of the articles' texts.
    init(_ report: AnalysisReport) {
        self.report = report
        var positions: [String: Int] = [:]
        var tokens: [SafeToken] = []
        var used: Set<SafeToken> = []
        tokens.reserveCapacity(report.articles.count)
        for (position, entry) in report.articles.enumerated() {
            if positions[entry.article.id] == nil { positions[entry.article.id] = position }
            var token = SafeToken(sanitizing: entry.article.id)
            if used.contains(token) { token = token.appending(SafeToken(position)) }
            used.insert(token)
            tokens.append(token)
        }
        self.positions = positions
        self.articleTokens = tokens
        self.scalarCounts = report.articles.map { UTF8Scalars.count(of: $0.article.text) }
        self.entities = Dictionary(report.entities.map { ($0.id, $0) }) { first, _ in first }
    }

    /// The position of the article with id `id`, if the report has it.
    func position(of id: String) -> Int? {
        positions[id]
    }

    /// The article at `position`.
    func article(at position: Int) -> Article {
        report.articles[position].article
    }

    /// The entity with id `id`, if the report has it.
    func entity(_ id: String) -> Entity? {
        entities[id]
    }

    /// The span `start..<end` of the article at `position`, clamped to its text; `nil` where nothing
    /// of it lies inside the text or it runs backwards.
    func clamped(_ start: Int, _ end: Int, at position: Int) -> Range<Int>? {
        let count = scalarCounts[position]
        guard start <= end, start <= count, end >= 0 else { return nil }
        return max(0, start)..<min(count, end)
    }

    /// The outlet of the article with id `id` as the report names it: the outlet, else the input's
    /// host (for a URL) or file name.
    func outletName(of id: String) -> String {
        guard let position = position(of: id) else { return "مصدر غير معروف" }
        let article = article(at: position)
        if let outlet = article.source.outlet { return outlet }
        let input = article.source.input
        if let scheme = input.firstRange(of: "://") {
            let rest = input[scheme.upperBound...]
            return String(rest.prefix { $0 != "/" })
        }
        return input.split(separator: "/").last.map(String.init) ?? input
    }

    /// The quoted text of a span of an article, at most `words` words; empty where the article is
    /// not in the report.
    func excerpt(article id: String, start: Int, end: Int, words: Int = 40) -> String {
        guard let position = position(of: id), let span = clamped(start, end, at: position) else { return "" }
        let text = UTF8Scalars.slice(of: article(at: position).text, from: span.lowerBound, to: span.upperBound)
        return Clipping.words(text, limit: words)
    }
}
