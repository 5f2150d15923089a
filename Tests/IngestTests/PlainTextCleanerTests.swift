import Foundation
import Testing
@testable import Ingest

@Suite struct PlainTextCleanerTests {
    static let copy = """
        الرياضة
        فوز الوداد على الرجاء في ديربي الدار البيضاء
        - 14-05-2023, 21:40
        - رياضة
        - 1250
        الدار البيضاء - هسبريس
        حقق فريق الوداد فوزا ثمينا على غريمه التقليدي الرجاء بهدفين مقابل هدف في المباراة التي جرت مساء الأحد.
        وقال مدرب الوداد في تصريح للصحفيين بعد المباراة: "اللاعبون قدموا أداء بطوليا أمام جمهور رائع".
        اقرأ أيضاً:

        الرجاء يعلن التعاقد مع مدافع جديد قبل نهاية الموسم

        وأضاف المدرب أن الفريق سيواصل التحضير للمباراة المقبلة في كأس العرش.
        هل أعجبك الخبر؟ اشترك في نشرتنا البريدية ليصلك كل جديد إلى بريدك الإلكتروني.
        مادة إعلانية
        العودة إلى الأعلى
        .
        """

    @Test func removesFurnitureAndLiftsMetadata() {
        let result = PlainTextCleaner().clean(Self.copy)
        #expect(result.title == "فوز الوداد على الرجاء في ديربي الدار البيضاء")
        #expect(result.paragraphs.count == 3)
        #expect(result.paragraphs.first?.hasPrefix("حقق فريق الوداد") == true)
        #expect(result.dateLines == ["- 14-05-2023, 21:40"])
        #expect(result.dateline == "الدار البيضاء - هسبريس")
        let reasons = Dictionary(grouping: result.removed, by: \.reason).mapValues { $0.map(\.text) }
        #expect(reasons["category label"] == ["الرياضة", "- رياضة"])
        #expect(reasons["view counter"] == ["- 1250"])
        #expect(reasons["related links"] == ["اقرأ أيضاً:"])
        #expect(reasons["related headline"] == ["الرجاء يعلن التعاقد مع مدافع جديد قبل نهاية الموسم"])
        #expect(reasons["newsletter prompt"]?.count == 1)
        #expect(reasons["advertisement"] == ["مادة إعلانية"])
        #expect(reasons["back-to-top"] == ["العودة إلى الأعلى"])
        #expect(reasons["stray mark"] == ["."])
    }

    @Test(arguments: [
        "الخميس 14 أيار 2023 - 10:35",
        "2023/05/14 | 10:35 ص",
        "نشر في: 14-05-2023",
        "آخر تحديث: 10-12-2021, 13:45",
        "الأحد، 9 كانون الثاني 2022",
        "Published on 12 March 2024",
    ])
    func recognizesDateLines(_ line: String) {
        #expect(LineJudge.judge(line, isBeforeBody: true, isBeforeTitle: false) == .dateLine)
    }

    @Test(arguments: [
        "وقال الوزير إن الاجتماع سيعقد في 14 أيار 2023 بحضور الوفود.",
        "المباشرة بالانسحاب",
        "أكد الرئيس أن 2023 سيكون عام الإصلاح",
    ])
    func keepsBodyLinesAfterTheBodyStarts(_ line: String) {
        #expect(LineJudge.judge(line, isBeforeBody: false, isBeforeTitle: false) == .content)
    }

    @Test(arguments: [
        ("حمص-سانا", LineJudge.Verdict.dateline), ("جدة - المدينة:", .dateline), ("الموصل/ شفق نيوز", .dateline), ("نينوى نيوز/ الموصل", .dateline),
        ("سياسة/ عربي", .furniture(.categoryLabel)), ("أخبار-محليات", .furniture(.categoryLabel)),
    ])
    func aDatelineMaySeparateItsPartsWithAMark(_ line: String, _ verdict: LineJudge.Verdict) {
        #expect(LineJudge.judge(line, isBeforeBody: true, isBeforeTitle: true) == verdict)
    }

    @Test func aBodyLineWithASlashIsNoDateline() {
        #expect(LineJudge.judge("عمّان/ الزرقاء", isBeforeBody: false, isBeforeTitle: false) == .content)
    }

    @Test func aPlainTextBylineNamesTheAuthor() throws {
        let article = try ArticleBuilder().build(DocumentDraft(
            input: "byline.txt", body: .text("كتب- هشام فؤاد:\nأعلنت محافظة الجيزة اليوم إغلاق كوبري الملك فيصل ثلاثة أيام للصيانة الدورية.")))
        #expect(article.author == "هشام فؤاد")
        #expect(!article.text.contains("كتب"))
    }

