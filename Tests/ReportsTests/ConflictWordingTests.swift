import Testing

@testable import Reports

/// Conflict descriptions as the Arabic reports show them.
@Suite struct ConflictWordingTests {
    @Test(arguments: [
        ("stay against leave (presence)", "بقاء في مقابل مغادرة (الوجود)"),
        ("23 شخصا (killed) against ~31 قتيلا (killed)", "23 شخصا (قتلى) في مقابل ~31 قتيلا (قتلى)"),
        ("2021-12-09 against 2021-12-01/2021-12-07", "2021-12-09 في مقابل 2021-12-01/2021-12-07"),
        ("one source denies what the other states", "مصدر ينفي ما يقوله الآخر"),
        ("the weekday written beside the date does not match it: 2021-12-09 is a thursday",
         "اليوم المكتوب بجانب التاريخ لا يوافقه: 2021-12-09 هو الخميس"),
    ])
    func readsInArabic(_ description: String, _ expected: String) {
        #expect(ConflictWording.arabic(description) == expected)
    }
}
