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

    /// The substrings of `text` at scalar `spans` (sorted by start), found in one walk over its
    /// UTF-8 bytes.
    /// - Complexity: O(n + k log k) for n bytes and k spans.
    static func slices(of text: String, at spans: [Range<Int>]) -> [String] {
        guard !spans.isEmpty else { return [] }
        let targets = Array(Set(spans.flatMap { [$0.lowerBound, $0.upperBound] })).sorted()
        var text = text
        return text.withUTF8 { bytes in
            var byteOffsets: [Int: Int] = [:]
            byteOffsets.reserveCapacity(targets.count)
            var next = 0
            var scalar = 0
            for offset in 0..<bytes.count where bytes[offset] & 0xC0 != 0x80 {
                while next < targets.count, targets[next] <= scalar {
                    byteOffsets[targets[next]] = offset
                    next += 1
                }
                scalar += 1
                if next == targets.count { break }
            }
            while next < targets.count {
                byteOffsets[targets[next]] = bytes.count
                next += 1
            }
            return spans.map { span in
                guard let lower = byteOffsets[span.lowerBound], let upper = byteOffsets[span.upperBound], lower <= upper else {
                    return ""
                }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
            }
        }
    }
}
