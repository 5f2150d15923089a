/// Takes spans found on a normalized text back to the exact span of the original text.
///
/// Offsets are Unicode scalar offsets. The map is stored as runs: inside a run, normalized scalar
/// `n` came from original scalar `run.original + (n - run.normalized)`. A dropped scalar ends a run;
/// a scalar that expanded into several (a ligature) is a run of its own whose scalars all come from
/// one original scalar.
///
/// A span `start..<end` maps to the original span that starts at the original scalar of `start` and
/// ends where the original scalar of `end` starts, so it takes in the marks and invisible characters
/// that followed its last letter (a word's last haraka stays with the word), but not those before its
/// first letter.
public struct OffsetMap: Sendable, Hashable {
    struct Run: Sendable, Hashable {
        var normalized: Int
        var original: Int
        var isExpansion: Bool
    }

    private(set) var runs: [Run] = []
    /// Number of scalars in the normalized text.
    public private(set) var normalizedCount = 0
    /// Number of scalars in the original text.
    public private(set) var originalCount = 0

    /// An empty map, for an empty text.
    public init() {}

    /// The original span of the normalized span `range`.
    ///
    /// Bounds outside `0...normalizedCount` are clamped.
    /// - Complexity: O(log r), where r is the number of runs.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let lower = min(max(range.lowerBound, 0), normalizedCount)
        let upper = min(max(range.upperBound, lower), normalizedCount)
        let start = originalStart(of: lower)
        guard upper > lower else { return start..<start }
        // The end inside a ligature takes the whole ligature.
        let last = runIndex(containing: upper - 1)
        if runs[last].isExpansion, upper < normalizedCount, runIndex(containing: upper) == last {
            return start..<(runs[last].original + 1)
        }
        return start..<max(originalStart(of: upper), start)
    }

    /// The original scalar offset where normalized scalar `offset` came from; `normalizedCount`
    /// maps to `originalCount`.
    /// - Complexity: O(log r), where r is the number of runs.
    public func originalStart(of offset: Int) -> Int {
        guard offset < normalizedCount, offset >= 0 else { return offset < 0 ? 0 : originalCount }
        let run = runs[runIndex(containing: offset)]
        return run.isExpansion ? run.original : run.original + (offset - run.normalized)
    }

    private func runIndex(containing offset: Int) -> Int {
        var low = 0
        var high = runs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].normalized <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// Receives the runs of an offset map as the normalizer finds them.
///
/// The normalizer calls ``startRun(normalized:original:)`` only where the one-to-one
/// correspondence breaks (after a dropped scalar or an expansion), so recording costs nothing on
/// the common path.
protocol OffsetRecorder {
    /// Normalized scalars from `normalized` on come, one to one, from original scalars from `original` on.
    mutating func startRun(normalized: Int, original: Int)
    /// Normalized scalars `normalized..<normalized + count` all come from original scalar `original`.
    mutating func recordExpansion(normalized: Int, original: Int, count: Int)
    /// Whether the recorder keeps anything (lets the hot loop skip bookkeeping).
    static var isRecording: Bool { get }
}

/// A recorder that keeps nothing, for normalization without a map.
struct NoOffsetRecorder: OffsetRecorder {
    @inline(__always) mutating func startRun(normalized: Int, original: Int) {}
    @inline(__always) mutating func recordExpansion(normalized: Int, original: Int, count: Int) {}
    static var isRecording: Bool { false }
}

extension OffsetMap {
    /// Records the map while a normalizer walks the original text.
    struct Builder: OffsetRecorder {
        private var map = OffsetMap()

        static var isRecording: Bool { true }

        mutating func startRun(normalized: Int, original: Int) {
            map.runs.append(Run(normalized: normalized, original: original, isExpansion: false))
        }

        mutating func recordExpansion(normalized: Int, original: Int, count: Int) {
            map.runs.append(Run(normalized: normalized, original: original, isExpansion: true))
        }

        /// Ends the walk: `normalizedCount` scalars came from `originalCount` scalars.
        consuming func finish(normalizedCount: Int, originalCount: Int) -> OffsetMap {
            map.normalizedCount = normalizedCount
            map.originalCount = originalCount
            if map.runs.isEmpty { map.runs.append(Run(normalized: 0, original: 0, isExpansion: false)) }
            return map
        }
    }
}
