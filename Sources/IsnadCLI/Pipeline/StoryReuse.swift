import ArabicText
import Stories

/// Reuse between the articles of a story.
enum StoryReuse {
    /// The passages the articles copied from each other, with the direction of each copy.
    static func edges(among articles: [AnalyzedArticle]) -> [ReuseEdge] {
        let documents = articles.map { article in
            ReuseDocument(
                id: article.id, text: article.text, outlet: article.outlet, published: article.published?.description,
                order: article.order)
        }
        return ReuseDetector().edges(among: documents)
    }
}
