import Testing
@testable import ArabicText

@Suite struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        SentenceSplitter().sentences(in: text).map { String($0.text(in: text)) }
    }

    @Test(arguments: [
        ("وصل الوفد. وبدأت المحادثات! هل تنجح؟ ربما…", ["وصل الوفد.", "وبدأت المحادثات!", "هل تنجح؟", "ربما…"]),
        ("بلغ النمو 3.5 بالمئة. وتراجع التضخم.", ["بلغ النمو 3.5 بالمئة.", "وتراجع التضخم."]),
        ("زار د. أحمد زويل القاهرة. ثم غادر.", ["زار د. أحمد زويل القاهرة.", "ثم غادر."]),
        ("ولد عام 1950 م. في القرية", ["ولد عام 1950 م. في القرية"]),
        ("قال Mr. Smith إن الاتفاق جاهز. وأضاف", ["قال Mr. Smith إن الاتفاق جاهز.", "وأضاف"]),
        ("زار U.S. Army العراق. ثم عاد", ["زار U.S. Army العراق.", "ثم عاد"]),
        ("انظر www.ina.iq. وتابع", ["انظر www.ina.iq.", "وتابع"]),
        ("قال: «الوضع صعب. لكننا سننجح» مضيفا أن الحل قريب. وانتهى",
         ["قال: «الوضع صعب. لكننا سننجح» مضيفا أن الحل قريب.", "وانتهى"]),
        ("وقال \"لن ننسحب. أبدا\". وأضاف", ["وقال \"لن ننسحب. أبدا\".", "وأضاف"]),
        ("أعلن «انتهاء المهمة.» وأضاف الناطق", ["أعلن «انتهاء المهمة.»", "وأضاف الناطق"]),
        ("انتهى الاجتماع.. وغادر الوفد", ["انتهى الاجتماع..", "وغادر الوفد"]),
        ("انتهى الاجتماع . وغادر الوفد", ["انتهى الاجتماع .", "وغادر الوفد"]),
        ("أحقا؟! نعم", ["أحقا؟!", "نعم"]),
        ("(وصل الوفد.) ثم بدأ", ["(وصل الوفد.)", "ثم بدأ"]),
        ("عنوان بلا نقطة\nالفقرة الأولى. والثانية", ["عنوان بلا نقطة", "الفقرة الأولى.", "والثانية"]),
        ("فقرة\n\n\nفقرة أخرى", ["فقرة", "فقرة أخرى"]),
        ("قال: «لم أكمل\nالسطر التالي. جملة", ["قال: «لم أكمل", "السطر التالي.", "جملة"]),
        ("", []),
        ("  \n ", []),
    ])
    func splitsNewsCopy(_ text: String, _ expected: [String]) {
        #expect(split(text) == expected)
    }

    @Test func unclosedQuotationStopsHoldingAfterItsLimit() {
        let text = "قال «" + String(repeating: "كلام طويل جدا. ", count: 10) + "النهاية"
        let sentences = SentenceSplitter(maximumQuotationLength: 40).sentences(in: text)
        #expect(sentences.count > 2)
    }

    @Test func sentencesAreOrderedAndTrimmedOnSeeds() throws {
        for seed in try SharedFiles.seeds() {
            var previous = 0
            for sentence in SentenceSplitter().sentences(in: seed.text) {
                #expect(sentence.span.lowerBound >= previous)
                previous = sentence.span.upperBound
                let text = sentence.text(in: seed.text)
                #expect(text.unicodeScalars.first.map { ScalarClass.of($0.value) != .space } == true)
                #expect(!text.contains("\n"))
            }
        }
    }
}
