import ArabicText
import Extraction
import Foundation
import Testing

/// One expression alone, its value against a publication day, and how it is anchored.
struct TimexForm: Sendable, CustomTestStringConvertible {
    var text: String
    var published: String
    var value: String
    var anchor: TimexAnchor

    init(_ text: String, _ published: String, _ value: String, _ anchor: TimexAnchor) {
        self.text = text
        self.published = published
        self.value = value
        self.anchor = anchor
    }

    var testDescription: String { "\(text) @ \(published)" }
}

extension TimexFinderTests {
    static let absoluteForms: [TimexForm] = [
        TimexForm("9 ديسمبر 2021", "2022-01-01", "2021-12-09", .absolute),
        TimexForm("التاسع من كانون الأول 2021", "2022-01-01", "2021-12-09", .absolute),
        TimexForm("9 كانون الأول/ديسمبر 2021", "2022-01-01", "2021-12-09", .absolute),
        TimexForm("الأربعاء 14 جويلية 2021", "2022-01-01", "2021-07-14", .absolute),
        TimexForm("14 شوال 1442 هـ", "2022-01-01", "2021-05-26", .absolute),
        TimexForm("9/12/2021", "2022-01-01", "2021-12-09", .absolute),
        TimexForm("09-12-2021", "2022-01-01", "2021-12-09", .absolute),
        TimexForm("2021/12/09", "2022-01-01", "2021-12-09", .absolute),
        TimexForm("December 9, 2021", "2022-01-01", "2021-12-09", .absolute),
        TimexForm("9 December 2021", "2022-01-01", "2021-12-09", .absolute),
        TimexForm("٩ ديسمبر ٢٠٢١", "2022-01-01", "2021-12-09", .absolute),
        TimexForm("عام 2014", "2022-01-01", "2014", .absolute),
        TimexForm("العام 2014", "2022-01-01", "2014", .absolute),
        TimexForm("صيف 2014", "2022-01-01", "2014-06/2014-08", .absolute),
        TimexForm("1442 هـ", "2022-01-01", "2020-08-20/2021-08-08", .absolute),
        TimexForm("دجنبر 2021", "2022-01-01", "2021-12", .absolute),
        TimexForm("دجمبر 2021", "2022-01-01", "2021-12", .absolute),
        TimexForm("11 أغشت 2021", "2022-01-01", "2021-08-11", .absolute),
        TimexForm("رمضان 2019", "2022-01-01", "2019-05-06/2019-06-03", .absolute),
        TimexForm("عيد الأضحى 2013", "2022-01-01", "2013-10-15", .absolute),
    ]

