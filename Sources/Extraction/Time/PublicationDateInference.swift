public import ArabicText

/// Infers when an article was published from its own text, for articles that come without a date.
///
/// The evidence, from strongest to weakest: a date line at the top or bottom of the text; «اليوم»
/// next to a full date; the date of an embedded post that says «اليوم»; «اليوم الأحد»; «العام
/// الجاري 2021»; «9 ديسمبر الجاري»; «(8 أكتوبر) المنصرم»; «يوليو الماضي»; and the full dates of
/// the text as bounds. Constraints combine into the narrowest consistent day or range; one that
/// contradicts stronger evidence is dropped. See <doc:TimeResolution>.
///
/// ```swift
/// let text = "أعلنت الوكالة اليوم الأحد انتهاء المهمة منذ 9 ديسمبر الجاري."
/// let near = CivilDate(year: 2021, month: 12, day: 10).map { $0...$0 }
/// PublicationDateInference.infer(text: text, title: nil, near: near)?.value  // "2021-12-12"
/// ```
public enum PublicationDateInference {
    /// The publication date that `text` (and `title`) show, or `nil` when they do not pin a day or a
    /// range of at most two months.
    /// - Parameters:
    ///   - text: The article's text.
    ///   - title: The article's title, read as a first line.
    /// - Complexity: O(n) in the length of the text, plus O(d·c) for d days in the window the text
    ///   bounds and c constraints.
    public static func infer(text: String, title: String?) -> InferredPublicationDate? {
        infer(text: text, title: title, near: nil)
    }

    /// The publication date that `text` shows, using `hint` where the text leaves the year (or, for
    /// a weekday alone, the week) open.
    ///
    /// A hint is a period the article is believed to be near, from outside its text: the dates of
    /// the other articles of the same input, a crawl date. It never overrides the text; it only
    /// chooses among the days the text allows («9 ديسمبر الجاري» is a 9 December of some year).
    /// - Parameters:
    ///   - text: The article's text.
    ///   - title: The article's title, read as a first line.
    ///   - hint: Days the article is believed to be near, or `nil`.
    /// - Complexity: O(n) in the length of the text, plus O(d·c) for d days in the window and c
    ///   constraints.
    public static func infer(text: String, title: String?, near hint: ClosedRange<CivilDate>?) -> InferredPublicationDate? {
        let full = title.map { $0 + "\n" + text } ?? text
        let constraints = PublicationEvidence(TimexAnalysis(full)).constraints()
        return PublicationDateSolver(constraints: constraints, hint: hint).solve()
    }

    /// The publication dates of articles collected together (one folder, one feed).
    ///
    /// Each article is read alone first. Articles whose text leaves the year open are then read again
    /// with a hint: the days from the earliest to the latest date found for the others.
    /// - Parameter articles: The articles' texts and titles.
    /// - Returns: One date (or `nil`) per article, in order.
    /// - Complexity: O(n) in the total length of the texts, plus the windows of each article.
    public static func infer(articles: [(text: String, title: String?)]) -> [InferredPublicationDate?] {
        var results = articles.map { infer(text: $0.text, title: $0.title) }
        let found = results.compactMap { $0 }
        guard let earliest = found.map(\.earliest).min(), let latest = found.map(\.latest).max() else { return results }
        for index in results.indices where results[index] == nil {
            results[index] = infer(text: articles[index].text, title: articles[index].title, near: earliest...latest)
        }
        return results
    }
}
