import Foundation

/// Reads inputs of every kind into clean ``Article``s: files, folders, standard input and web
/// addresses; plain text, HTML pages, RSS and Atom feeds, JSON Lines and JSON arrays; in any encoding
/// Arabic sites use.
///
/// A batch never stops at a bad input: each input that gives no article (and each feed item or
/// dataset record that cannot be read) is listed in ``IngestResult/rejected`` with the reason, and
/// the rest go on. Inputs are read in parallel on all cores; articles come back in input order.
public struct Ingestor: Sendable {
    /// Size, time and redirect limits.
    public var limits: InputLimits
    /// Whether feed items that carry only a link are fetched.
    public var fetchesLinks: Bool

    /// An ingestor.
    public init(limits: InputLimits = InputLimits(), fetchesLinks: Bool = false) {
        self.limits = limits
        self.fetchesLinks = fetchesLinks
    }

    /// Reads every input named in `paths` (`-` is standard input).
    /// - Parameter progress: called with the number of inputs done and the total, from any thread.
    /// - Complexity: O(n) in the total size of the inputs.
    public func ingest(_ paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) async -> IngestResult {
        let (sources, unresolved) = InputResolver().resolve(paths)
        var outcomes = [InputOutcome?](repeating: nil, count: sources.count)
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        await withTaskGroup(of: (Int, InputOutcome).self) { group in
            var next = 0
            var done = 0
            func launch() {
                guard next < sources.count else { return }
                let index = next
                let source = sources[index]
                next += 1
                group.addTask { (index, await self.read(source)) }
            }
            for _ in 0..<width { launch() }
            for await (index, outcome) in group {
                outcomes[index] = outcome
                done += 1
                progress?(done, sources.count)
                launch()
            }
        }
        var result = IngestResult(articles: [], rejected: unresolved)
        for outcome in outcomes.compactMap({ $0 }) {
            result.articles += outcome.articles
            result.rejected += outcome.rejected
        }
        return result
    }

    /// Reads one input: bytes, text, documents, articles.
    func read(_ source: InputSource) async -> InputOutcome {
        let contents: InputReader.Contents
        do {
            contents = try await InputReader(limits: limits).read(source)
        } catch {
            return InputOutcome(articles: [], rejected: [error])
        }
        return await articles(from: contents, input: source.name)
    }

    /// The articles in bytes already read, fetching link-only feed items when asked.
    func articles(from contents: InputReader.Contents, input: String) async -> InputOutcome {
        let (drafts, rejected) = Self.drafts(from: contents, input: input, limits: limits)
        var outcome = InputOutcome(articles: [], rejected: rejected)
        for var draft in drafts {
            if case .linkOnly = draft.body, fetchesLinks, let url = draft.url {
                draft = await fetched(draft, from: url)
            }
            outcome.append(Self.build(draft))
        }
        return outcome
    }

    /// The articles in bytes already in memory: a page, a text, a feed or a dataset export. Nothing
    /// is fetched, so feed items that carry only a link give articles without text.
    /// - Parameters:
    ///   - bytes: the input as read.
    ///   - input: its name for the report.
    ///   - contentType: an HTTP `Content-Type` or a charset label, where one is known.
    /// - Complexity: O(n) in the length of `bytes`.
    public func articles(inBytes bytes: [UInt8], input: String, contentType: String? = nil) -> IngestResult {
        let (drafts, rejected) = Self.drafts(
            from: InputReader.Contents(bytes: bytes, declaredCharset: contentType), input: input, limits: limits)
        var outcome = InputOutcome(articles: [], rejected: rejected)
        for draft in drafts { outcome.append(Self.build(draft)) }
        return IngestResult(articles: outcome.articles, rejected: outcome.rejected)
    }

    /// Decodes bytes and reads the documents in them.
    private static func drafts(
        from contents: InputReader.Contents, input: String, limits: InputLimits
    ) -> ([DocumentDraft], [RejectedInput]) {
        guard !contents.bytes.isEmpty else { return ([], [RejectedInput(input: input, reason: "is empty")]) }
        let decoded: DecodedText
        do {
            decoded = try ArticleTextDecoder().decode(contents.bytes, contentType: contents.declaredCharset)
        } catch {
            return ([], [RejectedInput(input: input, reason: error.message)])
        }
        guard decoded.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            return ([], [RejectedInput(input: input, reason: "holds only white space")])
        }
        let (format, reading) = FormatReader.read(decoded.text, input: input)
        if format == .html || format == .text, contents.bytes.count > limits.maximumArticleBytes {
            return ([], [RejectedInput(
                input: input,
                reason: "is one \(format == .html ? "page" : "text") of \(contents.bytes.count) bytes, over the \(limits.maximumArticleBytes)-byte limit of an article")])
        }
        let drafts = reading.drafts.map { draft in
            var draft = draft
            if draft.url == nil { draft.url = contents.finalURL }
            return draft
        }
        return (drafts, reading.rejections)
    }

    private static func build(_ draft: DocumentDraft) -> Result<Article, RejectedInput> {
        do {
            return .success(try ArticleBuilder().build(draft))
        } catch {
            return .failure(error)
        }
    }

    /// A link-only draft with the page at `url` as its body; the draft unchanged where the fetch fails.
    private func fetched(_ draft: DocumentDraft, from url: String) async -> DocumentDraft {
        guard let contents = try? await WebFetcher(limits: limits).fetch(url),
              let decoded = try? ArticleTextDecoder().decode(contents.bytes, contentType: contents.declaredCharset)
        else { return draft }
        var page = draft
        page.body = .html(decoded.text)
        return page
    }
}

/// What a batch gave.
public struct IngestResult: Sendable {
    /// The articles, in input order.
    public var articles: [Article]
    /// The inputs, feed items and records that gave no article, each with the reason.
    public var rejected: [RejectedInput]
}

/// What one input gave.
struct InputOutcome: Sendable {
    var articles: [Article]
    var rejected: [RejectedInput]

    mutating func append(_ result: Result<Article, RejectedInput>) {
        switch result {
        case .success(let article): articles.append(article)
        case .failure(let rejection): rejected.append(rejection)
        }
    }
}