    static let relativeForms: [TimexForm] = [
        TimexForm("اليوم", "2021-12-09", "2021-12-09", .publication),
        TimexForm("الليلة", "2021-12-09", "2021-12-09", .publication),
        TimexForm("أمس", "2021-12-09", "2021-12-08", .publication),
        TimexForm("يوم أمس", "2021-12-09", "2021-12-08", .publication),
        TimexForm("أول أمس", "2021-12-09", "2021-12-07", .publication),
        TimexForm("أول من أمس", "2021-12-09", "2021-12-07", .publication),
        TimexForm("غدا", "2021-12-09", "2021-12-10", .publication),
        TimexForm("بعد غد", "2021-12-09", "2021-12-11", .publication),
        TimexForm("الأسبوع الماضي", "2021-12-09", "2021-W48", .publication),
        TimexForm("الأسبوع المقبل", "2021-12-09", "2021-W50", .publication),
        TimexForm("الشهر الماضي", "2021-12-09", "2021-11", .publication),
        TimexForm("الشهر المنصرم", "2021-12-09", "2021-11", .publication),
        // Tunisian copy writes «الفارط» for the past.
        TimexForm("الشهر الفارط", "2021-12-09", "2021-11", .publication),
        TimexForm("يوم الاثنين الفارط", "2021-12-09", "2021-12-06", .publication),
        TimexForm("الشهر الجاري", "2021-12-09", "2021-12", .publication),
        TimexForm("الشهر المقبل", "2021-12-09", "2022-01", .publication),
        TimexForm("العام الماضي", "2021-12-09", "2020", .publication),
        TimexForm("السنة الماضية", "2021-12-09", "2020", .publication),
        TimexForm("العام المنصرم", "2021-12-09", "2020", .publication),
        TimexForm("السنة المنصرمة", "2021-12-09", "2020", .publication),
        TimexForm("العام الجاري", "2021-12-09", "2021", .publication),
        TimexForm("العام الحالي", "2021-12-09", "2021", .publication),
        TimexForm("العام المقبل", "2021-12-09", "2022", .publication),
        TimexForm("السنة القادمة", "2021-12-09", "2022", .publication),
        TimexForm("قبل شهرين", "2021-12-09", "2021-10", .publication),
        TimexForm("منذ ثلاثة أيام", "2021-12-09", "2021-12-06", .publication),
        TimexForm("قبل عامين", "2021-12-09", "2019", .publication),
        TimexForm("خلال الأيام الماضية", "2021-12-09", "2021-12-02/2021-12-08", .publication),
        TimexForm("مطلع ديسمبر", "2021-12-09", "2021-12-01/2021-12-10", .inferred),
        TimexForm("منتصف الشهر الجاري", "2021-12-09", "2021-12-11/2021-12-20", .publication),
        TimexForm("أواخر الشهر الماضي", "2021-12-09", "2021-11-21/2021-11-30", .publication),
        TimexForm("نهاية العام", "2021-12-09", "2021-12", .publication),
        TimexForm("متم السنة المقبلة", "2021-12-09", "2022-12", .publication),
        TimexForm("موفى الشهر الجاري", "2021-12-09", "2021-12-21/2021-12-31", .publication),
        TimexForm("مطلع العام", "2021-12-09", "2021-01/2021-03", .publication),
        TimexForm("أوائل العام المقبل", "2021-12-09", "2022-01/2022-03", .publication),
        TimexForm("منتصف العام الماضي", "2021-12-09", "2020-06/2020-07", .publication),
        TimexForm("أواخر 2020", "2021-12-09", "2020-10/2020-12", .absolute),
        TimexForm("الربع الأخير من عام 2020", "2021-12-09", "2020-10/2020-12", .absolute),
        TimexForm("الربع الثاني من العام الجاري", "2021-12-09", "2021-04/2021-06", .publication),
        TimexForm("النصف الأول من 2022", "2021-12-09", "2022-01/2022-06", .absolute),
        TimexForm("النصف الثاني من نوفمبر", "2021-12-09", "2021-11-16/2021-11-30", .inferred),
        TimexForm("15 فبراير شباط 2022", "2021-12-09", "2022-02-15", .absolute),
        TimexForm("فاتح أكتوبر المقبل", "2021-12-09", "2022-10-01", .publication),
        TimexForm("السداسي الأول من 2022", "2021-12-09", "2022-01/2022-06", .absolute),
        TimexForm("الثلاثي الثالث من العام الماضي", "2021-12-09", "2020-07/2020-09", .publication),
        TimexForm("وتعادل الفريقان مساء السبت", "2021-12-09", "2021-12-04", .publication),
        TimexForm("بين 20 و24 مارس 2022", "2021-12-09", "2022-03-20/2022-03-24", .absolute),
        // Two days in a row after «يومي» are one span; «يومي 20 و24» are two days.
        TimexForm("يومي 8 و9 يوليو 2026", "2026-06-16", "2026-07-08/2026-07-09", .absolute),
        TimexForm("9 ديسمبر الجاري", "2021-12-12", "2021-12-09", .publication),
        TimexForm("8 أكتوبر المنصرم", "2021-12-12", "2021-10-08", .publication),
        TimexForm("يوليو الماضي", "2021-12-12", "2021-07", .publication),
        TimexForm("يناير المقبل", "2021-12-12", "2022-01", .publication),
        TimexForm("ديسمبر الماضي", "2021-12-12", "2020-12", .publication),
        TimexForm("الخميس الماضي", "2021-12-09", "2021-12-02", .publication),
        TimexForm("الخميس المقبل", "2021-12-09", "2021-12-16", .publication),
        TimexForm("أعلن الخميس", "2021-12-11", "2021-12-09", .publication),
        TimexForm("في الجلسة التي عقدها الخميس", "2021-12-14", "2021-12-09", .publication),
        TimexForm("وصوّت البرلمان الخميس", "2021-12-14", "2021-12-09", .publication),
        TimexForm("سيعلن الخميس", "2021-12-11", "2021-12-16", .publication),
        TimexForm("سوف يصل الوفد الأحد", "2021-12-09", "2021-12-12", .publication),
        TimexForm("في 8 أكتوبر", "2021-12-09", "2021-10-08", .inferred),
        TimexForm("وقع الحادث في 8 أكتوبر", "2022-01-20", "2021-10-08", .inferred),
        TimexForm("في رمضان", "2021-12-09", "2021-04-13/2021-05-12", .inferred),
    ]

    @Test(arguments: absoluteForms + relativeForms)
    func resolvesEachFormOfTheBrief(_ form: TimexForm) throws {
        let published = try #require(CivilDate(form.published))
        let timexes = finder.timexes(in: form.text, published: published)
        let timex = try #require(timexes.last, "nothing found in \(form.text)")
        #expect(timex.value == form.value)
        #expect(timex.anchor == form.anchor)
    }

