import ArabicText

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
