/// The time a clause speaks of, as far as its verbs tell.
enum Tense: Sendable, Hashable {
    /// A perfect verb (أعلن، عقدت، كان) or a past marker: the clause reports what happened.
    case past
    /// A verb with سـ or سوف, an imperfect verb of scheduling (يعقد، تبدأ) or a word such as
    /// المقرر: the clause announces what will happen.
    case future
    /// No verb or marker found near the expression.
    case unknown
}
