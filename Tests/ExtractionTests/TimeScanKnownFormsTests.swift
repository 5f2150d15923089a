import Testing
@testable import Extraction

/// The time scan takes the forms the annotated text gave its words; it must read every word as it
/// would have alone, also where the two tokenizations differ.
@Suite struct TimeScanKnownFormsTests {
    private static func sameScan(_ text: String, knownFrom other: String? = nil) {
        let alone = TimeScan(text)
        let known = TimeScan(text, known: AnnotatedText(other ?? text))
        #expect(known.tokens.count == alone.tokens.count)
        #expect(known.words == alone.words)
        #expect(known.terms == alone.terms)
        #expect(known.tenses == alone.tenses)
        #expect(known.numeralParts == alone.numeralParts)
    }

    @Test(arguments: [
        "وأعلنت الوزارة، يوم الخميس الحادي والعشرين من كانون الثاني، أنها ستعقد اجتماعها في الأسبوع المقبل.",
        // Underscores that glue a hashtag's words, which the annotated text leaves out.
        "وانتشر وسم #عيد_الأضحى_المبارك منذ أمس، وقال الناشط سامي_الحلو إن الحملة تبدأ غدا.",
        // Tatweel, diacritics, Latin words and digits of two scripts.
        "وقــال المُتحدّث إن Ramadan يبدأ في ١٥ مارس 2026، وسيُعلن الموعد رسميا بعد غدٍ.",
    ])
    func theFormsAreThoseTheScanWouldGiveAlone(_ text: String) {
        Self.sameScan(text)
    }

    /// A form is taken only from a word of the same matching form: where the words do not line up,
    /// the scan works the form out itself.
    @Test func wordsThatDoNotLineUpAreReadAlone() {
        Self.sameScan("وقال أمس إن الاجتماع يعقد الخميس المقبل.", knownFrom: "وقال يوم غد إن الاجتماع عقد الجمعة الماضية.")
        Self.sameScan("أمس الخميس", knownFrom: "غدا الجمعة")
    }

    @Test func aScanWithoutWordsOfItsOwnFindsNothingToTake() {
        Self.sameScan("")
        Self.sameScan("، . ! 2026")
    }
}
