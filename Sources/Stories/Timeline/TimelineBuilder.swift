import Extraction

/// Builds a story's timeline from the dates its statements name: one entry per date, in time order,
/// worded by the earliest article that gives it and citing each article that does once, by its
/// first sentence that gives it.
struct TimelineBuilder {
    /// The most entries a timeline keeps: the dates named by the most articles.
    var limit = 12

    func timeline(of articles: [AnalyzedArticle]) -> [TimelineEntry] {
        var entries: [String: (text: String, citations: [Citation], articles: Set<Int>)] = [:]
        for (articleIndex, article) in articles.enumerated() {
            for unit in article.claims {
                for date in Set(unit.dates + unit.sayingDates) {
                    let citation = Citation(article: article.id, span: unit.span)
                    if var entry = entries[date] {
                        // One citation per article: its first sentence that gives the date.
                        guard !entry.articles.contains(articleIndex) else { continue }
                        entry.citations.append(citation)
                        entry.articles.insert(articleIndex)
                        entries[date] = entry
                    } else {
                        entries[date] = (unit.text, [citation], [articleIndex])
                    }
                }
            }
        }
        let kept = entries.sorted { $0.value.articles.count > $1.value.articles.count || ($0.value.articles.count == $1.value.articles.count && $0.key < $1.key) }
            .prefix(limit)
        return kept.map { TimelineEntry(date: $0.key, text: $0.value.text, citations: $0.value.citations) }
            .sorted { $0.date < $1.date }
    }
}
