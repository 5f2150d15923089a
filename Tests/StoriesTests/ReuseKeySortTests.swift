import Testing

@testable import Stories

@Suite struct ReuseKeySortTests {
    @Test(arguments: [0, 1, 2, 47, 48, 49, 300, 5_000])
    func sortsLikeTheStandardLibrary(_ count: Int) {
        var random = ReuseRandom(seed: UInt64(count) + 1)
        var keys = (0..<count).map { _ in random.next() }
        // Some repeats and keys that share their high bytes.
        if count > 10 {
            keys[3] = keys[7]
            for index in 0..<(count / 2) { keys[index] &= 0xFFFF }
        }
        let expected = keys.sorted()
        KeySort.sort(&keys)
        #expect(keys == expected)
    }

    @Test func skipsLowBytesThatAreAlreadyInOrder() {
        var random = ReuseRandom(seed: 99)
        // Hash prefixes over positions appended in ascending order, as fingerprints make them.
        var keys = (0..<500).map { position in ShingleKey.make(hash: random.next() % 7 << 40, position: position) }
        let expected = keys.sorted()
        KeySort.sort(&keys, lowBytesInOrder: 3)
        #expect(keys == expected)
    }

    @Test func packsHashPrefixesAndPositions() {
        let key = ShingleKey.make(hash: 0x1234_5678_9ABC_DEF0, position: 77)
        #expect(ShingleKey.prefix(key) == 0x12_3456_789A)
        #expect(ShingleKey.position(key) == 77)
        #expect(
            ShingleKey.position(ShingleKey.make(hash: .max, position: ShingleKey.maximumPosition))
                == ShingleKey.maximumPosition)
    }
}