    @Test func aTitleTheMetadataGivesTakesNoLineAway() {
        let text = "عدن: «صحيفة الأيام»\nأعلنت السلطات المحلية في عدن إعادة فتح الطريق الساحلي أمام حركة الشاحنات بعد أسبوع من الإغلاق."
        let result = PlainTextCleaner().clean(text, knownTitle: "إعادة فتح الطريق الساحلي في عدن")
        #expect(result.title == nil)
        #expect(result.paragraphs.first == "عدن: «صحيفة الأيام»")
        // A line that repeats the known title is removed as the headline.
        let repeated = PlainTextCleaner().clean("إعادة فتح الطريق الساحلي في عدن\n" + text, knownTitle: "إعادة فتح الطريق الساحلي في عدن")
        #expect(repeated.removed.map(\.reason) == [FurnitureKind.title.rawValue])
        #expect(repeated.paragraphs.count == 2)
    }

    @Test func readsTheDatelineThatOpensAParagraph() {
        #expect(Dateline.opening("عمّان - بترا - أعلنت وزارة الصحة اليوم عن حملة جديدة") == "عمّان - بترا")
        #expect(Dateline.opening("بيروت - قال رئيس الحكومة إن") == "بيروت")
        #expect(Dateline.opening("قال الوزير - في تصريح مطول - إن الحكومة") == nil)
        #expect(Dateline.opening("الكويت – 15 – 11 (كونا) -- وصل وزير الخارجية إلى دمشق") == "الكويت – 15 – 11 (كونا)")
        #expect(Dateline.opening("نواكشوط 14 أيار 2026 - أعلنت الحكومة الموريتانية خطة جديدة") == "نواكشوط 14 أيار 2026")
        #expect(Dateline.opening("قتل 19 شخصا - حسب الشرطة - في الحادث") == nil)
        #expect(Dateline.opening("صلالة (وكالة الأنباء العمانية) - افتتح وزير النقل ميناء جديدا") == "صلالة (وكالة الأنباء العمانية)")
        #expect(Dateline.opening("قال الوزير (في تصريح مطول) - إن الحكومة ماضية") == nil)
        #expect(Dateline.opening("صحار في 3 مارس /العُمانية/ افتتح وزير التجارة مصنعا جديدا") == "صحار في 3 مارس /العُمانية/")
        #expect(Dateline.opening("نابلس 5-2-2026 وفا- اقتحمت قوات الاحتلال البلدة القديمة") == "نابلس 5-2-2026 وفا")
        #expect(Dateline.opening("قال الوزير إن نسبة الإنجاز بلغت 40-50 في المئة") == nil)
    }

    /// The seeds: every furniture line of the dev gold goes, and body lines stay.
    @Test func cleansTheSeeds() throws {
        let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
        let seeds = shared.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
            let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
            let result = PlainTextCleaner().clean(text)
            let kept = result.paragraphs.joined(separator: "\n") + "\n" + (result.title ?? "")
            let longLines = text.split(separator: "\n").filter { $0.split(separator: " ").count >= 6 }
            let missing = longLines.filter { !kept.contains(WhiteSpace.collapsed(String($0))) && !result.removed.map(\.text).contains(WhiteSpace.collapsed(String($0))) }
            #expect(missing.isEmpty, "\(name): \(missing)")
        }
    }

    @Test func labelledLinesGiveTheHeadlineAndTheOutlet() {
        let copy = """
            العنوان: أمطار غزيرة تغلق الطريق الساحلي في اللاذقية
            المصدر: صحيفة الوطن
            اللاذقية - أغلقت الأمطار الغزيرة الطريق الساحلي لساعات صباح اليوم، وفق ما أفادت مديرية النقل.
            المصدر: مديرية النقل قالت إن الطريق سيفتح قبل المساء بعد إزالة الأتربة والحجارة المتساقطة.
            وقال المحافظ إن فرق الصيانة تعمل منذ الفجر.
            """
        let result = PlainTextCleaner().clean(copy)
        #expect(result.title == "أمطار غزيرة تغلق الطريق الساحلي في اللاذقية")
        #expect(result.outlet == "صحيفة الوطن")
        // Inside the body, a labelled line is the article's own words.
        #expect(result.paragraphs.count == 3)
        let bare = PlainTextCleaner().clean("Source: Reuters\nقال البنك المركزي إن التضخم تراجع إلى 3 في المئة خلال الشهر الماضي.")
        #expect(bare.outlet == "Reuters")
    }
}
