public import ArabicText

/// Annotates one article: entities and their mentions, time expressions, quantities, quotations
/// and claim units, each with its span in the article's text.
///
/// Entities are merged within the article here; ``EntityDirectory`` merges them across articles and
/// gives them their report ids.
public struct ArticleAnnotator: Sendable {
    /// An annotator.
    public init() {}

    /// The annotations of an article's text.
    /// - Parameters:
    ///   - text: the article's clean text.
    ///   - articleID: the article's id, prefix of its quotations' ids.
    ///   - outlet: the outlet that published it, the last link of its quotations' chains.
    ///   - published: its publication day, against which relative dates resolve.
    /// - Complexity: O(n) in the length of `text` for most stages; claim and quotation attribution
    ///   look a bounded distance around each sentence.
    public func annotate(text: String, articleID: String, outlet: String?, published: CivilDate?) -> ArticleAnnotations {
        let annotated = AnnotatedText(text)
        let candidates = EntityRecognizer().candidates(in: annotated)
        let entities = EntityMerger.merge(candidates, in: annotated)
        let mentions = entities.occurrences.map { occurrence in
            LocalMention(
                item: occurrence.item, span: annotated.span(ofTokens: occurrence.tokens),
                text: annotated.text(ofTokens: occurrence.tokens))
        }
        let timexes = TimexFinder().timexes(in: text, published: published)
        let quantities = QuantityFinder().quantities(in: text)
        let quotes = QuoteExtractor().quotes(in: annotated, entities: entities, outlet: outlet, articleID: articleID)
        var claimInputs = ClaimExtractor.Annotations()
        claimInputs.mentions = mentions.map { Mention(entity: "#\($0.item)", span: $0.span, text: $0.text) }
        claimInputs.quantities = quantities
        claimInputs.dates = timexes.compactMap { timex in timex.value.map { (timex.span, $0) } }
        claimInputs.quotes = quotes
        let claims = ClaimExtractor().claims(in: annotated, annotations: claimInputs)
        return ArticleAnnotations(
            entities: entities.items, mentions: mentions, timexes: timexes, quantities: quantities, quotes: quotes, claims: claims)
    }
}

/// What ``ArticleAnnotator`` found in one article. Entity references (mentions, quotation speakers,
/// claim entities) are local: `#n` is the n-th of ``entities``.
public struct ArticleAnnotations: Sendable {
    /// The article's entities, merged within it.
    public var entities: [DocumentEntities.Item]
    /// Where it names them.
    public var mentions: [LocalMention]
    /// Its time expressions.
    public var timexes: [Timex]
    /// Its quantities.
    public var quantities: [Quantity]
    /// Its quotations; speakers are `#n` references.
    public var quotes: [Quote]
    /// Its claim units; entities are `#n` references.
    public var claims: [ClaimUnit]
}

/// A mention of an article's own entity (``ArticleAnnotations/entities``).
public struct LocalMention: Sendable, Hashable {
    /// Index into the article's entities.
    public var item: Int
    /// Unicode scalar offsets into the article's text.
    public var span: Range<Int>
    /// The text at the span.
    public var text: String
}
