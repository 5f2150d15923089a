/// Dense numbers for a set of words, looked up from their UTF-8 bytes: the first word added is 0, the
/// next 1, and so on.
///
/// Lexicons look up every word of every article, so a lookup must not build a `String` nor hash and
/// compare the way `String` does (canonical equivalence, which costs a normalization check per
/// comparison). Words here are compared byte for byte, which is exact for words that went through
/// the same ``ArabicNormalizer`` level. Bytes are kept end to end in one arena; slots use open
/// addressing with linear probing on the 64-bit FNV-1a hash, so a lookup is one pass over the word,
/// one or two probes and one byte comparison.
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
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    /// An empty index sized for about `capacity` words.
    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
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
        let start = Int(starts[number])
        return String(decoding: arena[start..<(start + Int(lengths[number]))], as: UTF8.self)
    }

    // MARK: Lookup

    /// The number of the word whose UTF-8 bytes are `word`, or `nil`.
    /// - Complexity: O(m) in the length of `word`, expected.
    public func number(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        find(hash: FNV1a.hash(word), prefix: [], rest: word)
    }

    /// The number of the word whose bytes are `prefix` followed by `rest`, or `nil`: the lookup of a
    /// word restored in place (an alef put back before the rest of «للعام» to read العام) without
    /// copying it.
    /// - Complexity: O(m) in the length of the word, expected.
    public func number(of rest: UnsafeBufferPointer<UInt8>, after prefix: [UInt8]) -> Int? {
        var hasher = FNV1a()
        hasher.combine(prefix)
        hasher.combine(rest)
        return find(hash: hasher.value, prefix: prefix, rest: rest)
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
        let hash = FNV1a.hash(word)
        if let existing = find(hash: hash, prefix: [], rest: word) { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        starts.append(Int32(arena.count))
        lengths.append(Int32(word.count))
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

    private func find(hash: UInt64, prefix: [UInt8], rest: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = prefix.count + rest.count
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            if hashes[entry] == hash, Int(lengths[entry]) == length, equals(entry, prefix, rest) { return entry }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ entry: Int, _ prefix: [UInt8], _ rest: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            var at = Int(starts[entry])
            for byte in prefix {
                if stored[at] != byte { return false }
                at += 1
            }
            for byte in rest {
                if stored[at] != byte { return false }
                at += 1
            }
            return true
        }
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for entry in 0..<count { place(entry, hash: hashes[entry]) }
    }
}

extension WordIndex: ExpressibleByArrayLiteral {
    /// An index of the listed words, numbered in order.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }
}
