import Testing
@testable import ArabicText

/// Tests of ``MonthLexicon``.
@Suite struct CalendarMonthLexiconTests {
    static let gregorianNames: [(name: String, month: Int)] = [
        // Transliterated.
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4), ("إبريل", 4), ("مايو", 5),
        ("يونيو", 6), ("يونيه", 6), ("يونية", 6), ("يوليو", 7), ("يوليه", 7), ("يولية", 7), ("أغسطس", 8),
        ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        ("دسمبر", 12),
        // Moroccan.
        ("ماي", 5), ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
        // Maghrebi.
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("افريل", 4), ("جوان", 6), ("جويلية", 7), ("جويليه", 7),
        ("أوت", 8), ("اوت", 8),
        // Syriac.
        ("كانون الثاني", 1), ("كانون ثاني", 1), ("شباط", 2), ("آذار", 3), ("اذار", 3), ("نيسان", 4),
        ("أيار", 5), ("ايار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9), ("ايلول", 9),
        ("تشرين الأول", 10), ("تشرين أول", 10), ("تشرين الثاني", 11), ("تشرين ثاني", 11),
        ("كانون الأول", 12), ("كانون أول", 12),
        // English.
        ("January", 1), ("Jan", 1), ("February", 2), ("Feb", 2), ("March", 3), ("Mar", 3), ("April", 4),
        ("Apr", 4), ("May", 5), ("June", 6), ("Jun", 6), ("July", 7), ("Jul", 7), ("August", 8), ("Aug", 8),
        ("September", 9), ("Sep", 9), ("Sept", 9), ("SEPT.", 9), ("October", 10), ("Oct", 10),
        ("November", 11), ("Nov", 11), ("December", 12), ("dec", 12),
    ]

    static let hijriNames: [(name: String, month: Int)] = [
        ("محرم", 1), ("المحرم", 1), ("محرم الحرام", 1), ("صفر", 2), ("صفر الخير", 2), ("ربيع الأول", 3),
        ("ربيع الاول", 3), ("ربيع أول", 3), ("ربيع الأوّل", 3), ("ربيع الثاني", 4), ("ربيع الآخر", 4),
        ("ربيع الأخر", 4), ("ربيع ثاني", 4), ("جمادى الأولى", 5), ("جمادى الأول", 5), ("جمادي الاولي", 5),
        ("جمادى الآخرة", 6), ("جمادى الثانية", 6), ("جمادى الآخره", 6), ("رجب", 7), ("شعبان", 8),
        ("رمضان", 9), ("رَمَضان", 9), ("رمضـــان", 9), ("رمضان المبارك", 9), ("شوال", 10),
        ("ذو القعدة", 11), ("ذي القعدة", 11), ("ذا القعدة", 11), ("ذو القعده", 11), ("ذوالقعدة", 11),
        ("ذو الحجة", 12), ("ذي الحجة", 12), ("ذي الحجه", 12), ("ذوالحجة", 12),
    ]

    @Test(arguments: gregorianNames)
    func findsGregorianMonthNames(name: String, month: Int) throws {
        let match = try #require(MonthLexicon.month(named: name))
        #expect(match.month == CalendarMonth(calendar: .gregorian, number: month))
        #expect(match.wordCount == name.split(separator: " ").count)
    }

    @Test(arguments: hijriNames)
    func findsHijriMonthNames(name: String, month: Int) throws {
        let match = try #require(MonthLexicon.month(named: name))
        #expect(match.month == CalendarMonth(calendar: .hijri, number: month))
        #expect(match.styles == .hijri)
    }

    @Test(arguments: [
        (MonthNameStyles.transliterated, "transliterated"), (.syriac, "syriac"), (.maghrebi, "maghrebi"),
        (.moroccan, "moroccan"), (.english, "english"), (.hijri, "hijri"),
    ])
    func coversEveryMonthInEveryStyle(style: MonthNameStyles, keyword: String) {
        let months = Set(MonthLexicon.table.entries.values.compactMap { entry in
            entry.value.flatMap { $0.styles.contains(style) ? $0.month.number : nil }
        })
        #expect(months == Set(1...12), "\(keyword)")
    }

    @Test func parsesItsDataWithoutProblems() {
        #expect(MonthLexicon.table.problems.isEmpty)
        #expect(MonthLexicon.table.maxWordCount == 2)
    }

