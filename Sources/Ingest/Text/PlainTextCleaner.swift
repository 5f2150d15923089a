import ArabicText

/// Removes page furniture from plain-text copies of articles, line by line, and lifts the headline,
/// the date lines, category labels, the dateline and a labelled outlet («المصدر: …») into metadata.
///
/// Plain-text copies are what people paste and what scrapers save: a headline, a date line, a
/// category, a dateline, one paragraph per line, and the lines of the page around the article
/// (related links and the headlines they announce, newsletter and share prompts, ad markers,
/// view counters, back-to-top buttons). Each line is judged by ``LineJudge``; a related-links
/// header also takes the headline lines that follow it. Every removed line is reported with its
/// reason.
struct PlainTextCleaner {
    /// What cleaning found.
    struct Result: Sendable {
        var title: String?
        var paragraphs: [String]
        var removed: [RemovedText]
        /// Lines that carry the publication date or time, in order.
        var dateLines: [String]
        /// The dateline (`بغداد - IQ`), where one stood on its own line or opened the first paragraph.
        var dateline: String?
        /// The outlet a labelled line names («المصدر: صحيفة الغد»).
        var outlet: String?
    }

    /// The most headline lines a related-links header takes after it.
    static let relatedHeadlineLimit = 5

    /// Cleans `text`.
    /// - Parameter knownTitle: the headline the input's metadata gives (a JSON or feed field): then
    ///   no line is taken for the headline, and a line that repeats it is removed as such.
    func clean(_ text: String, knownTitle: String? = nil) -> Result {
        let repeatedTitle = knownTitle.map { WhiteSpace.collapsed($0) }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { WhiteSpace.collapsed(String($0)) }
        var result = Result(title: nil, paragraphs: [], removed: [], dateLines: [], dateline: nil)
        let lastLine = lines.lastIndex { !$0.isEmpty }
        var relatedHeadlinesLeft = 0
        var seenBody = false
        for (index, line) in lines.enumerated() where !line.isEmpty {
            if let labelled = LabelledLine(line) {
                switch labelled.field {
                // Above the body or as its last line: inside it, «المصدر: …» may be a source speaking.
                case .outlet where result.outlet == nil && (!seenBody || index == lastLine):
                    result.outlet = labelled.value
                    result.removed.append(RemovedText(text: line, reason: FurnitureKind.metadata.rawValue))
                    continue
                case .title where result.title == nil && !seenBody:
                    if knownTitle == nil {
                        result.title = labelled.value
                    } else {
                        result.removed.append(RemovedText(text: line, reason: FurnitureKind.title.rawValue))
                    }
                    continue
                default:
                    break
                }
            }
            let verdict = LineJudge.judge(line, isBeforeBody: !seenBody, isBeforeTitle: result.title == nil)
            if relatedHeadlinesLeft > 0 {
                if verdict == .content, LineJudge.isHeadlineLike(line) {
                    relatedHeadlinesLeft -= 1
                    result.removed.append(RemovedText(text: line, reason: FurnitureKind.relatedHeadline.rawValue))
                    continue
                }
                relatedHeadlinesLeft = 0
            }
            switch verdict {
            case .content:
                if !seenBody, line == repeatedTitle {
                    result.removed.append(RemovedText(text: line, reason: FurnitureKind.title.rawValue))
                    continue
                }
                if knownTitle == nil, result.title == nil, !seenBody, LineJudge.isHeadlineLike(line),
                   lines[(index + 1)...].contains(where: { !$0.isEmpty }) {
                    result.title = line
                    continue
                }
                seenBody = true
                if result.paragraphs.isEmpty, result.dateline == nil, let dateline = Dateline.opening(line) {
                    result.dateline = dateline
                }
                result.paragraphs.append(line)
            case .furniture(let kind):
                result.removed.append(RemovedText(text: line, reason: kind.rawValue))
                if kind == .relatedLinks { relatedHeadlinesLeft = Self.relatedHeadlineLimit }
            case .dateLine:
                result.dateLines.append(line)
                result.removed.append(RemovedText(text: line, reason: FurnitureKind.dateLine.rawValue))
            case .dateline:
                result.dateline = result.dateline ?? line
                result.removed.append(RemovedText(text: line, reason: FurnitureKind.dateline.rawValue))
            }
        }
        return result
    }
}
