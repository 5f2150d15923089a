import Testing

@testable import ArabicText

extension NumeralParserTests {
    @Test(
        arguments: [
            ("الأول", 1), ("الاول", 1), ("أول", 1), ("الأولى", 1), ("أولا", 1), ("الثاني", 2), ("الثان", 2),
            ("الثانية", 2), ("ثانيا", 2), ("الثالث", 3), ("الثالثة", 3), ("رابع", 4), ("الخامسة", 5), ("السادس", 6),
            ("السابعة", 7), ("الثامن", 8), ("التاسعة", 9), ("العاشر", 10), ("العاشرة", 10),
            ("الحادي عشر", 11), ("الحادية عشرة", 11), ("الأحد عشر", 11), ("الإحدى عشرة", 11), ("الثاني عشر", 12),
            ("الثانية عشرة", 12), ("الاثنى عشر", 12), ("الاثني عشر", 12), ("الثالث عشر", 13),
            ("الثالثة عشرة", 13), ("التاسع عشر", 19), ("العشرون", 20), ("العشرين", 20), ("الحادي والعشرين", 21),
            ("الحادية والعشرون", 21), ("الواحد و العشرون", 21), ("الخامس والعشرين", 25), ("الخامسة و العشرين", 25),
            ("الثان والسبعون", 72), ("الثامن والتسعون", 98), ("التسعين", 90), ("المئة", 100), ("المائة", 100),
            ("والعشرين", 20), ("للثالث", 3),
        ] as [(String, Int)])
    func readsOrdinals(text: String, position: Int) {
        #expect(parser.parse(text) == Numeral(value: Double(position), kind: .ordinal))
        #expect(parser.ordinalValue(of: text) == position)
    }

    @Test(arguments: ["الخمسة", "خمسة", "ثلاثة عشر", "عشرون", "مئة"])
    func readsUnitsWithoutOrdinalFormAsCardinals(text: String) {
        #expect(parser.ordinalValue(of: text) == nil)
        #expect(parser.parse(text)?.kind == .cardinal)
    }
}
