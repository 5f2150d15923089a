/// Finds the passages two texts share by seed and extend: shared shingles are the seeds, seeds on one
/// diagonal merge into exact stretches, stretches close and in order in both texts chain into a
/// passage across small gaps, and passage ends grow across small gaps to further shared words.
///
/// See <doc:Reuse> for the steps and their thresholds.
struct PassageAligner {
    /// An exact stretch: words `first..<first + length` of the first text equal words
    /// `second..<second + length` of the second.
    struct Block: Hashable {
        var first: Int
        var second: Int
        var length: Int
        var firstEnd: Int { first + length }
        var secondEnd: Int { second + length }
    }

    /// A chain of blocks being built.
    private struct Chain {
        var blocks: [Block]
        var last: Block
    }

    let configuration: ReuseConfiguration
    /// The word skips tried when growing a passage, nearest first.
    private let skipOrder: [(Int, Int)]

    /// An aligner with the given thresholds.
    init(configuration: ReuseConfiguration) {
        self.configuration = configuration
        skipOrder = Self.skips(maximumGap: configuration.maximumGrowthGap)
    }

    /// Shared-shingle runs with more position pairs than this are repetitive text and seed nothing.
    private static let maximumSeedsPerShingle = 64

    /// The passages shared by two word sequences with their sorted ``ShingleKey``s, best first, no two
    /// overlapping by more than half in either text.
    /// - Complexity: O(n + m + s log s) for texts of n and m words and s seeds.
    func passages(first: WordSequence, firstKeys: [UInt64], second: WordSequence, secondKeys: [UInt64]) -> [WordPassage]
    {
        first.hashes.withUnsafeBufferPointer { a in
            second.hashes.withUnsafeBufferPointer { b in
                let seeds = Self.seeds(firstKeys, secondKeys, a, b)
                guard !seeds.isEmpty else { return [] }
                let blocks = Self.blocks(from: seeds, a, b)
                var found: [WordPassage] = []
                for chain in chains(of: blocks) {
                    let passage = extendedPassage(chain, a, b)
                    if accepts(passage) { found.append(passage) }
                }
                return Self.withoutOverlaps(found)
            }
        }
    }

    /// Whether a passage is long and similar enough to report.
    func accepts(_ passage: WordPassage) -> Bool {
        guard passage.aligned >= configuration.minimumPassageWords else { return false }
        let similarity = passage.similarity
        if similarity >= configuration.nearVerbatimThreshold { return true }
        return similarity >= configuration.paraphraseFloor && passage.anchors >= 2
    }

    // MARK: Seeds and blocks

    /// Position pairs of equal shingles, from a merge of the two sorted key lists, each checked on its
    /// first word.
    static func seeds(
        _ first: [UInt64], _ second: [UInt64], _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>
    ) -> [(first: Int, second: Int)] {
        var seeds: [(first: Int, second: Int)] = []
        var i = 0
        var j = 0
        while i < first.count, j < second.count {
            let prefix = ShingleKey.prefix(first[i])
            let other = ShingleKey.prefix(second[j])
            if prefix != other {
                // Written without branches on the order: unequal keys are the common, unpredictable case.
                i &+= prefix < other ? 1 : 0
                j &+= prefix > other ? 1 : 0
                continue
            }
            var iEnd = i + 1
            while iEnd < first.count, ShingleKey.prefix(first[iEnd]) == prefix { iEnd += 1 }
            var jEnd = j + 1
            while jEnd < second.count, ShingleKey.prefix(second[jEnd]) == prefix { jEnd += 1 }
            if (iEnd - i) * (jEnd - j) <= maximumSeedsPerShingle {
                for x in i..<iEnd {
                    for y in j..<jEnd {
                        let seed = (first: ShingleKey.position(first[x]), second: ShingleKey.position(second[y]))
                        if sameWords(a, seed.first, b, seed.second) { seeds.append(seed) }
                    }
                }
            }
            i = iEnd
            j = jEnd
        }
        return seeds
    }

    /// Whether the shingles at `i` in `a` and `j` in `b`, whose 40-bit hash prefixes are equal, are
    /// the same shingle: their first words must be equal too, which leaves a chance of about 2⁻¹⁰⁴
    /// that different shingles pass.
    @inline(__always)
    private static func sameWords(
        _ a: UnsafeBufferPointer<UInt64>, _ i: Int, _ b: UnsafeBufferPointer<UInt64>, _ j: Int
    ) -> Bool {
        let n = Shingler.wordCount
        guard i >= 0, j >= 0, i + n <= a.count, j + n <= b.count else { return false }
        return a[i] == b[j]
    }

