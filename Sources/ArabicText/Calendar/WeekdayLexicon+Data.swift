extension WeekdayLexicon {
    /// The weekday names, one spelling per line: `ISO NUMBER | NAME` with an optional `| ambiguous`.
    static let source = """
        # With the article. الاثنين، الإثنين and الأثنين fold alike.
        1 | الاثنين
        1 | الإثنين
        1 | الأثنين
        2 | الثلاثاء
        2 | الثلثاء   # older spelling
        3 | الأربعاء
        3 | الاربعاء
        3 | الأربعا   # without the final hamza
        4 | الخميس
        5 | الجمعة
        6 | السبت
        7 | الأحد
        7 | الاحد

        # Without the article, as after يوم.
        1 | اثنين | ambiguous   # also "two"
        1 | إثنين | ambiguous
        2 | ثلاثاء
        3 | أربعاء
        4 | خميس | ambiguous   # also a given name
        5 | جمعة | ambiguous   # also a given name, and "week" in some dialects
        6 | سبت | ambiguous
        7 | أحد | ambiguous   # also "anyone", "one"

        # English, full and abbreviated.
        1 | Monday
        1 | Mon
        2 | Tuesday
        2 | Tue
        2 | Tues
        3 | Wednesday
        3 | Wed | ambiguous
        4 | Thursday
        4 | Thu
        4 | Thur
        4 | Thurs
        5 | Friday
        5 | Fri
        6 | Saturday
        6 | Sat | ambiguous
        7 | Sunday
        7 | Sun | ambiguous
        """
}
