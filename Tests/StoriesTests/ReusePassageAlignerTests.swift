import Testing

@testable import Stories

@Suite struct ReusePassageAlignerTests {
    private static func sequence(_ words: [UInt64]) -> UnsafeBufferPointer<UInt64> {
        let buffer = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: words.count)
        _ = buffer.initialize(from: words)
        return UnsafeBufferPointer(buffer)
    }

    @Test(arguments: [
        ([1, 2, 3, 4], [1, 2, 3, 4], 4),
        ([1, 2, 3, 4], [4, 3, 2, 1], 1),
        ([1, 9, 2, 9, 3], [1, 2, 3], 3),
        ([5, 6], [7, 8], 0),
        ([], [1], 0),
    ])
    func countsTheLongestCommonSubsequence(_ first: [UInt64], _ second: [UInt64], _ expected: Int) {
        let a = Self.sequence(first)
        let b = Self.sequence(second)
        defer {
            a.deallocate()
            b.deallocate()
        }
        #expect(PassageAligner.commonSubsequenceLength(a, 0..<first.count, b, 0..<second.count) == expected)
    }

    @Test func mergesSeedsOnADiagonalAndExtendsThem() {
        // Words 0...11 equal, shifted by 3 in the second text; a seed at 2 and one at 5.
        let first: [UInt64] = Array(100...111)
        let second: [UInt64] = [1, 2, 3] + Array(100...111) + [4]
        let a = Self.sequence(first)
        let b = Self.sequence(second)
        defer {
            a.deallocate()
            b.deallocate()
        }
        let blocks = PassageAligner.blocks(from: [(2, 5), (5, 8)], a, b)
        #expect(blocks == [PassageAligner.Block(first: 0, second: 3, length: 12)])
    }

    @Test(arguments: [
        // (previous, next, gap, expected follower)
        (
            PassageAligner.Block(first: 0, second: 0, length: 6), PassageAligner.Block(first: 8, second: 10, length: 5),
            8,
            PassageAligner.Block(first: 8, second: 10, length: 5)
        ),
        (
            PassageAligner.Block(first: 0, second: 0, length: 6), PassageAligner.Block(first: 4, second: 7, length: 5),
            8,
            PassageAligner.Block(first: 6, second: 9, length: 3)
        ),
        (
            PassageAligner.Block(first: 0, second: 0, length: 6), PassageAligner.Block(first: 15, second: 7, length: 5),
            8,
            nil
        ),
        (
            PassageAligner.Block(first: 5, second: 5, length: 6), PassageAligner.Block(first: 8, second: 2, length: 5),
            8,
            nil
        ),
    ])
    func followsOnlyAfterAndWithinTheGap(
        _ previous: PassageAligner.Block, _ next: PassageAligner.Block, _ gap: Int, _ expected: PassageAligner.Block?
    ) {
        #expect(PassageAligner.follower(next, after: previous, maximumGap: gap) == expected)
    }

    /// Random texts with random copies and edits: every passage has spans inside both texts and a
    /// similarity between the floor and 1.
    @Test(arguments: 0..<6)
    func passagesAreWellFormedOnRandomEdits(_ seed: Int) {
        var random = ReuseRandom(seed: UInt64(seed) + 1_000)
        for _ in 0..<20 {
            let source = GeneratedText.words(Int.random(in: 0...300, using: &random), using: &random)
            var copy: [String] = GeneratedText.words(Int.random(in: 0...40, using: &random), using: &random)
            var index = 0
            while index < source.count {
                switch Int.random(in: 0..<20, using: &random) {
                case 0:
                    copy.append(contentsOf: GeneratedText.words(Int.random(in: 1...12, using: &random), using: &random))
                case 1: index += Int.random(in: 1...10, using: &random)
                case 2: copy.append(source[Int.random(in: 0..<source.count, using: &random)])
                default: copy.append(source[index])
                }
                index += 1
            }
            let first = source.joined(separator: Bool.random(using: &random) ? " " : "، ")
            let second = copy.joined(separator: " ")
            let edge = ReuseDetector().edge(
                between: ReuseFingerprint(ReuseDocument(id: "a", text: first, order: 0)),
                and: ReuseFingerprint(ReuseDocument(id: "b", text: second, order: 1)))
            for passage in edge?.passages ?? [] {
                let (fromText, toText) = edge?.from == "a" ? (first, second) : (second, first)
                #expect(!passage.fromSpan.isEmpty && passage.fromSpan.upperBound <= fromText.unicodeScalars.count)
                #expect(!passage.toSpan.isEmpty && passage.toSpan.upperBound <= toText.unicodeScalars.count)
                #expect(passage.similarity >= 0.4 && passage.similarity <= 1)
                #expect(passage.alignedWords >= 8)
            }
        }
    }
}
