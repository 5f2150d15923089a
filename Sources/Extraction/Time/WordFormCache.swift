import ArabicText
import Synchronization

/// The ``WordForm`` of every word form seen so far, shared by all scans of the process.
///
/// Asking ``CalendarLexicon`` and ``NumeralParser`` about a word costs microseconds (they normalize
/// the word and build its readings); the vocabulary of news is small and repeats from article to
/// article, so each form is asked once per process. A `Mutex` guards the table; a scan consults it
/// only for forms that its own per-article table does not have yet. The table stops growing at
/// ``capacity`` forms.
final class WordFormCache: Sendable {
    /// The cache of the process.
    static let shared = WordFormCache()

    /// The most forms kept.
    static let capacity = 1 << 20

    private let table = Mutex(ByteKeyTable<WordForm>(capacity: 1 << 14))

    /// The facts about `word`, if it was seen.
    func form(of word: UnsafeBufferPointer<UInt8>) -> WordForm? {
        table.withLock { $0.value(for: word) }
    }

    /// Remembers the facts about `word`.
    func insert(_ form: WordForm, for word: UnsafeBufferPointer<UInt8>) {
        table.withLock { table in
            guard table.count < Self.capacity else { return }
            table.insert(form, for: word)
        }
    }
}
