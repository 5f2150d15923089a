/// What the time grammar needs to know about a word form, worked out once per form: its entry in
/// ``TimeLexicon`` and ``TenseLexicon`` (with proclitics and object pronouns tried), and more.
struct WordForm: Sendable {
    /// The form's entry in ``TimeLexicon``, for a word token.
    var timeWord: TimeWord?
    /// The tense the form marks, for a word token.
    var tense: Tense?
    /// What the form is to ``CalendarLexicon``.
    var calendar: CalendarLead
    /// Whether the form can be part of a number in words (التاسع، عشر، والعشرين، الحادي).
    var isNumeralPart: Bool
}
