import ArabicText

/// A year as a time expression gives it.
enum YearSpec: Hashable, Sendable {
    /// Not given: the resolver infers it.
    case unstated
    /// A Gregorian year: «2021»، «عام 2021»، «2021 م».
    case gregorian(Int)
    /// A Gregorian year said to be the current one: «العام الجاري 2021»، «هذا العام 2021». It
    /// resolves like ``gregorian(_:)`` and tells the publication year.
    case currentGregorian(Int)
    /// A Hijri year: «1442 هـ»، «14 شوال 1442».
    case hijri(Int)
    /// A year counted from the publication year: العام الماضي (−1)، هذا العام (0)، العام المقبل (+1).
    case offset(Int)
    /// A year counted from another date of the text when there is one: العام التالي (+1)، العام
    /// السابق (−1)، العام نفسه (0).
    case relative(Int)
}

/// A month as a time expression gives it.
struct MonthSpec: Hashable, Sendable {
    /// The named month, or `nil` for a month counted from another (الشهر الماضي).
    var month: CalendarMonth?
    /// For a counted month: months from the publication month (or from another date of the text
    /// when `isRelative`).
    var offset = 0
    /// Whether a counted month counts from another date of the text (الشهر التالي، الشهر نفسه).
    var isRelative = false
    /// A modifier after a named month: الجاري (the publication month), الماضي، المنصرم (the last
    /// such month before it), المقبل (the next one after it).
    var modifier: TimeDirection?
    /// The year.
    var year: YearSpec = .unstated

    /// A named month.
    init(month: CalendarMonth, modifier: TimeDirection? = nil, year: YearSpec = .unstated) {
        self.month = month
        self.modifier = modifier
        self.year = year
    }

    /// A month counted from the publication month, or from another date of the text.
    init(offset: Int, isRelative: Bool = false) {
        self.offset = offset
        self.isRelative = isRelative
    }
}

/// A day (or a run of days) as a time expression gives it.
struct DaySpec: Hashable, Sendable {
    /// The day of the month.
    var day: Int
    /// The last day of a range of days in the same month («13-15 تموز»), or `nil`.
    var lastDay: Int?
    /// The month.
    var month: MonthSpec
    /// A weekday written beside the date, to check.
    var weekday: Weekday?
}

/// A period a part word or an ordinal refers to.
enum PeriodSpec: Hashable, Sendable {
    /// A month.
    case month(MonthSpec)
    /// A year.
    case year(YearSpec)
    /// An ISO week counted from the publication week.
    case week(offset: Int)
}

/// A day counted from another day: the holidays of the Hijri and Gregorian calendars.
enum Holiday: Hashable, Sendable {
    /// A day of a Hijri month: عيد الفطر is 1 Shawwal.
    case hijri(month: Int, day: Int)
    /// A day of a Gregorian month: عيد الميلاد is 25 December.
    case gregorian(month: Int, day: Int)
    /// Western Easter Sunday (the Gregorian computus).
    case easter
}

/// What a time expression says, before it is resolved against a publication date.
enum TimexReading: Hashable, Sendable {
    /// A day or a run of days of a month: «9 ديسمبر 2021»، «9 ديسمبر الجاري»، «13-15 تموز».
    case day(DaySpec)
    /// A whole month: «ديسمبر 2021»، «يوليو الماضي»، «الشهر المقبل»، «في رمضان».
    case month(MonthSpec)
    /// A whole year: «2014»، «العام الماضي»، «1442 هـ».
    case year(YearSpec)
    /// A run of Gregorian years: «2014-2017»، «بين 2014 و2017».
    case years(Int, Int)
    /// A season: «صيف 2014»، «الشتاء الماضي».
    case season(Season, YearSpec, TimeDirection?)
    /// A day counted from the publication day: اليوم (0)، أمس (−1)، غدا (+1), with a weekday written
    /// beside it to check («اليوم الأحد»).
    case dayShift(Int, weekday: Weekday?)
    /// A weekday near the publication day: «الخميس»، «الخميس الماضي»، «الخميس المقبل».
    case weekday(Weekday, TimeDirection?)
    /// A weekday of a week counted from the publication week: «الأحد من الأسبوع الماضي».
    case weekdayOfWeek(Weekday, weekOffset: Int)
    /// A weekday with a day of the month and no month: «السبت السادس عشر».
    case weekdayOfMonth(Weekday, day: Int)
    /// A unit counted from the publication date (or another date when the direction is
    /// ``TimeDirection/previous``, ``TimeDirection/following`` or the unit is «نفسه»):
    /// «الأسبوع الماضي»، «هذا العام»، «الشهر التالي».
    case unit(TimeUnit, offset: Int, relative: Bool)
    /// A moment a number of units before (negative) or after the publication date: «قبل شهرين»،
    /// «منذ ثلاثة أيام»، «بعد يومين».
    case shift(TimeUnit, count: Int)
    /// The whole units before or after the current one: «خلال الأيام الماضية»، «الأسابيع الثلاثة
    /// القادمة».
    case units(TimeUnit, count: Int, future: Bool)
    /// A part of a period: «نهاية العام»، «مطلع ديسمبر»، «منتصف الشهر الجاري».
    case part(PeriodPart, PeriodSpec)
    /// The n-th (or, for −1, the last) weekday of a month: «آخر اثنين من شهر آذار».
    case nthWeekday(Int, Weekday, MonthSpec)
    /// The n-th (or last) full week, Monday to Sunday, of a month: «الأسبوع الأول من ديسمبر».
    case nthWeek(Int, MonthSpec)
    /// The first or last day of a month: «آخر يوم من شهر عشرة».
    case edgeDay(last: Bool, MonthSpec)
    /// A holiday: «عيد الأضحى»، «عيد الفطر 2013».
    case holiday(Holiday, YearSpec)
}