    @Test(arguments: [
        ("الخميس 9 ديسمبر 2021", false),
        ("الأربعاء 9 ديسمبر 2021", true),
        ("يوم الخميس الموافق 9 ديسمبر 2021", false),
        ("الجمعة (10 كانون الأول، 2021)", false),
        ("السبت 10 كانون الأول 2021", true),
    ])
    func reportsWhetherAWrittenWeekdayAgreesWithItsDate(_ text: String, _ mismatch: Bool) throws {
        let timex = try #require(finder.timexes(in: text, published: nil).first)
        #expect(timex.value != nil)
        #expect(timex.weekdayMismatch == mismatch)
    }

    @Test func anImperfectAfterAnIsNoFutureForTheWeekday() throws {
        // Tuesday 19 May 2026: the fire of «يوم الاثنين» is the day before, not next week's.
        let tuesday = try #require(CivilDate(year: 2026, month: 5, day: 19))
        let text = "استبعدت السلطات أن يكون الحريق الذي أتى على سوق الجملة يوم الاثنين بفعل فاعل."
        #expect(finder.timexes(in: text, published: tuesday).first?.value == "2026-05-18")
    }

    @Test func checksTodaysWeekdayAgainstThePublicationDay() throws {
        let text = "أعلنت الوزارة اليوم الأحد نتائج الامتحانات."
        let sunday = try #require(CivilDate(year: 2021, month: 12, day: 12))
        #expect(finder.timexes(in: text, published: sunday).first?.weekdayMismatch == false)
        #expect(finder.timexes(in: text, published: sunday.adding(days: 1)).first?.weekdayMismatch == true)
        #expect(finder.timexes(in: text, published: nil).first?.weekdayMismatch == nil)
    }

    @Test func aDateWithoutAYearKeepsTheWeekdayThatAgrees() throws {
        // Thursday 15 August is in 2013, not in 2012 or 2014.
        let published = try #require(CivilDate(year: 2013, month: 2, day: 12))
        let timex = try #require(finder.timexes(in: "الخميس 15 اغسطس", published: published).first)
        #expect(timex.value == "2013-08-15")
        #expect(timex.weekdayMismatch == false)
    }

    @Test func withoutAPublicationDateRelativeExpressionsAreFoundWithoutAValue() {
        let text = "وصل الوفد أمس إلى الرباط، بعد أن زار تونس في 3 مارس 2022 والجزائر في 5 مارس."
        let timexes = finder.timexes(in: text, published: nil)
        #expect(timexes.map(\.text) == ["أمس", "3 مارس 2022", "5 مارس"])
        #expect(timexes.map(\.value) == [nil, "2022-03-03", "2022-03-05"])
        #expect(timexes.map(\.anchor) == [.publication, .absolute, .inferred])
    }

    @Test func spansAreUnicodeScalarOffsetsIntoTheOriginalText() throws {
        let text = "قالَ الوزيرُ أَمْسِ إنّ الاتفاق وُقّع في 9 ديسمبر 2021."
        let timexes = finder.timexes(in: text, published: CivilDate(year: 2021, month: 12, day: 12))
        let scalars = Array(text.unicodeScalars)
        for timex in timexes {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[timex.span])
            #expect(String(view) == timex.text)
        }
        #expect(timexes.map(\.text) == ["أَمْسِ", "9 ديسمبر 2021"])
    }

    @Test func attachedProcliticsArePartOfTheSpanAndSeparatePrepositionsAreNot() {
        let timexes = finder.timexes(in: "وقبل شهرين وفي 2014 وبعام 2015", published: CivilDate(year: 2021, month: 12, day: 9))
        #expect(timexes.map(\.text) == ["وقبل شهرين", "2014", "وبعام 2015"])
    }

    @Test func aNumberAfterAMonthAndItsModifierCountsAndDatesNothing() {
        let timexes = finder.timexes(in: "وسجلت الولاية منذ نوفمبر الماضي 1250 إصابة.", published: CivilDate(year: 2021, month: 12, day: 9))
        #expect(timexes.map(\.value) == ["2021-11"])
    }

    @Test func aWeekdayThatEndsAPeriodIsAhead() {
        let wednesday = CivilDate(year: 2021, month: 12, day: 8)
        let warning = finder.timexes(in: "وحذرت الأرصاد من رياح قوية حتى مساء السبت.", published: wednesday)
        #expect(warning.map(\.value) == ["2021-12-11"])
        let closure = finder.timexes(in: "وأغلقت البلدية الحدائق إلى غاية يوم الأحد.", published: wednesday)
        #expect(closure.map(\.value) == ["2021-12-12"])
    }

    @Test func anAmbiguousMonthJoinedToAMonthIsAMonth() {
        let timexes = finder.timexes(in: "وتحسنت المحاصيل بفضل أمطار جانفي ومارس الغزيرة.", published: CivilDate(year: 2021, month: 12, day: 9))
        #expect(timexes.map(\.text) == ["جانفي", "ومارس"])
        // After an ambiguous one (a given name), it stays a verb.
        let verb = finder.timexes(in: "وقال رمضان ومارس الرياضة طويلا.", published: CivilDate(year: 2021, month: 12, day: 9))
        #expect(verb.isEmpty, "found \(verb.map(\.text))")
    }

    @Test func wordsThatOnlyLookLikeTimeAreLeftAlone() {
        let text = """
            قال الأمين العام إن الرأي العام يتابع اليوم العالمي للمرأة، وإن رمضان عبد الله مارس الضغط على \
            أكثر من 2100 شخص في اتفاقية الجمعة العظيمة.
            """
        let timexes = finder.timexes(in: text, published: CivilDate(year: 2021, month: 12, day: 9))
        #expect(timexes.isEmpty, "found \(timexes.map(\.text))")
    }

    @Test func everyValueIsATimeMLStyleISOString() throws {
        let pattern = try Regex("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2})?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$")
        let texts = Self.all.map(\.text) + (Self.absoluteForms + Self.relativeForms).map(\.text)
        for text in texts {
            for timex in finder.timexes(in: text, published: CivilDate(year: 2021, month: 12, day: 9)) {
                let value = try #require(timex.value)
                #expect(value.wholeMatch(of: pattern) != nil, "\(value) for \(timex.text)")
                let days = try #require(timex.days)
                #expect(days.lowerBound <= days.upperBound)
            }
        }
    }

    @Test func timexesRoundTripThroughJSON() throws {
        let timexes = finder.timexes(in: "الخميس 9 ديسمبر 2021", published: nil)
        let data = try JSONEncoder().encode(timexes)
        #expect(try JSONDecoder().decode([Timex].self, from: data) == timexes)
    }

    @Test func emptyAndTimelessTextsGiveNothing() {
        #expect(finder.timexes(in: "", published: nil).isEmpty)
        #expect(finder.timexes(in: "قال الوزير إن الحكومة ماضية في الإصلاحات.", published: nil).isEmpty)
    }
}

