import Extraction
import Ingest
import Stories

extension MarkdownDocument {
    /// Writes the quotations of the story's articles grouped by speaker, each with its chain.
    private mutating func writeQuotes(_ story: Story) {
        line()
        line("### " + ReportLabels.quotes)
        line()
        let groups = SpeakerQuotes.groups(articles: story.articles.compactMap(index.position(of:)), index: index)
        if groups.isEmpty { line("لا اقتباسات في مقالات هذه القصة.") }
        for group in groups {
            var heading = "- **" + MarkdownText.inline(group.speaker) + "**"
            if !group.roles.isEmpty { heading += " (" + MarkdownText.inline(ReportLabels.list(group.roles)) + ")" }
            line(heading)
            for (position, quote) in group.quotes {
                let article = index.article(at: position)
                let words = MarkdownText.inline(Clipping.words(quote.text, limit: 60))
                let chain = ReportLabels.chain(speaker: quote.speakerText ?? group.speaker, via: quote.via, outlet: article.source.outlet)
                line("  - " + (quote.isDirect ? "«" + words + "»" : words + " (بتصرف)") + " — " + MarkdownText.inline(chain))
            }
        }
    }

    /// Writes one story: title, period and outlets, brief, timeline, claims, conflicts, quotations
    /// and sources.
    mutating func writeStory(_ story: Story, position: Int) {
        let numbers = CitationNumbers(story: story)
        line("## \(position + 1). " + MarkdownText.inline(story.title))
        line()
        line("- **" + ReportLabels.period + ":** " + MarkdownText.inline(ReportLabels.period(story.period)))
        line("- **" + ReportLabels.outlets + ":** "
            + (story.outlets.isEmpty ? "لا تذكر المقالات منابرها" : MarkdownText.inline(ReportLabels.list(story.outlets))))
        line("- **" + ReportLabels.articles + ":** \(story.articles.count)")

        line()
        line("### " + ReportLabels.brief)
        line()
        if story.summary.isEmpty { line("لا موجز لهذه القصة.") }
        for (offset, sentence) in story.summary.enumerated() {
            line("\(offset + 1). " + MarkdownText.inline(sentence.text)
                + citations(sentence.citations.map(CitedSpan.init), numbers: numbers, story: position))
        }

        line()
        line("### " + ReportLabels.timeline)
        line()
        if story.timeline.isEmpty { line("لا أحداث مؤرخة في هذه القصة.") }
        for entry in story.timeline {
            line("- **" + MarkdownText.inline(entry.date) + "** — " + MarkdownText.inline(entry.text)
                + citations(entry.citations.map(CitedSpan.init), numbers: numbers, story: position))
        }

        line()
        line("### " + ReportLabels.claims)
        line()
        if story.claims.isEmpty { line("لا ادعاءات في هذه القصة.") }
        for (offset, claim) in story.claims.enumerated() {
            line("\(offset + 1). " + MarkdownText.inline(claim.text)
                + citations(claim.support.map(CitedSpan.init), numbers: numbers, story: position))
            let independent = min(max(0, claim.independentSources), max(0, claim.sources))
            // The counts nest under the claim: indented to where the item's text starts.
            let indent = String(repeating: " ", count: "\(offset + 1). ".count)
            var counts = indent + "- المصادر: \(claim.sources) · المستقلة: \(independent) "
                + String(repeating: "▰", count: min(independent, 20))
                + String(repeating: "▱", count: min(max(0, claim.sources - independent), 20))
            if !claim.outlets.isEmpty { counts += " — " + MarkdownText.inline(ReportLabels.list(claim.outlets)) }
            line(counts)
        }

        line()
        line("### " + ReportLabels.conflicts)
        line()
        if story.conflicts.isEmpty { line("لم تُرصد روايات متعارضة.") }
        for conflict in story.conflicts {
            line("- **" + ReportLabels.conflictKind(conflict.kind) + ":** " + MarkdownText.inline(ConflictWording.arabic(conflict.description)))
            for side in conflict.sides {
                line("  - «" + MarkdownText.inline(side.text) + "» — " + MarkdownText.inline(index.outletName(of: side.article))
                    + citations([CitedSpan(side)], numbers: numbers, story: position))
            }
        }

        writeQuotes(story)

        line()
        line("### " + ReportLabels.sources)
        line()
        if numbers.spans.isEmpty { line("لا استشهادات.") }
        for (offset, span) in numbers.spans.enumerated() {
            var entry = "\(offset + 1). <a id=\"\(Self.anchor(story: position, number: offset + 1))\"></a>**"
                + MarkdownText.inline(index.outletName(of: span.article)) + "**"
            if let articlePosition = index.position(of: span.article) {
                let article = index.article(at: articlePosition)
                entry += " — " + MarkdownText.inline(article.title ?? ReportLabels.untitled)
                if let day = article.published.value { entry += " (" + MarkdownText.inline(day) + ")" }
            } else {
                entry += " — المقالة غير موجودة في التقرير"
            }
            let excerpt = index.excerpt(article: span.article, start: span.start, end: span.end)
            if !excerpt.isEmpty { entry += ": «" + MarkdownText.inline(excerpt) + "»" }
            line(entry)
        }
    }
}
