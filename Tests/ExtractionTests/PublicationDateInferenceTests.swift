import ArabicText
import Extraction
import Foundation
import Testing

/// A text without metadata and the publication date a careful reader infers from it.
struct PublicationCase: Sendable, CustomTestStringConvertible {
    var name: String
    var title: String?
    var text: String
    var hint: String?
    var expected: String?

    var testDescription: String { name }
}

@Suite struct PublicationDateInferenceTests {
    static let cases: [PublicationCase] = [
        PublicationCase(
            name: "a date line at the top (Levant)", title: nil,
            text: "الخميس 11 أيار 2023 - 10:35\nأعلنت وزارة الطاقة اللبنانية زيادة ساعات التغذية الكهربائية اعتبارا من الأسبوع المقبل.",
            hint: nil, expected: "2023-05-11"),
        PublicationCase(
            name: "a date line at the bottom (Gulf)", title: "الكويت تطلق منصة إلكترونية للخدمات البلدية",
            text: "أطلقت بلدية الكويت منصة جديدة تتيح للمواطنين إنجاز المعاملات عن بعد.\nوقال مدير البلدية إن المنصة تضم 40 خدمة.\nنشر بتاريخ: 2022/11/20",
            hint: nil, expected: "2022-11-20"),
        PublicationCase(
            name: "a dateline with a numeric date (Maghreb)", title: nil,
            text: "الرباط - 15/09/2023\nأعلنت وزارة الداخلية المغربية حصيلة جديدة لضحايا الزلزال.",
            hint: nil, expected: "2023-09-15"),
        PublicationCase(
            name: "an embedded post that says today (Gulf)", title: nil,
            text: "وغرد وزير الخارجية على حسابه قائلا:\nاليوم وقعنا اتفاقية تاريخية لتعزيز التعاون الاقتصادي بين البلدين.\n— وزير الخارجية (@foreignminister) March 3, 2022\nوتشمل الاتفاقية مشاريع في الطاقة والنقل.",
            hint: nil, expected: "2022-03-03/2022-03-04"),
        PublicationCase(
            name: "today's weekday after a day of the current month (Egypt)", title: nil,
            text: "أعلنت وزارة التموين اليوم الثلاثاء بدء صرف المقررات التموينية منذ 5 أكتوبر الجاري، ضمن خطة العام الجاري 2022.",
            hint: nil, expected: "2022-10-11"),
        PublicationCase(
            name: "a month that has just ended (Iraq)", title: nil,
            text: "وفي (12 آب) المنصرم أعلنت وزارة الموارد المائية خطة لمواجهة الجفاف ضمن موازنة العام الحالي 2022.",
            hint: nil, expected: "2022-09-01/2022-09-30"),
        PublicationCase(
            name: "a weekday that contradicts the date line is dropped", title: nil,
            text: "الخميس 11 أيار 2023 - 10:35\nأعلن الدفاع المدني اليوم الجمعة إخماد حريق في أحراج عكار.",
            hint: nil, expected: "2023-05-11"),
        PublicationCase(
            name: "today next to a full date (Levant)", title: nil,
            text: "تنطلق اليوم، الأحد 12 آذار 2023، امتحانات الشهادة المتوسطة في المدارس الرسمية.",
            hint: nil, expected: "2023-03-12"),
        PublicationCase(
            name: "nothing to go on", title: nil, text: "ارتفعت أسعار الذهب في الأسواق العالمية وسط مخاوف من التضخم.",
            hint: nil, expected: nil),
        PublicationCase(
            name: "a weekday alone needs a hint", title: nil,
            text: "أعلنت وزارة التربية اليوم الأحد استئناف الدوام المدرسي بعد عطلة الأعياد.",
            hint: nil, expected: nil),
        PublicationCase(
            name: "a weekday alone, with a hint of two days", title: nil,
            text: "أعلنت وزارة التربية اليوم الأحد استئناف الدوام المدرسي بعد عطلة الأعياد.",
            hint: "2022-01-07", expected: "2022-01-09"),
        PublicationCase(
            name: "the current month without a year, with a hint (Gulf)", title: nil,
            text: "أعلن المركز الوطني للأرصاد اليوم الأحد أن الأمطار الغزيرة تتواصل منذ 9 ديسمبر الجاري.",
            hint: "2021-12-10", expected: "2021-12-12"),
        PublicationCase(
            name: "a month gone by without a year, with a hint (Maghreb)", title: nil,
            text: "وكانت الحكومة قد صادقت في (14 شتنبر) المنصرم على مشروع قانون المالية.",
            hint: "2021-10-20", expected: "2021-10-01/2021-10-31"),
        PublicationCase(
            name: "an update line and today's weekday", title: nil,
            text: "أعلنت هيئة الطيران المدني اليوم الأحد استئناف الرحلات إلى بيروت.\nآخر تحديث: 21 نوفمبر 2022 - 09:15",
            hint: nil, expected: "2022-11-20"),
        PublicationCase(
            name: "yesterday's weekday with a date line", title: nil,
            text: "الجمعة 10 كانون الأول 2021\nأعلنت قيادة العمليات المشتركة أمس الخميس انتهاء المهام القتالية للتحالف.",
            hint: nil, expected: "2021-12-10"),
    ]