    /// Seeds merged into maximal exact stretches along their diagonals, extended word by word, sorted
    /// by their start in the first text.
    static func blocks(
        from seeds: [(first: Int, second: Int)], _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>
    ) -> [Block] {
        let n = Shingler.wordCount
        // Sorted by diagonal, then position: packed as (diagonal + a.count) << 32 | first, small
        // numbers whose few differing bytes the radix sort visits.
        var packed = seeds.map { seed in
            UInt64(truncatingIfNeeded: seed.second - seed.first + a.count) << 32
                | UInt64(truncatingIfNeeded: seed.first)
        }
        KeySort.sort(&packed)
        var blocks: [Block] = []
        var current: Block?
        for key in packed {
            let first = Int(truncatingIfNeeded: key & 0xFFFF_FFFF)
            let seed = (first: first, second: first + Int(truncatingIfNeeded: key >> 32) - a.count)
            if var block = current, seed.second - seed.first == block.second - block.first,
                seed.first <= block.firstEnd
            {
                block.length = max(block.length, seed.first + n - block.first)
                current = block
                continue
            }
            if let block = current { blocks.append(extend(block, a, b)) }
            current = Block(first: seed.first, second: seed.second, length: n)
        }
        if let block = current { blocks.append(extend(block, a, b)) }
        // Extension can make neighbours on one diagonal meet; they are then one block.
        blocks.sort { ($0.second - $0.first, $0.first) < ($1.second - $1.first, $1.first) }
        var merged: [Block] = []
        for block in blocks {
            if var last = merged.last, last.second - last.first == block.second - block.first,
                block.first <= last.firstEnd
            {
                last.length = max(last.length, block.firstEnd - last.first)
                merged[merged.count - 1] = last
            } else {
                merged.append(block)
            }
        }
        merged.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        return merged
    }

    /// A block grown word by word while the words on both sides are equal.
    static func extend(_ block: Block, _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>) -> Block {
        var block = block
        while block.first > 0, block.second > 0, a[block.first - 1] == b[block.second - 1] {
            block.first -= 1
            block.second -= 1
            block.length += 1
        }
        while block.firstEnd < a.count, block.secondEnd < b.count, a[block.firstEnd] == b[block.secondEnd] {
            block.length += 1
        }
        return block
    }

    // MARK: Chaining

    /// Blocks chained greedily in the order of the first text: each block joins the open chain it can
    /// follow with the smallest gap (after trimming any overlap off its head), or opens a chain.
    private func chains(of blocks: [Block]) -> [[Block]] {
        let gap = configuration.maximumGap
        var open: [Chain] = []
        var closed: [[Block]] = []
        for block in blocks {
            // Chains that no later block can reach are closed.
            var index = 0
            while index < open.count {
                if open[index].last.firstEnd + gap < block.first {
                    closed.append(open[index].blocks)
                    open.remove(at: index)
                } else {
                    index += 1
                }
            }
            var best: (chain: Int, block: Block, gap: Int)?
            for (chainIndex, chain) in open.enumerated() {
                guard let trimmed = Self.follower(block, after: chain.last, maximumGap: gap) else { continue }
                let distance = max(trimmed.first - chain.last.firstEnd, trimmed.second - chain.last.secondEnd)
                if best == nil || distance < best?.gap ?? .max { best = (chainIndex, trimmed, distance) }
            }
            if let best {
                open[best.chain].blocks.append(best.block)
                open[best.chain].last = best.block
            } else {
                open.append(Chain(blocks: [block], last: block))
            }
        }
        closed.append(contentsOf: open.map(\.blocks))
        return closed
    }

    /// `block` with its head trimmed so that it starts after `previous` in both texts, if it then
    /// still has words and lies within `maximumGap` words of `previous` on both sides.
    static func follower(_ block: Block, after previous: Block, maximumGap: Int) -> Block? {
        guard block.first > previous.first, block.second > previous.second else { return nil }
        let overlap = max(0, previous.firstEnd - block.first, previous.secondEnd - block.second)
        guard overlap < block.length else { return nil }
        let trimmed = Block(
            first: block.first + overlap, second: block.second + overlap, length: block.length - overlap)
        guard trimmed.first - previous.firstEnd <= maximumGap, trimmed.second - previous.secondEnd <= maximumGap else {
            return nil
        }
        return trimmed
    }

    // MARK: Passages

    /// The passage of a chain: its blocks, the words aligned inside the gaps between them, and its ends
    /// grown across small gaps to further runs of at least two shared words.
    private func extendedPassage(_ chain: [Block], _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>)
        -> WordPassage
    {
        guard let firstBlock = chain.first, let lastBlock = chain.last else {
            return WordPassage(first: 0..<0, second: 0..<0, aligned: 0, anchors: 0)
        }
        var aligned = 0
        var previous: Block?
        for block in chain {
            aligned += block.length
            if let previous {
                aligned += Self.commonSubsequenceLength(
                    a, previous.firstEnd..<block.first, b, previous.secondEnd..<block.second)
            }
            previous = block
        }
        var start = (first: firstBlock.first, second: firstBlock.second)
        var end = (first: lastBlock.firstEnd, second: lastBlock.secondEnd)
        while let step = growthAfter(end, a, b) {
            aligned += step.aligned
            end = step.end
        }
        while let step = growthBefore(start, a, b) {
            aligned += step.aligned
            start = step.start
        }
        return WordPassage(
            first: start.first..<end.first, second: start.second..<end.second, aligned: aligned, anchors: chain.count)
    }

