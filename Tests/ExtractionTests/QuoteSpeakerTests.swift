import Testing
@testable import Extraction

/// Who said it, on short texts we wrote: speakers named by announcing verbs that carry no quotation,
/// names that open with the letters of prepositions, and names glued by an underscore.
@Suite struct QuoteSpeakerTests {
    /// The speaker name (or, without an entity, the speaker text) of each quotation, in order.
    /// Clauses with «أن» that report nothing: a plan added after a comma, and a contrast the writer
    /// adds after another verb, which ends what was demanded before it.
    @Test func aPlanOrAContrastAfterACommaIsNoQuotation() {
        let plan = "وكشف المكتب الوطني للمطارات عن تقدم الأشغال بنسبة 60 في المائة، على أن يدخل المطار الجديد الخدمة العام المقبل."
        #expect(Self.speakers(of: plan).isEmpty)
        let contrast = "وطالب التجار بتسهيل الإجراءات الجمركية، في حين يرتقب أن يعقد الوزير اجتماعا مع المهنيين."
        let quotes = ArticleAnnotator().annotate(text: contrast, articleID: "t", outlet: nil, published: nil).quotes
        #expect(quotes.map(\.text) == ["بتسهيل الإجراءات الجمركية"])
    }

    /// What was announced, disclosed or denied may be a verbal noun: after «عن», or after the comma
    /// that closes the subject's apposition or the time. «كشف عن أسباب …» discloses no statement.
    @Test(arguments: [
        ("وأعلنت مديرية الشرطة، مساء الأحد، عن توقيف ثلاثة أشخاص بحوزتهم أسلحة.", "توقيف ثلاثة أشخاص بحوزتهم أسلحة", "مديرية الشرطة"),
        ("وأعلن محافظ المدينة، اللواء سامر عادل النحاس، تعليق الدراسة في المدارس يومين.", "تعليق الدراسة في المدارس يومين", "سامر عادل النحاس"),
        ("ونفت شركة المياه، في بيان، وصول ملوثات إلى الشبكة.", "وصول ملوثات إلى الشبكة", "شركة المياه"),
        ("وكشفت الهيئة عن برنامج لدعم صغار المزارعين بقروض ميسرة.", "برنامج لدعم صغار المزارعين بقروض ميسرة", "الهيئة"),
        // Right after a subject that ends in a definite word; the plan the writer adds after «، على أن» is not said.
        ("وأعلنت وزارة النقل إغلاق الطريق الساحلي، على أن يعاد فتحه مساء.", "إغلاق الطريق الساحلي", "وزارة النقل"),
        // Or in the town the body serves; stopping a plant is announced as its start is.
        ("وأعلنت مديرية الصحة في نابلس تعليق الدوام في العيادات الحكومية غدا.", "تعليق الدوام في العيادات الحكومية غدا", "مديرية الصحة في نابلس"),
        ("وأعلنت شركة الكهرباء، صباح اليوم، إيقاف المحطة الثالثة لمدة أسبوع.", "إيقاف المحطة الثالثة لمدة أسبوع", "شركة الكهرباء"),
        // A region declared free of a disease.
        ("وأعلنت وزارة الصحة، مساء أمس، خلو المحافظة من الحصبة بعد شهرين دون إصابات.", "خلو المحافظة من الحصبة بعد شهرين دون إصابات", "وزارة الصحة"),
    ])
    func anAnnouncedVerbalNounIsWhatWasSaid(_ text: String, _ said: String, _ speaker: String) {
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == [said])
        #expect(Self.speakers(of: text) == [speaker])
    }

    /// The announced act may follow a subject that ends in a place of several words, a place glued
    /// to ب or a headed place; it may be a derived verbal noun or an event reported; and a verb whose
    /// subject is its pronoun may announce it at once. A subject named before «قد» is the speaker,
    /// not a name inside what was announced.
    @Test(arguments: [
        ("وأعلنت هيئة البيئة في سلطنة عمان رصد طائر نادر في المحمية.", "رصد طائر نادر في المحمية", "هيئة البيئة"),
        ("وأعلنت وزارة الاقتصاد استيراد 200 ألف طن من القمح قبل رمضان.", "استيراد 200 ألف طن من القمح قبل رمضان", "وزارة الاقتصاد"),
        ("وأعلن الدفاع المدني غرق طفلين في بركة زراعية جنوب المدينة.", "غرق طفلين في بركة زراعية جنوب المدينة", "الدفاع المدني"),
        ("وكان البنك الدولي قد أعلن الشهر الماضي تمويل مشروعات للمياه في الكرك والطفيلة.", "تمويل مشروعات للمياه في الكرك والطفيلة", "البنك الدولي"),
    ])
    func anActAnnouncedAfterALongerSubject(_ text: String, _ said: String, _ speaker: String) {
        #expect(Self.quotes(of: text).map(\.text) == [said])
        #expect(Self.speakers(of: text) == [speaker])
    }

    /// After «بحسب …، فإن», a named subject with its own verb of saying speaks; the accordance carried
    /// the words. A clause with no one named («فإن عطلا يرجح أن …») stays the accordance's.
    @Test func aNamedSubjectAfterFaInnaSpeaksForItself() throws {
        let text = "وبحسب ما نقلته صحيفة المدى عن وكالة الأنباء العراقية، فإن وزارة الكهرباء أكدت أن الخطوط عادت للعمل."
        let quote = try #require(Self.quotes(of: text).first)
        #expect(quote.text == "الخطوط عادت للعمل")
        #expect(Self.speakers(of: text) == ["وزارة الكهرباء"])
        #expect(quote.via.contains("وكالة الأنباء العراقية"))
        let unnamed = "وحسب ما أورده موقع «الأيام» نقلا عن مصدر في الدفاع المدني، فإن عطلا كهربائيا يرجح أن يكون وراء الحريق."
        #expect(Self.quotes(of: unnamed).map(\.text) == ["عطلا كهربائيا يرجح أن يكون وراء الحريق"])
    }

    @Test func aVerbWhoseSubjectIsItsPronounAnnouncesAtOnce() {
        let text = "وقالت وزارة التربية إن الخريطة خاطئة. وأعلنت سحب 40 ألف نسخة من الكتاب."
        #expect(Self.quotes(of: text).map(\.text) == ["الخريطة خاطئة", "سحب 40 ألف نسخة من الكتاب"])
        #expect(Self.speakers(of: text) == ["وزارة التربية", "وزارة التربية"])
        // A plural that has the shape of a verbal noun is no act: «عن أسباب …» discloses nothing said.
        #expect(Self.quotes(of: "وكشف المدير العام عن أسباب التأخير في التسليم.").isEmpty)
    }

    /// What a source reports with «أفاد» may be an event with ب after the subject; «بأن» opens a
    /// clause as it does after any verb.
    @Test(arguments: [
        ("وأفاد مصدر في هيئة الموانئ بتحويل ثلاث سفن إلى ميناء آخر.", "بتحويل ثلاث سفن إلى ميناء آخر", "مصدر في هيئة الموانئ"),
        ("وأفاد شهود عيان بسماع دوي انفجارات قوية قرب المطار.", "بسماع دوي انفجارات قوية قرب المطار", "شهود عيان"),
    ])
    func anEventReportedWithأفادIsWhatWasSaid(_ text: String, _ said: String, _ speaker: String) {
        #expect(Self.quotes(of: text).map(\.text) == [said])
        #expect(Self.speakers(of: text) == [speaker])
    }

    /// What a statement says, without a verb of saying: «وجاء في بيان …».
    @Test(arguments: [
        ("وجاء في بلاغ صادر عن المديرية العامة للأمن الوطني أن الموقوفين نفذوا عمليات سرقة عدة.", "الموقوفين نفذوا عمليات سرقة عدة", "المديرية العامة للأمن الوطني"),
        ("وأعلنت وزارة الصحة إطلاق حملة. وجاء في بيان للوزارة أن الحملة ستستمر أسبوعا كاملا.", "الحملة ستستمر أسبوعا كاملا", "وزارة الصحة"),
        ("وجاء في تقرير نشرته صحيفة الغد أن أسعار الخضار ارتفعت كثيرا.", "أسعار الخضار ارتفعت كثيرا", "صحيفة الغد"),
    ])
    func whatAStatementSaysIsReported(_ text: String, _ said: String, _ speaker: String) {
        #expect(Self.quotes(of: text).map(\.text).last == said)
        #expect(Self.speakers(of: text).last == speaker)
    }

    @Test func aRankIsNoStatement() {
        #expect(Self.quotes(of: "وجاء في المرتبة الثانية الفريق الأهلي بعد خسارته أمس.").isEmpty)
    }

    @Test func theTitledNameAfterARolesBodyInMarksSpeaks() {
        let text = "وأكد مدير المشروع في شركة «نور للطاقة» المهندس فهد سالم العتيبي أن التشغيل يبدأ غدا."
        #expect(Self.speakers(of: text) == ["فهد سالم العتيبي"])
    }

    @Test func anOutletThatToldItAfterبحسبماSpeaks() {
        let text = "وبحسب ما أفادت به وكالة الأنباء القطرية، فإن المعبر سيفتح غدا أمام المسافرين."
        #expect(Self.quotes(of: text).map(\.text) == ["المعبر سيفتح غدا أمام المسافرين"])
        #expect(Self.speakers(of: text) == ["وكالة الأنباء القطرية"])
    }

    @Test func aWordWithبAfterأفادThatIsNoEventReportsNothing() {
        #expect(Self.quotes(of: "وأفاد الطالب بالمنحة في دراسته.").isEmpty)
    }

    /// What a speaker calls for (دعا إلى), demands (طالب بـ، ناشد بـ) or warns of (حذّر من) is reported
    /// speech; a participle's call keeps whom it calls on.
    @Test(arguments: [
        ("ودعت وزارة الزراعة المزارعين إلى تأجيل زراعة القمح حتى منتصف الشهر.", "تأجيل زراعة القمح حتى منتصف الشهر", "وزارة الزراعة"),
        ("وقال نقيب المعلمين سامر يوسف الخطيب إن الإضراب مستمر، داعيا الحكومة إلى صرف المستحقات المتأخرة.", "الحكومة إلى صرف المستحقات المتأخرة", "سامر يوسف الخطيب"),
        ("وطالبت جمعية حماية المستهلك بفرض رقابة صارمة على أسعار الخبز.", "بفرض رقابة صارمة على أسعار الخبز", "جمعية حماية المستهلك"),
        ("وحذرت هيئة الأرصاد من تشكل الضباب الكثيف على الطرق الصحراوية فجر الغد.", "تشكل الضباب الكثيف على الطرق الصحراوية فجر الغد", "هيئة الأرصاد"),
        // A subject whose head opens with ب (بلدية) is no demand.
        ("وطالب عميد بلدية غريان، سالم علي الورفلي، الحكومة بإرسال صهاريج المياه.", "بإرسال صهاريج المياه", "سالم علي الورفلي"),
    ])
    func whatIsCalledForDemandedOrWarnedOfIsWhatWasSaid(_ text: String, _ said: String, _ speaker: String) {
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text).last == said)
        #expect(Self.speakers(of: text).last == speaker)
    }

    @Test func aMayorOrADeanCalledعميدSpeaksAgainAsالعميد() {
        let text = "وقال عميد بلدية غريان، سالم علي الورفلي، إن الآبار جفت. وأضاف العميد أن الصهاريج لا تكفي."
        #expect(Self.speakers(of: text) == ["سالم علي الورفلي", "سالم علي الورفلي"])
    }

    @Test func aDatelinesCreditIsNoSubjectOfTheFirstVerb() {
        let text = "كسلا - الراكوبة\nطالب صيادون في بحيرة السد بتعويضهم عن خسائر الموسم الماضي كاملة."
        let quotes = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: "الراكوبة", published: nil).quotes
        #expect(quotes.map(\.text) == ["بتعويضهم عن خسائر الموسم الماضي كاملة"])
        #expect(quotes.map(\.speaker) == [nil])
    }

    @Test func anAnnouncedActMayCarryTheAnnouncersPronoun() {
        let text = "وأعلنت هيئة الطيران المدني، مساء الاثنين، تسلمها طائرتين جديدتين لأسطول الإطفاء."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["تسلمها طائرتين جديدتين لأسطول الإطفاء"])
    }

    @Test func aParticipleGoesOnWithTheUnnamedSubjectOfTheVerbBeforeIt() {
        let text = "وقال رئيس البلدية سامر خليل الحلبي إن المياه ملوثة منذ أسبوع. لكن مصدرا في شركة المياه نفى ذلك، مؤكدا أن التحاليل جاءت سليمة تماما."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["المياه ملوثة منذ أسبوع", "التحاليل جاءت سليمة تماما"])
        #expect(quotes.map { $0.speaker == nil } == [false, true])
        // And with the object pronoun on the verb: «وهو ما نفاه مصدر».
        let pronoun = "وقال رئيس البلدية سامر خليل الحلبي إن المياه ملوثة منذ أسبوع. وهو ما نفاه مصدر في شركة المياه، مؤكدا أن التحاليل جاءت سليمة تماما."
        #expect(ArticleAnnotator().annotate(text: pronoun, articleID: "t", outlet: nil, published: nil).quotes.map { $0.speaker == nil } == [false, true])
    }

    /// «ألقى فلان كلمة قال فيها»: the one who gave the speech said it; an office held by a title the
    /// lexicon knows («متصرف اللواء») is named later as the person who holds it.
    @Test func theGiverOfASpeechSaysWhatItSays() {
        let speech = "وألقى ممثل وزير الثقافة كلمة قال فيها إن «الراحل حمل القصيدة المحكية إلى مسارح العالم». وأوضح ممثل الوزير، الدكتور رامي سليم غنام، أن أولى دورات الجائزة ستقام في آذار المقبل."
        #expect(Self.speakers(of: speech) == ["رامي سليم غنام", "رامي سليم غنام"])
        let office = "وقال متصرف لواء الأغوار الجنوبية إن لجنة فنية ستكشف على الموقع الأحد المقبل. وأضاف المتصرف، الدكتور فراس سليمان الهباهبة، أن عدد الحفر بلغ 40 حفرة."
        #expect(Self.speakers(of: office) == ["فراس سليمان الهباهبة", "فراس سليمان الهباهبة"])
    }

    /// A source in the management of a body named elsewhere sits there.
    @Test func aSourceInAManagementSitsThere() {
        #expect(Self.speakers(of: "وقال مصدر في إدارة المحطة إن العطل أصلح.") == ["مصدر في إدارة المحطة"])
    }

    /// «الوزير الصومالي» after two ministers is the one whose title says «الصومالي», not the last
    /// minister named.
    @Test func aTitleWithANisbaRefersToTheOfficeHolderItDescribes() {
        let text = "وقّع وزير النقل اليمني، سالم عوض بامطرف، ووزير الموانئ الصومالي، علي عمر عبدي، اليوم في عدن، مذكرة تفاهم. وقال بامطرف إن الخط «سيخفف معاناة المسافرين». من جانبه، أكد الوزير الصومالي أن بلاده «ترحب بكل مبادرة تعزز الروابط»."
        #expect(Self.speakers(of: text) == ["سالم عوض بامطرف", "علي عمر عبدي"])
    }

    @Test func anAnnouncedEventIsWhatWasSaid() {
        let text = "وأعلنت شركة الكهرباء، مساء السبت، انقطاع التيار عن أربعة أحياء بسبب عطل فني."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["انقطاع التيار عن أربعة أحياء بسبب عطل فني"])
        // After when it was announced, with no comma: a day word or a date in digits, whose month is
        // no act («في 3 تشرين الأول»).
        #expect(Self.quotes(of: "وأعلنت شركة المياه أمس انقطاع الضخ عن ثلاث قرى.").map(\.text) == ["انقطاع الضخ عن ثلاث قرى"])
        #expect(Self.quotes(of: "وكانت البلدية قد أعلنت في 3 تشرين الأول 2025 تعليق العمل بالسوق.").map(\.text) == ["تعليق العمل بالسوق"])
        // Acts bodies announce by nouns of other shapes: a contract ended, a team sent.
        #expect(Self.quotes(of: "وأعلن النادي، مساء أمس، فسخ عقد المدرب بالتراضي.").map(\.text) == ["فسخ عقد المدرب بالتراضي"])
        // A result, a success, an isolation broken; after a body named with its field and place, or
        // with a province glued to ب.
        #expect(Self.quotes(of: "أعلنت لجنة الانتخابات في نقابة المهندسين، فجر اليوم، حصول قائمة التغيير على سبعة مقاعد من أصل 11.").map(\.text)
            == ["حصول قائمة التغيير على سبعة مقاعد من أصل 11"])
        #expect(Self.quotes(of: "أعلنت مديرية صحة نينوى نجاح أول عملية لزراعة الكلى في مستشفى الموصل العام.").map(\.text)
            == ["نجاح أول عملية لزراعة الكلى في مستشفى الموصل العام"])
        #expect(Self.quotes(of: "من جهتها، أعلنت السلطات المحلية بإقليم أزيلال فك العزلة عن 14 دوارا بعد تساقطات ثلجية.").map(\.text)
            == ["فك العزلة عن 14 دوارا بعد تساقطات ثلجية"])
        #expect(Self.quotes(of: "أعلنت الهيئة العليا المستقلة للانتخابات فوز المرشح المستقل بمقعد الدائرة الثالثة.").map(\.text)
            == ["فوز المرشح المستقل بمقعد الدائرة الثالثة"])
        // A referral denied, past a subject that keeps itself unnamed.
        #expect(Self.quotes(of: "ونفى مسؤول في البلدية، طلب عدم ذكر اسمه، إحالة موظفين إلى التحقيق بتهمة الرشوة.").map(\.text)
            == ["إحالة موظفين إلى التحقيق بتهمة الرشوة"])
        // A body's relative clause that announces an act after «عن» says it too; the subject's own
        // statement after such a clause is still found (guard).
        let relative = "واندلعت الحرائق في ثلاث بلديات، بحسب المديرية العامة للغابات، التي أعلنت أمس عن تسخير 40 شاحنة إطفاء."
        #expect(Self.quotes(of: relative).map(\.text).contains("تسخير 40 شاحنة إطفاء"))
        let subject = "وقالت مديرية الحماية المدنية، التي أعلنت أمس عن تسخير 40 شاحنة إطفاء، إن الوضع تحت السيطرة."
        #expect(Self.quotes(of: subject).map(\.text).last == "الوضع تحت السيطرة")
    }

    @Test(arguments: [
        // The subject's last word joined by و; a count reached; a plural participle; what is expected.
        ("وأعلنت وزارة الصحة والسكان تمديد حملة التطعيم أسبوعا آخر في القرى.", "تمديد حملة التطعيم أسبوعا آخر في القرى"),
        ("وأعلن مطار المدينة، أمس، بلوغ عدد المسافرين مليون مسافر منذ مطلع العام.", "بلوغ عدد المسافرين مليون مسافر منذ مطلع العام"),
        ("واعتصم السائقون أمام البلدية، مطالبين بخفض رسوم التراخيص هذا العام.", "بخفض رسوم التراخيص هذا العام"),
        ("وقالت الشركة إن الأعطال كثيرة هذا الشهر، متوقعة عودة الخدمة تدريجيا مساء الغد.", "عودة الخدمة تدريجيا مساء الغد"),
        // «بفتح» is ب and a verbal noun, not Fatah.
        ("وقال نقيب المعلمين إن الرواتب تأخرت كثيرا، مطالبا بفتح حوار مباشر مع الوزارة.", "بفتح حوار مباشر مع الوزارة"),
    ])
    func moreFormsOfWhatWasAnnouncedOrAskedFor(_ text: String, _ said: String) {
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text).last == said)
    }

    @Test func aFeminineParticipleDemandsToo() {
        let text = "وقالت رئيسة الجمعية سلوى نبيل حداد إن الأسعار تضاعفت هذا العام، مطالبة بتسقيف أسعار الأدوية الأساسية."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text).last == "بتسقيف أسعار الأدوية الأساسية")
        #expect(Self.speakers(of: text).last == "سلوى نبيل حداد")
    }

    @Test func aPlaceOrABodyAfterTheVerbIsNoDemand() {
        let text = "وطالب رئيس البلدية ببغداد الأهالي بالتعاون مع فرق الصيانة."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["بالتعاون مع فرق الصيانة"])
    }

    /// A relative pronoun after a comma speaks for the last person of its gender before the comma,
    /// past where that person is from; «التي» with no woman named is the body.
    @Test(arguments: [
        ("وتحدث في الندوة الخبير الأردني سامي حداد من جامعة اليرموك، والباحث المغربي يوسف العلوي من جامعة محمد الخامس في الرباط، الذي أوضح أن الجفاف يتمدد.", "يوسف العلوي"),
        ("وشاركت في اللقاء الطبيبة ليلى حسن من مستشفى الأمل في عمان، التي أكدت أن الإصابات تراجعت.", "ليلى حسن"),
        ("والتقى الوزير بممثلي هيئة الاستثمار، التي أعلنت أن الطلبات تضاعفت.", "هيئة الاستثمار"),
    ])
    func aRelativePronounSpeaksForItsAntecedent(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test func aTrailingSourceSpeaksForTheClauseAfterTheWritersFormula() {
        let text = "يذكر أن السيول جرفت نحو 40 منزلا في الوادي، بحسب الدفاع المدني."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["السيول جرفت نحو 40 منزلا في الوادي"])
        #expect(Self.speakers(of: text) == ["الدفاع المدني"])
    }

    @Test func anOfficeWithNoNameIsSaidWithItsBody() {
        let text = "وقال الناطق الإعلامي باسم دائرة الأحوال المدنية إن النظام جاهز. وقال مسؤول في الشركة العامة لموانئ الكويت إن الرصيف جاهز."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.speakerText) == ["الناطق الإعلامي باسم دائرة الأحوال المدنية", "مسؤول في الشركة العامة لموانئ الكويت"])
    }

    @Test func whomTheWordsWereSaidBeforeDidNotSayThem() {
        let text = "وقال المتهم كمال سعيد بوزيان إنه بريء من كل التهم. وقال أمام هيئة محكمة الجنايات: «لم أوقع أي صفقة»."
        #expect(Self.speakers(of: text) == ["كمال سعيد بوزيان", "كمال سعيد بوزيان"])
    }

    @Test func theOutletTheWordsWereGivenToDidNotSayThem() {
        #expect(Self.speakers(of: "وقالت الوزيرة لموقع هسبريس إن الخطة جاهزة.") == ["الوزيرة"])
        #expect(Self.speakers(of: "وقال المدير لموقع سلمى بريس إن الخطة جاهزة.") == ["المدير"])
    }

    @Test func aDisclosedNounThatIsNoActIsNoStatement() {
        #expect(Self.speakers(of: "وكشف المدير العام عن أسباب التأخير في التسليم.").isEmpty)
    }

    @Test func aHeadlineNamesTheOutletTheWordsWereGivenToBeforeItsColon() throws {
        let text = "الزياني لـ«الوطن»: الخط الجديد يفتتح في مارس\nقال وزير النقل عادل الزياني إن الخط سيربط المدينتين.\nالزياني لرويترز: المشروع يكلف ملياري درهم"
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(Self.speakers(of: text) == ["عادل الزياني", "عادل الزياني", "عادل الزياني"])
        #expect(annotations.quotes.map(\.via) == [["الوطن"], [], ["رويترز"]])
    }

    @Test(arguments: [
        ("ومثل المتهم سمير العبدالله أمام المحكمة. وقال وكيل العبدالله، المحامي رامي نبيل حداد، إن موكله «بريء من التهم».", "رامي نبيل حداد"),
        ("وقال دفاع المتهم خالد الزين، المحامية سلوى ناصر، إن الحكم قاس.", "سلوى ناصر"),
        ("وقال شقيق الضحية أحمد الدوري، ماهر الدوري، إن العائلة تطالب بالعدالة.", "ماهر الدوري"),
    ])
    func theOneInAppositionSpeaksForTheClientOrTheRelativeBeforeTheComma(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    /// Words in marks after a reported statement go on with its speaker: a verb among the statement's
    /// words («الوزارة أضافت») is what was said, not who says the words in marks. A statement after
    /// «بحسب» ends where a contrast opens with another source's verb («، فيما أكد …»).
    @Test func wordsInMarksAfterAStatementGoOnWithItsSpeaker() {
        let added = "وقال معاون الوزير الدكتور سامي فؤاد خليل في تصريح لـ«الوطن» إن الوزارة أضافت هذا العام 900 مقعد في كليات الهندسة "
            + "في الجامعات الحكومية في دمشق وحلب، «استجابة لحاجة السوق وتعويضا عن النقص في المهندسين»."
        #expect(Self.speakers(of: added) == ["سامي فؤاد خليل", "سامي فؤاد خليل"])
        let contrast = "وبحسب بيان النيابة العامة، ضبطت بحوزة المتهمين 40 قطعة أثرية، فيما أكد تقرير هيئة الآثار أن المضبوطات «تعود إلى العصر الإسلامي»."
        #expect(Self.quotes(of: contrast).map(\.text) == ["ضبطت بحوزة المتهمين 40 قطعة أثرية", "تعود إلى العصر الإسلامي"])
        #expect(Self.speakers(of: contrast) == ["النيابة العامة", "هيئة الآثار"])
        // Guard: «، وأضاف أن …» after the marks is the next statement, found with its own words.
        let next = "وطالب دفاع المتهم، المحامي سالم بن علي، بالبراءة، معتبرا أن موكله الموضوع تحت الرقابة القضائية منذ مارس 2024 "
            + "«لم يوقع أي عقد»، وأضاف أن اللجنة هي التي صادقت على العرض."
        #expect(Self.quotes(of: next).map(\.text).last == "اللجنة هي التي صادقت على العرض")
        #expect(Self.speakers(of: next) == ["سالم بن علي", "سالم بن علي", "سالم بن علي"])
    }

    /// A bare plural of people after the verb, before whom they are with or what they said, is
    /// someone new, unnamed; a noun whose pronoun points back is not («كشفت تحرياتها أنهم»).
    @Test func aBarePluralBeforeWhatTheySaidIsSomeoneNew() {
        let text = "وقال الوزير سامي خليل إن الحصاد بدأ. وأكد مزارعون متعاقدون مع الشركة أنهم لم يتسلموا مستحقاتهم."
        #expect(Self.quotes(of: text).map(\.speakerText) == ["سامي خليل", "مزارعون متعاقدون"])
        #expect(Self.quotes(of: text).last?.speaker == nil)
    }

    /// «وبحسب الوزارة، …»: a body's head alone after «بحسب», named by no entity yet, is the source;
    /// «بحسب الخطة» names no one.
    @Test func aBodysHeadAloneAfterBihasabIsTheSource() {
        #expect(Self.quotes(of: "وبحسب الوزارة، سيتم افتتاح المدرسة الجديدة الشهر المقبل.").map(\.speakerText) == ["الوزارة"])
        #expect(Self.quotes(of: "وبحسب الخطة، سيتم افتتاح المدرسة الجديدة الشهر المقبل.").isEmpty)
    }

    /// «وكانت السلطات قد أعلنت …»: the definite noun between «كانت» and «قد» is the subject, named by
    /// no entity, not the speaker before it.
    @Test func aDefiniteNounBeforeQadIsThePluperfectsSubject() {
        let text = "وقالت التاجرة سلمى بنت أحمد إن الأسعار ارتفعت. وكانت السلطات قد أعلنت في أغسطس الماضي تشديد الرقابة على المنافذ الحدودية."
        #expect(Self.quotes(of: text).map(\.speakerText) == ["سلمى بنت أحمد", "السلطات"])
    }

    /// «نقلت جريدة X عن قناة Y قول مصدر …»: the one whose saying the outlet reported speaks, and both
    /// outlets are the chain.
    @Test func theSayingAnOutletReportedAfterAnIsTheSpeakers() {
        let text = "ونقلت جريدة «الوطن» عن قناة «الأولى» قول مصدر قضائي إن النيابة فتحت تحقيقا في القضية."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.speakerText) == ["مصدر قضائي"])
        #expect(quotes.first?.via.prefix(2) == ["الأولى", "الوطن"])
    }

    /// A bare noun with what it was doing («سائق شاحنة كان في طريقه») after words in marks is an
    /// unnamed source; and a verb after the marks in their own sentence says them, not the statement
    /// in the sentence before.
    @Test func anIndefiniteSourceAfterTheMarksIsSomeoneNew() {
        let apart = "وقال مدير الميناء سامي خليل إن الرحلات علقت.\n«انتظرنا يومين في الساحة دون أي معلومة»، قال سائق شاحنة كان متجها إلى الحدود."
        #expect(Self.quotes(of: apart).map(\.speakerText) == ["سامي خليل", "سائق شاحنة"])
        #expect(Self.quotes(of: apart).last?.speaker == nil)
        let together = "وقال مدير الميناء سامي خليل إن الرحلات علقت. «انتظرنا يومين في الساحة دون أي معلومة»، قالت المهندسة هدى الشريف."
        #expect(Self.speakers(of: together) == ["سامي خليل", "هدى الشريف"])
    }

    /// «وكان رئيس البلدية قد حذر …»: a one-word title and a body, before «قد», is the person named
    /// before with that office; with no such person, the body (guard).
    @Test func aTitleBeforeQadIsThePersonWhoHoldsTheOffice() {
        let named = "وقال رئيس بلدية صيدا، المهندس مازن فؤاد البزري، إن الأمطار أغرقت الأحياء.\nوكان رئيس البلدية قد حذر، الشهر الماضي، من أن المدينة «تحتاج إلى شبكة تصريف جديدة»."
        #expect(Self.speakers(of: named) == ["مازن فؤاد البزري", "مازن فؤاد البزري"])
        let unnamed = "وقالت بلدية صيدا إن الأمطار أغرقت الأحياء.\nوكان رئيس البلدية قد حذر، الشهر الماضي، من أن المدينة «تحتاج إلى شبكة تصريف جديدة»."
        #expect(Self.speakers(of: unnamed) == ["بلدية صيدا", "بلدية صيدا"])
    }

    /// A bare noun after the verb that asked not to be named («، طلب عدم الكشف عن هويته،») is an
    /// unnamed source, not the speaker before it.
    @Test func aSourceThatAskedNotToBeNamedIsSomeoneNew() {
        let text = "وقال مدير المركز سامي خليل إن الإنتاج ارتفع. وأكد سائق، طلب عدم الكشف عن هويته، أن الطريق مغلق."
        #expect(Self.quotes(of: text).map(\.speakerText) == ["سامي خليل", "سائق"])
    }

    /// «إدارة المستشفى» speaks for the hospital named before it, a facility as much as a body.
    @Test func anAdministrationSpeaksForTheFacilityNamedBefore() {
        let text = "وافتتح المحافظ وحدة للحروق في مستشفى ملوي العام. وأعلنت إدارة المستشفى أن الوحدة استقبلت 11 حالة خلال التشغيل التجريبي."
        #expect(Self.speakers(of: text) == ["مستشفى ملوي العام"])
    }

    /// After «بحسب ما أفاد به», the source follows the verb; an outlet after a ل that stands apart
    /// («لـ«…»») is where the words were given, and whoever spoke to it stays unnamed.
    @Test func theOutletTheSourceSpokeToAfterBihasabIsNoSource() {
        let unnamed = "وحسب ما أفادت به مصادر قضائية لـ«الأيام 24»، فإن القضية تعود إلى شهر أبريل الماضي."
        #expect(Self.quotes(of: unnamed).map(\.speakerText) == ["مصادر قضائية"])
        let drivers = "وبحسب سائقين تحدثوا لـ«الأيام 24»، فإن سعر الصفيحة ارتفع في السوق السوداء."
        #expect(Self.quotes(of: drivers).map(\.text) == ["سعر الصفيحة ارتفع في السوق السوداء"])
        #expect(Self.quotes(of: drivers).allSatisfy { $0.speaker == nil })
    }

    /// What «شدد على» and «أكد على» stress, a need or an importance, is what the speaker said; a
    /// referee strict with the players said nothing.
    @Test func theNeedOrImportanceStressedIsAStatement() {
        let need = "وقال رئيس البلدية سامي خليل إن المشاريع متأخرة. وشدد خليل على ضرورة ربط المشاريع بجدول زمني ملزم."
        #expect(Self.quotes(of: need).map(\.text) == ["المشاريع متأخرة", "ضرورة ربط المشاريع بجدول زمني ملزم"])
        #expect(Self.speakers(of: need) == ["سامي خليل", "سامي خليل"])
        #expect(Self.quotes(of: "وأكد الوزير على أهمية التعاون بين البلدين في مجال الطاقة.").map(\.text)
            == ["أهمية التعاون بين البلدين في مجال الطاقة"])
        #expect(Self.quotes(of: "وشدد الحكم على اللاعبين قبل المباراة.").isEmpty)
    }

    /// A definite word glued to ل after the verb is whom the words were told to; the verb goes on
    /// with the one named before.
    @Test func whomTheWordsWereToldToAfterTheVerbDidNotSayThem() {
        let text = "ووصل المحافظ سامي خليل إلى موقع الاعتصام، حيث أكد للمحتجين أن مطالبهم ستنقل إلى الحكومة."
        #expect(Self.speakers(of: text) == ["سامي خليل"])
    }

    /// A verb that opens the next sentence with «أن» says its own clause; the quotation before the
    /// full stop goes on with the speaker before it.
    @Test func aVerbAfterAFullStopWithItsOwnClauseDoesNotSayTheQuotationBeforeIt() {
        let text = "وأوضح المهندس كريم بوزيد أن الطلب ارتفع بسبب المكيفات، «والعدد تضاعف في خمس سنوات». "
            + "وأكد بوزيد أن «الحل يكمن في العزل الحراري للمباني الجديدة»."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["الطلب ارتفع بسبب المكيفات", "والعدد تضاعف في خمس سنوات", "الحل يكمن في العزل الحراري للمباني الجديدة"])
        #expect(quotes.map(\.cue) == ["وأوضح", "وأوضح", "وأكد"])
    }

    @Test func aClauseWithWaInnaAfterAQuotationGoesOnWithTheSameSpeaker() {
        let text = "ونقلت الإذاعة عن وزير النقل سامي خليل قوله إن الشركة «ستضيف أربع وجهات جديدة»، وإنها تستعد لتسلم طائرات جديدة."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["ستضيف أربع وجهات جديدة", "تستعد لتسلم طائرات جديدة"])
        #expect(quotes.map(\.isDirect) == [true, false])
        #expect(Self.speakers(of: text) == ["سامي خليل", "سامي خليل"])
    }

    @Test(arguments: [
        ("وحضر الاجتماع وزير المالية سامي خليل، الذي أكد أن الموازنة جاهزة للتصويت.", "سامي خليل", "الموازنة جاهزة للتصويت"),
        ("بحسب ما ذكره عميد الكلية الدكتور رامي نادر، الذي أشار إلى أن التسجيل يبدأ الشهر المقبل.", "رامي نادر", "التسجيل يبدأ الشهر المقبل"),
        ("وناشد رئيس البلدية جورج حداد الوزارة «إرسال الفرق فورا قبل أن تمتد النيران».", "جورج حداد", "إرسال الفرق فورا قبل أن تمتد النيران"),
    ])
    func aRelativeClauseOrAnAppealReportsTheWords(_ text: String, _ speaker: String, _ words: String) {
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == [words])
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test(arguments: [
        ("الصحة: تسجيل 40 إصابة جديدة بالحصبة في الجنوب\nأعلنت وزارة الصحة أمس تسجيل الإصابات.", "وزارة الصحة"),
        ("الإحصاء الأردني: البطالة تتراجع إلى 21 بالمئة\nقالت دائرة الإحصاءات العامة إن النسبة تراجعت، وفق مسح للجهاز المركزي للإحصاء الأردني.", "الجهاز المركزي للإحصاء الأردني"),
    ])
    func aHeadlineNamesTheBodyShortBeforeItsColon(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text).first == speaker)
    }

    @Test(arguments: [
        ("وقال مدير عام الموانئ في قطاع غزة العميد سامي عادل النجار، في تصريح للإذاعة، إن الرصيف تضرر.", "سامي عادل النجار"),
        ("غير أن عضوة نقابة المحامين في أربيل نازدار عمر فتاح قالت، وفق ما أوردته شبكة إخبارية، إن الإضراب مستمر.", "نازدار عمر فتاح"),
        ("وقال رئيس تجمع أصحاب الصيدليات جورج نديم حداد إن «الأدوية مفقودة منذ أسابيع».", "جورج نديم حداد"),
    ])
    func theNamedPersonSpeaksNotTheBodyOrTheOutletAroundIt(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test(arguments: [
        ("وسيفتح المعبر أمام الشاحنات الأحد المقبل، وفق ما أفاد به مصدر أمني.", "مصدر أمني"),
        ("وعبر المعبر أكثر من 900 مسافر أمس، حسب ما أفاد به مدير المعبر لإذاعة محلية.", "مدير المعبر"),
    ])
    func aTrailingSourceAfterTheWordsPronounSpeaksNotTheOutletItSpokeTo(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test(arguments: [
        ("وقال مدير عام السياحة بمحافظة مسندم، في تصريح لـ«الوطن»، الشيخ خالد بن سالم الشحي إن «الفنادق ممتلئة».", "خالد بن سالم الشحي"),
        ("وقالت، في تصريح لـ«الأيام»، نائبة رئيس المجلس البلدي المكلفة بالنقل، خديجة آيت الطالب، إن «الخط سيفتح قريبا».", "خديجة آيت الطالب"),
    ])
    func theSpeakerAfterAParenthesisOnWhereTheWordsWereGivenSpeaks(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test func aWomanNamedAfterAFeminineTitleIsContinuedByAFeminineVerb() {
        let text = "وحضر اللقاء وزيرة الخارجية كاتينا حاجي موانغي، التي وصلت أمس. وقالت موانغي إن بلادها ترحب بالتعاون. وأضافت أن الطيران سيستأنف رحلاته."
        #expect(Self.speakers(of: text) == ["كاتينا حاجي موانغي", "كاتينا حاجي موانغي"])
    }

    @Test func aTitleBeforeAnotherNameIsNotTheRoleOfTheNameBeforeTheComma() {
        let text = "ومثل المتهم سمير العبدالله أمام المحكمة. وقال وكيل العبدالله، المحامي رامي نبيل حداد، إن الحكم قاس."
        let entities = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities
        #expect(entities.first { $0.name == "سمير العبدالله" }?.roles == ["المتهم"])
    }

    @Test func aForeignNameAfterANationalityInAppositionSpeaks() {
        let text = "وقال مدرب الوداد، البرتغالي جورجي سيماو، في الندوة الصحفية إن لاعبيه قدموا مباراة كبيرة. وأضاف سيماو أن الفريق سيعود. ووصل الوفد، الأمريكي الكبير، إلى المدينة."
        #expect(Self.speakers(of: text) == ["جورجي سيماو", "جورجي سيماو"])
    }

    @Test func aNameNoLexiconKnowsInAppositionAfterARoleSpeaks() {
        let text = "وأوضحت المكلفة بالإعلام لدى الديوان، هوارية بن عودة، في تصريح لإذاعة وهران، أن الحرارة سترتفع. وقال وزير الداخلية، مساء أمس، إن الوضع مستقر."
        #expect(Self.speakers(of: text) == ["هوارية بن عودة", "وزير الداخلية"])
    }

    @Test func theBodyAnOfficeIsInStandsBetweenTheRoleAndTheName() {
        let text = "وقال مدير عام العمليات المركزية في القيادة العامة لشرطة رأس الخيمة العميد سعيد عبيد النعيمي إن «الدوريات وصلت إلى الموقع خلال دقائق». وقال مدير الدفاع المدني في حلب المهندس ياسر عبد الكريم حمادي لـ«أثر برس» إن «النيران امتدت بسرعة»."
        #expect(Self.speakers(of: text) == ["سعيد عبيد النعيمي", "ياسر عبد الكريم حمادي"])
    }

    @Test func theSpokespersonIsWhoeverSpeaksForTheBodyUnderAnyTitle() {
        let text = "وقال المكلف بالإعلام بالمديرية الولائية للحماية المدنية، الملازم الأول نسيم محمد بوعلام، إن الشواطئ مكتظة. وأضاف المتحدث أن مصالحه سجلت 14 حالة غرق."
        #expect(Self.speakers(of: text) == ["نسيم محمد بوعلام", "نسيم محمد بوعلام"])
    }

    @Test(arguments: [
        // A nisba of a word of the role: the syndicate's secretary is «النقابي», a member of parliament «البرلمانية».
        ("وقال الكاتب العام لنقابة عمال السكك، إدريس محمد الفيلالي، إن القطارات متوقفة. وأوضح النقابي أن الإضراب مستمر.", "إدريس محمد الفيلالي"),
        ("وقالت عضو البرلمان نوال سعيد المطيري إن التصويت قريب. وأكدت البرلمانية أن اللجنة أنهت عملها.", "نوال سعيد المطيري"),
        // A physician titled «الدكتورة» is «الطبيبة» later.
        ("وقالت رئيسة قسم الأطفال في المستشفى، الدكتورة منى خليل الحسن، إن الإصابات تراجعت. وأضافت الطبيبة أن الأسرة متاحة.", "منى خليل الحسن"),
    ])
    func aNounForWhatTheRoleSaysReferBackToThePerson(text: String, speaker: String) {
        #expect(Self.speakers(of: text) == [speaker, speaker])
    }

    @Test func aNisbaOfNoWordOfTheRoleIsSomeoneElse() {
        let text = "وقال مدير المستشفى، الدكتور هاني سالم العبدالله، إن الأسرة ممتلئة. وأوضح النقابي أن الأطباء سيضربون."
        #expect(Self.speakers(of: text).last != "هاني سالم العبدالله")
    }

    @Test(arguments: [
        // The head of a syndicate and its officers, in both genders.
        ("وأكدت نقيبة الممرضين، الدكتورة ريم فؤاد النمري، أن النقابة لن تتراجع.", "ريم فؤاد النمري"),
        ("وأكدت نائبة نقيب المهندسين، المهندسة هالة خليل الطراونة، أن النقابة ستعتصم.", "هالة خليل الطراونة"),
        ("وقال أمين سر النادي، فهد سعود العنزي، إن المدرجات غير آمنة.", "فهد سعود العنزي"),
        ("وأوضحت أمينة سر الجمعية ليلى مصطفى الحسيني أن البطاقات نفدت.", "ليلى مصطفى الحسيني"),
        // A town as the family name closes a title's given name at a comma in apposition, or after a verb of saying.
        ("وقال مدير عام الهيئة، المهندس مهند الزرقاء، لإذاعة حسنى إن الطريق سيفتح.", "مهند الزرقاء"),
        ("وقال المهندس مهند الزرقاء، إن الطريق سيفتح الأسبوع المقبل.", "مهند الزرقاء"),
    ])
    func syndicateOfficersAndTownFamilyNamesSpeak(text: String, speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test func aTownAfterATitlesGivenNameBeforeACommaIsStillAVisit() {
        let text = "زار الوزير خالد الزرقاء، حيث التقى المحافظ."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.contains { $0.type == .location && $0.name == "الزرقاء" })
        #expect(!annotations.entities.contains { $0.type == .person && $0.name.contains("الزرقاء") })
    }

    @Test func aWeatherForecasterIsARole() {
        let text = "وقال المتنبئ الجوي في الدائرة رعد محمود الخطيب إن الأمطار قد تصل إلى 45 ملم، وقالت الصيدلانية نهى فرج إن الدواء نفد."
        #expect(Self.speakers(of: text) == ["رعد محمود الخطيب", "نهى فرج"])
    }

    @Test func aRoleInAppositionAfterANameIsThatPersonsLater() {
        let text = "وتفقد الفريق مهندس كمال الدين حسن عطية، وزير النقل، المحطة صباح اليوم. وأكد الوزير أن التشغيل سيبدأ في يونيو."
        #expect(Self.speakers(of: text) == ["كمال الدين حسن عطية"])
    }

    @Test func aPersonAfterARoleAndABodyNamedInMarksSpeaks() {
        #expect(Self.speakers(of: "وقالت عضو حملة «بيتي حقي» سلمى راشد العنزي إن المواطنين ملوا الوعود.") == ["سلمى راشد العنزي"])
    }

    @Test(arguments: [
        ("وقال مصدر في الشرطة إن الوحدة لم تنجح في فك رموز الجرائم.", "مصدر في الشرطة"),
        ("وقال مصدر بوزارة الزراعة إن الموسم سيتأخر أسبوعين.", "مصدر بوزارة الزراعة"),
        ("وقال مصدر من إدارة النادي إن المنحة ستصرف الأسبوع المقبل.", "مصدر من إدارة النادي"),
    ])
    func anUnnamedSourceKeepsWhereItSits(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test func aBodyNamedInMarksAfterTheVerbSpeaks() {
        #expect(Self.speakers(of: "وقالت شركة «نور للطاقة» في بيان إن الإنتاج استمر بشكل طبيعي.") == ["شركة نور للطاقة"])
    }

    @Test func wordsInMarksThatGoOnWithAStatementAreTheSameSpeakers() {
        let text = "وقال الوزير سامي خالد إن عدد الطلاب بلغ 120 ألفا، نجح 80 بالمئة منهم، «وهو رقم غير مسبوق في تاريخ الامتحان»."
        #expect(Self.speakers(of: text) == ["سامي خالد", "سامي خالد"])
    }

    @Test func aParticipleAfterAQuotationNamesItsSpeakerAndOpensAClauseOfItsOwn() {
        let text = "ونبه رئيس النقابة، رامي خليل، في تصريح لإذاعة محلية، إلى أن \"نقص العمال يهدد الموسم\"، مشيرا إلى أن القطاع يحتاج إلى نحو 20 ألف عامل."
        #expect(Self.speakers(of: text) == ["رامي خليل", "رامي خليل"])
    }

    @Test(arguments: [
        ("وأكد المدير الفني في نادي النجمة سامر يوسف الخطيب، في تصريح للإذاعة، أن الفريق ظلم.", "سامر يوسف الخطيب"),
        ("وقال الخبير في الشؤون المائية كريم عادل الجبوري، في حديث للقناة، إن الخزين تراجع.", "كريم عادل الجبوري"),
    ])
    func theBodyOrFieldOfARoleLeadsToTheName(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test func anOutletNamedAfterAPlaceWithUmCarriesTheWords() throws {
        let text = "وقالت مديرة المستشفى سلمى أحمد النور في تصريح لإذاعة أم روابة إن الأدوية وصلت."
        let quote = try #require(Self.quotes(of: text).first)
        #expect(quote.via == ["إذاعة أم روابة"])
    }

    @Test func anAccordanceAfterAVerbOfSayingNamesTheCarrier() {
        let text = "وقال النائب سامر خليل الزعبي، بحسب ما نقلته قناة المملكة، إن زيادة الضرائب «خطوة غير مدروسة»."
        #expect(Self.speakers(of: text).allSatisfy { $0 == "سامر خليل الزعبي" })
        #expect(!Self.speakers(of: text).isEmpty)
    }

    @Test func reachingAnAgeIsNoNewAttribution() throws {
        let text = "وأوضح المدير الطبي سامي خالد العتيبي أن العملية نجحت، وأن المتبرع شقيق المريض ويبلغ من العمر 39 عاماً."
        let quote = try #require(Self.quotes(of: text).first)
        #expect(quote.text.hasSuffix("ويبلغ من العمر 39 عاماً"))
    }

    @Test(arguments: [
        ("وقال رئيس جمعية «أصدقاء البحر» لحماية الشواطئ، خالد سليم العنزي، في تصريح للإذاعة، إن التلوث تراجع.", "خالد سليم العنزي"),
        ("وأوضحت المديرة التنفيذية للرعاية الأولية في هيئة الصحة، الدكتورة منى سعيد الكعبي، أن الحملة تشمل المدارس.", "منى سعيد الكعبي"),
    ])
    func theNameApposedToALongDescriptionSpeaks(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test func theStatementSpeaksForItsIssuer() {
        let text = "وقالت شركة النفط الوطنية، في بيان نشرته على موقعها، إن «الإنتاج عاد إلى مستواه». وأضاف البيان أن الشركة ستعوض المتضررين."
        #expect(Self.speakers(of: text) == ["شركة النفط الوطنية", "شركة النفط الوطنية"])
    }

    @Test func anOfficeGivenOnAppointmentLaterNamesThePerson() {
        let text = "وبموجب التعديل، عُيّن السيد سامي خالد وزيراً للمالية. وقال وزير المالية الجديد لقناة «النهار» إن «الأولوية لخفض العجز»."
        #expect(Self.speakers(of: text) == ["سامي خالد"])
    }

    @Test func aDailyIsAnOutletThatSpeaksAndADatelineCreditIsNoQuotation() {
        #expect(Self.speakers(of: "وكانت يومية «الوطن» قد توقعت أن يشمل التعديل 10 حقائب.") == ["الوطن"])
        #expect(Self.speakers(of: "الشارقة: «الخليج»\nتعرض مشتركون في خدمات الشركة لانقطاع واسع.").isEmpty)
    }

    @Test func emphasisWithAlaStillReportsTheWords() {
        #expect(Self.speakers(of: "وشدد وزير المالية سامي خالد على أن الموازنة لن تتضمن ضرائب جديدة.") == ["سامي خالد"])
    }

    /// The quotations found in `text`, annotated alone.
    static func quotes(of text: String) -> [Quote] {
        ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).quotes
    }

    static func speakers(of text: String) -> [String?] {
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        return annotations.quotes.map { quote in
            // Inside one article a speaker is "#n", the index of its entity.
            if let speaker = quote.speaker, let index = Int(speaker.dropFirst()), annotations.entities.indices.contains(index) {
                return annotations.entities[index].name
            }
            return quote.speakerText
        }
    }

    /// Each text names a minister first, so that a speaker wrongly carried over shows.
    @Test(arguments: [
        // An unnamed source right after the verb speaks, not the outlet it spoke to.
        ("وقال مصدر أمني لقناة الجزيرة إن الحدود أغلقت بالكامل.", "مصدر أمني"),
        // One of a group.
        ("وقال أحد السكان لصحيفة الشرق إن المياه غمرت الشارع.", "أحد السكان"),
        ("وقالت إحدى الممرضات لـ«الوطن» إن القسم لم يعد يتسع للمرضى.", "إحدى الممرضات"),
        ("وقال أحد أصحاب المحال لوكالة سبأ إن الأسعار تضاعفت.", "أحد أصحاب المحال"),
        // An indefinite «مسؤول» is someone new, not the minister.
        ("وقال مسؤول في وزارة النقل إن الطريق سيفتح الأسبوع المقبل.", "مسؤول في وزارة النقل"),
        // An unnamed source before its verb, after «غير أن».
        ("غير أن مصدرا مطلعا على المفاوضات أكد لـ«النهار» أن الاتفاق لم ينجز بعد.", "مصدرا مطلعا"),
        // The name in apposition after an office and where it sits.
        ("وقال المتحدث باسم مجلس القضاء في الإقليم، القاضي سامان عزيز، لقناة محلية إن الحكم نهائي.", "سامان عزيز"),
        // The formula that keeps a source unnamed reports nothing, and neither does a relative clause.
        ("وقال أحد التجار، طالبا عدم ذكر اسمه، لـ«الأيام» إن “البضائع لم تصل منذ أسبوع”.", "أحد التجار"),
        ("وأكد محافظ المدينة، سالم العبيدي، الذي نقل إلى موقع الحادث، أن التحقيق بدأ.", "سالم العبيدي"),
        // Where the office sits, then the title of the name, with no comma.
        ("وقال مدير الشرطة في البصرة العميد هوزان سعيد جلال إن الطريق أغلق.", "هوزان سعيد جلال"),
        ("وأوضح رئيس قسم الرصد في الهيئة المهندس رامي خليل إن الأمطار ستتواصل.", "رامي خليل"),
        ("وأفاد المكلف بالإعلام في المعهد الوطني للتراث، سامي منصف الغربي، في تصريح صحفي، بأن البحث مستمر.", "سامي منصف الغربي"),
    ])
    func theSpeakerIsTheHeadOfThePhraseAfterTheVerb(_ sentence: String, _ speaker: String) {
        let text = "أعلن وزير الداخلية خالد المنصوري أمس إطلاق خطة أمنية جديدة.\n" + sentence
        #expect(Self.speakers(of: text).last == speaker, "\(Self.speakers(of: text))")
    }

    @Test func aDenialQuotesWhatItDenies() {
        let text = "رفعت الحكومة أسعار الكهرباء.\nونفى وزير الطاقة، عماد الحسيني، في تصريح لـ«الغد»، صحة الأنباء عن قطع التيار عن المستشفيات.\nكما نفت الوزارة وجود أي عجز في الوقود."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["صحة الأنباء عن قطع التيار عن المستشفيات", "وجود أي عجز في الوقود"])
        #expect(Self.speakers(of: text).first == "عماد الحسيني")
    }

    @Test func aSourceBeforeItsStatementAndTheSameSourceAgain() {
        let text = "وقال مدير الدفاع المدني فادي الخطيب إن النيران اندلعت مساء الأحد.\nوحسب المصدر ذاته، فإن الحريق أتى على عشرين منزلا في القرية.\n"
            + "وبحسب وزارة الزراعة، تضرر أكثر من مئتي هكتار من البساتين المجاورة."
        #expect(Self.speakers(of: text) == ["فادي الخطيب", "فادي الخطيب", "وزارة الزراعة"])
    }

    @Test func carryingPeopleIsNoReporting() {
        let text = "وقال مدير المستشفى سامي الحداد إن الوضع مستقر.\nونقل الجرحى إلى مستشفى المدينة، ونقلت سيارات الإسعاف أن عددهم كبير."
        #expect(Self.speakers(of: text) == ["سامي الحداد"])
    }

    @Test func anAnnouncingVerbNamesTheSpeakerOfWhatItAnnouncesAndOfTheNextStatement() {
        let text = "أعلن رئيس الوزراء الأردني عمر الرزاز تشكيل لجنة للتحقيق في الحادث.\n\nوأضاف أن «اللجنة سترفع تقريرها خلال أسبوع»."
        let quotes = Self.quotes(of: text)
        #expect(quotes.first?.text == "تشكيل لجنة للتحقيق في الحادث")
        #expect(Self.speakers(of: text) == ["عمر الرزاز", "عمر الرزاز"])
    }

    @Test func aFeminineContinuationFollowsTheMinister() {
        let text = "أكدت وزيرة التربية ليلى المنصوري استئناف الدراسة الأحد المقبل.\n\nوقالت إن «المدارس جاهزة»."
        #expect(Self.speakers(of: text) == ["ليلى المنصوري"])
    }

    @Test(arguments: [
        ("وقال مسؤول في وزارة المياه، طلب عدم الكشف عن اسمه، إن السد يعمل بنصف طاقته منذ الشتاء.", "مسؤول في وزارة المياه"),
        ("وقال مصدر أمني فضل عدم ذكر اسمه إن الشرطة أوقفت ثلاثة مشتبه بهم في الحي.", "مصدر أمني"),
        ("وأكد دبلوماسي أوروبي رفض الكشف عن هويته أن المحادثات متعثرة منذ أسابيع طويلة.", "دبلوماسي أوروبي"),
        ("وقال قيادي في حركة النهضة إن الحزب سيقاطع الانتخابات البلدية المقبلة.", "قيادي في حركة النهضة"),
    ])
    func anUnnamedSourceIsTheNounBeforeTheFormulaThatHidesItsName(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker], "\(text)")
        let names = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities
            .filter { $0.type == .person }.map(\.name)
        #expect(names.isEmpty, "\(names)")
    }

    @Test(arguments: [
        ("قتل 12 شخصا في غارة على سوق شعبي في مدينة صعدة، وفق ما ذكرت وكالة سبأ.", "وكالة الأنباء اليمنية سبأ"),
        ("ارتفعت حصيلة الغارة على السوق إلى 18 قتيلا، حسبما أفادت مصادر طبية في المدينة.", "مصادر طبية"),
        ("استأنف الميناء عملياته جزئيا صباح اليوم، بحسب مدير الميناء سالم الكثيري.", "سالم الكثيري"),
    ])
    func aSourceAfterTheStatementSaysIt(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker], "\(text)")
    }

    @Test func aChainOfSourcesEndsWithTheOneWhoSaidIt() {
        let text = "ونقلت وكالة الأنباء الفرنسية عن صحيفة النهار عن مسؤول لبناني رفيع قوله إن الحكومة ستجتمع الأسبوع المقبل في بعبدا."
        #expect(Self.speakers(of: text) == ["مسؤول لبناني رفيع"])
    }

    @Test func aPronounAfterCarryingNamesTheLastSpeaker() {
        let text = "وقال وزير الداخلية عماد الفيتوري إن الوضع مستقر في الجنوب. ونقلت قناة الأحرار عنه قوله إن المعبر سيفتح قريبا أمام المسافرين."
        #expect(Self.speakers(of: text) == ["عماد الفيتوري", "عماد الفيتوري"])
    }

    @Test func aQuotationKeepsThePercentSignThatEndsIt() {
        let text = "وقال وزير الاقتصاد إن نسبة البطالة بلغت 11.4%. وأضاف أن التضخم تراجع إلى 3 ٪."
        let quotes = Self.quotes(of: text).map(\.text)
        #expect(quotes == ["نسبة البطالة بلغت 11.4%", "التضخم تراجع إلى 3 ٪"])
    }

    @Test func aReportedClauseEndsBeforeTheSourceAfterIt() {
        let text = "وقال الوزير إن الحكومة ستدفع التعويضات للمتضررين خلال أسبوعين، حسب ما صرح به الناطق الرسمي للوزارة."
        let quotes = Self.quotes(of: text).map(\.text)
        #expect(quotes == ["الحكومة ستدفع التعويضات للمتضررين خلال أسبوعين"])
    }

    @Test func aCommaAndAnotherClauseIsNoSource() {
        #expect(Self.speakers(of: "وصل الوفد الحكومي إلى القاهرة مساء أمس، كما وصل وفد المعارضة إلى عمان.").isEmpty)
    }

    @Test func aNameOpeningWithLamIsNotAPreposition() {
        #expect(Self.speakers(of: "وقالت ليلى المنصوري إن الدراسة تستأنف الأحد.") == ["ليلى المنصوري"])
    }

    @Test func anOutletAfterLamIsStillAnAdjunct() {
        let speakers = Self.speakers(of: "وقال المتحدث لوكالة الأنباء الأردنية إن الحدود مفتوحة أمام المسافرين.")
        #expect(speakers == ["المتحدث"])
    }

    @Test func theWritersNoteIsNoQuotationAndAdmittingIs() {
        let text = "وقال المحافظ إن الطريق سيفتح غدا. يذكر أن الطريق أغلق الأسبوع الماضي بسبب السيول. "
            + "ويشار إلى أن الحركة توقفت تماما. وأقر المحافظ بأن أعمال الصيانة تأخرت عن موعدها."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["الطريق سيفتح غدا", "أعمال الصيانة تأخرت عن موعدها"])
    }

    /// «تبين» with the clause or «له» right after it says something became clear; no one speaks, and
    /// words in marks after it are still the speaker's before it.
    @Test func whatBecameClearIsNoOnesWords() {
        let turnedOut = "وقالت الشرطة إن الحريق اندلع فجرا. وتبين أن السائق فر من المكان."
        #expect(Self.quotes(of: turnedOut).map(\.text) == ["الحريق اندلع فجرا"])
        let clearToHim = "وقال المدير العام للطرق في وزارة النقل المهندس سامي جورج بولس لـ«النهار» إن فريقا من المهندسين كشف على "
            + "الجسر أمس، وتبين له أن التشققات «سطحية حتى الآن، لكنها تحتاج إلى فحص»."
        #expect(Self.speakers(of: clearToHim) == ["سامي جورج بولس", "سامي جورج بولس"])
        #expect(Self.speakers(of: "وتبين الوزيرة أن الخطة جاهزة.") == ["الوزيرة"])
    }

    @Test func wordsInMarksInsideAReportedClauseArePartOfIt() {
        let text = "وأضاف المتحدث أن أي تأخير في صرف الرواتب \"ستتحمل مسؤوليته الحكومة وحدها\". وقال الوزير إن «الصرف سيبدأ غدا»."
        let quotes = Self.quotes(of: text).map(\.text)
        // The quotation after the clause is read, and so is the next one.
        #expect(quotes == ["أي تأخير في صرف الرواتب \"ستتحمل مسؤوليته الحكومة وحدها\"", "الصرف سيبدأ غدا"])
    }

    @Test func aContinuationCameThroughTheSameOutlets() throws {
        let text = "وقال وزير الداخلية الليبي، عماد الطرابلسي، في تصريح لقناة الحدث، إن المنفذ «سيفتح خلال أيام».\n"
            + "وأضاف أن الترتيبات الأمنية اكتملت على الجانبين."
        let quotes = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: "صحيفة الوسط", published: nil).quotes
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { $0.via == ["قناة الحدث", "صحيفة الوسط"] })
    }

    @Test func aParticipleGoesOnWithTheLastSpeakerOfItsSentence() throws {
        let text = "وقال المتحدث باسم الوفد، سالم العامري، إن الجولة ستستمر أسبوعا.\n"
            + "ونقلت وكالة رويترز عن مصدر حكومي قوله إن الوفد يحمل قوائم بألفي اسم، مشيرا إلى أن الحكومة «ستتمسك بمبدأ الكل مقابل الكل»."
        let quotes = Self.quotes(of: text)
        let last = try #require(quotes.last)
        #expect(last.speaker == nil)
        #expect(last.speakerText == "مصدر حكومي")
    }

    @Test func aFamilyNameWithARoleAfterItSpeaks() {
        let text = "وسجل المهاجم أنس بنعلي هدف التعادل. وقال بنشقرون، مدرب الفريق، إن «الفوز يمنح اللاعبين ثقة كبيرة»."
        #expect(Self.speakers(of: text) == ["بنشقرون"])
        let plain = "وقال زيتون، رئيس البلدية، إن الطريق سيفتح غدا."
        #expect(Self.speakers(of: plain) == ["زيتون"])
    }

    @Test func theArticlesOutletNamedShortInItsOwnChainIsOneLink() throws {
        let text = "وقال المتحدث باسم الهيئة سامي الخطيب في حديث لـ«قنا» إن الرحلات ستستأنف غدا."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: "وكالة الأنباء القطرية (قنا)", published: nil)
        #expect(try #require(annotations.quotes.first).via == ["وكالة الأنباء القطرية (قنا)"])
        #expect(QuoteExtractor.isAName(of: "جريدة الشروق التونسية", "الشروق"))
        #expect(!QuoteExtractor.isAName(of: "سكاي نيوز عربية", "العربية"))
        #expect(QuoteExtractor.isAName(of: "كوردستان 24", "كوردستان24"))
    }

    @Test func anUnderscoreGluesTheWordsOfAName() {
        let text = "قال الوزير خالد_العنزي إن الميزانية ستقر الشهر المقبل."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.contains { $0.type == .person && $0.name == "خالد_العنزي" })
        #expect(Self.speakers(of: text) == ["خالد_العنزي"])
    }

    @Test func theOfficesPlaceAndARankStandBetweenTheVerbAndTheSpeaker() {
        let text = "أعلن المتحدث باسم الشرطة في محافظة أربيل، العقيد آزاد هركي، أن الطريق أغلق حتى المساء.\n"
            + "وحذر المتحدث من أن «الثلوج ستستمر يومين»."
        #expect(Self.speakers(of: text) == ["آزاد هركي", "آزاد هركي"])
    }

    @Test func aSubjectBeforeItsVerbAfterAComplementizerSpeaks() {
        let text = "التقى وكيل وزارة الخارجية هشام العلوي السفير الياباني، وذكر بيان للوزارة أن العلوي أكد «حرص بلاده على التعاون»."
        #expect(Self.speakers(of: text) == ["هشام العلوي"])
    }

    @Test func aPortfolioJoinedByWawStaysInTheRoleAndTheMinisterIsFoundAgain() {
        let text = "قالت وزيرة البيئة والتغير المناخي، المهندسة سهى العمري، إن الخطة جاهزة للتنفيذ.\nوبينت الوزيرة أن «الكلفة تبلغ مليون دينار»."
        #expect(Self.speakers(of: text) == ["سهى العمري", "سهى العمري"])
    }

    @Test func theSubjectOfAPastPerfectStandsBetweenKanaAndQad() {
        let text = "وقبل أسبوع كان العميد سامر الحلبي المتحدث باسم الجيش قد أعلن أن القوات أكملت انتشارها على الحدود."
        #expect(Self.speakers(of: text) == ["سامر الحلبي"])
    }

    @Test func anOutletInMarksBeforeTheQuotationDoesNotHideTheVerb() {
        let text = "وقال اللاعب يوسف الحمادي لصحيفة «الوطن» إنه «يهدي اللقب إلى جماهير النادي»."
        #expect(Self.speakers(of: text) == ["يوسف الحمادي"])
    }

    @Test func aFeminineParticipleWithAPrepositionReportsSpeech() {
        let text = "وقالت الطبيبة نادين حداد إن «الإصابات تراجعت هذا الأسبوع»، لافتة إلى أن الحملة ستستمر حتى نهاية الشهر."
        #expect(Self.speakers(of: text) == ["نادين حداد", "نادين حداد"])
    }

    @Test func afterAnAPersonWinsOverTheBodyThatCompletesTheRole() {
        let text = "افتتحت جامعة الموصل مبنى جديدا. ونقلت صحيفة «الصباح» عن رئيس الجامعة، الدكتور قصي الحمداني، قوله إن «المبنى يتسع لألفي طالب»."
        #expect(Self.speakers(of: text) == ["قصي الحمداني"])
    }

    @Test func aNominalSubjectIsTheHeadOfARoleNotAWordInsideIt() {
        let text = "أصدرت قيادة عمليات الأنبار بيانا بعد تصريح لمدير الشرطة اللواء سامر الكبيسي.\n\nوذكرت القيادة أن «الطريق الدولي آمن»."
        #expect(Self.speakers(of: text).last == "قيادة عمليات الأنبار")
        let spokesman = "قال المتحدث باسم الوزارة خالد الرميثي إن الرحلات مستمرة.\n\nوأكد المتحدث أن «المطار يعمل»."
        #expect(Self.speakers(of: spokesman).last == "خالد الرميثي")
    }

    @Test func aContinuationWithNoEarlierSpeakerIsThePersonItsSentenceOpenedWith() {
        let text = "ووجه محافظ نينوى، اللواء رعد الحمداني، بصرف تعويضات للمتضررين، وأكد أن «الجسر سيفتح قريبا»."
        #expect(Self.speakers(of: text) == ["رعد الحمداني"])
    }

    @Test func aTimeWordAfterTheVerbIsNoSubject() {
        let text = "وكان وزير المالية سليم الخوري قد أعلن الأسبوع الماضي أن الرواتب ستصرف في موعدها."
        #expect(Self.speakers(of: text) == ["سليم الخوري"])
    }

    @Test func theOfficialIsTheLastPersonOfThatGender() {
        let text = "أكدت مديرة المتحف، الدكتورة سعاد الكعبي، أن القاعة ستفتح الأحد.\n\nوقالت المسؤولة الإماراتية: «نريد متحفا لكل الناس»."
        #expect(Self.speakers(of: text).last == "سعاد الكعبي")
    }

    @Test func theSourceAfterAnMayStandBehindALongTitle() {
        let text = "ونقلت قناة «الفرات» عن مدير عام شركة نقل المنتجات النفطية (النفط)، المهندس كريم الساعدي، قوله: «المخزون يكفي شهرين»."
        #expect(Self.speakers(of: text) == ["كريم الساعدي"])
    }

    @Test func theChainNamesAQuotedOutletAndAnAgencyWithItsComplement() {
        let quoted = ArticleAnnotator().annotate(
            text: "وأضاف الوزير سالم الدباغ، في تصريحات لقناة «المسار الأولى»، أن الطريق سيفتح غدا.", articleID: "t", outlet: nil,
            published: nil)
        #expect(quoted.quotes.first?.via == ["المسار الأولى"])
        let agency = ArticleAnnotator().annotate(
            text: "وقال المدير خالد الفاسي لوكالة المغرب العربي للأنباء إن الموسم السياحي كان ناجحا رغم الظروف الصعبة.", articleID: "t", outlet: nil, published: nil)
        #expect(agency.quotes.first?.via == ["وكالة المغرب العربي للأنباء"])
    }

    @Test func aFeminineVerbDoesNotContinueAMaleSpeaker() {
        let text = "وأوضح الوزير عادل الحسني أن العجز تراجع.\n\nوكانت وزارة المالية قد خفضت الدعم، في خطوة قالت إنها ضرورية لتقليص العجز المالي."
        #expect(Self.speakers(of: text).last == "وزارة المالية")
    }

    @Test func anUnnamedSourceAfterAnIsTheSpeakerText() {
        let text = "ونقلت صحيفة «الرأي» عن مصادر أمنية أن المعبر سيبقى مغلقا حتى إشعار آخر."
        #expect(Self.speakers(of: text) == ["مصادر أمنية"])
    }

    @Test func accordingToASourceThenFaInnaIsAStatement() {
        let text = "وبحسب ما نقلته صحيفة «الوسط» عن مصدر في الوزارة، فإن عدد المصابين تجاوز مئة شخص خلال يومين."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        let quote = annotations.quotes.first
        #expect(quote?.speakerText == "مصدر في الوزارة")
        #expect(quote?.via == ["الوسط"])
        #expect(quote?.text.hasPrefix("عدد المصابين") == true)
        let named = "ووفقا لوزارة الصحة، فإن المستشفيات استقبلت أكثر من ثلاثين مصابا."
        #expect(Self.speakers(of: named) == ["وزارة الصحة"])
    }

    @Test func aBodyBetweenARoleAndANameAfterACommaIsNoName() {
        let text = "وقال رئيس شعبة الأجهزة بالغرفة التجارية، سامي نصار، إن الأسعار سترتفع خلال الأسابيع المقبلة."
        #expect(Self.speakers(of: text) == ["سامي نصار"])
    }

    @Test func aSurnameAloneBeforeTheClauseIsTheSpeaker() {
        #expect(Self.speakers(of: "من جهته، شدد فيرهوفن على أن الدوريات ستستمر في المنطقة الحدودية.") == ["فيرهوفن"])
        let text = "استقبل الوزير الجنرال بيتر لامبرت.\nمن جهته، أكد لامبرت أن الدوريات ستستمر في المنطقة الحدودية."
        #expect(Self.speakers(of: text) == ["بيتر لامبرت"])
    }

    @Test func thePlatformAndTheOutletGivenAStatementAreInTheChain() {
        let post = ArticleAnnotator().annotate(
            text: "وكتب الوزير سالم الدباغ في تدوينة بمنصة إكس أن «الطريق سيفتح غدا أمام المسافرين».", articleID: "t", outlet: nil,
            published: nil)
        #expect(post.quotes.first?.via == ["إكس"])
        let quoted = ArticleAnnotator().annotate(
            text: "وكتب الوزير سالم الدباغ عبر حسابه في منصة «إكس»: «الطريق سيفتح غدا أمام المسافرين».", articleID: "t", outlet: nil,
            published: nil)
        #expect(quoted.quotes.first?.via == ["إكس"])
        let given = ArticleAnnotator().annotate(
            text: "وأضاف مصدر أمني لـ«الصباح» أن الموقوفين أحيلوا إلى النيابة العامة.", articleID: "t", outlet: nil, published: nil)
        #expect(given.quotes.first?.via == ["الصباح"])
    }

    static func via(of text: String) -> [[String]] {
        Self.quotes(of: text).map(\.via)
    }

    @Test(arguments: [
        "وقال وزير النقل سعيد الهاشمي، وفق ما نقلت وكالة الأنباء الكويتية، إن «الجسر سيفتتح في الصيف».",
        "وقال وزير النقل سعيد الهاشمي، بحسب ما نقلت عنه صحيفة القبس، إن الجسر سيفتتح في الصيف المقبل.",
        "وقال وزير النقل سعيد الهاشمي، حسبما أوردت قناة الراي، إن الجسر سيفتتح في الصيف المقبل.",
    ])
    func theOutletThatCarriedAStatementIsNotItsSpeaker(_ text: String) {
        #expect(Self.speakers(of: text) == ["سعيد الهاشمي"])
        #expect(Self.via(of: text).first?.count == 1)
    }

    @Test(arguments: [
        ("ونقلت وكالة رويترز عن مسؤول في وزارة النفط أن الإنتاج سيرتفع الشهر المقبل.", "مسؤول في وزارة النفط", "وكالة رويترز"),
        ("ونقلت وكالة سبوتنيك عن مصادر دبلوماسية أن المحادثات ستستأنف في جنيف.", "مصادر دبلوماسية", "وكالة سبوتنيك"),
        ("وقال مصدر عسكري لوكالة فرانس برس إن الاشتباكات توقفت عند الفجر.", "مصدر عسكري", "وكالة فرانس برس"),
        ("ونقلت قناة سكاي نيوز عربية عن الناطق باسم الوزارة قوله إن الطرق سالكة في كل المحافظات.", "الناطق باسم الوزارة", "قناة سكاي نيوز عربية"),
        ("وقال المحافظ في بيان تلقته وكالة شفق نيوز إن المياه انحسرت عن الأحياء.", "المحافظ", "وكالة شفق نيوز"),
        ("وقال رئيس الاتحاد للموقع الرسمي للاتحاد إن المنتخب جاهز للمباراة.", "رئيس الاتحاد", "الموقع الرسمي للاتحاد"),
        ("وقال مصدر دبلوماسي لفرانس برس إن المحادثات ستستأنف الأسبوع المقبل.", "مصدر دبلوماسي", "فرانس برس"),
        ("ونقلت \"رويترز\" عن مصادر مطلعة أن الشركة ستعلن أرباحها قريبا.", "مصادر مطلعة", "رويترز"),
    ])
    func anUnnamedSourceSpeaksAndTheOutletCarries(_ text: String, _ speaker: String, _ outlet: String) {
        #expect(Self.speakers(of: text) == [speaker])
        #expect(Self.via(of: text) == [[outlet]])
    }

    @Test(arguments: [
        ("وقال الوزير إن التصحر يمثل \"خطرا وجوديا\".", "التصحر يمثل \"خطرا وجوديا\""),
        ("وقال الوزير إن التصحر يمثل «خطرا وجوديا».", "التصحر يمثل «خطرا وجوديا»"),
        ("وقال الوزير إن التصحر يمثل خطرا وجوديا على البلاد.", "التصحر يمثل خطرا وجوديا على البلاد"),
    ])
    func aReportedClauseKeepsTheMarkThatClosesAQuotationInIt(_ text: String, _ quote: String) {
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == [quote])
    }

    @Test func aMinisterReferredToAfterTheVerbSpeaksBeforeTheBodyHeAddresses() {
        let text = "قال وزير المالية المغربي فوزي لقجع إن العجز سيتراجع هذا العام. "
            + "وأضاف الوزير أمام أعضاء مجلس النواب أن الحكومة ستدعم المقاولات الصغيرة."
        #expect(Self.speakers(of: text) == ["فوزي لقجع", "فوزي لقجع"])
    }

    @Test func aContrastEndsTheReportedClauseAndTheOutletOfTheOtherSource() {
        let text = "أعلن البنك المركزي الأردني أن احتياطي العملات الأجنبية ارتفع خلال الربع الأول، "
            + "في حين قال الخبير الاقتصادي حسام عايش لقناة المملكة إن الارتفاع لن يدوم طويلا."
        let quotes = Self.quotes(of: text)
        #expect(quotes.count == 2)
        #expect(quotes.first?.text.hasSuffix("الربع الأول") == true)
        #expect(quotes.first?.via.isEmpty == true)
        #expect(quotes.last?.via == ["قناة المملكة"])
    }

    @Test func aRelayOfARelayKeepsBothOutletsNearestTheSpeakerFirst() {
        let text = "ونقلت وكالة فرانس برس عن وكالة الأنباء العمانية عن مصدر مسؤول قوله إن السلطنة سترسل فرق إنقاذ إلى المنطقة."
        let quotes = Self.quotes(of: text)
        #expect(quotes.first?.via == ["وكالة الأنباء العمانية", "وكالة فرانس برس"])
    }

    @Test func anAgencyThatSpeaksCarriesNoOneAndItsAbbreviationIsItself() {
        let text = "وبحسب وكالة الأنباء الليبية (وال)، فإن الأمطار أغلقت الطريق الساحلي بين المدينتين. وأضافت وال أن فرق الصيانة بدأت عملها."
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        #expect(annotations.entities.filter { $0.type == .organization }.count == 1)
        #expect(annotations.quotes.first?.via.isEmpty == true)
        #expect(Set(annotations.quotes.compactMap(\.speaker)).count == 1)
    }

    @Test func aHeadlineQuotationEndsWithItsSentence() {
        let text = "الأهرام: الحكومة تدرس رفع أسعار الخبز الشهر المقبل. ذكرت صحيفة الأهرام نقلا عن مصادر حكومية أن اللجنة ستجتمع الأسبوع المقبل."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["الحكومة تدرس رفع أسعار الخبز الشهر المقبل", "اللجنة ستجتمع الأسبوع المقبل"])
    }

    @Test(arguments: [
        ("ونقلت الوكالة عن المتحدث قوله إن المحادثات مستمرة.", ["المحادثات مستمرة"]),
        ("وأكد المحافظ أن الطريق مغلق.", ["الطريق مغلق"]),
        ("وقال إن ذلك صحيح.", []),
    ])
    func twoWordsThatEndTheSentenceAreAStatement(_ text: String, _ quotes: [String]) {
        #expect(Self.quotes(of: text).map(\.text) == quotes)
    }

    @Test(arguments: [
        ("وقال المتحدث باسم وزارة الخارجية الكينية إن بلاده لا تسعى إلى أي وجود عسكري.", "المتحدث باسم وزارة الخارجية الكينية", "وزارة الخارجية الكينية"),
        ("وقال رئيس الاتحاد التونسي لكرة اليد إن المكافأة ستصرف قريبا.", "رئيس الاتحاد التونسي لكرة اليد", "الاتحاد التونسي لكرة اليد"),
    ])
    func anOfficeWithNoNameSpeaksForItsBodyInItsOwnWords(_ text: String, _ speakerText: String, _ body: String) throws {
        let annotations = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil)
        let quote = try #require(annotations.quotes.first)
        #expect(quote.speakerText == speakerText)
        let item = try #require(quote.speaker.flatMap { Int($0.dropFirst()) })
        #expect(annotations.entities[item].name == body)
    }

    @Test func anOutletAfterBihasbCarriesTheWordsWithoutItsMediaHead() {
        let text = "وقال وزير الداخلية بحسب العربية إن الوضع في العاصمة هادئ تماما."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.speakerText) == ["وزير الداخلية"])
        #expect(quotes.first?.via == ["العربية"])
    }

    @Test func aNameInMarksThatOpensTheClauseIsNoQuotation() {
        let text = "ونقلت الوكالة عن محافظ البنك المركزي قوله إن \"ساما\" ستتبع النهج ذاته خلال العام."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["\"ساما\" ستتبع النهج ذاته خلال العام"])
    }

    @Test func aParticipleGoesOnWithTheSpeakerOfItsSentenceNotTheOutlet() {
        let text = "وقال الناطق الرسمي باسم الجامعة الملكية لكرة القدم، لوكالة لاماب، إن \"البطولة ستستأنف الأسبوع المقبل\"، "
            + "مضيفا أن الملاعب جاهزة لاستقبال الجماهير."
        let speakers = Self.speakers(of: text)
        #expect(speakers.count == 2)
        #expect(speakers.first == speakers.last)
        #expect(speakers.last != "لاماب")
    }

    @Test func aFamilyNameWithTheArticleRefersToThePersonNamedBefore() {
        let text = "وقال نيجيرفان بارزاني إن الحوار مع بغداد مستمر. وأضاف البارزاني أن الرواتب ستصرف قريبا."
        #expect(Self.speakers(of: text) == ["نيجيرفان بارزاني", "نيجيرفان بارزاني"])
    }

    @Test(arguments: [
        "«الأسعار سترتفع خلال الأشهر المقبلة»، بحسب ما قاله الخبير الاقتصادي علي الحمادي.",
        "«الأسعار سترتفع خلال الأشهر المقبلة»، وفق الخبير الاقتصادي علي الحمادي.",
    ])
    func aSourceAfterAQuotationInMarksSaysIt(_ text: String) {
        #expect(Self.speakers(of: text) == ["علي الحمادي"])
    }

    @Test(arguments: [
        ("وقال المحلل المختص في أسواق المال سامر أبو زيد إن الأسعار سترتفع.", "سامر أبو زيد"),
        ("وقالت الباحثة المتخصصة في الشؤون الأفريقية ليلى حسن إن الأزمة ستطول.", "ليلى حسن"),
    ])
    func aTitleHolderNamedAfterTheirSpecialtySpeaks(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test func aPluralInTheAccusativeAfterTheVerbIsItsObjectNotItsSubject() {
        let text = "وقالت وزيرة الصحة سعاد الحربي إن الحملة ناجحة. ودعت المواطنين إلى التطعيم في المراكز الصحية القريبة."
        #expect(Self.speakers(of: text) == ["سعاد الحربي", "سعاد الحربي"])
    }

    @Test func aReportSpeaksForTheBodyThatIssuedIt() {
        let text = "وقالت منظمة الصحة العالمية في تقرير إن الإصابات تراجعت. وأضاف التقرير أن اللقاحات وصلت إلى 40 دولة."
        #expect(Self.speakers(of: text) == ["منظمة الصحة العالمية", "منظمة الصحة العالمية"])
    }

    @Test func someOfAGroupSpeakUnnamed() {
        let text = "وقال الوزير إن القرعة شفافة. في المقابل، قال عدد من سكان الحي إن أسرا كثيرة أقصيت من القرعة."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.speakerText) == ["الوزير", "عدد من سكان الحي"])
    }

    @Test func aProvisionIsAnnounced() {
        let text = "وكانت وزارة الصحة قد أعلنت، الأسبوع الماضي، توفير 350 ألف جرعة من اللقاح."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["توفير 350 ألف جرعة من اللقاح"])
    }

    @Test(arguments: [
        ("وأعلن نادي الوحدة، في بيان، عزمه الطعن في القرار أمام المحكمة.", "عزمه الطعن في القرار أمام المحكمة"),
        ("وأعلنت الوزارة، في بيان، البدء مطلع الشهر المقبل في ترميم المساجد.", "البدء مطلع الشهر المقبل في ترميم المساجد"),
        ("ويتوقع المركز الوطني للأرصاد، بحسب نشرته، تواصل التقلبات الجوية حتى الأربعاء.", "تواصل التقلبات الجوية حتى الأربعاء"),
        ("وقالت الوزيرة سعاد الخطيب إن البطالة مرتفعة، كاشفة عن برنامج لدعم 500 مشروع صغير.", "برنامج لدعم 500 مشروع صغير"),
    ])
    func intentionsStartsAndForecastsAreReportedToo(_ text: String, _ said: String) {
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text).contains(said))
    }

    @Test(arguments: [
        ("وقالت مصادر مطلعة إن عدد الطلبات بلغ نحو 90 ألفا. وأضافت المصادر أن المؤسسة تعمل على تقليص فترة الانتظار.", "مصادر مطلعة"),
        ("وقال مسؤول في الوزارة إن الشحنة وصلت إلى الميناء. وأوضح المسؤول أن التوزيع يبدأ غدا في المحافظات.", "مسؤول في الوزارة"),
    ])
    func theNounWithTheArticleStandsForTheUnnamedSourceBefore(_ text: String, _ source: String) {
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.speakerText) == [source, source])
    }

    @Test func aGivenNameAloneSpeaksForTheOnePersonWhoBearsIt() {
        let one = "وحلت التلميذة مريم سعيد النقبي الأولى على الدولة. وقالت مريم إنها تحلم بدراسة الهندسة خارج البلاد."
        #expect(Self.speakers(of: one) == ["مريم سعيد النقبي"])
        // Two people who share a given name: the name alone says neither.
        let two = "والتقى الوزير محمد علي بالسفير محمد حسن. وقال محمد إن اللقاء مثمر للغاية بين البلدين."
        #expect(Self.speakers(of: two) == ["محمد"])
    }

    @Test func aCourtesyTitleAfterTheCommaStillJoinsTheRoleBeforeIt() {
        let text = "وقال رئيس هيئة البيئة، سعادة الدكتور خالد بن سالم العامري، إن الخطة جاهزة. وأكد رئيس الهيئة أن التنفيذ يبدأ غدا."
        #expect(Self.speakers(of: text) == ["خالد بن سالم العامري", "خالد بن سالم العامري"])
        #expect(Self.quotes(of: text).last?.speakerText == "رئيس الهيئة")
    }

    @Test func aFeminineNationalityBeforeAnUnknownNameMakesAWomanWhoGoesOnSpeaking() {
        let text = "من جهتها، أوضحت الإيطالية كيارا فيتالي أن المنظمة سلمت المستشفى 40 جهازا، وأضافت أن شحنة أخرى ستصل قريبا."
        #expect(Self.speakers(of: text) == ["كيارا فيتالي", "كيارا فيتالي"])
    }

    @Test func anAccordanceBeforeAVerbOfSayingNamesTheCarrierNotTheSpeaker() {
        let text = "وبحسب ما نقلته وكالة الأنباء العمانية، أكد مدير المستشفى، الدكتور سالم بن راشد الهنائي، أن المستشفى يستقبل 300 مريض."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["المستشفى يستقبل 300 مريض"])
        #expect(Self.speakers(of: text) == ["سالم بن راشد الهنائي"])
        // A verb that also means "amounts to", whose clause is another verb's, leaves the statement to the accordance.
        let amounts = "وبحسب تقديرات وزارة الزراعة، يبلغ إنتاج البلاد هذا العام نحو 20 ألف طن، فيما نقلت وكالة الأنباء عن مدير الزراعة أن الصقيع أتلف المحصول."
        #expect(Self.quotes(of: amounts).first?.text.hasPrefix("يبلغ إنتاج البلاد") == true)
    }

    @Test func anAccordanceBetweenCommasAfterTheVerbIsNoSubject() {
        let text = "وزارت الوزيرة سلمى العلي المدينة أمس، وقالت، بحسب ما نقلته وكالة الأنباء الأردنية، إن الوضع صعب."
        #expect(Self.speakers(of: text) == ["سلمى العلي"])
    }

    /// Each text names a minister first, so that a speaker wrongly carried over shows.
    @Test(arguments: [
        ("وقال الوزير خالد سعيد إن الأسعار مستقرة. وقال صياد من ميناء صور، طلب عدم ذكر اسمه، إن الأسماك نفقت.", "صياد من ميناء صور"),
        ("وقال الوزير خالد سعيد إن الأسعار مستقرة. في المقابل، قال أصحاب مخابز في حلب لـ«الوطن» إن الطحين نفد.", "أصحاب مخابز في حلب"),
        ("وقال الوزير خالد سعيد إن الأسعار مستقرة. وقال سائق على خط دمشق حمص إن الأجرة ارتفعت.", "سائق"),
    ])
    func someoneNewAndUnnamedAfterTheVerbIsNoOneSpokenOfBefore(_ text: String, _ source: String) {
        let quotes = Self.quotes(of: text)
        #expect(quotes.count == 2)
        #expect(quotes.last?.speaker == nil)
        #expect(quotes.last?.speakerText == source)
    }

    @Test func aLongSubjectWithItsAppositionsAndWhereItSpokeStillReachesItsClause() {
        let text = "وقال الرئيس التنفيذي لهيئة تطوير محمية الأمير سلطان بن سلمان الطبيعية، المهندس خالد بن عبدالعزيز العتيبي، في تصريح لوكالة الأنباء السعودية (واس)، إن المحمية سجلت 4 حالات نفوق."
        #expect(Self.quotes(of: text).map(\.text) == ["المحمية سجلت 4 حالات نفوق"])
        #expect(Self.speakers(of: text) == ["خالد بن عبدالعزيز العتيبي"])
    }

    @Test func aNationalityBeforeTheNameInApposition() {
        let text = "وقال الوزير خالد سعيد إن الأسعار مستقرة. وقال كبير المحللين في شركة «ماريتايم» للاستشارات، البريطاني جون بيتر هاريس، في تصريح لقناة «العربية»، إن الطلب سيرتفع."
        #expect(Self.speakers(of: text) == ["خالد سعيد", "جون بيتر هاريس"])
    }

    @Test func aRelativeClauseOnTheSourceOfATrailingCueReportsItsOwnWords() {
        let text = "ويعيش في المنطقة نحو 300 زوج من الطيور فقط، بحسب الخبير سالم الحربي، الذي أشار إلى أن المركز سيطلق 6 طيور."
        let quotes = Self.quotes(of: text)
        #expect(quotes.map(\.text) == ["ويعيش في المنطقة نحو 300 زوج من الطيور فقط", "المركز سيطلق 6 طيور"])
        #expect(Self.speakers(of: text) == ["سالم الحربي", "سالم الحربي"])
    }

    @Test(arguments: [
        ("أعلن المركز الوطني للأرصاد، أمس الثلاثاء، رصد 12 هزة أرضية خفيفة في المنطقة.", "رصد 12 هزة أرضية خفيفة في المنطقة"),
        ("وأعلنت وزارة النفط اكتشاف حقل غاز جديد في الصحراء الغربية.", "اكتشاف حقل غاز جديد في الصحراء الغربية"),
    ])
    func whatWasDetectedOrDiscoveredIsAnnounced(_ text: String, _ announced: String) {
        #expect(Self.quotes(of: text).map(\.text) == [announced])
    }

    @Test func theVerbSaysAWomanSpokeWhoseNameTheLexiconsLack() {
        let text = "وقال مدير الصحة سالم الركابي إن الحادث مؤسف جدا. من جهتها، قالت مسؤولة اللقاحات، نوار كاظم الحسيناوي، إن الجرعات المتضررة كثيرة جدا، وأضافت أن الدائرة طلبت تعويضها من بغداد."
        #expect(Self.speakers(of: text) == ["سالم الركابي", "نوار كاظم الحسيناوي", "نوار كاظم الحسيناوي"])
    }

    @Test func marksTakeNoRoomBetweenTheCarrierAndWhomItQuotes() {
        let text = "ونقلت وكالة الأنباء الأردنية (بترا) الشهر الماضي عن بلدية إربد أن مخطط التطوير يشمل إزالة 20 مبنى."
        #expect(Self.speakers(of: text) == ["بلدية إربد"])
    }

    @Test(arguments: [
        ("وكانت وزارة العدل قد أعلنت في مايو الماضي عن مسابقة لتوظيف 300 كاتب ضبط.", "مسابقة لتوظيف 300 كاتب ضبط", "وزارة العدل"),
        ("أعلنت شركة النفط، صباح اليوم، السيطرة على تسرب نفطي قرب الميناء.", "السيطرة على تسرب نفطي قرب الميناء", "شركة النفط"),
        ("ويقدّر مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن عدد النازحين يتجاوز 4 ملايين.", "عدد النازحين يتجاوز 4 ملايين",
         "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
    ])
    func whatIsAnnouncedOrEstimated(_ text: String, _ said: String, _ speaker: String) {
        #expect(Self.quotes(of: text).map(\.text) == [said])
        #expect(Self.speakers(of: text) == [speaker])
    }

    @Test func whatTheSpeakerPointedToIsSaid() {
        let text = "وقال الطبيب إن الحالات المسجلة تخص كبار السن، مشيرا إلى تسجيل وفاة واحدة أمس في المستشفى."
        #expect(Self.quotes(of: text).map(\.text) == ["الحالات المسجلة تخص كبار السن", "تسجيل وفاة واحدة أمس في المستشفى"])
        // After a subject, «أشار إلى» and a thing is a gesture.
        #expect(Self.quotes(of: "وأشار الوزير إلى الخريطة المعلقة على الجدار.").isEmpty)
    }

    @Test func aFamilyNameThatOpensATitleThereIsTheTitle() {
        let text = "وقالت عمدة البلدية خديجة بنت محمد الأمين إن المخيمات جاهزة. وقال الأمين العام للوزارة، سيدي محمد ولد أحمد سالم، إن الحكومة رصدت 30 مليونا."
        #expect(Self.speakers(of: text) == ["خديجة بنت محمد الأمين", "سيدي محمد ولد أحمد سالم"])
    }

    /// A consultant or a specialist is named by a field, then the body, then the name: the name
    /// after them speaks.
    @Test func aSpecialistNamedByAFieldAndABodySpeaksByTheNameAfterThem() {
        let text = "وأوضح أخصائي التغذية العلاجية في جامعة الملك سعود الدكتور علي حسن المطوع أن الصيام آمن لمعظم المرضى. "
            + "وقالت استشارية طب الأطفال في وزارة الصحة الدكتورة هند سالم الكواري إن العيادات مفتوحة."
        #expect(Self.speakers(of: text) == ["علي حسن المطوع", "هند سالم الكواري"])
    }

    /// The body a role heads, where it is, then the name: the name speaks, not the body.
    @Test(arguments: [
        ("وقال رئيس جمعية حماية الطفل في محافظة إربد نضال سليم العمري إن المدارس آمنة.", "نضال سليم العمري"),
        ("وقالت رئيسة اتحاد المزارعين في الأغوار في محافظة البلقاء ريم خالد الزعبي إن الموسم جيد.", "ريم خالد الزعبي"),
        // The head of a section, whatever words name it, then its body, a short name in parentheses
        // and a title: the name speaks.
        ("وقال رئيس قسم الطوارئ في المستشفى سالم حسن العلي إن المخزون كاف.", "سالم حسن العلي"),
        ("وقالت رئيسة قسم الرقابة بإدارة الغذاء في الهيئة العامة للغذاء والدواء (الهيئة) الطبيبة سلوى حسن العلي لـ«الرأي» إن المخزون كاف.",
         "سلوى حسن العلي"),
    ])
    func theHolderOfARoleOverABodySomewhereSpeaks(_ text: String, _ speaker: String) {
        #expect(Self.speakers(of: text) == [speaker])
    }

    /// A report named after «بحسب» speaks the statement before it, and the verb of saying right after
    /// the source's comma, with no subject of its own, tells what the same report said.
    @Test func aReportAfterAccordingToSaysWhatFollowsIt() {
        let text = "ويتجاوز عدد المشتركين في خدمة الإنترنت المنزلي 900 ألف مشترك، بحسب تقرير أصدرته هيئة الاتصالات الشهر الماضي، "
            + "أشار إلى أن قيمة الاشتراكات ارتفعت بنحو 20 بالمئة. وارتفعت الأسعار بنسبة 5%، بحسب وزارة الاقتصاد، وقال الوزير إن الزيادة مؤقتة."
        #expect(Self.speakers(of: text) == ["هيئة الاتصالات", "هيئة الاتصالات", "وزارة الاقتصاد", "الوزير"])
    }

    /// Figures named after «بحسب» by what they are speak for whoever they belong to or issued them:
    /// a body named after them, the body a definite noun stands for, or no one named; a statement
    /// that opens with «يبلغ» or «يقدر» tells an amount, and a clause set beside the source («فيما»)
    /// is not its statement.
    @Test func figuresAfterAccordingToSpeakForWhoseTheyAre() {
        let text = "وأعلنت شركة الاتصالات اليمنية رفع الأسعار. ويقدر عدد مشتركي الشركة بنحو 310 آلاف مشترك، بحسب أرقام الشركة. "
            + "وتبلغ المساحة المزروعة بالقمح نحو 40 ألف فدان، بحسب بيانات نشرتها مديرية الزراعة، فيما تنتج المطاحن نحو 90 ألف طن. "
            + "وتحتاج زراعة الدونم الواحد إلى نحو 12 ألف متر مكعب من المياه، بحسب تقديرات مختصين. "
            + "واستقطب المعرض 41 ألف زائر، بحسب أرقام الهيئة، فيما توقع المدير سامي خالد العلي أن يتجاوز عدد الزوار هذا العام 50 ألفا."
        #expect(Self.speakers(of: text) == [
            "شركة الاتصالات اليمنية", "شركة الاتصالات اليمنية", "مديرية الزراعة", "تقديرات مختصين", "سامي خالد العلي",
        ])
    }

    /// One met «مع» the subject is not the subject: «قال الوزير في مؤتمر صحفي مع نظيره فلان».
    @Test func whomTheSubjectWasWithDoesNotSpeak() {
        let text = "وقال وزير الخارجية في مؤتمر صحفي مع نظيره الأردني أيمن الصفدي إن المحادثات بناءة."
        let quotes = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).quotes
        #expect(quotes.map(\.speakerText) == ["وزير الخارجية"])
    }

    /// «لـ» written apart before an outlet: the outlet carried the words of the unnamed source.
    @Test func anOutletAfterADetachedLamCarriesTheWords() {
        let text = "وأفاد مصدر في الدفاع المدني بانهيار منزل. وقال المصدر لـ الجزيرة نت إن فرق الإنقاذ انتشلت طفلين."
        let quotes = ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).quotes
        #expect(quotes.last?.speaker == nil)
        #expect(quotes.last?.via == ["الجزيرة نت"])
    }
}