    @Test(arguments: [
        ("مارس", [MonthNameStyles.transliterated, .maghrebi, .moroccan]),
        ("ماي", [.maghrebi, .moroccan]),
        ("يناير", [.transliterated, .moroccan]),
        ("جانفي", [.maghrebi]),
        ("أكتوبر", [.transliterated, .maghrebi, .moroccan]),
        ("آذار", [.syriac]),
        ("Sept", [.english]),
    ])
    func reportsEveryStyleThatSharesASpelling(name: String, styles: [MonthNameStyles]) throws {
        let match = try #require(MonthLexicon.month(named: name))
        #expect(match.styles == MonthNameStyles(styles))
    }

    @Test(arguments: [
        ("صفر", true), ("رجب", true), ("رمضان", true), ("شعبان", true), ("محرم", true), ("مارس", true),
        ("آب", true), ("ماي", true), ("نيسان", true), ("May", true), ("March", true),
        ("شوال", false), ("ديسمبر", false), ("شباط", false), ("ربيع الأول", false), ("صفر الخير", false),
        ("December", false),
    ])
    func flagsNamesWithOtherCommonMeanings(name: String, isAmbiguous: Bool) throws {
        let match = try #require(MonthLexicon.month(named: name))
        #expect(match.isAmbiguous == isAmbiguous)
    }

    @Test(arguments: [
        ("شهر صفر", 2), ("شهر رمضان", 2), ("بشهر رمضان", 2), ("وبشهر مارس", 2), ("لشهر آب", 2),
        ("شهر ربيع الأول", 3), ("شهري يناير", 2),
    ])
    func acceptsAnIntroducingMonthWordAndDropsTheAmbiguity(name: String, wordCount: Int) throws {
        let match = try #require(MonthLexicon.month(named: name))
        #expect(match.wordCount == wordCount)
        #expect(!match.isAmbiguous)
    }

    @Test(arguments: [
        ("وشباط", 2), ("بمارس", 3), ("ومارس", 3), ("فيناير", 1), ("لأيار", 5), ("ولأيار", 5), ("وربيع الأول", 3),
        ("وذي الحجة", 12), ("وذو القعدة", 11), ("بتموز", 7), ("فبراير", 2),
    ])
    func stripsAttachedProclitics(name: String, month: Int) throws {
        let match = try #require(MonthLexicon.month(named: name))
        #expect(match.month.number == month)
    }

    /// باب "door" would be ب + آب; a proclitic is only removed when three letters remain, so وآب is
    /// not read either.
    @Test(arguments: ["باب", "وآب", "كانون", "تشرين", "ربيع", "جمادى", "ذو", "الاثنين", "شهر", "مارسيليا", "", "2024"])
    func rejectsWordsThatAreNotMonthNames(name: String) {
        #expect(MonthLexicon.month(named: name) == nil)
    }

    @Test func prefersTheLongestNameInRunningText() throws {
        let words = ["في", "12", "ربيع", "الأول", "1443"]
        let match = try #require(MonthLexicon.match(words, at: 2))
        #expect(match.month == CalendarMonth(calendar: .hijri, number: 3))
        #expect(match.wordCount == 2)
    }

    @Test func readsEnglishDatesEmbeddedInArabic() throws {
        let words = "نشر في December 9, 2021".split(separator: " ")
        let match = try #require(MonthLexicon.match(words, at: 2))
        #expect(match.month == CalendarMonth(calendar: .gregorian, number: 12))
        #expect(match.styles == .english)
    }

    @Test func neverSpansPunctuation() throws {
        #expect(MonthLexicon.match(["ربيع،", "الأول"], at: 0) == nil)
        #expect(MonthLexicon.match(["كانون", "(الثاني"], at: 0) == nil)
        let trailing = try #require(MonthLexicon.match(["ديسمبر،", "2021"], at: 0))
        #expect(trailing.wordCount == 1)
        let quoted = try #require(MonthLexicon.match(["«كانون", "الثاني»"], at: 0))
        #expect(quoted.wordCount == 2)
    }

    @Test func worksOnSlicesAndSubstrings() throws {
        let words: ArraySlice<Substring> = "قبل ذي الحجة بأيام".split(separator: " ")[1...]
        let match = try #require(MonthLexicon.match(words, at: words.startIndex))
        #expect(match.month.number == 12)
        #expect(MonthLexicon.match(words, at: words.endIndex) == nil)
    }

    @Test func stopsAtTheEndOfTheWords() {
        #expect(MonthLexicon.match(["أواخر", "كانون"], at: 1) == nil)
        #expect(MonthLexicon.match(["في", "شهر"], at: 1) == nil)
        #expect(MonthLexicon.match(["شباط"], at: 1) == nil)
    }
}
