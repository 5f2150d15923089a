/// What the time grammar needs to know about a word form beyond its lexicon entry.
struct WordForm: Sendable {
    /// What the form is to ``CalendarLexicon``.
    var calendar: CalendarLead
    /// Whether the form can be part of a number in words (التاسع، عشر، والعشرين، الحادي).
    var isNumeralPart: Bool
}
