/// The one entry point from decoded text to drafts: detects the format and hands the text to its
/// reader.
///
/// HTML and plain text give one draft each (named after the input), with the body still to be
/// cleaned; feeds and JSON give one per item or record.
enum FormatReader {
    /// The format of `text` and the drafts read from it.
    ///
    /// - Parameters:
    ///   - text: The decoded input.
    ///   - input: Its name: a path, a URL, or a name given by the caller.
    /// - Returns: The format that ``FormatDetector`` found, and what its reader read.
    /// - Complexity: O(*n*) in the length of `text`.
    static func read(_ text: String, input: String) -> (format: InputFormat, reading: DraftReading) {
        let format = FormatDetector.format(of: text, name: input)
        return (format, read(text, input: input, as: format))
    }

    /// The drafts of `text` read as `format`.
    /// - Complexity: O(*n*) in the length of `text`.
    static func read(_ text: String, input: String, as format: InputFormat) -> DraftReading {
        switch format {
        case .rss, .atom:
            return FeedReader.read(text, input: input)
        case .jsonLines, .jsonArray:
            return JSONArticleReader.read(text, input: input, format: format)
        case .html, .text:
            var reading = DraftReading()
            if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
                reading.rejections.append(RejectedInput(input: input, reason: "the input is empty"))
            } else {
                reading.drafts.append(DocumentDraft(input: input, body: format == .html ? .html(text) : .text(text)))
            }
            return reading
        }
    }
}
