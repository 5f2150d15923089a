import ArabicText
import Extraction

/// Analyzes one story: aligns its claims and counts their independent sources, finds conflicts,
/// builds the timeline, writes the brief and picks a title.
public struct StoryAnalyzer: Sendable {
    /// An analyzer.
    public init() {}

    /// The analysis of the articles of one story.
    /// - Parameters:
    ///   - articles: the story's articles, in time order.
    ///   - reuse: the passages they copied from each other (from ``ReuseDetector``).
    ///   - assignments: why each article joined the story.
    /// - Complexity: about O(u · c) for u statements and c candidate claims per statement.
    public func analyze(_ articles: [AnalyzedArticle], reuse: [ReuseEdge], assignments: [StoryAssignment]) -> Story {
        let articles = GluedPrepositions.resolved(articles)
        let lineages = Lineages.group(
            outlets: Dictionary(articles.map { ($0.id, Self.outlet(of: $0)) }) { first, _ in first }, edges: reuse)
        let sets = StemSets(articles)
        let groups = ClaimAligner().align(articles, sets: sets)
        var claims: [Claim] = []
        var representatives: [String: [Int32]] = [:]
        var centralStems: [String: [String]] = [:]
        var briefTexts: [String: String] = [:]
        for group in groups {
            let members = group.map { (article: articles[$0.article], unit: articles[$0.article].claims[$0.unit], stems: sets.stems[$0.article][$0.unit]) }
            let outlets = Array(Set(members.map { Self.outlet(of: $0.article) })).sorted()
            let independent = lineages.independentCount(of: outlets)
            // The most central wording: the one that overlaps most with the others (first 12 members).
            let sample = members.prefix(12).map(\.stems)
            let central = members.max { a, b in
                sample.reduce(0) { $0 + StemSets.jaccard(a.stems, $1) } < sample.reduce(0) { $0 + StemSets.jaccard(b.stems, $1) }
            } ?? members[0]
            let id = "c\(claims.count + 1)"
            representatives[id] = central.stems
            centralStems[id] = central.unit.stems
            briefTexts[id] = ResolvedDates.written(
                into: central.unit.text, expressions: central.unit.dateExpressions + central.unit.sayingDateExpressions,
                values: central.unit.dates + central.unit.sayingDates)
            claims.append(Claim(
                id: id, text: central.unit.text, support: members.map { Citation(article: $0.article.id, span: $0.unit.span) },
                sources: outlets.count, independentSources: independent,
                outlets: outlets.filter { !$0.hasPrefix("article:") }))
        }
        claims.sort { ($0.independentSources, $0.support.count) > ($1.independentSources, $1.support.count) }
        let conflicts = ConflictDetector().conflicts(in: articles, sets: sets, reuse: reuse)
        let order = Dictionary(articles.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        let days = articles.compactMap(\.published).sorted()
        return Story(
            id: "s-" + (articles.first?.id ?? "empty"),
            title: title(of: articles, claims: claims, stems: centralStems, conflicts: conflicts),
            articles: articles.map(\.id),
            period: [days.first, days.last].compactMap { $0?.description },
            outlets: Array(Set(articles.compactMap(\.outlet))).sorted(),
            claims: claims,
            conflicts: conflicts,
            reuse: reuse.map(Self.link),
            timeline: TimelineBuilder().timeline(of: articles),
            summary: BriefWriter().brief(
                claims: claims, units: representatives, texts: briefTexts, conflicts: conflicts, order: order),
            assignments: assignments)
    }

    /// An article's outlet, or its id where the outlet is unknown (then it is a source of its own).
    static func outlet(of article: AnalyzedArticle) -> String {
        article.outlet ?? "article:" + article.id
    }

    /// A reuse edge as the report writes it.
    static func link(_ edge: ReuseEdge) -> ReuseLink {
        ReuseLink(
            from: edge.from, to: edge.to, directionKnown: edge.isDirectionKnown,
            passages: edge.passages.map { passage in
                ReusePassage(
                    fromStart: passage.fromSpan.lowerBound, fromEnd: passage.fromSpan.upperBound,
                    toStart: passage.toSpan.lowerBound, toEnd: passage.toSpan.upperBound,
                    similarity: passage.similarity, kind: passage.kind.rawValue)
            })
    }

    /// The headline of the article whose title shares the most stems with the story's best-backed
    /// claims, and states none of the figures the story's sources dispute («السجن 10 سنوات» where
    /// another outlet says 15); the best claim itself, shortened, where no article has a title.
    private func title(of articles: [AnalyzedArticle], claims: [Claim], stems: [String: [String]], conflicts: [Conflict]) -> String {
        let topStems = Set(claims.prefix(5).flatMap { stems[$0.id] ?? [] })
        let disputed = Set(conflicts.filter { $0.kind == "number" }.flatMap { Self.figures(in: $0.description) })
        var best: (title: String, score: Int)?
        var scored: Set<String> = []
        for title in articles.compactMap(\.title) where scored.insert(title).inserted {
            let statesADisputedFigure = !disputed.isDisjoint(with: Self.figures(in: title))
            let score = ClaimUnit.contentStems(of: title).intersection(topStems).count - (statesADisputedFigure ? 3 : 0)
            if best.map({ score > $0.score }) ?? true { best = (title, score) }
        }
        if let best { return best.title }
        let words = (claims.first?.text ?? "").split(separator: " ")
        return words.prefix(14).joined(separator: " ") + (words.count > 14 ? " …" : "")
    }

    /// The runs of digits in `text` (any script's digits, read as ASCII).
    static func figures(in text: String) -> Set<String> {
        var found: Set<String> = []
        var current = ""
        for scalar in text.unicodeScalars {
            if let value = scalar.properties.numericType != nil ? scalar.properties.numericValue : nil, value >= 0, value < 10 {
                current.append(String(Int(value)))
            } else if !current.isEmpty {
                found.insert(current)
                current = ""
            }
        }
        if !current.isEmpty { found.insert(current) }
        return found
    }
}
