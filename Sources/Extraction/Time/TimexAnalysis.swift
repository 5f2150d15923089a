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
        self.init(text, known: nil)
    }

    /// Analyzes the text of `annotated`, taking the time forms of its words from there.
    /// - Complexity: O(n) in the length of the text.
    init(_ annotated: AnnotatedText) {
        self.init(annotated.text, known: annotated)
    }

    private init(_ text: String, known: AnnotatedText?) {
        self.text = text
        scan = TimeScan(text, known: known)
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
        var targets = spans.flatMap { [$0.lowerBound, $0.upperBound] }
        targets.sort()
        var text = text
        return text.withUTF8 { bytes in
            // The byte offset of each target scalar offset, in one walk.
            var byteOffsets = [Int](repeating: bytes.count, count: targets.count)
            var next = 0
            var scalar = 0
            for offset in 0..<bytes.count where bytes[offset] & 0xC0 != 0x80 {
                while next < targets.count, targets[next] <= scalar {
                    byteOffsets[next] = offset
                    next += 1
                }
                if next == targets.count { break }
                scalar += 1
            }
            func byteOffset(of scalarOffset: Int) -> Int {
                var low = 0
                var high = targets.count
                while low < high {
                    let middle = (low + high) / 2
                    if targets[middle] < scalarOffset { low = middle + 1 } else { high = middle }
                }
                return byteOffsets[min(low, targets.count - 1)]
            }
            return spans.map { span in
                let lower = byteOffset(of: span.lowerBound)
                let upper = byteOffset(of: span.upperBound)
                guard lower <= upper else { return "" }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
            }
        }
    }
}
