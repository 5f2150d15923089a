import ArabicText
import Synchronization

/// What has been worked out about every word form seen so far, shared by all articles of the process.
///
/// Some facts about a word cost microseconds to work out (its matching-level key, its stem, what
/// ``CalendarLexicon`` and ``NumeralParser`` make of it); the vocabulary of news is small and repeats
/// from article to article, so each form is worked out once per process. A `Mutex` guards the table;
/// callers consult it only for forms their own per-article table does not have yet. The table stops
/// growing at ``capacity`` forms, after which new forms are worked out each time.
final class WordCache<Value: Sendable>: Sendable {
    /// The most forms kept.
    let capacity: Int

    private let table: Mutex<ByteKeyTable<Value>>

    /// An empty cache that keeps at most `capacity` forms.
    init(capacity: Int = 1 << 20) {
        self.capacity = capacity
        table = Mutex(ByteKeyTable<Value>(capacity: 1 << 14))
    }

    /// The value kept for `word`, if it was seen.
    func value(for word: UnsafeBufferPointer<UInt8>) -> Value? {
        table.withLock { $0.value(for: word) }
    }

    /// Remembers `value` for `word`.
    func insert(_ value: Value, for word: UnsafeBufferPointer<UInt8>) {
        table.withLock { table in
            guard table.count < capacity else { return }
            table.insert(value, for: word)
        }
    }

    /// The value kept for `word`, or else `compute()`, which is then kept.
    func value(for word: UnsafeBufferPointer<UInt8>, orCompute compute: () -> Value) -> Value {
        if let known = value(for: word) { return known }
        let value = compute()
        insert(value, for: word)
        return value
    }

    /// The value kept for `word`, or else `compute()`, which is then kept.
    func value(for word: String, orCompute compute: () -> Value) -> Value {
        var word = word
        return word.withUTF8 { value(for: $0, orCompute: compute) }
    }
}
