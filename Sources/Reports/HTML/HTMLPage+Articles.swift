import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// Writes every article: the stories' articles first, in story order, then the others; each
    /// with its metadata, its text with highlights and link targets, and the furniture removed from
    /// it. A legend explains the highlights.
    mutating func writeArticles() {
        out.raw("<section class=\"block\" id=\"articles\">\n<h2>")
        out.text(ReportLabels.articles)
        out.raw("</h2>\n")
        writeLegend()
        var storyOfArticle: [Int: Int] = [:]
        var order: [Int] = []
        for (storyPosition, story) in report.stories.enumerated() {
            for id in story.articles {
                guard let position = index.position(of: id), storyOfArticle[position] == nil else { continue }
                storyOfArticle[position] = storyPosition
                order.append(position)
            }
        }
        order.append(contentsOf: report.articles.indices.filter { storyOfArticle[$0] == nil })
        if order.isEmpty { writeEmpty("لا مقالات في هذا التقرير.") }
        let highlights = ArticleHighlights.all(index: index)
        for position in order {
            writeArticle(at: position, story: storyOfArticle[position], highlights: highlights[position])
        }
        out.raw("</section>\n")
    }

    private mutating func writeLegend() {
        out.raw("<ul class=\"legend\" aria-label=\"دليل الألوان\">")
        for kind in HighlightKind.allCases {
            out.raw("<li><span class=\"hl ")
            out.raw(kind.cssClass)
            out.raw("\">")
            out.text("نموذج")
            out.raw("</span> ")
            out.text(kind.label)
            out.raw("</li>")
        }
        out.raw("<li><span class=\"cite\" style=\"background:var(--target);outline:3px solid #d9a900\">")
        out.text("نموذج")
        out.raw("</span> ")
        out.text("الموضع الذي يقود إليه رابط الاستشهاد")
        out.raw("</li></ul>\n")
    }

    private mutating func writeArticle(at position: Int, story: Int?, highlights: [Highlight]) {
        let article = index.article(at: position)
        out.raw("<article class=\"article\" id=\"")
        out.token(articleAnchor(position))
        out.raw("\"")
        if let language = article.language, Self.isLanguageTag(language) {
            out.raw(" lang=\"")
            out.attribute(language)
            out.raw("\"")
        }
        out.raw(">\n<h3>")
        out.text(article.title ?? ReportLabels.untitled)
        out.raw("</h3>\n")
        writeArticleMeta(article, story: story)
        out.raw("<div class=\"article-body\">\n")
        let token = index.articleTokens[position]
        let markup = ArticleMarkup(
            bytes: Array(article.text.utf8), scalarCount: index.scalarCounts[position], highlights: highlights,
            targets: targets.spans[position].map { ($0, AnchorTargets.anchor(article: token, span: $0)) })
        markup.write(into: &out)
        out.raw("\n</div>\n")
        if !article.removed.isEmpty {
            out.raw("<details class=\"removed\"><summary>")
            out.text("ما حُذف من الصفحة (\(article.removed.count))")
            out.raw("</summary><ul>")
            for removed in article.removed {
                out.raw("<li>")
                out.text(Clipping.words(removed.text, limit: 60))
                out.raw(" <span class=\"reason\">(")
                out.text(removed.reason)
                out.raw(")</span></li>")
            }
            out.raw("</ul></details>\n")
        }
        out.raw("</article>\n")
    }

    private mutating func writeArticleMeta(_ article: Article, story: Int?) {
        out.raw("<p class=\"article-meta\"><strong>")
        isolated(article.source.outlet ?? "منبر غير معروف")
        out.raw("</strong>")
        out.raw(" · <time>")
        out.text(article.published.value ?? ReportLabels.unknownDate)
        out.raw("</time>")
        if article.published.inferred, article.published.value != nil {
            out.text(" (مستنتج من النص")
            if let evidence = article.published.evidence {
                out.raw(": ")
                isolated(Clipping.words(evidence, limit: 20))
            }
            out.text(")")
        }
        if let author = article.author {
            out.raw(" · ")
            isolated(author)
        }
        if let dateline = article.dateline {
            out.raw(" · ")
            isolated(dateline)
        }
        if let story {
            out.raw(" · <a href=\"#")
            out.token(Self.storyToken(story))
            out.raw("\">")
            out.text("القصة \(story + 1)")
            out.raw("</a>")
        }
        out.raw("<br>")
        if let url = article.source.url, let safe = ExternalURL.safe(url) {
            out.raw("<a rel=\"noopener noreferrer nofollow\" href=\"")
            out.attribute(safe)
            out.raw("\">")
            out.text(Clipping.scalars(url, limit: 80))
            out.raw("</a> · ")
        } else if let url = article.source.url {
            out.raw("<code dir=\"auto\">")
            out.text(Clipping.scalars(url, limit: 80))
            out.raw("</code> · ")
        }
        out.raw("<code dir=\"auto\">")
        out.text(Clipping.scalars(article.source.input, limit: 80))
        out.raw("</code></p>\n")
    }

    /// Whether `tag` looks like a BCP 47 language tag (letters, digits and `-`, at most 35).
    static func isLanguageTag(_ tag: String) -> Bool {
        !tag.isEmpty && tag.utf8.count <= 35 && tag.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }
}
