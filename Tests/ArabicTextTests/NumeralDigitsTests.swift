import Testing

@testable import ArabicText

@Suite struct NumeralDigitsTests {
    @Test(
        arguments: [
            ("42", 42.0, true), ("007", 7, true), ("1,500", 1500, true), ("12,345,678", 12_345_678, true),
            ("2,5", 2.5, false), ("0,500", 0.5, false), ("1,5000", 1.5, false), ("1.5", 1.5, false),
            ("1.500", 1.5, false),
            ("1.000.000", 1_000_000, true), ("1,234.5", 1234.5, false), ("1.234,5", 1234.5, false),
            ("100٬000", 100_000, true), ("1٬234٫5", 1234.5, false), ("1,234٫5", 1234.5, false), (".77", 0.77, false),
            ("٫77", 0.77, false), ("1٬000.5", 1000.5, false),
        ] as [(String, Double, Bool)])
    func readsSeparators(text: String, value: Double, isInteger: Bool) throws {
        let digits = try #require(NumeralDigits(scalars: Array(text.unicodeScalars)[...], isNegative: false))
        #expect(digits.value == value)
        #expect(digits.isInteger == isInteger)
    }

    @Test(arguments: [
        "1.2.3", "12.05.2020", "1,2,3", "1.234.5", "1,234,5", ".7.7", ",5", "1٫2٫3", "1٫2.3", "1.000,000.5",
    ])
    func rejectsSeparatorsThatMakeNoNumber(text: String) {
        #expect(NumeralDigits(scalars: Array(text.unicodeScalars)[...], isNegative: false) == nil)
    }

    @Test func keepsPlainDigitsForDecimalParts() {
        #expect(NumeralDigits(scalars: Array("05".unicodeScalars)[...], isNegative: false)?.plainDigits == "05")
        #expect(NumeralDigits(scalars: Array("1,500".unicodeScalars)[...], isNegative: false)?.plainDigits == nil)
        #expect(NumeralDigits(scalars: Array("5".unicodeScalars)[...], isNegative: true)?.value == -5)
    }
}
