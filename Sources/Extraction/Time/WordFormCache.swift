import ArabicText
import Synchronization

/// What a word form is to ``CalendarLexicon``.
enum CalendarLead: Sendable {
    /// No name starts with the word.
    case none
    /// A name by itself that nothing after it can lengthen (a Gregorian month, a weekday).
    case alone(CalendarTerm)
    /// A name that a longer one may start with (رمضان المبارك، ربيع الأول), or a word that starts
    /// or introduces names (كانون، شهر، يوم): the words after it must be read.
    case extensible
}

/// What the time grammar needs to know about a word form beyond its lexicon entry.
struct WordForm: Sendable {
    /// What the form is to ``CalendarLexicon``.
    var calendar: CalendarLead
    /// Whether the form can be part of a number in words (التاسع، عشر، والعشرين، الحادي).
    var isNumeralPart: Bool
}

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
