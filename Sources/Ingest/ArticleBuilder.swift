/// Turns a ``DocumentDraft`` into an ``Article``: cleans the body for its format and fills the
/// metadata from what the format and the page carried.
struct ArticleBuilder {
    /// Cleans `draft`.
    /// - Throws: ``RejectedInput`` when no article text is left, naming the input and why.
    func build(_ draft: DocumentDraft) throws(RejectedInput) -> Article {
        var draft = draft
        let paragraphs: [String]
        var removed: [RemovedText] = []
        var dateline: String?
        var dateLines: [String] = []
        switch draft.body {
        case .html(let html):
            let page = try HTMLArticleReader().read(html: html, input: draft.input, url: draft.url)
            paragraphs = page.paragraphs.map(MediaLinks.removed(from:)).filter { !$0.isEmpty }
            removed = page.removed
            draft.title = draft.title ?? page.title
            draft.url = draft.url ?? page.url
            draft.outlet = draft.outlet ?? page.outlet
            draft.author = draft.author ?? page.author ?? Byline.author(in: page.removed)
            // A date the page shows in its furniture («تاريخ النشر: 17/11/2024») where its metadata gives none.
            dateLines = page.removed.filter { $0.reason == FurnitureKind.metadata.rawValue || $0.reason == FurnitureKind.dateLine.rawValue }
                .map(\.text)
            draft.language = draft.language ?? page.language
            if draft.published == nil, let published = page.published {
                draft.published = published.value
                draft.publishedField = published.field
            }
            if let first = paragraphs.first { dateline = Dateline.opening(first) }
        case .text(let text):
            let cleaned = PlainTextCleaner().clean(text, knownTitle: draft.title)
            paragraphs = cleaned.paragraphs.map(MediaLinks.removed(from:)).filter { !$0.isEmpty }
            removed = cleaned.removed
            dateline = cleaned.dateline
            dateLines = cleaned.dateLines
            draft.title = draft.title ?? cleaned.title
            draft.outlet = draft.outlet ?? cleaned.outlet
            draft.author = draft.author ?? Byline.author(in: cleaned.removed)
        case .linkOnly:
            paragraphs = []
        }
        let text = paragraphs.joined(separator: "\n")
        if text.isEmpty, draft.body.hasText {
            throw RejectedInput(input: draft.input, reason: "no article text found: everything in it read as page furniture")
        }
        return Article(
            source: ArticleSource(input: draft.input, outlet: draft.outlet, url: draft.url),
            title: draft.title,
            published: PublicationDates.fromMetadata(draft.published, field: draft.publishedField, dateLines: dateLines),
            text: text,
            removed: removed,
            language: text.isEmpty ? draft.language : LanguageGuess.language(of: text),
            author: draft.author,
            dateline: dateline)
    }
}

extension DocumentDraft.Body {
    /// Whether the body carries text to clean (everything but a bare link).
    var hasText: Bool {
        if case .linkOnly = self { return false }
        return true
    }
}
