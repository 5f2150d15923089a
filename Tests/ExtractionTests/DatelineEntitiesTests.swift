import Testing
@testable import Extraction

@Suite struct DatelineEntitiesTests {
    private func names(_ dateline: String) -> [String] {
        DatelineEntities.items(of: dateline).map { "\($0.type.rawValue):\($0.name)" }.sorted()
    }

    @Test(arguments: [
        ("الناصرية - واع", ["location:الناصرية", "organization:وكالة الأنباء العراقية"]),
        ("تونس 18 جوان (وات)", ["location:تونس", "organization:وكالة تونس أفريقيا للأنباء"]),
        ("أريحا 13-7-2026 وفا", ["location:أريحا", "organization:وكالة الأنباء والمعلومات الفلسطينية"]),
        ("المنامة/ بنا", ["location:المنامة", "organization:وكالة أنباء البحرين"]),
        ("سيدي بوزيد - إذاعة الكرامة", ["location:سيدي بوزيد", "organization:إذاعة الكرامة"]),
        ("نينوى نيوز/ الموصل", ["location:الموصل", "organization:نينوى نيوز"]),
        ("بيروت - فادي سعد", ["location:بيروت", "person:فادي سعد"]),
        ("كفر الدوار - المصري اليوم", ["location:كفر الدوار", "organization:المصري اليوم"]),
        ("القاهرة، 10 أيلول/سبتمبر (أ ش أ)", ["location:القاهرة", "organization:وكالة أنباء الشرق الأوسط"]),
        ("تطوان: فرانس 24", ["location:تطوان", "organization:فرانس 24"]),
        ("الكويت 15 – 11 (كونا)", ["location:الكويت", "organization:وكالة الأنباء الكويتية"]),
        ("بيروت 2026", ["location:بيروت"]),
        ("غزة - مراسلنا", ["location:غزة"]), ("الرياض - خاص", ["location:الرياض"]), ("واشنطن - وكالات", ["location:واشنطن"]),
    ])
    func readsThePlaceAndTheCredit(_ dateline: String, _ expected: [String]) {
        #expect(names(dateline) == expected.sorted())
    }

    @Test func aLongLineIsNoDateline() {
        #expect(names("أعلنت وزارة الصحة في الأردن اليوم - عن حملة").isEmpty)
    }

    @Test func aRemovedDatelineGivesEntitiesWithoutMentions() {
        let text = "أعلنت بلدية المدينة إغلاق السوق القديم أسبوعا لأعمال الترميم."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil, dateline: "صفاقس - وات")
        #expect(annotations.entities.contains { $0.type == .location && $0.name == "صفاقس" })
        #expect(annotations.mentions.allSatisfy { !$0.text.contains("صفاقس") })
    }

    @Test func aCreditBetweenSlashesInTheOpeningLineIsTheAgency() {
        let text = "الدوحة في 12 مارس /قنا/ افتتح وزير الثقافة معرض الكتاب في دورته الجديدة."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.contains { $0.type == .organization && $0.name == "وكالة الأنباء القطرية" })
        #expect(annotations.entities.contains { $0.type == .location && $0.name == "الدوحة" })
    }

    @Test func theCreditOfADatelineThatOpensTheTextIsNamedThere() {
        let text = "الزرقاء – الأنباط: أعلنت مديرية التربية في المحافظة تعليق الدوام يوم غد بسبب المنخفض الجوي."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.contains { $0.type == .organization && $0.name == "الأنباط" })
        #expect(annotations.mentions.contains { $0.text == "الأنباط" && $0.span == 10..<17 })
    }

    /// A credit without marks between two dashes, a number closing it; a word that closes an outlet's
    /// name makes it an outlet though a given name opens it. A verb after the dash is no credit.
    @Test(arguments: [
        ("إربد - نبض 24 - أعلنت البلدية إغلاق السوق القديم.", "نبض 24"),
        ("وجدة – سلمى بريس: أعلنت البلدية إغلاق السوق القديم.", "سلمى بريس"),
    ])
    func aCreditWithoutMarksOpensTheText(_ text: String, _ outlet: String) {
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.contains { $0.type == .organization && $0.name == outlet })
        #expect(!annotations.entities.contains { $0.type == .person })
        #expect(annotations.quantities.isEmpty)
    }

    @Test func aVerbAfterTheDashIsNoCredit() {
        let text = "كسلا - قالت الشرطة - إن الطريق مغلق."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.map(\.name) == ["كسلا"])
    }

    @Test func aFirstLineThatIsADatelineIsReadAsOne() {
        let text = "الشارقة - الوطن اليوم\nأعلنت البلدية إغلاق السوق القديم أسبوعا لأعمال الترميم."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.contains { $0.type == .organization && $0.name == "الوطن اليوم" })
        #expect(annotations.timexes.isEmpty)
    }

    @Test func aKnownOutletAsCreditMakesAFirstLineADateline() {
        let text = "وادي لو: هسبريس\nتواصل فرق الوقاية المدنية إخماد حريق اندلع في غابة قريبة من البلدة."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.contains { $0.type == .organization && $0.name == "هسبريس" })
        #expect(annotations.entities.contains { $0.type == .location && $0.name == "وادي لو" })
        #expect(annotations.timexes.isEmpty && annotations.quantities.isEmpty)
    }

    @Test func anOpeningWithoutAKnownPlaceNamesNoCredit() {
        let text = "مساعد المدير – الشؤون الفنية: تبدأ أعمال الصيانة الأسبوع المقبل في جميع المدارس."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(!annotations.entities.contains { $0.name == "الشؤون الفنية" || $0.name == "مساعد المدير" })
    }

    @Test func aDatelineStillInTheTextAddsNothing() {
        let text = "صفاقس - وات - أعلنت بلدية المدينة إغلاق السوق القديم أسبوعا لأعمال الترميم."
        let withDateline = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil, dateline: "صفاقس - وات")
        let without = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(withDateline.entities.map(\.name) == without.entities.map(\.name))
    }

    @Test func aTownNamedOnlyInTheDatelineIsNoPlaceTheNewsHappened() {
        let text = "طرابلس (وال) - أعلن البنك المركزي خفض رسوم بيع النقد الأجنبي، فيما شكا تجار في مصراتة من نقص السيولة."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        let name = { (item: Int) in annotations.entities[item].name }
        #expect(Set(annotations.settlements.map(name)) == ["طرابلس", "مصراتة"])
        #expect(annotations.reportedSettlements.map(name) == ["مصراتة"])
    }
}
