import ArabicText

/// The time expressions of one text before resolution: the scan, the candidates the grammar
/// found, and the tense around each. ``TimexFinder`` resolves them against a publication date;
/// ``PublicationDateInference`` reasons over the readings to find that date.
struct TimexAnalysis {
    /// The text analyzed.
    let text: String
    /// The scanned text.
    let scan: TimeScan
    /// The expressions, in text order.
    let candidates: [TimexCandidate]
    /// The tense of the clause around each expression.
    let tenses: [Tense]

    /// Analyzes `text`.
    /// - Complexity: O(n) in the length of `text`.
    init(_ text: String) {
        self.text = text
        scan = TimeScan(text)
        candidates = TimexGrammar(scan: scan).candidates()
        let scan = self.scan
        tenses = candidates.map { TenseFinder(scan: scan).tense(around: $0.tokens) }
    }

    /// The expressions resolved against `published`, in text order.
    /// - Parameter published: The publication date, if known.
    /// - Complexity: O(n + k) for n scalars in the text and k expressions.
    func timexes(published: CivilDate?) -> [Timex] {
        var resolver = TimexResolver(published: published)
        var resolved: [(span: Range<Int>, resolution: TimexResolution)] = []
        resolved.reserveCapacity(candidates.count)
        for (candidate, tense) in zip(candidates, tenses) {
            resolver.tense = tense
            let resolution = resolver.resolve(candidate.reading)
            if let value = resolution.value { resolver.previous = value }
            resolved.append((scan.originalSpan(of: candidate.tokens), resolution))
        }
        let texts = Self.slices(of: text, at: resolved.map(\.span))
        return zip(resolved, texts).map { item, text in
            let value = item.resolution.value
            return Timex(
                span: item.span, text: text, value: value?.iso, anchor: item.resolution.anchor,
                weekdayMismatch: item.resolution.weekdayMismatch, days: value.map { $0.first...$0.last })
        }
    }

    /// The substrings of `text` at scalar `spans` (sorted by start), found in one walk.
    static func slices(of text: String, at spans: [Range<Int>]) -> [String] {
        guard !spans.isEmpty else { return [] }
        var offsets = spans.flatMap { [$0.lowerBound, $0.upperBound] }
        offsets.sort()
        var indexes: [Int: String.Index] = [:]
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        for target in offsets {
            while offset < target, index < scalars.endIndex {
                scalars.formIndex(after: &index)
                offset += 1
            }
            indexes[target] = index
        }
        return spans.map { span in
            guard let lower = indexes[span.lowerBound], let upper = indexes[span.upperBound] else { return "" }
            return String(scalars[lower..<upper])
        }
    }
}