extension TimexFinderTests {
    @Test func theDocumentationExamplesHold() {
        let december12 = CivilDate(year: 2021, month: 12, day: 12)
        let overview = finder.timexes(
            in: "أعلنت وكالة الأنباء العراقية اليوم الأحد أن التحالف لم تعد لديه قوات قتالية منذ 9 ديسمبر الجاري.",
            published: december12)
        #expect(overview.map(\.text) == ["اليوم الأحد", "9 ديسمبر الجاري"])
        #expect(overview.map(\.value) == ["2021-12-12", "2021-12-09"])
        #expect(overview.map(\.anchor) == [.publication, .publication])
        #expect(overview.first?.weekdayMismatch == false)
        let lead = finder.timexes(in: "وقبل شهرين أعلن اللواء رسول بدء الانسحاب", published: CivilDate(year: 2021, month: 12, day: 9))
        #expect(lead.map(\.text) == ["وقبل شهرين"])
        #expect(lead.map(\.value) == ["2021-10"])
    }
}

extension TimexFinderTests {
    /// Texts drawn at random from time words, numbers, separators and other words, with a fixed
    /// seed: the finder and the inference must not crash, and every span must point at its text.
    @Test func randomTextsNeverBreakTheFinder() throws {
        let pool = [
            "اليوم", "أمس", "غدا", "الخميس", "يوم", "من", "في", "منذ", "قبل", "بعد", "شهر", "الشهر", "العام",
            "الماضي", "الجاري", "المقبل", "المنصرم", "نهاية", "مطلع", "أول", "آخر", "الأسبوع", "الأيام", "ثلاثة",
            "التاسع", "عشر", "ديسمبر", "كانون", "الأول", "شوال", "هـ", "م", "9", "2021", "1442", "12", "/", "-", "(",
            ")", "،", ".", "\n", "December", "9,", "الأمين", "قال", "أعلن", "سيعقد", "@handle", "—", "رمضان",
            "عيد", "الفطر", "صيف", "2014-2017", "10-12-2021", "٣١", "الحادي", "والعشرين", "بين", "و", "إلى",
        ]
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let published = try #require(CivilDate(year: 2021, month: 12, day: 9))
        for _ in 0..<300 {
            let text = (0..<(1 + next(40))).map { _ in pool[next(pool.count)] }.joined(separator: next(3) == 0 ? "" : " ")
            let scalars = Array(text.unicodeScalars)
            for date in [published, nil] {
                for timex in finder.timexes(in: text, published: date) {
                    #expect(timex.span.lowerBound >= 0 && timex.span.upperBound <= scalars.count)
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[timex.span])
                    #expect(String(view) == timex.text)
                }
            }
            _ = PublicationDateInference.infer(text: text, title: nil)
        }
    }
}
