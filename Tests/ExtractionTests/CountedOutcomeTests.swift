import Testing

@testable import Extraction

/// What happened to the people a number counts, on sentences we wrote.
@Suite struct CountedOutcomeTests {
    static let cases: [(String, String, CountedOutcome?)] = [
        ("أسفر الزلزال عن سقوط 40 قتيلا في إقليم الحوز", "40", .killed),
        ("لقي 7 صيادين مصرعهم غرقا قبالة سواحل نواكشوط", "7", .killed),
        ("قتل 3 جنود وأصيب 9 آخرون في هجوم على حاجز عسكري", "3", .killed),
        ("قتل 3 جنود وأصيب 9 آخرون في هجوم على حاجز عسكري", "9", .injured),
        ("أعلنت وزارة الصحة ارتفاع عدد الجرحى إلى 120", "120", .injured),
        ("لا يزال 14 بحارا في عداد المفقودين بعد غرق السفينة", "14", .missing),
        ("أوقفت قوات الأمن 22 مشتبها بهم في حملة مداهمات", "22", .detained),
        ("وصلت إلى الميناء 40 شحنة من القمح الأوكراني", "40", nil),
        ("ارتفع سعر برميل النفط إلى 85 دولارا بعد مقتل قائد الميليشيا", "85", nil),
        // A tally names the outcome further back: «عدد الوفيات … ارتفع إلى 17 حالة».
        ("قال مصدر طبي إن عدد الوفيات جراء السيول في مدينة كسلا شرقي البلاد ارتفع إلى 17 حالة", "17", .killed),
        ("بلغت حصيلة المصابين في حادث انقلاب الحافلة على الطريق الصحراوي 23 شخصا", "23", .injured),
        ("قال الوزير إن عدد الطلاب الذين تقدموا للامتحانات في المدينة بلغ 17 ألفا", "17000", nil),
        // People taken to hospital are injured; a hospital before the number is where one speaks from.
        ("نقل 23 طالبا إلى المستشفى بعد تسرب غاز في مختبر المدرسة", "23", .injured),
        ("قال مدير مستشفى الكرامة إن 40 شاحنة من المساعدات وصلت", "40", nil),
        // A count in words glued to و and joined to the count before it takes that count's outcome.
        ("أسفر الهجوم عن مقتل أربعة من عناصر الحرس البلدي وسبعة مدنيين", "7", .killed),
        ("أصيب ثلاثة من رجال الإطفاء وخمسة من السكان بحروق", "5", .injured),
    ]

    @Test(arguments: cases.indices)
    func readsTheOutcome(_ index: Int) throws {
        let (sentence, number, expected) = Self.cases[index]
        let claims = ArticleAnnotator().annotate(text: sentence, articleID: "t", outlet: nil, published: nil).claims
        let found = try #require(claims.flatMap(\.numbers).first { $0.value == Double(number) }, "\(sentence)")
        #expect(found.outcome == expected, "\(sentence)")
    }

    @Test(arguments: [
        ("ارتفع عدد ضحايا الفيضانات في ولاية نهر النيل إلى 42 قتيلا", "42", true, false),
        ("ارتفعت حصيلة الزلزال إلى نحو 300 قتيل وفق الدفاع المدني", "300", true, false),
        ("توفي ثلاثة من المصابين متأثرين بجروحهم", "3", false, true),
        ("قتل أكثر من 40 شخصا في السيول التي ضربت الولاية", "40", false, false),
        ("وصل عدد المسافرين إلى 12 ألف مسافر في اليوم الأول", "12000", true, false),
        // Among a group named before the count, right before it or after «من بين».
        ("قتل عشرة أشخاص في القصف بينهم 4 أطفال", "4", false, true),
        ("ومن بين المصابين الذين نقلوا إلى المستشفى 7 أطفال", "7", false, true),
        // Others than those counted before are more of them, not all; a toll's «آخرين» keeps its
        // outcome and counts all the injured.
        ("وتواصل الفرق البحث عن ثلاثة عمال آخرين تحت الأنقاض", "3", false, true),
        ("أسفر الانفجار عن مقتل خمسة أشخاص وإصابة 23 آخرين", "23", false, false),
    ])
    func readsARisingCountAndAPartOfAGroup(_ sentence: String, _ number: String, _ rise: Bool, _ part: Bool) throws {
        let claims = ArticleAnnotator().annotate(text: sentence, articleID: "t", outlet: nil, published: nil).claims
        let found = try #require(claims.flatMap(\.numbers).first { $0.value == Double(number) }, "\(sentence)")
        #expect(found.isRise == rise, "\(sentence)")
        #expect(found.isPart == part, "\(sentence)")
    }

