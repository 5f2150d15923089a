import ArabicText

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
    /// The night from a weekday into the next day: «ليلة الأربعاء إلى الخميس» (two days).
    case overnight(Weekday, TimeDirection?)
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
    /// A weekday and an ordinal before a month, «الثلاثاء الخامس من مايو»: the day of that number
    /// where it falls on the weekday, as news writes dates; else the n-th such weekday («الثلاثاء
    /// الثالث من سبتمبر» in a September whose third day is no Tuesday).
    case weekdayAndOrdinal(Int, Weekday, MonthSpec)
    /// The n-th (or last) full week, Monday to Sunday, of a month: «الأسبوع الأول من ديسمبر».
    case nthWeek(Int, MonthSpec)
    /// The first or last day of a month: «آخر يوم من شهر عشرة».
    case edgeDay(last: Bool, MonthSpec)
    /// A holiday: «عيد الأضحى»، «عيد الفطر 2013».
    case holiday(Holiday, YearSpec)
}
