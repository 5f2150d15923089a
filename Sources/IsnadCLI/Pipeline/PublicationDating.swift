import ArabicText
import Extraction
import Ingest

/// Fills in the publication dates that metadata did not give, from the articles' text.
enum PublicationDating {
    /// The articles, each with a publication date inferred from its text where it had none.
    ///
    /// Articles are inferred together, so that one article's date can settle another's year.
    static func complete(_ articles: [Article]) -> [Article] {
        let missing = articles.indices.filter { articles[$0].published.value == nil }
        guard !missing.isEmpty else { return articles }
        let inferred = PublicationDateInference.infer(articles: missing.map { (textWithDateLines(articles[$0]), articles[$0].title) })
        var result = articles
        for (index, date) in zip(missing, inferred) {
            guard let date else { continue }
            result[index].published = PublicationDate(value: date.value, inferred: true, evidence: date.evidence)
        }
        return result
    }

    /// The article's text with the date lines that cleaning lifted out of it put back on top: they
    /// are the best evidence of when it was published.
    private static func textWithDateLines(_ article: Article) -> String {
        let dateLines = article.removed.filter { $0.reason == FurnitureKind.dateLine.rawValue }.map(\.text)
        return dateLines.isEmpty ? article.text : (dateLines + [article.text]).joined(separator: "\n")
    }

    /// The days an article was published in: one day, or the range its inferred date allows.
    static func days(of article: Article) -> ClosedRange<CivilDate>? {
        guard let value = article.published.value else { return nil }
        let parts = value.split(separator: "/")
        guard let first = parts.first.flatMap({ CivilDate(String($0.prefix(10))) }) else { return nil }
        let last = parts.count == 2 ? CivilDate(String(parts[1].prefix(10))) ?? first : first
        return first <= last ? first...last : last...first
    }
}