    @Test func aDeniedCountDisputesTheNumberNotTheDeath() throws {
        let text = "ونفى مكتب الصحة في المحافظة صحة الأنباء التي تحدثت عن مقتل 31 شخصا في الانفجار."
        let claim = try #require(ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).claims.first)
        #expect(claim.isDenial)
        #expect(!claim.frames.contains { $0.pole == "alive" }, "\(claim.frames)")
    }

    @Test func countsOfOneOutcomeCompareAcrossNouns() {
        let workers = ClaimNumber(value: 12, unit: "عامل", isApproximate: false, outcome: .killed)
        let dead = ClaimNumber(value: 17, unit: "قتيل", isApproximate: false, outcome: .killed)
        let injured = ClaimNumber(value: 12, unit: "عامل", isApproximate: false, outcome: .injured)
        let bare = ClaimNumber(value: 12, unit: "عامل", isApproximate: false)
        #expect(workers.countsTheSameAs(dead))
        #expect(!workers.countsTheSameAs(injured))
        // Workers counted with no outcome (those inside, those rescued) are no count of the dead.
        #expect(!bare.countsTheSameAs(workers) && !bare.countsTheSameAs(injured))
        #expect(!bare.countsTheSameAs(dead))
        #expect(bare.countsTheSameAs(ClaimNumber(value: 60, unit: "عامل", isApproximate: true)))
    }

    /// One victim named before what befell her counts one: a singular noun with one describing word
    /// at most between, or «أحد»، «إحدى» and a plural with a few words between; «أحد المصابين» is one of
    /// a toll, no toll of its own.
    @Test(arguments: [
        ("وقال شهود إن راكبة مسنة أصيبت بجروح خلال إخلاء القطار", CountedOutcome.injured as CountedOutcome?),
        ("وقال شهود إن عاملة نظافة أصيبت بحروق في الحريق", CountedOutcome.injured),
        ("وأضاف أن أحد المتسلقين انزلق على الصخور وأصيب بكسور في ذراعه", CountedOutcome.injured),
        ("وقالت مصادر طبية إن زائرة بريطانية توفيت في المستشفى", CountedOutcome.killed),
        ("وأكد المدير أن أحد المصابين غادر المستشفى مساء أمس", nil),
        ("وقال جيران إن مقيمة عربية في الستينات من عمرها توفيت في المستشفى", CountedOutcome.killed),
    ])
    func countsOneVictimNamedBeforeWhatBefellHer(_ sentence: String, _ outcome: CountedOutcome?) {
        let numbers = ArticleAnnotator().annotate(text: sentence, articleID: "t", outlet: nil, published: nil).claims.flatMap(\.numbers)
        #expect(numbers.contains { $0.value == 1 && $0.outcome == outcome } == (outcome != nil), "\(numbers)")
    }

    /// A mark ends a victim's description: the teacher speaks, and the three pupils are the toll.
    @Test func aMarkEndsTheDescriptionOfOneVictim() {
        let text = "وقالت معلمة في المدرسة، إن ثلاثة تلاميذ أصيبوا بجروح طفيفة"
        let numbers = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).claims.flatMap(\.numbers)
        #expect(numbers.filter { $0.outcome == .injured }.map(\.value) == [3], "\(numbers)")
    }
}