    @Test(arguments: cases)
    func infersTheDateACarefulReaderWould(_ example: PublicationCase) throws {
        let hint = try example.hint.map { text -> ClosedRange<CivilDate> in
            let day = try #require(CivilDate(text))
            return day...day.adding(days: 1)
        }
        let inferred = PublicationDateInference.infer(text: example.text, title: example.title, near: hint)
        #expect(inferred?.value == example.expected, "evidence: \(inferred?.evidence ?? "none")")
        if let inferred {
            #expect(!inferred.evidence.isEmpty)
            #expect(inferred.earliest <= inferred.latest)
        }
    }

    @Test func articlesGivenTogetherLendTheirDatesToThoseThatLackAYear() {
        let articles: [(text: String, title: String?)] = [
            ("الأحد 20 تشرين الثاني 2022 - 14:05\nافتتح وزير الثقافة معرض الكتاب في بيروت.", nil),
            ("أعلنت الهيئة اليوم الاثنين عن برنامج معرض الكتاب الذي افتتح منذ 20 نوفمبر الجاري.", nil),
            ("ارتفعت أسعار المحروقات في الأسواق.", nil),
        ]
        let dates = PublicationDateInference.infer(articles: articles)
        #expect(dates.map { $0?.value } == ["2022-11-20", "2022-11-21", nil])
    }

    // MARK: The seed articles

    /// The seed articles and the dev gold, read from `../shared` beside the repository.
    static func seeds() throws -> [(name: String, text: String)] {
        let folder = sharedFolder.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    static let sharedFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared").standardizedFileURL

    @Test func seedArticlesGetTheGoldDatesAndTheOnesACarefulReaderWould() throws {
        let seeds = try Self.seeds()
        try #require(seeds.count == 5)
        let gold = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.sharedFolder.appendingPathComponent("dev-gold/seeds-000-002.json")))
        let published = try #require((gold as? [String: Any])?["published"] as? [String: [String]])
        let dates = PublicationDateInference.infer(articles: seeds.map { ($0.text, nil) })
        for (seed, date) in zip(seeds, dates) {
            print("seed \(seed.name): \(date?.value ?? "nil") — \(date?.evidence ?? "")")
            let key = String(seed.name.prefix(3))
            let inferred = try #require(date, "\(seed.name) has no date")
            if let bounds = published[key], let low = CivilDate(bounds[0]), let high = CivilDate(bounds[1]) {
                #expect(inferred.earliest <= high && inferred.latest >= low, "\(seed.name): \(inferred.value) outside \(bounds)")
                #expect(inferred.earliest.days(to: inferred.latest) <= 62)
            }
        }
        // Outside the gold: 003 says «اليوم (الخميس)», the Thursday of the days the others give;
        // 004 has the date line «10-12-2021, 13:45».
        #expect(dates[3]?.value == "2021-12-09")
        #expect(dates[4]?.value == "2021-12-10")
        // Alone, the seeds that state a year keep their dates.
        #expect(PublicationDateInference.infer(text: seeds[0].text, title: nil)?.value == "2021-12-09/2021-12-10")
        #expect(PublicationDateInference.infer(text: seeds[4].text, title: nil)?.value == "2021-12-10")
    }
}

extension PublicationDateInferenceTests {
    @Test func theDocumentationExampleHolds() {
        let text = "أعلنت الوكالة اليوم الأحد انتهاء المهمة منذ 9 ديسمبر الجاري."
        let near = CivilDate(year: 2021, month: 12, day: 10).map { $0...$0 }
        #expect(PublicationDateInference.infer(text: text, title: nil, near: near)?.value == "2021-12-12")
        #expect(PublicationDateInference.infer(text: text, title: nil) == nil)
    }
}
