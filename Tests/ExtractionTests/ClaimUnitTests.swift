import Testing
@testable import Extraction

/// The claim units of short texts we wrote.
@Suite struct ClaimUnitTests {
    private func claims(_ text: String) -> [ClaimUnit] {
        ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).claims
    }

    @Test(arguments: [
        "بيروت – «الوطنية» – أعلنت مؤسسة كهرباء لبنان توقف معمل الزهراني عن العمل.",
        "الكويت – 15 – 11 (كونا) -- وصل وزير الخارجية إلى دمشق اليوم في زيارة رسمية.",
        "عمان – 3 – 2 (بترا) - افتتح وزير الأشغال الطريق الصحراوي بعد صيانته.",
        "الشارقة في 3 مارس / وام / افتتح حاكم الشارقة المعرض الدولي للكتاب في دورته الجديدة.",
        "الدوحة في 9 مايو /قنا/ وصل وزير الخارجية العماني إلى الدوحة في زيارة رسمية.",
        "بيروت: «النهار» أعلنت وزارة الطاقة اللبنانية رفع تعرفة الكهرباء ابتداء من الشهر المقبل.",
    ])
    func aDateLineWithAQuotedOrDatedCreditIsNoPartOfTheClaim(_ text: String) throws {
        let first = try #require(claims(text).first)
        #expect(["أعلنت", "وصل", "افتتح"].contains { first.text.hasPrefix($0) }, "\(first.text)")
    }

    /// A date between a reporting verb and what it reports, or after a verb that gives the source,
    /// dates the saying; a date of what is reported, or of an act announced without a clause,
    /// dates the claim.
    @Test(arguments: [
        ("أعلن الاتحاد الأردني لكرة القدم، يوم الخميس 12 مارس 2026، أنه أوقف مدرب نادي الرمثا ثلاث مباريات.", [String](), ["2026-03-12"]),
        ("قال وزير النقل المغربي يوم 3 مارس 2026 إن الطريق السيار سيفتح أمام السير.", [], ["2026-03-03"]),
        ("أغلقت السلطات معبر الكركرات أمام الشاحنات، حسبما ذكرته وكالة الأنباء يوم 3 مارس 2026.", [], ["2026-03-03"]),
        ("قال المتحدث إن الشرطة أوقفت المتهمين يوم 3 مارس 2026 في مدينة فاس.", ["2026-03-03"], []),
        ("أعلنت وزارة الصحة يوم 3 مارس 2026 تسجيل خمس إصابات جديدة بالحصبة.", ["2026-03-03"], []),
        // «أفاد» reports what follows ب as a clause.
        ("أفاد مصدر في الشرطة، يوم 3 مارس 2026، بمقتل شخصين في حادث سير على الطريق الدولي.", [], ["2026-03-03"]),
        // Between commas before what was disclosed («عن») or denied, the date is the verb's.
        ("كشف مصدر في وزارة المالية، يوم 3 مارس 2026، عن خطة لخفض الدعم على الوقود.", [], ["2026-03-03"]),
        ("نفت وزارة الداخلية، يوم 3 مارس 2026، وجود أي معتقلين أجانب في سجونها.", [], ["2026-03-03"]),
        // Inside what «بأن» opens, a date between commas is the reported event's («عبرت» is no saying here).
        ("أفادت صحف محلية بأن ثماني شاحنات عبرت المعبر، يوم 3 مارس 2026، في أول يوم لاستئناف العمل.", ["2026-03-03"], []),
    ])
    func aDateOfTheSayingIsKeptApart(_ text: String, _ dates: [String], _ sayingDates: [String]) throws {
        let unit = try #require(claims(text).first)
        #expect(unit.dates == dates)
        #expect(unit.sayingDates == sayingDates)
    }

    /// Every form of a word that opens with a hamzated alef and lam has one stem, whatever takes
    /// the alef and lam for an article: bare, definite, after a preposition.
    @Test(arguments: [
        ["إلغاء", "الإلغاء", "لإلغاء", "للإلغاء", "بإلغاء"], ["التزام", "الالتزام", "لالتزام", "بالالتزام"],
        // A verb that ends in ى is no function word: «أنهى» is not «أنه».
        ["أنهى", "وأنهى"],
    ])
    func formsOfAWordOpeningWithAlefLamShareAStem(_ forms: [String]) {
        let stems = Set(forms.map { ClaimUnit.contentStems(of: $0) })
        #expect(stems.count == 1, "\(stems)")
        #expect(stems.first?.isEmpty == false)
    }

    @Test func anAnnotatorThatReadsNoClaimsFindsTheSameOtherwise() {
        let text = "وقال وزير الصحة سامي الحلو، اليوم الأحد، إن 40 مريضا غادروا المستشفى في الزرقاء."
        let full = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        let light = ArticleAnnotator(readsClaims: false).annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(!full.claims.isEmpty)
        #expect(light.claims.isEmpty)
        #expect(light.entities.map(\.name) == full.entities.map(\.name))
        #expect(light.mentions == full.mentions)
        #expect(light.timexes.map(\.value) == full.timexes.map(\.value))
        #expect(light.quantities.map(\.value) == full.quantities.map(\.value))
        #expect(light.quotes.map(\.text) == full.quotes.map(\.text))
    }

    @Test func theNumbersOfADateLineAreNoCounts() {
        let text = "الكويت – 15 – 11 (كونا) -- وصل وزير الخارجية إلى دمشق اليوم على رأس وفد من 12 مسؤولا."
        let quantities = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).quantities
        #expect(quantities.map(\.value) == [12])
    }

    @Test func theYearOfALawsNumberDatesNoClaim() throws {
        let text = "وأدانت المحكمة المتهم بموجب القانون رقم 111 لسنة 1969 وقضت بسجنه عشر سنوات في أربيل عام 2026."
        let unit = try #require(claims(text).first)
        #expect(unit.dates == ["2026"])
    }

    @Test func aDateLineIsNoPartOfTheClaim() throws {
        let first = try #require(claims("إربد – بترا: افتتح وزير الزراعة مصنعا جديدا لتعليب الخضار في المدينة الصناعية.").first)
        #expect(first.text.hasPrefix("افتتح وزير الزراعة"))
        #expect(!first.stems.contains { $0.contains("بترا") })
    }

    @Test func aPlaceWithItsAgencyInParenthesesAndADashIsADateLine() throws {
        let first = try #require(claims("صلالة (وكالة الأنباء العمانية) - افتتح وزير النقل ميناء جديدا للصيد في ولاية مرباط.").first)
        #expect(first.text.hasPrefix("افتتح وزير النقل"))
        // A count before a parenthesis is no place: the sentence stays whole.
        let count = try #require(claims("قتل 19 شخصا (بينهم أطفال) - حسب الشرطة - في حادث سير على الطريق الصحراوي.").first)
        #expect(count.text.hasPrefix("قتل 19 شخصا"))
    }

    @Test func aPlaceAndADashOpenADateLine() throws {
        let first = try #require(claims("سوسة - افتتح وزير السياحة التونسي فندقا جديدا على الواجهة البحرية للمدينة.").first)
        #expect(first.text.hasPrefix("افتتح وزير السياحة"))
        // A dash after words that name no place stays in the sentence.
        let other = try #require(claims("الوضع صعب - قال وزير السياحة إن الموسم سيكون أفضل من العام الماضي.").first)
        #expect(other.text.hasPrefix("الوضع صعب"))
    }

    @Test func aColonInsideTheSentenceWithoutADashBeforeItStays() throws {
        let text = "وزير الزراعة: المصنع الجديد سيوفر مئتي فرصة عمل لشباب المحافظة."
        let first = try #require(claims(text).first)
        #expect(first.text.hasPrefix("وزير الزراعة"))
    }

    @Test func aLongSentenceIsCutWhereACommaAndAVerbOpenAnotherReport() throws {
        let text = "ومنذ عام 2019 تدير الشركة الوطنية ميناء المدينة الجنوبي، ونقلت نحو أربعة ملايين حاوية إلى الأسواق المجاورة، "
            + "فيما تستعد الحكومة لتوسيع الرصيف الشمالي خلال العام المقبل."
        let units = claims(text)
        #expect(units.count == 3)
        #expect(units.first?.text.hasSuffix("الجنوبي،") == true)
        #expect(units.dropFirst().first?.text.hasPrefix("ونقلت") == true)
        #expect(units.last?.text.hasPrefix("فيما تستعد") == true)
        // Each clause keeps only what it says: the count is the second clause's.
        #expect(units.first?.numbers.isEmpty == true)
        #expect(units.dropFirst().first?.numbers.count == 1)
    }

    @Test(arguments: [
        // A short clause stays with its sentence.
        "افتتح الوزير المعرض الدولي للكتاب في العاصمة، وقال إنه الأكبر.",
        // A comma before a noun with و joins a list, not a clause.
        "وشارك في الاجتماع وزراء الخارجية والدفاع والداخلية، والمالية والاقتصاد والتخطيط في الحكومة الجديدة.",
    ])
    func aShortClauseOrAListStaysWithItsSentence(_ text: String) {
        #expect(claims(text).count == 1)
    }

    /// A date after «قبل» or «بعد» bounds the event and is not its day; «قبل يومين» is a day.
    @Test(arguments: [
        ("علقت الحكومة تصدير الأبقار قبل 20 مارس 2026 بأسبوع لتوفير الأضاحي.", [String]()),
        ("أعلنت البلدية أنها ستفتح السوق الجديد بعد 15 أبريل 2026.", []),
        ("افتتحت البلدية السوق الجديد يوم 15 أبريل 2026.", ["2026-04-15"]),
    ])
    func aDateAfterBeforeOrAfterBoundsTheEvent(_ text: String, _ dates: [String]) throws {
        #expect(try #require(claims(text).first).dates == dates)
    }

    @Test func aBoundKeepsItsSide() throws {
        #expect(try #require(claims("على المكلفين تسديد الضريبة قبل 30 حزيران 2026.").first).boundDates == ["<2026-06-30"])
        #expect(try #require(claims("ستفتح البلدية السوق بعد 15 أبريل 2026.").first).boundDates == [">2026-04-15"])
    }

    /// «البرية» (by land) asserts no verdict, though «برأت» (acquitted) stems as it does.
    @Test func byLandAcquitsNoOne() throws {
        let land = try #require(claims("أغلقت السلطات المنافذ البرية مع الأردن أمام الشاحنات.").first)
        #expect(!land.frames.contains { $0.axis == "verdict" })
        let acquitted = try #require(claims("برأت المحكمة الوزير السابق من تهمة الفساد.").first)
        #expect(acquitted.frames.contains(PredicateFrame(axis: "verdict", pole: "acquit")))
    }

    /// «بعد ظهر اليوم» is the afternoon of the day, no bound after it.
    @Test func afterNoonIsATimeOfDayNotABound() throws {
        let unit = try #require(claims("اندلع حريق في غابات الفرنلق بعد ظهر يوم 9 أغسطس 2026 وسط رياح نشطة.").first)
        #expect(unit.dates == ["2026-08-09"])
        #expect(unit.boundDates.isEmpty)
    }

    /// What is awaited has not happened; «انطلاقا من» says where from.
    @Test func anAwaitedOrAStartingPointAssertsNoStage() throws {
        let awaited = try #require(claims("أوقفت الشرطة السائق ووضعته تحت النظر في انتظار استكمال التحقيق في الحادث.").first)
        #expect(!awaited.frames.contains { $0.axis == "phase" })
        let from = try #require(claims("قطعت الشركة المياه عن الأحياء الشرقية انطلاقا من محطة الضخ الرئيسية.").first)
        #expect(!from.frames.contains { $0.axis == "phase" })
        let begun = try #require(claims("أعلنت الوزارة انطلاق حملة التلقيح في المدارس الحكومية.").first)
        #expect(begun.frames.contains(PredicateFrame(axis: "phase", pole: "begin")))
    }

    @Test func aNegationTurnsOnlyItsOwnClause() throws {
        let text = "ونفى المتحدث باسم الوزارة وجود أي نية لإغلاق المعبر الحدودي، وأعلن أن الحركة التجارية ستستمر بصورة طبيعية طوال الأسبوع."
        let units = claims(text)
        #expect(units.count == 2)
        #expect(units.first?.isDenial == true)
        #expect(units.last?.isNegated == false)
    }

    /// «لا يتجاوز» before a count bounds the count; it negates nothing the statement says.
    @Test func aBoundOfACountNegatesNothing() throws {
        let bound = try #require(claims("فرضت البلدية على أصحاب المحلات رسما شهريا لا يتجاوز 5 دنانير لتنظيف الأسواق.").first)
        #expect(!bound.isNegated)
        #expect(bound.numbers.first?.isUpperBound == true)
        // «ألا» is «أن لا»: the count after it is a bound too.
        let after = try #require(claims("وينص التعميم على ألا يتجاوز مستوى الصوت في المكبرات 85 ديسيبل.").first)
        #expect(after.numbers.first?.isUpperBound == true)
    }

    @Test func aVerbalNounAfterThePrepositionLStemsAsItDoesAlone() throws {
        let unit = try #require(claims("دعت الوزارة لاستقبال اللاعبين في المطار لإغلاق ملف الاتفاق لانطلاق البطولة.").first)
        #expect(unit.stems.contains("استقبال"))
        #expect(unit.stems.contains("اغلاق"))
        #expect(unit.stems.contains("انطلاق"))
        // Words that begin with لا keep it: a player is no verbal noun.
        #expect(unit.stems.contains("لاعب"))
        #expect(unit.frames.contains(PredicateFrame(axis: "phase", pole: "begin")))
    }

    @Test func aVerbInTheFemininePastStemsAsTheMasculine() throws {
        let feminine = try #require(claims("أغلقت السلطات الليبية معبر رأس جدير الحدودي أمام المسافرين.").first)
        let masculine = try #require(claims("أغلق الجيش الليبي معبر رأس جدير الحدودي أمام المسافرين.").first)
        #expect(feminine.stems.first == masculine.stems.first)
        #expect(feminine.stems.first == "اغلق")
    }

    @Test func financialSetsNoCountry() throws {
        let market = try #require(claims("ارتفع مؤشر سوق دبي المالي بنسبة 2 في المئة خلال تعاملات اليوم.").first)
        #expect(!market.countries.contains("ML"))
        let ministry = try #require(claims("وقعت وزارة المالية اتفاقا مع البنك الدولي لتمويل المدارس.").first)
        #expect(ministry.countries.isEmpty)
    }

    @Test func theWordsOfWhoSpeaksAreAttributionStems() throws {
        let unit = try #require(claims("أعلنت وزارة الصحة العمانية تسجيل 12 إصابة جديدة بالحصبة في صحار.").first)
        #expect(unit.attributionStems.contains("اعلن"))
        #expect(unit.attributionStems.contains("وزار"))
        #expect(!unit.attributionStems.contains("اصاب"))
        #expect(!unit.attributionStems.contains("حصب"))
    }

    /// «ظلت … مغلقة» says a closure still holds, past a long subject; «في ظل الإغلاق» is "amid" it.
    @Test func remainingClosedHoldsStillAndAmidDoesNot() throws {
        let remains = try #require(claims("وحتى مساء اليوم الأحد، ظلت الطريق الدولية رقم 3 مغلقة أمام حركة الشاحنات.").first)
        #expect(remains.holdsStill)
        let amid = try #require(claims("وقال التجار إن الأسعار ارتفعت في ظل إغلاق المعبر أمام الشاحنات منذ أسبوع.").first)
        #expect(!amid.holdsStill)
    }
}
