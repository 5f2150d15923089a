import ArabicText

/// One thing a text says about its own publication day, and how much it weighs.
struct PublicationConstraint {
    /// What the constraint requires of the publication day.
    enum Kind {
        /// The day lies between two days (either may be open).
        case between(CivilDate?, CivilDate?)
        /// The day is this weekday.
        case weekday(Weekday)
        /// The day satisfies a rule that needs no year (its month is December, it falls on or after
        /// the 9th of its month, …).
        case rule((CivilDate) -> Bool)
    }

    /// What is required.
    var kind: Kind
    /// How much the constraint weighs against others that contradict it; the stronger wins.
    var strength: Int
    /// The words of the text it rests on and how they were read.
    var evidence: String
    /// For «9 ديسمبر الجاري» in a clause about the past: the day of the publication month the
    /// article was written on or after. The first day after it that fits every constraint is the
    /// likeliest (news reports recent events).
    var recentDay: (month: CalendarMonth, day: Int)?

    /// Whether `date` satisfies the constraint.
    func admits(_ date: CivilDate) -> Bool {
        switch kind {
        case .between(let low, let high):
            return (low.map { date >= $0 } ?? true) && (high.map { date <= $0 } ?? true)
        case .weekday(let weekday):
            return date.weekday == weekday
        case .rule(let rule):
            return rule(date)
        }
    }
}
