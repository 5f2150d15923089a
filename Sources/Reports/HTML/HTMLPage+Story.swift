import Extraction
import Ingest
import Stories

extension HTMLPage {
    /// Writes the section of the story at `position`: header, brief, timeline, claims, conflicts,
    /// quotations, entities, reuse and the list of its sources.
    mutating func writeStory(at position: Int) {
        let story = report.stories[position]
        let token = Self.storyToken(position)
        let numbers = CitationNumbers(story: story)
        out.raw("<section class=\"story\" id=\"")
        out.token(token)
        out.raw("\">\n<h2>")
        element("<span class=\"muted\">", "القصة \(position + 1): ", "</span>")
        out.text(story.title)
        out.raw("</h2>\n")
        writeStoryMeta(story)
        writeBrief(story, token: token, numbers: numbers)
        writeTimeline(story, token: token, numbers: numbers)
        writeClaims(story, token: token, numbers: numbers)
        writeConflicts(story, token: token, numbers: numbers)
        writeQuotes(story, token: token)
        writeEntities(story, token: token)
        writeReuse(story, token: token, storyPosition: position)
        writeSources(token: token, numbers: numbers)
        out.raw("</section>\n")
    }

    /// Writes the opening of a story's subsection: `<section class="…" id="story-1-brief"><h3>…</h3>`.
    mutating func openSubsection(_ kind: StaticString, token: SafeToken, title: String) {
        out.raw("<section class=\"")
        out.raw(kind)
        out.raw("\" id=\"")
        out.token(token)
        out.raw("-")
        out.raw(kind)
        out.raw("\">\n<h3>")
        out.text(title)
        out.raw("</h3>\n")
    }

    /// Writes a line saying a subsection has nothing to show.
    mutating func writeEmpty(_ text: String) {
        element("<p class=\"empty\">", text, "</p>\n")
    }

    private mutating func writeStoryMeta(_ story: Story) {
        out.raw("<dl class=\"story-meta\">")
        element("<dt>", ReportLabels.period, "</dt>")
        out.raw("<dd><time>")
        out.text(ReportLabels.period(story.period))
        out.raw("</time></dd>")
        element("<dt>", ReportLabels.outlets, "</dt>")
        out.raw("<dd><ul class=\"chips\">")
        for outlet in story.outlets { element("<li class=\"chip\">", outlet, "</li>") }
        if story.outlets.isEmpty { element("<li class=\"empty\">", "لا تذكر المقالات منابرها", "</li>") }
        out.raw("</ul></dd>")
        element("<dt>", ReportLabels.articles, "</dt>")
        out.raw("<dd>")
        var first = true
        for id in story.articles {
            guard let position = index.position(of: id) else { continue }
            if !first { out.text("، ") }
            first = false
            out.raw("<a href=\"#")
            out.token(articleAnchor(position))
            out.raw("\">")
            let article = index.article(at: position)
            isolated(Clipping.scalars(article.title ?? index.outletName(of: id), limit: 60))
            out.raw("</a>")
        }
        out.raw("</dd></dl>\n")
    }

    private mutating func writeBrief(_ story: Story, token: SafeToken, numbers: CitationNumbers) {
        openSubsection("brief", token: token, title: ReportLabels.brief)
        if story.summary.isEmpty {
            writeEmpty("لا موجز لهذه القصة.")
        } else {
            out.raw("<ol class=\"brief\">\n")
            for sentence in story.summary {
                out.raw("<li>")
                out.text(sentence.text)
                writeCitations(sentence.citations.map(CitedSpan.init), numbers: numbers)
                out.raw("</li>\n")
            }
            out.raw("</ol>\n")
        }
        out.raw("</section>\n")
    }

    /// Writes the numbered list of every span the story cites, each with its outlet, title and the
    /// cited words.
    private mutating func writeSources(token: SafeToken, numbers: CitationNumbers) {
        guard !numbers.spans.isEmpty else { return }
        out.raw("<details class=\"sources\" id=\"")
        out.token(token)
        out.raw("-sources\"><summary>")
        out.text(ReportLabels.sources + " (\(numbers.spans.count))")
        out.raw("</summary>\n<ol class=\"sources\">\n")
        for (offset, span) in numbers.spans.enumerated() {
            out.raw("<li>")
            writeCitation(span, number: offset + 1)
            out.raw(" <strong>")
            isolated(index.outletName(of: span.article))
            out.raw("</strong>")
            if let position = index.position(of: span.article) {
                let article = index.article(at: position)
                out.raw(" — ")
                isolated(article.title ?? ReportLabels.untitled)
                if let day = article.published.value {
                    out.raw(" <time>")
                    out.text(day)
                    out.raw("</time>")
                }
            }
            out.raw(": <span class=\"excerpt\">«")
            out.text(index.excerpt(article: span.article, start: span.start, end: span.end))
            out.raw("»</span></li>\n")
        }
        out.raw("</ol>\n</details>\n")
    }
}