    /// The nearest run of at least two shared words after `end`, within the maximum growth gap on both sides,
    /// whose words and the words aligned in the gap before it make up at least half of what it spans
    /// on the longer side.
    private func growthAfter(
        _ end: (first: Int, second: Int), _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>
    ) -> (end: (first: Int, second: Int), aligned: Int)? {
        for (skipA, skipB) in skipOrder {
            let i = end.first + skipA
            let j = end.second + skipB
            guard i + 1 < a.count, j + 1 < b.count, a[i] == b[j], a[i + 1] == b[j + 1] else { continue }
            var run = 2
            while i + run < a.count, j + run < b.count, a[i + run] == b[j + run] { run += 1 }
            let inGap = Self.commonSubsequenceLength(a, end.first..<i, b, end.second..<j)
            guard 2 * (run + inGap) >= max(skipA, skipB) + run else { continue }
            return ((i + run, j + run), run + inGap)
        }
        return nil
    }

    /// The nearest run of at least two shared words before `start`, under the rules of
    /// ``growthAfter(_:_:_:)``.
    private func growthBefore(
        _ start: (first: Int, second: Int), _ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>
    ) -> (start: (first: Int, second: Int), aligned: Int)? {
        for (skipA, skipB) in skipOrder {
            // The run ends at i, j (inclusive), just before the skipped words.
            let i = start.first - skipA - 1
            let j = start.second - skipB - 1
            guard i >= 1, j >= 1, a[i] == b[j], a[i - 1] == b[j - 1] else { continue }
            var run = 2
            while i - run >= 0, j - run >= 0, a[i - run] == b[j - run] { run += 1 }
            let inGap = Self.commonSubsequenceLength(a, (i + 1)..<start.first, b, (j + 1)..<start.second)
            guard 2 * (run + inGap) >= max(skipA, skipB) + run else { continue }
            return ((i + 1 - run, j + 1 - run), run + inGap)
        }
        return nil
    }

    /// The word skips on the two sides to try when growing a passage, nearest first: by the longer
    /// skip, then by the total.
    static func skips(maximumGap: Int) -> [(Int, Int)] {
        var skips: [(Int, Int)] = []
        for skipA in 0...max(0, maximumGap) {
            for skipB in 0...max(0, maximumGap) where skipA + skipB > 0 { skips.append((skipA, skipB)) }
        }
        return skips.sorted { (max($0.0, $0.1), $0.0 + $0.1) < (max($1.0, $1.1), $1.0 + $1.1) }
    }

    /// The length of the longest common subsequence of two short word ranges.
    /// - Complexity: O(n · m) in the two lengths (both at most the maximum gap here).
    static func commonSubsequenceLength(
        _ a: UnsafeBufferPointer<UInt64>, _ first: Range<Int>, _ b: UnsafeBufferPointer<UInt64>, _ second: Range<Int>
    ) -> Int {
        guard !first.isEmpty, !second.isEmpty else { return 0 }
        let width = second.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            rows.initialize(repeating: 0)
            var previous = 0
            var current = width
            for i in first {
                rows[current] = 0
                for (column, j) in second.enumerated() {
                    rows[current + column + 1] =
                        a[i] == b[j]
                        ? rows[previous + column] + 1 : max(rows[previous + column + 1], rows[current + column])
                }
                swap(&previous, &current)
            }
            return rows[previous + second.count]
        }
    }

    /// Passages, best first (most aligned words, then highest similarity), without those that overlap
    /// a better one by more than half of the shorter in either text.
    static func withoutOverlaps(_ passages: [WordPassage]) -> [WordPassage] {
        let ranked = passages.sorted {
            $0.aligned != $1.aligned ? $0.aligned > $1.aligned : $0.similarity > $1.similarity
        }
        var kept: [WordPassage] = []
        for passage in ranked {
            let clashes = kept.contains { other in
                overlapsMostly(passage.first, other.first) || overlapsMostly(passage.second, other.second)
            }
            if !clashes { kept.append(passage) }
        }
        return kept
    }

    private static func overlapsMostly(_ x: Range<Int>, _ y: Range<Int>) -> Bool {
        let shared = min(x.upperBound, y.upperBound) - max(x.lowerBound, y.lowerBound)
        return shared > 0 && 2 * shared > min(x.count, y.count)
    }
}
