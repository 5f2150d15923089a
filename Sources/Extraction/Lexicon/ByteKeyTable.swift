import ArabicText

/// A table of values keyed by words, looked up straight from UTF-8 bytes (a slice of an article's
/// buffer, or a `String`'s storage) without making a `String` per lookup: a ``WordIndex`` numbers
/// the keys, and the values sit in an array under those numbers.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private var keys: WordIndex
    private var values: [Value] = []

    /// An empty table sized for about `capacity` keys.
    init(capacity: Int = 64) {
        keys = WordIndex(capacity: capacity)
    }

    /// The number of keys.
    var count: Int { values.count }

    /// Every key with its value, in the order the keys were first stored.
    var entries: [(key: String, value: Value)] {
        values.indices.map { (keys.word($0), values[$0]) }
    }

    /// The value stored for `key`.
    /// - Complexity: O(n) in the length of `key`, expected.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        keys.number(of: key).map { values[$0] }
    }

    /// The value stored for U+0627 ARABIC LETTER ALEF followed by `rest`: the key of a word whose
    /// article was written لل after the preposition ل (للعام is ل + العام).
    /// - Complexity: O(n) in the length of `rest`, expected.
    func value(forAlefAnd rest: UnsafeBufferPointer<UInt8>) -> Value? {
        keys.number(of: rest, after: restoredAlef).map { values[$0] }
    }

    /// The value stored for the UTF-8 bytes of `key`.
    func value(for key: String) -> Value? {
        keys.number(of: key).map { values[$0] }
    }

    /// Stores `value` for `key`, replacing any value it had.
    /// - Complexity: O(n) in the length of `key`, amortized.
    mutating func insert(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        store(value, at: keys.insert(key))
    }

    /// Stores `value` for the UTF-8 bytes of `key`.
    mutating func insert(_ value: Value, for key: String) {
        store(value, at: keys.insert(key))
    }

    private mutating func store(_ value: Value, at number: Int) {
        if number == values.count { values.append(value) } else { values[number] = value }
    }
}

/// U+0627 ARABIC LETTER ALEF in UTF-8, put back before a word whose article followed ل.
private let restoredAlef: [UInt8] = [0xD8, 0xA7]
