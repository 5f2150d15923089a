import ArabicText
import Extraction
import Testing
@testable import Stories

/// One dispute over figures is one conflict, however many outlets relay each side; on texts we wrote.
@Suite struct ConflictFiguresTests {
    @Test func twoOutletsRelayingOneFigureMakeOneConflictWithTheRivalFigure() {
        let official = "أعلنت وزارة التخطيط انخفاض نسبة البطالة في المملكة إلى 7.5 في المئة خلال العام الماضي."
        let relayed = "أعلنت وزارة التخطيط أن نسبة البطالة في المملكة انخفضت إلى 7.5% خلال العام الماضي."
        let rival = "قال خبراء إن نسبة البطالة الفعلية في المملكة بلغت 12 في المئة خلال العام الماضي وفق تقديراتهم."
        let articles = [("a", official), ("b", relayed), ("c", rival)].map { id, text in
            let claims = ArticleAnnotator().annotate(text: text, articleID: id, outlet: nil, published: nil).claims
            return AnalyzedArticle(id: id, outlet: id, published: nil, order: 0, title: nil, text: text, claims: claims)
        }
        let conflicts = ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "number" }
        #expect(conflicts.count == 1, "\(conflicts.map(\.description))")
        #expect(conflicts.first?.sides.contains { $0.article == "c" } == true)
        // Every outlet of the dispute is cited; the brief quotes its two sides.
        #expect(Set(conflicts.first?.sides.map(\.article) ?? []) == ["a", "b", "c"])
        if let conflict = conflicts.first {
            let sentence = BriefWriter.statement(of: conflict)
            #expect(sentence.citations.count == 3)
            #expect(sentence.text.ranges(of: "في مقابل").count == 1)
        }
    }

    /// One person said to leave his office in one article and to stay in it in another, however little
    /// else the two statements share; another person staying disputes nothing (guard).
    @Test func onePersonSaidToLeaveAndToStayIsADispute() {
        func articles(_ texts: [(String, String)]) -> [AnalyzedArticle] {
            texts.enumerated().map { order, item in
                let claims = ArticleAnnotator().annotate(text: item.1, articleID: item.0, outlet: nil, published: nil).claimsWithEntityKeys
                return AnalyzedArticle(id: item.0, outlet: item.0, published: nil, order: order, title: nil, text: item.1, claims: claims)
            }
        }
        let resigned = "قدم رئيس نادي الاتحاد سامر خليل العبيدي استقالته إلى الجمعية العمومية مساء السبت عقب الهزيمة الثقيلة أمام الجار."
        let stays = "ترأس سامر خليل العبيدي اجتماعا طارئا لمجلس الإدارة أمس. وجاء في بيان لاحق أن العبيدي باق."
        let other = "ترأس ماجد سالم النعيمي اجتماعا طارئا لمجلس الإدارة أمس. وجاء في بيان لاحق أن النعيمي باق."
        let disputed = articles([("a", resigned), ("b", stays)])
        #expect(ConflictDetector().conflicts(in: disputed, sets: StemSets(disputed)).contains { $0.description.contains("of one person") })
        let apart = articles([("a", resigned), ("b", other)])
        #expect(!ConflictDetector().conflicts(in: apart, sets: StemSets(apart)).contains { $0.kind == "polarity" })
    }

    @Test func countsOfOneParticularThingNeedLessInCommonThanCountsOfPeople() {
        // Three stems in common (المقبرة، تابوت، خشبي) and little else.
        let first = "وقال مدير البعثة الأثرية الدكتور سامي خليل في مؤتمر صحفي بمدينة الأقصر إن فريقه عثر داخل المقبرة الملكية على 14 تابوتا خشبيا ملونا، إلى جانب تمائم ذهبية وأوان فخارية."
        let second = "وكانت وزارة السياحة والآثار قد أعلنت يوم الأحد الماضي في بيان رسمي الكشف عن المقبرة التي تضم 19 تابوتا خشبيا وعددا كبيرا من التماثيل الحجرية."
        let articles = Self.articles([("a", "2026-05-07", first), ("b", "2026-05-09", second)])
        let numbers = ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "number" }
        #expect(numbers.count == 1, "\(numbers.map(\.description))")
        let people = "وقال مدير الدفاع المدني إن فرقه أجلت من الحي القديم 140 شخصا إلى مراكز الإيواء خلال الليل."
        let others = "وكانت البلدية قد أعلنت يوم الأحد الماضي أن الحي القديم يضم 900 شخص يعيشون في مبان متصدعة."
        let apart = Self.articles([("a", "2026-05-07", people), ("b", "2026-05-09", others)])
        #expect(ConflictDetector().conflicts(in: apart, sets: StemSets(apart)).filter { $0.kind == "number" }.isEmpty)
    }

    @Test func aFigureRoundsOnlyToOneWithFarFewerSignificantDigits() {
        let detector = ConflictDetector()
        #expect(detector.roundsTo(52311, 52000))
        #expect(detector.roundsTo(1234, 1200))
        #expect(detector.roundsTo(14.52, 14.5) == false)
        #expect(detector.roundsTo(3050, 3100) == false)
        #expect(detector.roundsTo(22, 20) == false)
        #expect(ConflictDetector.significantPlaces(14.5)! == (3, -1))
        #expect(ConflictDetector.significantPlaces(52000)! == (2, 3))
        #expect(ConflictDetector.significantPlaces(0) == nil)
    }

    @Test func aDenialThatNamesWhatItDeniesDisputesOnlyThat() {
        let denial = "ونفى المتحدث باسم وزارة التموين المصرية، أحمد كمال، صحة ما تم تداوله على مواقع التواصل بشأن زيادة سعر رغيف الخبز المدعم."
        let flour = "وقال رئيس شعبة المخابز في الغرفة التجارية، عبد الله غراب، إن سعر طن الدقيق ارتفع في الأسواق خلال الأسبوع الجاري."
        let bread = "وقال صاحب مخبز في حي شبرا، محمود سالم، إن سعر رغيف الخبز المدعم ارتفع إلى 20 قرشا منذ مطلع الأسبوع."
        let articles = Self.articles([("a", "2026-03-02", denial), ("b", "2026-03-02", flour), ("c", "2026-03-03", bread)])
        let denials = ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "denial" }
        #expect(denials.count == 1, "\(denials.map(\.description))")
        #expect(denials.first.map { Set($0.sides.map(\.article)) } == ["a", "c"])
    }

    @Test func aDeniedClosingIsDisputedOnlyByAClosing() {
        let crossing = "وقال شقيق المعتقل، محمد سالم، إن شقيقه سيعود إلى عمّان عبر جسر الملك حسين خلال الأيام المقبلة."
        let denial = "ونفى الناطق باسم وزارة الداخلية، زياد القضاة، صحة الأنباء عن إغلاق جسر الملك حسين أمام حركة المسافرين."
        let closing = "وقال سائقون إن السلطات الإسرائيلية أغلقت جسر الملك حسين أمام حركة المسافرين صباح اليوم."
        let articles = Self.articles([("a", "2026-03-09", crossing), ("b", "2026-03-09", denial), ("c", "2026-03-09", closing)])
        let denials = ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "denial" }
        #expect(denials.map { Set($0.sides.map(\.article)) } == [["b", "c"]], "\(denials.map(\.description))")
    }

    @Test func aDenialInTheArticleThatReportsWhatItDeniesIsAConflict() {
        let text = """
            وأكد وزير الخارجية اليمني، خالد العمري، أن سلطنة عمان ستعيد افتتاح سفارتها في عدن خلال الشهر المقبل.
            لكن مصدرا دبلوماسيا عمانيا نفى صحة الحديث عن موعد لإعادة افتتاح السفارة في عدن، وقال إن الملف لم يحسم بعد.
            """
        let articles = Self.articles([("a", "2026-05-10", text)])
        let denials = ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "denial" }
        #expect(denials.count == 1, "\(denials.map(\.description))")
    }

    @Test func twoArticlesMayDisputeTwoCountsOfDifferentThings() {
        let official = "وأعلنت لجنة الانتخابات فوز قائمة الوفاق بـ9 مقاعد من أصل 15 في المجلس البلدي. وبلغت نسبة الاقتراع 47 في المئة بحسب اللجنة."
        let rival = "وقالت قائمة التغيير إن قائمة الوفاق نالت 6 مقاعد فقط من أصل 15 في المجلس البلدي. وأضافت أن نسبة الاقتراع لم تتجاوز 30 في المئة بحسب مندوبيها."
        let articles = Self.articles([("a", "2026-05-11", official), ("b", "2026-05-11", rival)])
        let numbers = ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "number" }
        #expect(numbers.count == 2, "\(numbers.map(\.description))")
        #expect(numbers.contains { $0.description.contains("مقعد") } && numbers.contains { $0.description.contains("%") })
    }

    @Test func aSpeakerDenyingWhatAnotherOutletHasHimSayIsADispute() {
        let said = "وقال رئيس نادي الشباب الرياضي، كمال الدباغ، إن النادي سيتقدم بشكوى رسمية إلى اللجنة الأولمبية ضد قرار الاتحاد."
        let denied = "نفى رئيس نادي الشباب الرياضي، كمال الدباغ، أن يكون النادي بصدد تقديم أي شكوى إلى اللجنة الأولمبية ضد قرار الاتحاد الذي صدر يوم الأحد الماضي."
        let articles = Self.articles([("a", "2026-06-01", said), ("b", "2026-06-02", denied)])
        let denials = ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "denial" }
        #expect(denials.map { Set($0.sides.map(\.article)) } == [["a", "b"]], "\(denials.map(\.description))")
        // His own words in two outlets, neither a denial, are one voice (guard).
        let relayed = "وأكد رئيس نادي الشباب الرياضي، كمال الدباغ، أن النادي لن يتقدم بشكوى إلى اللجنة الأولمبية ضد قرار الاتحاد."
        let once = Self.articles([("a", "2026-06-01", said), ("b", "2026-06-02", relayed)])
        #expect(ConflictDetector().conflicts(in: once, sets: StemSets(once)).isEmpty)
    }

    /// The articles of `texts`, each published on its day.
    static func articles(_ texts: [(id: String, day: String, text: String)]) -> [AnalyzedArticle] {
        texts.map { item in
            let day = CivilDate(item.day)
            let claims = ArticleAnnotator().annotate(text: item.text, articleID: item.id, outlet: nil, published: day.map { $0...$0 }).claims
            return AnalyzedArticle(id: item.id, outlet: item.id, published: day, order: 0, title: nil, text: item.text, claims: claims)
        }
    }

    @Test func aDayExpectedAndTheDaysOfOtherActsAreNoDatesInDispute() {
        // Derailed on Wednesday; resumption expected on Friday.
        let derailment = "قررت الشركة الوطنية للسكك الحديدية تعليق حركة القطارات على خط قسنطينة بعد خروج قطار شحن عن القضبان صباح الأربعاء 15 أبريل."
        let expected = "قررت الشركة الوطنية للسكك الحديدية تعليق حركة القطارات على خط قسنطينة بعد خروج قطار شحن عن القضبان، متوقعة استئناف الحركة يوم الجمعة 17 أبريل."
        let first = Self.articles([("a", "2026-04-15", derailment), ("b", "2026-04-15", expected)])
        #expect(ConflictDetector().conflicts(in: first, sets: StemSets(first)).filter { $0.kind == "date" }.isEmpty)
        // Arrested on Monday, released on Wednesday: two acts, two days.
        let arrest = "أوقفت قوات الدرك الصحفي سامي بن عمر في مدينة صفاقس يوم الاثنين 20 أبريل بسبب مقال عن أزمة المياه في الولاية."
        let release = "أفرجت قوات الدرك عن الصحفي سامي بن عمر في مدينة صفاقس يوم الأربعاء 22 أبريل بسبب مقال عن أزمة المياه في الولاية."
        let second = Self.articles([("a", "2026-04-20", arrest), ("b", "2026-04-22", release)])
        #expect(ConflictDetector().conflicts(in: second, sets: StemSets(second)).filter { $0.kind == "date" }.isEmpty)
    }

    @Test func aCountOfOnePlaceAloneIsAPartOfTheWhole() {
        let whole = "وتبلغ قيمة الأوراق النقدية المتداولة من فئة الخمسين دينارا 2.4 مليار دينار وفق بيانات البنك المركزي."
        let part = "وقال مصدر إن قيمة الأوراق النقدية المتداولة من فئة الخمسين دينارا في الجنوب وحده تقدر بنحو 600 مليون دينار."
        let articles = Self.articles([("a", "2026-04-12", whole), ("b", "2026-04-13", part)])
        #expect(ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "number" }.isEmpty)
    }

    @Test func aTollThatRoseTheNextDayIsAnUpdateAndOneThatFellConflicts() {
        let monday = "أسفر الحريق الذي اندلع في غابات ولاية تيزي وزو عن مقتل أربعة أشخاص وإصابة آخرين."
        let tuesday = "أسفر الحريق الذي اندلع في غابات ولاية تيزي وزو عن مقتل سبعة أشخاص وإصابة آخرين."
        let rose = Self.articles([("a", "2026-07-20", monday), ("b", "2026-07-21", tuesday)])
        #expect(ConflictDetector().conflicts(in: rose, sets: StemSets(rose)).filter { $0.kind == "number" }.isEmpty)
        let fell = Self.articles([("a", "2026-07-20", tuesday), ("b", "2026-07-21", monday)])
        #expect(ConflictDetector().conflicts(in: fell, sets: StemSets(fell)).contains { $0.kind == "number" })
    }

    /// «No one was hurt» said outright is disputed by a victim named the next day, in words that share
    /// little else with it; a statement of no dead disputes no one injured.
    @Test func noOneHurtIsDisputedByAVictimNamedLater() {
        let official = "وقال مدير الدفاع المدني في المحافظة إن فرق الإنقاذ أخلت مبنى المدرسة خلال دقائق، مؤكدا أنه لم تسجل أي إصابات."
        let witness = "وذكرت مصادر محلية أن معلمة أصيبت بحروق في يدها ونقلت إلى المستشفى الحكومي."
        let hurt = Self.articles([("a", "2026-03-02", official), ("b", "2026-03-03", witness)])
        let found = ConflictDetector().conflicts(in: hurt, sets: StemSets(hurt)).filter { $0.kind == "number" }
        #expect(found.contains { $0.description == "0 (injured) against 1 (injured)" }, "\(found.map(\.description))")
        let noDead = "وقال مدير الدفاع المدني في المحافظة إن فرق الإنقاذ أخلت مبنى المدرسة خلال دقائق، مؤكدا أنه لم تسجل أي وفيات."
        let apart = Self.articles([("a", "2026-03-02", noDead), ("b", "2026-03-03", witness)])
        #expect(ConflictDetector().conflicts(in: apart, sets: StemSets(apart)).filter { $0.kind == "number" }.isEmpty)
    }

    @Test func tensOfAThingContradictNoCountOfItsOrder() {
        let many = "أتت النيران على أكثر من 300 هكتار من غابات الصنوبر في ولاية بجاية أمس."
        let vague = "أتت النيران على عشرات الهكتارات من غابات الصنوبر في ولاية بجاية أمس."
        let few = "أتت النيران على خمسة هكتارات من غابات الصنوبر في ولاية بجاية أمس."
        let order = Self.articles([("a", "2026-07-20", many), ("b", "2026-07-20", vague)])
        #expect(ConflictDetector().conflicts(in: order, sets: StemSets(order)).isEmpty)
        let below = Self.articles([("a", "2026-07-20", few), ("b", "2026-07-20", vague)])
        #expect(ConflictDetector().conflicts(in: below, sets: StemSets(below)).contains { $0.kind == "number" })
    }

    @Test func theDayAfterAnotherEventDatesNoConflictWithIt() {
        let verdict = "أصدرت محكمة الجنايات حكما بسجن مدير شركة الاستثمار الوهمية عشر سنوات اليوم الأربعاء."
        let protest = "تجمع المتضررون من شركة الاستثمار الوهمية أمام محكمة الجنايات صباح اليوم الخميس، غداة صدور حكم بسجن مديرها عشر سنوات."
        let articles = Self.articles([("a", "2026-04-15", verdict), ("b", "2026-04-16", protest)])
        #expect(ConflictDetector().conflicts(in: articles, sets: StemSets(articles)).filter { $0.kind == "date" }.isEmpty)
    }

    @Test func aTitleThatStatesADisputedFigureGivesWayToOneThatDoesNot() {
        let texts = [
            ("a", "2026-04-15", "السجن 10 سنوات لمدير شركة الصرافة في الزرقاء", "قضت محكمة الجنايات الكبرى بسجن مدير شركة الصرافة في الزرقاء 10 سنوات بتهمة الاحتيال على المودعين."),
            ("b", "2026-04-15", "محكمة الجنايات تقضي بسجن مدير شركة صرافة في الزرقاء", "قضت محكمة الجنايات الكبرى بسجن مدير شركة الصرافة في الزرقاء 15 سنة بتهمة الاحتيال على المودعين."),
        ]
        let articles = texts.enumerated().map { order, item in
            let day = CivilDate(item.1)
            let claims = ArticleAnnotator().annotate(text: item.3, articleID: item.0, outlet: nil, published: day.map { $0...$0 }).claims
            return AnalyzedArticle(id: item.0, outlet: item.0, published: day, order: order, title: item.2, text: item.3, claims: claims)
        }
        let story = StoryAnalyzer().analyze(articles, reuse: [], assignments: [])
        #expect(story.conflicts.contains { $0.kind == "number" })
        #expect(story.title == "محكمة الجنايات تقضي بسجن مدير شركة صرافة في الزرقاء")
    }
}
