import ArabicText

/// What one word of running text contributes to a time expression, from ``TimeLexicon``.
enum TimeWord: Hashable, Sendable {
    /// اليوم: today, and the definite noun "the day" (اليوم التالي، اليوم الثالث من …).
    case today
    /// الليلة: tonight.
    case tonight
    /// A day counted from today: أمس، البارحة (−1), غدا، بكرة (+1).
    case dayOffset(Int)
    /// غد، الغد: tomorrow, but only after يوم، بعد، صباح، مساء (الغد alone is also a newspaper's name).
    case tomorrowNoun
    /// A unit of time: يوم، أسبوعين، الأشهر، العام …
    case unit(TimeUnit, UnitCount, definite: Bool)
    /// A word placing a period relative to now or to another date: الماضي، الجاري، المقبل، التالي …
    case direction(TimeDirection)
    /// A part of a period: مطلع، منتصف، أواخر …
    case part(PeriodPart)
    /// الربع (4) or النصف (2): a fraction of a period, which an ordinal after it picks.
    case fraction(Int)
    /// أول: the first (أول أمس، أول يوم، أول شباط).
    case first
    /// آخر، الأخير، الأخيرة: the last.
    case last
    /// A preposition that may introduce or bound a time expression.
    case preposition(TimePreposition)
    /// عام، سنة without the article, before a year number (عام 2014، لعام 2014).
    case yearCue
    /// The calendar a year is counted in: هـ، هجري، للهجرة or م، ميلادي.
    case era(CalendarSystem)
    /// هذا، هذه.
    case thisDemonstrative
    /// ذلك، تلك.
    case thatDemonstrative
    /// نفسه، ذاته: the same (في اليوم نفسه).
    case same
    /// الموافق، بتاريخ: introduces a date that restates the one before.
    case agreeing
    /// A time of day before a day: صباح، مساء، ظهر، ليلة …
    case timeOfDay
    /// The first word of a holiday's name: عيد، رأس، المولد، عاشوراء …
    case holidayHead
}
