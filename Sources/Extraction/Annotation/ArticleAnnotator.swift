public import ArabicText

/// Annotates one article: entities and their mentions, time expressions, quantities, quotations
/// and claim units, each with its span in the article's text.
///
/// Entities are merged within the article here; ``EntityDirectory`` merges them across articles and
/// gives them their report ids.
public struct ArticleAnnotator: Sendable {
    /// Whether claim units are read too. The story analysis needs them; `isnad annotate` writes none
    /// and leaves them out, which saves about a seventh of the time per article.
    public var readsClaims: Bool

    /// An annotator; `readsClaims: false` leaves ``ArticleAnnotations/claims`` empty.
    public init(readsClaims: Bool = true) {
        self.readsClaims = readsClaims
    }

    /// The annotations of an article's text.
    /// - Parameters:
    ///   - text: the article's clean text.
    ///   - articleID: the article's id, prefix of its quotations' ids.
    ///   - outlet: the outlet that published it, the last link of its quotations' chains.
    ///   - published: the days it was published in (one day where known), against whose first day
    ///     relative dates resolve; where it is a range, a date that would change across the range
    ///     («الخميس» in an article known only to be from November) stays in the annotations but does
    ///     not date the article's claims.
    ///   - dateline: the article's dateline («بغداد - واع»); where the ingest took it out of the text,
    ///     its place and credit become entities of the article without mentions (see
    ///     ``DatelineEntities``). One that still opens the text is read there.
    /// - Complexity: O(n) in the length of `text` for most stages; claim and quotation attribution
    ///   look a bounded distance around each sentence.
    public func annotate(
        text: String, articleID: String, outlet: String?, published: ClosedRange<CivilDate>?, dateline: String? = nil
    ) -> ArticleAnnotations {
        let annotated = AnnotatedText(text)
        var candidates = EntityRecognizer().candidates(in: annotated)
        // The credit of a dateline that opens the text after a known place names its outlet even
        // where no lexicon knows it («رأس الخيمة – البيان: …»).
        let datelineEnd = Self.datelineLineEnd(in: annotated) ?? ClaimExtractor.datelineEnd(from: 0, in: annotated)
        if let end = datelineEnd {
            let inDateline = candidates.filter { $0.tokens.upperBound <= end }
            let read = DatelineEntities.candidates(of: 0..<end, in: annotated, found: inDateline, knownPlace: true)
            if !read.isEmpty { candidates = read + candidates.filter { $0.tokens.lowerBound >= end } }
        }
        // A time word inside an organization's or a person's name is no date: «المصري اليوم»، «اليوم
        // السابع»، «رمضان علي الغربي».
        let names = candidates.filter { $0.type != .location }.map { annotated.span(ofTokens: $0.tokens) }
        let timeAnalysis = TimexAnalysis(annotated)
        let found = timeAnalysis.timexes(published: published?.lowerBound).filter { timex in
            !names.contains { $0.lowerBound <= timex.span.lowerBound && timex.span.upperBound <= $0.upperBound }
        }
        // Nor is a date that names a place: «مدينة 6 أكتوبر».
        let (dated, datedPlaces, replaced) = DatedPlaceNames.split(found, in: annotated, besides: candidates)
        var (timexes, quantities) = Self.reconcile(dated, QuantityFinder().quantities(in: text))
        // Nor is a number inside a name a count: «القاهرة 24»، «إيزابيل مارغو فونتين»; a word read as
        // a dual right after a name goes on with the name («مارغو فونتين»، «فالنتين»), and one inside
        // a place's name is the name («جبال حمرين»).
        let people = candidates.filter { $0.type == .person }.map { annotated.span(ofTokens: $0.tokens) }
        let places = candidates.filter { $0.type == .location }.map { annotated.span(ofTokens: $0.tokens) }
        quantities.removeAll { quantity in
            names.contains { $0.lowerBound <= quantity.span.lowerBound && quantity.span.upperBound <= $0.upperBound }
                || quantity.unit == quantity.text && people.contains { (0...1).contains(quantity.span.lowerBound - $0.upperBound) }
                || quantity.unit == quantity.text && places.contains { $0.lowerBound <= quantity.span.lowerBound && quantity.span.upperBound <= $0.upperBound }
        }
        // «الكويت – 15 – 11 (كونا) --»: the numbers of a date line are its date, not counts.
        if let body = ClaimExtractor.datelineEnd(from: 0, in: annotated), body < annotated.tokens.count {
            let bodyStart = annotated.tokens[body].span.lowerBound
            quantities.removeAll { $0.span.upperBound <= bodyStart && $0.unit == nil }
        }
        if !datedPlaces.isEmpty {
            candidates = (candidates.filter { !replaced.contains($0.tokens) } + datedPlaces).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        let entities = EntityMerger.merge(candidates, in: annotated)
        let mentions = entities.occurrences.map { occurrence in
            LocalMention(
                item: occurrence.item, span: annotated.span(ofTokens: occurrence.tokens),
                text: annotated.text(ofTokens: occurrence.tokens))
        }
        let quotes = QuoteExtractor().quotes(in: annotated, entities: entities, outlet: outlet, articleID: articleID)
        let settlementTokens = Set(candidates.filter(\.isSettlement).map(\.tokens))
        let settlements = Set(entities.occurrences.filter { settlementTokens.contains($0.tokens) }.map(\.item)).sorted()
        let bodyStart = datelineEnd ?? 0
        let reportedSettlements = Set(
            entities.occurrences.filter { settlementTokens.contains($0.tokens) && $0.tokens.lowerBound >= bodyStart }.map(\.item)).sorted()
        let claims = readsClaims
            ? Self.claimUnits(
                of: annotated, timeAnalysis: timeAnalysis, published: published, candidates: candidates, entities: entities, mentions: mentions,
                settlements: settlements, timexes: timexes, quantities: quantities, quotes: quotes)
            : []
        var items = entities.items
        if let dateline, !Self.opens(text, with: dateline) {
            for item in DatelineEntities.items(of: dateline) where !items.contains(where: { $0.key == item.key }) { items.append(item) }
        }
        return ArticleAnnotations(
            entities: items, mentions: mentions, timexes: timexes, quantities: quantities, quotes: quotes, claims: claims,
            settlements: settlements, reportedSettlements: reportedSettlements)
    }

    /// The claim units of an article annotated so far, with its entities as `#n` references. A date
    /// that moves by more than a day across a publication range dates no claim.
    private static func claimUnits(
        of annotated: AnnotatedText, timeAnalysis: TimexAnalysis, published: ClosedRange<CivilDate>?, candidates: [EntityCandidate], entities: DocumentEntities,
        mentions: [LocalMention], settlements: [Int], timexes: [Timex], quantities: [Quantity], quotes: [Quote]
    ) -> [ClaimUnit] {
        var unstable = Set<Range<Int>>()
        if let published, published.lowerBound != published.upperBound {
            // Resolved from the range's last day too: a date that moves by more than a day is not
            // known (a day's slack covers an article written the day after what it reports).
            let lateTimexes = timeAnalysis.timexes(published: published.upperBound)
            let late = Dictionary(lateTimexes.map { ($0.span, $0.days) }) { first, _ in first }
            for timex in timexes where timex.value != nil {
                let stable = timex.days.flatMap { early in
                    (late[timex.span] ?? nil).map { other in
                        abs(early.lowerBound.days(to: other.lowerBound)) <= 1 && abs(early.upperBound.days(to: other.upperBound)) <= 1
                    }
                } ?? false
                if !stable { unstable.insert(timex.span) }
            }
        }
        var claimInputs = ClaimExtractor.Annotations()
        claimInputs.mentions = mentions.map { Mention(entity: "#\($0.item)", span: $0.span, text: $0.text) }
        claimInputs.settlements = Set(settlements.map { "#\($0)" })
        // An outlet's country is where it publishes, not where a statement is set.
        let countryOfTokens = Dictionary(candidates.compactMap { candidate in
            candidate.isOutlet ? nil : candidate.country.map { (candidate.tokens, $0) }
        }) { first, _ in first }
        for occurrence in entities.occurrences {
            if let country = countryOfTokens[occurrence.tokens] { claimInputs.countryOfEntity["#\(occurrence.item)"] = country }
        }
        claimInputs.quantities = quantities
        claimInputs.dates = timexes.compactMap { timex in
            guard !unstable.contains(timex.span), !Self.opensAPeriod(timex, in: annotated), !Self.numbersADocument(timex, in: annotated)
            else { return nil }
            return timex.value.map { (timex.span, $0, timex.text) }
        }
        claimInputs.periods = timexes.filter { Self.opensAPeriod($0, in: annotated) }.map(\.span)
        claimInputs.quotes = quotes
        return ClaimExtractor().claims(in: annotated, annotations: claimInputs)
    }

    /// The end of a first line that is a dateline on its own («دبي - الإمارات اليوم»، «إسطنبول/
    /// الأناضول»): at most six words, parted by a dash, a slash, a colon or parentheses, with no
    /// sentence punctuation, and a body after it; `nil` for any other first line.
    static func datelineLineEnd(in text: AnnotatedText) -> Int? {
        guard let end = text.paragraphOfToken.prefix(12).firstIndex(where: { $0 > 0 }), end > 0 else { return nil }
        let line = text.tokens[..<end]
        guard line.filter({ $0.isWord || $0.kind == .latin }).count <= 6,
              line.contains(where: { $0.kind == .punctuation || $0.kind == .symbol }),
              !line.contains(where: { [".", "،", "؛", "؟", "!"].contains(where: $0.isPunctuation) })
        else { return nil }
        return end
    }

    /// Whether the first line of `text` opens with the words of `dateline`, however spaced.
    private static func opens(_ text: String, with dateline: String) -> Bool {
        let words = dateline.split(whereSeparator: \.isWhitespace)
        let firstLine = text.prefix { $0 != "\n" }.split(whereSeparator: \.isWhitespace)
        return firstLine.starts(with: words)
    }

    /// Whether `timex` is the start of a period that runs to the present, «منذ» and a date («منذ
    /// الفاتح جوان»، «منذ 2014»), rather than when something happened; «منذ ثلاثة أيام» counts back
    /// to the day it happened and stays, but «منذ مطلع شهر يناير» names the month, which counts
    /// nothing.
    static func opensAPeriod(_ timex: Timex, in text: AnnotatedText) -> Bool {
        guard let tokens = text.tokens(within: timex.span) else { return false }
        let first = tokens.lowerBound
        guard text.tokens[first].key.sameBytes("منذ") || first > 0 && text.tokens[first - 1].key.sameBytes("منذ") else { return false }
        return !tokens.contains { index in
            let key = text.tokens[index].key
            return countedUnits.contains(key) && !(key.sameBytes("شهر") && tokens.contains(index + 1))
        }
    }

    /// Whether `timex` is the year in the number of a law or decision («القانون رقم 111 لسنة 1969»،
    /// «القرار 25 لعام 2020»): it names the document, not when anything in the story happened.
    static func numbersADocument(_ timex: Timex, in text: AnnotatedText) -> Bool {
        guard let first = text.token(containing: timex.span.lowerBound), first > 0,
              ["لسنه", "لعام"].contains(where: text.tokens[first].key.sameBytes)
        else { return false }
        return text.tokens[first - 1].kind == .number
    }

    /// Units a «منذ» counts back in (matching form).
    private static let countedUnits = WordIndex(
        ["يوم", "يوما", "أيام", "يومين", "أسبوع", "أسابيع", "أسبوعين", "شهر", "شهرا", "أشهر", "شهور", "شهرين", "سنة", "سنوات", "سنتين",
         "عام", "عاما", "أعوام", "عامين", "ساعة", "ساعات", "ساعتين", "دقيقة", "دقائق"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// The dates and counts of an article, each number read once: a number in digits alone that
    /// counts a unit is no year («ارتفع عدد القتلى إلى 2000 شخص»), and a bare number inside a date is
    /// its day, not a count («20» of «يومي 20 و24 مارس»).
    static func reconcile(_ timexes: [Timex], _ quantities: [Quantity]) -> (timexes: [Timex], quantities: [Quantity]) {
        func within(_ inner: Range<Int>, _ outer: Range<Int>) -> Bool {
            outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
        }
        let counted = quantities.filter { $0.unit != nil }.map(\.span)
        let dates = timexes.filter { timex in
            !(timex.text.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) && counted.contains { within(timex.span, $0) })
        }
        let counts = quantities.filter { quantity in quantity.unit != nil || !dates.contains { within(quantity.span, $0.span) } }
        return (dates, counts)
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
    /// The indexes in ``entities`` of the settlements: cities, towns, villages and quarters.
    public var settlements: [Int] = []
    /// The settlements named after the dateline: where the news happened, not only where it was
    /// filed from («طرابلس (وال) -» names the capital an institution sits in, whatever it decided).
    public var reportedSettlements: [Int] = []

    /// The claim units with each entity named by its type and matching-level name instead of `#n`,
    /// so that the claims of two texts annotated apart compare without an entity directory.
    public var claimsWithEntityKeys: [ClaimUnit] {
        claims.map { claim in
            claim.resolvingEntityReferences { item in
                entities.indices.contains(item) ? entities[item].type.rawValue + ":" + entities[item].key : "#\(item)"
            }
        }
    }
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
