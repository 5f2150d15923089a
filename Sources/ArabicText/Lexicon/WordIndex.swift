/// Dense numbers for a set of words, looked up from their UTF-8 bytes: the first word added is 0, the
/// next 1, and so on.
///
/// Lexicons look up every word of every article, and most lookups miss (a word is in few lexicons),
/// so a lookup must not build a `String` nor hash and compare the way `String` does (canonical
/// equivalence, which costs a normalization check per comparison), and a miss should cost one read
/// of memory. Words here are compared byte for byte, which is exact for words that went through the
/// same ``ArabicNormalizer`` level. Bytes are kept end to end in one arena; slots use open addressing
/// with linear probing on a 64-bit hash read eight bytes at a time, and each slot holds the upper
/// half of its word's hash beside the word's number, so probing past other words reads no more than
/// the slots themselves; a slot whose tag matches finds the word's place and length in one read.
///
/// ```swift
/// var index = WordIndex()
/// index.insert("بغداد")        // 0
/// index.insert("دمشق")         // 1
/// index.number(of: "دمشق")     // 1
/// index.contains("عمان")       // false
/// ```
public struct WordIndex: Sendable {
    private var arena: [UInt8] = []
    /// For each word, its start in ``arena`` in the upper 32 bits and its length in the lower 32.
    private var places: [UInt64] = []
    private var hashes: [UInt64] = []
    /// 0 for an empty slot, else the upper 32 bits of the word's hash above its number plus one.
    private var slots: [UInt64]
    private var mask: Int

    /// An empty index sized for about `capacity` words.
    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// An index of `words`, numbered in order (a repeated word keeps its first number).
    public init(_ words: some Sequence<String>) {
        self.init(capacity: words.underestimatedCount)
        for word in words { insert(word) }
    }

    /// The number of distinct words.
    public var count: Int { hashes.count }

    /// Whether the index has no word.
    public var isEmpty: Bool { hashes.isEmpty }

    /// The word numbered `number`.
    /// - Precondition: `number` is in `0..<count`.
    public func word(_ number: Int) -> String {
        let (start, length) = place(of: number)
        return String(decoding: arena[start..<(start + length)], as: UTF8.self)
    }

    /// Where the word numbered `number` lies in ``arena``.
    @inline(__always)
    private func place(of number: Int) -> (start: Int, length: Int) {
        let packed = places[number]
        return (Int(truncatingIfNeeded: packed >> 32), Int(truncatingIfNeeded: packed & 0xFFFF_FFFF))
    }

    // MARK: Lookup

    /// The number of the word whose UTF-8 bytes are `word`, or `nil`.
    /// - Complexity: O(m) in the length of `word`, expected.
    public func number(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        find(hash: Self.hash(word), word: word)
    }

    /// The number of the word whose bytes are `prefix` followed by `rest`, or `nil`: the lookup of a
    /// word restored in place (an alef put back before the rest of «للعام» to read العام) without
    /// building a `String`.
    /// - Complexity: O(m) in the length of the word, expected.
    public func number(of rest: UnsafeBufferPointer<UInt8>, after prefix: [UInt8]) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + rest.count) { joined in
            _ = joined.initialize(fromContentsOf: prefix)
            _ = joined[prefix.count...].initialize(fromContentsOf: rest)
            let word = UnsafeBufferPointer(joined)
            return find(hash: Self.hash(word), word: word)
        }
    }

    /// The number of `word`, or `nil`.
    /// - Complexity: O(m) in the length of `word`, expected.
    public func number(of word: String) -> Int? {
        var word = word
        return word.withUTF8 { number(of: $0) }
    }

    /// The number of `word`, or `nil`.
    public func number(of word: Substring) -> Int? {
        var word = word
        return word.withUTF8 { number(of: $0) }
    }

    /// Whether `word` is in the index.
    public func contains(_ word: String) -> Bool {
        number(of: word) != nil
    }

    /// Whether `word` is in the index.
    public func contains(_ word: Substring) -> Bool {
        number(of: word) != nil
    }

    /// Whether the word whose UTF-8 bytes are `word` is in the index.
    public func contains(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
        number(of: word) != nil
    }

    // MARK: Building

    /// Adds `word` and returns its number; a word already there keeps its number.
    /// - Complexity: O(m) in the length of `word`, amortized.
    @discardableResult
    public mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(word)
        if let existing = find(hash: hash, word: word) { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        places.append(UInt64(arena.count) << 32 | UInt64(word.count))
        arena.append(contentsOf: word)
        hashes.append(hash)
        place(count - 1, hash: hash)
        return count - 1
    }

    /// Adds `word` and returns its number; a word already there keeps its number.
    @discardableResult
    public mutating func insert(_ word: String) -> Int {
        var word = word
        return word.withUTF8 { insert($0) }
    }

    // MARK: Slots

    private func find(hash: UInt64, word: UnsafeBufferPointer<UInt8>) -> Int? {
        let tag = hash >> 32
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let packed = slots[slot]
                if packed == 0 { return nil }
                if packed >> 32 == tag {
                    let entry = Int(truncatingIfNeeded: packed & 0xFFFF_FFFF) - 1
                    if holds(entry, word) { return entry }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the word numbered `entry` is `word`, byte for byte.
    private func holds(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, length) = place(of: entry)
        guard length == word.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            for offset in 0..<length where stored[start + offset] != word[offset] { return false }
            return true
        }
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(entry + 1)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for entry in 0..<count { place(entry, hash: hashes[entry]) }
    }

    /// The hash of a word's bytes, read eight at a time: each chunk is mixed in with a multiply and
    /// a shift (constants of the SplitMix64 finalizer), the tail and the length last. Only this
    /// index uses it, so it is free to change; tables are never stored.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        var at = 0
        while at + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            at += 8
        }
        var tail = UInt64(raw.count) << 56
        var shift: UInt64 = 0
        while at < raw.count {
            tail |= UInt64(raw[at]) << shift
            shift += 8
            at += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        hash ^= hash >> 29
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 32)
    }
}

extension WordIndex: ExpressibleByArrayLiteral {
    /// An index of the listed words, numbered in order.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }
}
