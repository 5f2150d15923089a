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

/// A unit of calendar time.
enum TimeUnit: Int, Sendable, Hashable {
    case day
    case week
    case month
    case year

    /// The grain of a value counted in this unit.
    var grain: TimeGrain {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        case .year: .year
        }
    }
}

/// How many units a unit word names by itself.
enum UnitCount: Sendable, Hashable {
    /// يوم، شهر، عاما.
    case one
    /// يومين، شهرين، عامين: the dual.
    case two
    /// أيام، أشهر، سنوات: a plural, counted by a number beside it.
    case many
}

/// Where a modifier puts a period.
enum TimeDirection: Sendable, Hashable {
    /// الماضي، المنصرم، الفائت: the last one before now.
    case past
    /// الجاري، الحالي: the current one.
    case current
    /// المقبل، القادم: the next one after now.
    case next
    /// السابق: the one before — before another date of the text when there is one, else before now.
    case previous
    /// التالي: the one after — after another date of the text when there is one, else after now.
    case following
    /// الأخيرة (after a plural): the most recent ones.
    case recent
}

/// A part of a month, a year or a week.
enum PeriodPart: Sendable, Hashable {
    /// بداية، مطلع، مستهل: the start.
    case start
    /// أوائل، بدايات: the early part.
    case early
    /// منتصف، أواسط: the middle.
    case middle
    /// أواخر: the late part.
    case late
    /// نهاية، ختام: the end.
    case end
}

/// Prepositions that matter to time expressions.
enum TimePreposition: Sendable, Hashable {
    /// في
    case inside
    /// من
    case from
    /// منذ
    case since
    /// خلال، طوال
    case during
    /// حتى
    case until
    /// إلى
    case to
    /// قبل
    case before
    /// بعد
    case after
    /// بين
    case between
}
