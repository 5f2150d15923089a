import ArabicText
import Extraction
import Testing

/// Two months named together with the year written once, after the second.
@Suite struct TimexSharedYearTests {
    let finder = TimexFinder()

    /// The expressions found in `text` published on 2026-05-10, as «text = value».
    private func found(_ text: String) throws -> [String] {
        let published = try #require(CivilDate(year: 2026, month: 5, day: 10))
        return finder.timexes(in: text, published: published).map { "\($0.text) = \($0.value ?? "?")" }
    }

    @Test(arguments: [
        ("تراجعت مبيعات السيارات بين مارس ويونيو 2023 بنسبة كبيرة.", ["مارس = 2023-03", "ويونيو 2023 = 2023-06"]),
        ("وأغلق الميناء من تشرين الأول إلى كانون الأول 2024 للصيانة.", ["تشرين الأول = 2024-10", "كانون الأول 2024 = 2024-12"]),
        ("وتوقف العمل في المصنع من أيار حتى آب 2021.", ["أيار = 2021-05", "آب 2021 = 2021-08"]),
        ("وارتفعت الواردات في الفترة جانفي - أفريل 2022.", ["جانفي = 2022-01", "أفريل 2022 = 2022-04"]),
        ("وزار الوفد العاصمة في آذار وأيلول 2023.", ["آذار = 2023-03", "وأيلول 2023 = 2023-09"]),
        ("وتستقبل البلدية الطلبات من يناير إلى 15 مارس 2025.", ["يناير = 2025-01", "15 مارس 2025 = 2025-03-15"]),
    ])
    func theFirstOfTwoMonthsTakesTheYearWrittenAfterTheSecond(_ text: String, _ expected: [String]) throws {
        #expect(try found(text) == expected)
    }

    @Test func aDayOfTheFirstMonthTakesTheYearToo() throws {
        #expect(try found("وتستمر الحملة من 10 أكتوبر إلى 20 ديسمبر 2023 في كل المحافظات.") == ["10 أكتوبر = 2023-10-10", "20 ديسمبر 2023 = 2023-12-20"])
        #expect(try found("وزار الوفد العاصمة في 18 نوفمبر و2 فبراير 2025.") == ["18 نوفمبر = 2024-11-18", "2 فبراير 2025 = 2025-02-02"])
    }

    @Test func aMonthLaterInTheCalendarIsOfTheYearBefore() throws {
        #expect(try found("وامتد موسم الأمطار ما بين نوفمبر ومارس 2025.") == ["نوفمبر = 2024-11", "ومارس 2025 = 2025-03"])
        #expect(try found("وتراجعت الصادرات في ديسمبر ويناير 2025.") == ["ديسمبر = 2024-12", "ويناير 2025 = 2025-01"])
    }

    @Test func monthsListedBeforeAModifierShareIt() throws {
        #expect(try found("وتضاعفت الصادرات خلال يناير وفبراير الماضيين.") == ["يناير = 2026-01", "وفبراير الماضيين = 2026-02"])
    }

    @Test func aMonthApartFromTheDatedOneKeepsItsOwnYear() throws {
        // A comma between them: the first month belongs to another clause.
        #expect(try found("وقال إن المعرض يقام في يوليو، ومارس 2024 شهد افتتاح الجناح.") == ["يوليو = 2026-07", "ومارس 2024 = 2024-03"])
        // A month that states its own year keeps it.
        #expect(try found("وعمل المتطوعون بين نوفمبر 2023 وفبراير 2024 في المخيمات.") == ["نوفمبر 2023 = 2023-11", "وفبراير 2024 = 2024-02"])
    }
}
