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

/// The ``CalendarLead`` of every word form seen so far, shared by all scans of the process.
///
/// Asking ``CalendarLexicon`` about a word costs about a microsecond (it normalizes the word and
/// builds its readings without proclitics); the vocabulary of news is small and repeats from
/// article to article, so each form is asked once per process. A `Mutex` guards the table; a scan
/// consults it only for forms that its own per-article table does not have yet. The table stops
/// growing at ``capacity`` forms.
final class CalendarLeadCache: Sendable {
    /// The cache of the process.
    static let shared = CalendarLeadCache()

    /// The most forms kept.
    static let capacity = 1 << 20

    private let table = Mutex(ByteKeyTable<CalendarLead>(capacity: 1 << 14))

    /// The lead of `word`, if it was seen.
    func lead(for word: UnsafeBufferPointer<UInt8>) -> CalendarLead? {
        table.withLock { $0.value(for: word) }
    }

    /// Remembers the lead of `word`.
    func insert(_ lead: CalendarLead, for word: UnsafeBufferPointer<UInt8>) {
        table.withLock { table in
            guard table.count < Self.capacity else { return }
            table.insert(lead, for: word)
        }
    }
}
