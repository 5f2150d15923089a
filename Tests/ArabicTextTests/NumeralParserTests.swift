import Testing

@testable import ArabicText

@Suite struct NumeralParserTests {
    let parser = NumeralParser()

    @Test(
        arguments: [
            // Units, both genders and cases, and the forms that only head a teen or compound.
            ("واحد", 1.0), ("واحدة", 1), ("أحد", 1), ("إحدى", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتان", 2),
            ("ثلاث", 3), ("ثلاثة", 3), ("ثَلاثَةٌ", 3), ("ثلاثـة", 3), ("ثمان", 8), ("ثماني", 8), ("ثمانية", 8),
            ("تسعة", 9), ("عشر", 10), ("عشرة", 10),
            // Teens.
            ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثنتي عشرة", 12), ("ثلاثة عشر", 13),
            ("ثلاث عشرة", 13), ("تسعة عشر", 19),
            // Tens and compounds with و, attached or standalone.
            ("عشرون", 20), ("عشرين", 20), ("تسعون", 90), ("واحد وعشرون", 21), ("إحدى وعشرين", 21),
            ("خمسة وعشرون", 25), ("خمس و عشرين", 25), ("تسعة وتسعون", 99),
            // The accusative of a feminine unit before tens: «ثلاثا وعشرين حالة».
            ("ثلاثا وعشرين", 23), ("سبعا وأربعين", 47),
            // Hundreds.
            ("مئة", 100), ("مائة", 100), ("مئتان", 200), ("مائتي", 200), ("ثلاث مئة", 300), ("ثلاث مائة", 300),
            ("ثلاثمئة", 300), ("أربعمائة", 400), ("ثمانمائة", 800), ("ثمانيمئة", 800),
            ("تسعمائة وتسعة وتسعون", 999), ("مئة و20", 120), ("ثلاثمائة وخمسين", 350),
            // Thousands, millions, billions, with digits and words.
            ("ألف", 1000), ("ألفان", 2000), ("ألفي", 2000), ("ثلاثة آلاف", 3000), ("3 آلاف", 3000),
            ("عشرة آلاف", 10_000), ("أحد عشر ألفا", 11_000), ("خمسة وعشرون ألفا", 25_000), ("مئة ألف", 100_000),
            ("مائتا ألف", 200_000), ("ثلاثمائة ألف", 300_000), ("300 ألف", 300_000),
            ("ألف وتسعمائة وتسعة وثمانون", 1989), ("ألفان وعشرون", 2020), ("ألفين وخمسمائة", 2500),
            ("ثلاثة آلاف و خمسمائة", 3500), ("مليون", 1_000_000), ("مليونين", 2_000_000),
            ("ثلاثة ملايين", 3_000_000), ("2.5 مليون", 2_500_000), ("مليون و200 ألف", 1_200_000),
            // A larger scale after a smaller one multiplies it.
            ("ألف مليار", 1e12), ("5 آلاف مليار", 5e12), ("ثلاثة آلاف مليون", 3e9),
            ("مليونان وخمسمائة ألف", 2_500_000), ("مليار", 1e9), ("بليون", 1e9), ("ثلاثة مليارات", 3e9),
            ("1.5 مليار", 1.5e9), ("تريليون", 1e12),
            // Halves and quarters of the last scale.
            ("مليون ونصف", 1_500_000), ("ثلاثة آلاف ونصف", 3500), ("ثلاثة ونصف", 3.5), ("ألف وربع", 1250),
            ("نصف مليون", 500_000), ("ربع مليون", 250_000),
            // Decimals read aloud.
            ("واحد فاصلة واحد", 1.1), ("ثلاثة فاصلة خمسة", 3.5), ("1 فاصلة 05", 1.05),
            ("صفر فاصلة صفر خمسة", 0.05), ("اثنان فاصلة خمسة وعشرون", 2.25), ("2 فاصلة 5 مليون", 2_500_000),
            // Zero and clitics.
            ("صفر", 0), ("الصفر", 0), ("بخمسة", 5), ("لثلاثة", 3), ("والخمسة", 5), ("الست", 6),
        ] as [(String, Double)])
    func readsCardinals(text: String, value: Double) throws {
        try expect(text, reads: value, as: .cardinal)
    }

    @Test(
        arguments: [
            ("0", 0.0), ("٠٫٠", 0), ("۱۲۳", 123), ("1,500", 1500), ("2,5", 2.5), ("0,500", 0.5),
            ("12,345,678", 12_345_678),
            ("1.000.000", 1_000_000), ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("1.500", 1.5),
            ("١٠٠٬٠٠٠٫٠٠", 100_000), ("١٬٢٣٤٫٥", 1234.5), ("٫٧٧", 0.77), (".77", 0.77), ("-5", -5), ("\u{2212}5", -5),
            ("-١٫٢", -1.2), ("01.10", 1.1),
        ] as [(String, Double)])
    func readsDigitsInEveryScript(text: String, value: Double) throws {
        try expect(text, reads: value, as: .cardinal)
    }

    @Test(
        arguments: [
            ("نصف", 0.5), ("النصف", 0.5), ("ثلث", 1.0 / 3), ("ربع", 0.25), ("سدس", 1.0 / 6), ("ثمن", 0.125),
            ("ثلثا", 2.0 / 3), ("ثلثي", 2.0 / 3), ("ثلاثة أرباع", 0.75), ("خمسة أثمان", 0.625),
            ("أربعة أخماس", 0.8), ("3/4", 0.75), ("١١/١٠", 1.1), ("-١٢/١٠", -1.2),
        ] as [(String, Double)])
    func readsFractions(text: String, value: Double) throws {
        try expect(text, reads: value, as: .fraction)
    }

    @Test func readsAmbiguousFractionWordsAsUnitsWhenAlone() {
        #expect(parser.parse("خمس") == Numeral(value: 5, kind: .cardinal))
        #expect(parser.parse("عشر") == Numeral(value: 10, kind: .cardinal))
    }

    @Test(arguments: [
        "", "   ", "كتاب", "عشرات", "مئات", "آلاف", "الآلاف", "ملايين", "مليارات", "ثلاثاء", "الأربعاء", "الخميس",
        "لست", "وست", "ثلاثة وخمسة", "3 و5", "مليون ومليون", "عشرون وثلاثون", "5 كتب", "ثلاثة،", "خمسة عشر عشر",
        "11/9/2001", "1.2.3", "12.05.2020", "1,2,3", "٫", "-", "و", "فاصلة", "الحادي", "حادية", "و خمسة",
        "منتصف", "ثلاثين ثلاثة",
    ])
    func rejectsTextThatIsNotOneNumeral(text: String) {
        #expect(parser.parse(text) == nil)
    }

    @Test func aRunTooLongForANumberIsNone() {
        let digits = String(repeating: "9", count: 400)
        #expect(parser.parse(digits) == nil)
        #expect(parser.parse(String(repeating: "مليار ", count: 4)) == nil)
        #expect(NumeralFinder().numerals(in: "وأحصت الجداول \(digits) رقما، منها 12 ألفا.").map(\.numeral.value) == [12_000])
    }

    @Test func valueOfIgnoresOrdinals() {
        #expect(parser.value(of: "الثالث") == nil)
        #expect(parser.value(of: "ثلاثة") == 3)
        #expect(parser.ordinalValue(of: "ثلاثة") == nil)
    }

    /// Checks that `text` parses as a numeral of `kind` worth `value`.
    func expect(_ text: String, reads value: Double, as kind: NumeralKind, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let numeral = try #require(parser.parse(text), sourceLocation: sourceLocation)
        #expect(numeral.kind == kind, sourceLocation: sourceLocation)
        #expect(Self.isClose(numeral.value, value), "\(numeral.value) ≠ \(value)", sourceLocation: sourceLocation)
    }

    static func isClose(_ value: Double, _ expected: Double) -> Bool {
        abs(value - expected) <= 1e-9 * max(1, abs(expected))
    }
}
