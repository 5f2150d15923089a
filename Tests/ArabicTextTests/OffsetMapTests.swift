import Testing
@testable import ArabicText

@Suite struct OffsetMapTests {
    @Test func mapsSpansPastDroppedMarks() {
        let original = "قالَ المسؤولُ"
        let normalized = ArabicNormalizer.matching.normalize(original)
        #expect(normalized.text == "قال المسءول")
        // "المسءول" is scalars 4..<11 of the normalized text; in the original it takes its last damma.
        let span = normalized.originalRange(of: 4..<11)
        #expect(original.scalarSlice(span) == "المسؤولُ")
        // "قال" maps to "قالَ", with its fatha.
        #expect(original.scalarSlice(normalized.originalRange(of: 0..<3)) == "قالَ")
    }

    @Test func mapsInsideAndAcrossLigatures() {
        let original = "ب\u{FEFB}د"  // ب + LAM WITH ALEF + د
        let normalized = ArabicNormalizer.display.normalize(original)
        #expect(normalized.text == "بلاد")
        #expect(normalized.originalRange(of: 1..<2) == 1..<2)  // ل inside the ligature takes the ligature
        #expect(normalized.originalRange(of: 1..<3) == 1..<2)
        #expect(normalized.originalRange(of: 0..<4) == 0..<3)
        #expect(normalized.originalRange(of: 3..<4) == 2..<3)
    }

    @Test func excludesInvisibleMarksBeforeASpan() {
        let original = "\u{200F}\u{200F}نص"
        let normalized = ArabicNormalizer.display.normalize(original)
        #expect(normalized.originalRange(of: 0..<2) == 2..<4)
    }

    @Test func clampsOutOfBoundsSpans() {
        let normalized = ArabicNormalizer.matching.normalize("نصّ")
        #expect(normalized.originalRange(of: 0..<99) == 0..<3)
        #expect(normalized.originalRange(of: 5..<9) == 3..<3)
        #expect(ArabicNormalizer.matching.normalize("").originalRange(of: 0..<0) == 0..<0)
    }

    /// For every span that does not cut a ligature, normalizing the original span gives back the
    /// normalized span; starts never decrease and stay within the original.
    @Test(arguments: NormalizationLevel.allCases)
    func roundTripsRandomSpansOfRandomText(_ level: NormalizationLevel) {
        var generator = SplitMix64(seed: 42)
        let normalizer = ArabicNormalizer(level: level)
        for _ in 0..<200 {
            let original = RandomText.make(length: 64, using: &generator)
            checkRoundTrips(original, normalizer: normalizer, spans: 40, using: &generator)
        }
    }

    @Test(arguments: NormalizationLevel.allCases)
    func roundTripsSpansOfSeeds(_ level: NormalizationLevel) throws {
        var generator = SplitMix64(seed: 5)
        for seed in try SharedFiles.seeds() {
            checkRoundTrips(seed.text, normalizer: ArabicNormalizer(level: level), spans: 300, using: &generator)
        }
    }

    private func checkRoundTrips(
        _ original: String, normalizer: ArabicNormalizer, spans: Int, using generator: inout SplitMix64
    ) {
        let normalized = normalizer.normalize(original)
        let map = normalized.offsetMap
        let originalCount = original.unicodeScalars.count
        #expect(map.originalCount == originalCount)
        #expect(map.normalizedCount == normalized.text.unicodeScalars.count)
        var previous = 0
        for offset in 0...map.normalizedCount {
            let start = map.originalStart(of: offset)
            #expect(start >= previous && start <= originalCount)
            previous = start
        }
        guard map.normalizedCount > 0 else { return }
        let expansions = map.runs.filter(\.isExpansion).map { run in
            run.normalized..<(run.normalized + expansionLength(run, in: map))
        }
        for _ in 0..<spans {
            let a = Int(generator.next() % UInt64(map.normalizedCount + 1))
            let b = Int(generator.next() % UInt64(map.normalizedCount + 1))
            let span = min(a, b)..<max(a, b)
            let cutsLigature = expansions.contains { run in
                (run.lowerBound < span.lowerBound && span.lowerBound < run.upperBound)
                    || (run.lowerBound < span.upperBound && span.upperBound < run.upperBound)
            }
            if cutsLigature { continue }
            let back = normalized.originalRange(of: span)
            #expect(back.lowerBound <= back.upperBound && back.upperBound <= originalCount)
            let again = normalizer.normalizedString(original.scalarSlice(back))
            #expect(again == normalized.text.scalarSlice(span), "span \(span) → \(back)")
        }
    }

    private func expansionLength(_ run: OffsetMap.Run, in map: OffsetMap) -> Int {
        let next = map.runs.first { $0.normalized > run.normalized }
        return (next?.normalized ?? map.normalizedCount) - run.normalized
    }
}
