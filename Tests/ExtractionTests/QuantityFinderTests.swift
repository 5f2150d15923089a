import Testing

@testable import Extraction

/// A passage and the quantities a finder must report in it.
struct QuantityCase: Sendable, CustomTestStringConvertible {
    /// Where an outlet writing this way would be.
    enum Region: String, Sendable {
        case gulf, levant, egypt, iraq, maghreb, wire
    }

    struct Expected: Sendable, Equatable, CustomStringConvertible {
        var text: String
        var value: Double
        var unit: String?
        var isApproximate: Bool
        var description: String { "«\(text)» \(value) \(unit ?? "-")\(isApproximate ? " ~" : "")" }
    }

    var region: Region
    var text: String
    var expected: [Expected]
    var testDescription: String { "\(region.rawValue): \(text)" }

    init(_ region: Region, _ text: String, _ expected: (String, Double, String?, Bool)...) {
        self.region = region
        self.text = text
        self.expected = expected.map { Expected(text: $0.0, value: $0.1, unit: $0.2, isApproximate: $0.3) }
    }
}

@Suite struct QuantityFinderTests {
    let finder = QuantityFinder()

    /// Passages in the manner of outlets across the Arab world, on health, economy, energy, security,
    /// elections, football, weather and migration. All are written for these tests.
    static let passages: [QuantityCase] = [
        // A feminine unit in the accusative before tens, with its alef.
        QuantityCase(.gulf, "وسجلت الوزارة ثلاثا وعشرين حالة إصابة جديدة.", ("ثلاثا وعشرين حالة إصابة", 23, "حالة إصابة", false)),
        // A duration counted from an event is a span of time, not a date.
        QuantityCase(.levant, "وستنقل الحافلات الجمهور قبل ثلاث ساعات من موعد كل حفل.", ("ثلاث ساعات", 3, "ساعات", false)),
        QuantityCase(.wire, "وتغادر البعثة إلى العاصمة قبل خمسة أيام من المباراة.", ("خمسة أيام", 5, "أيام", false)),
        QuantityCase(.levant, "وعاد الوفد بعد نحو 10 سنوات من الغياب.", ("نحو 10 سنوات", 10, "سنوات", true)),
        QuantityCase(.levant, "وارتفعت الأجرة بعد 9 أيام فقط من رفع سعر الوقود.", ("9 أيام", 9, "أيام", false)),
        // A counted noun may open with the letter of a preposition (ف، ب، ك).
        QuantityCase(.gulf, "وقرر المجلس اعتماد نظام من ثلاثة فصول دراسية.", ("ثلاثة فصول", 3, "فصول", false)),
        QuantityCase(.gulf, "ويتضمن البرنامج 85 فعالية ثقافية.", ("85 فعالية", 85, "فعالية", false)),
        QuantityCase(.wire, "ووزعت الجمعية ألف بطانية على الأسر النازحة.", ("ألف بطانية", 1000, "بطانية", false)),
        // «هذا العام» is a whole date; «أم» before a number glued to ل is a mother, not the label «إم».
        QuantityCase(.gulf, "وافتتحت الوزارة هذا العام 64 مدرسة جديدة.", ("64 مدرسة", 64, "مدرسة", false)),
        QuantityCase(.wire, "وقالت السيدة، وهي أم لستة أطفال، إنها فقدت منزلها.", ("ستة أطفال", 6, "أطفال", false)),
        // A feminine noun in the dual counts two; the adjective that agrees with it counts nothing.
        QuantityCase(.gulf, "وافتتحت الهيئة محطتين جديدتين للتحلية.", ("محطتين", 2, "محطتين", false)),
        QuantityCase(.wire, "وشهدت المدينة جريمتين خلال الأسبوع.", ("جريمتين", 2, "جريمتين", false)),
        // A masculine noun in the dual counts two where its shape takes no sound plural, and so does
        // a participle or an agent noun in the nominative dual; the adjectives after it count nothing.
        QuantityCase(.gulf, "وعقد المجلس اجتماعين منفصلين خلال الشهر.", ("اجتماعين", 2, "اجتماعين", false)),
        QuantityCase(.egypt, "وسرق اللصوص تمثالين برونزيين صغيرين من المتحف.", ("تمثالين", 2, "تمثالين", false)),
        QuantityCase(.levant, "وفاز مرشحان من القائمة، فيما تغيب شاهدان عن الجلسة.", ("مرشحان", 2, "مرشحان", false), ("شاهدان", 2, "شاهدان", false)),
        QuantityCase(.maghreb, "وأسفر الحادث عن قتيلين وجريحين.", ("قتيلين", 2, "قتيلين", false), ("جريحين", 2, "جريحين", false)),
        // A noun of place (مفعل) or an agent-shaped noun whose plural is broken is in the dual.
        QuantityCase(.gulf, "وافتتح الوزير مركزين صحيين بعد حادثين مروريين.", ("مركزين", 2, "مركزين", false), ("حادثين", 2, "حادثين", false)),
        // The shekel is spelt with ك and with ق.
        QuantityCase(.levant, "وفرضت البلدية غرامة قدرها 500 شيقل على المخالفين.", ("500 شيقل", 500, "شيقل", false)),
        // Nouns of a participle's or an intensive's shape whose plural is broken are duals too.
        QuantityCase(.levant, "واشترت الشركة عقارين وأغلقت معملين قديمين.", ("عقارين", 2, "عقارين", false), ("معملين", 2, "معملين", false)),
        // The verbal noun تفاعل takes its plural in ات, and the Maghrebi douar a broken one: ين is the dual.
        QuantityCase(.maghreb, "وأنهى الفريق الموسم بتسعة انتصارات وتبادل الحارسان تعادلين، وأجلي سكان دوارين.", ("تعادلين", 2, "تعادلين", false), ("دوارين", 2, "دوارين", false)),
        QuantityCase(.levant, "واستأجرت البلدية مولدين لتشغيل المضخات.", ("مولدين", 2, "مولدين", false)),
        // A unit of money or of measure alone and «ونصف» is one and a half of it; a duration is no quantity.
        QuantityCase(.gulf, "وارتفع سعر كيلو الطماطم إلى دينار ونصف.", ("دينار ونصف", 1.5, "دينار", false)),
        QuantityCase(.maghreb, "ومشى المتظاهرون كيلومترا ونصف قبل أن يتفرقوا.", ("كيلومترا ونصف", 1.5, "كيلومترا", false)),
        // After «بعد» a dual of time is a date, but not another dual.
        QuantityCase(.levant, "ويأتي الحريق بعد حريقين مماثلين، ووصل الوفد قبل يومين.", ("حريقين", 2, "حريقين", false)),
        // The sound plural of participles, agent nouns and relative adjectives, verbal nouns of
        // roots in ن, loanwords, verbs after و and «آخرين» count nothing.
        QuantityCase(.iraq, "واعتقلت القوات مسلحين ولاجئين عراقيين، وتبين أن آخرين فروا."),
        QuantityCase(.gulf, "وارتفع سعر البنزين وتأمين السيارات وعملة بيتكوين."),
        QuantityCase(.levant, "«لسنا تجارا جشعين»، قال الخباز، وأمامه مهرجان المدينة."),
        // Two after the plural it counts; a preposition glued to the article opens no unit.
        QuantityCase(.maghreb, "وأدانت المحكمة مقاولين اثنين بالفساد.", ("مقاولين اثنين", 2, "مقاولين", false)),
        // A unit of time alone after «أكثر من» or «أقل من» counts one.
        QuantityCase(
            .gulf, "ووزع الطاقم سترات النجاة بعد أكثر من ساعة على توقف العبارة، وسيستمر الإغلاق أقل من أسبوع.",
            ("أكثر من ساعة", 1, "ساعة", true), ("أقل من أسبوع", 1, "أسبوع", true)),
        // One follows the singular it counts, listed or not.
        QuantityCase(.maghreb, "وحسم الفريق المباراة بفارق شوط واحد.", ("شوط واحد", 1, "شوط", false)),
        // So in the accusative, whose alef the numeral lexicon reads too («دينارا واحدا»), here a bound.
        QuantityCase(.levant, "وفرضت الشركة رسما شهريا لا يتجاوز دينارا واحدا على كل مشترك.", ("دينارا واحدا", 1, "دينارا", true)),
        // Hours and minutes after «بعد» name no day: they tell how long something took.
        QuantityCase(.gulf, "ولم تصل الزوارق إلى موقع الغرق إلا بعد 6 ساعات بسبب سوء الأحوال الجوية.", ("6 ساعات", 6, "ساعات", false)),
        QuantityCase(.levant, "وسيطرت طواقم الدفاع المدني على الحريق بعد نحو 5 ساعات.", ("نحو 5 ساعات", 5, "ساعات", true)),
        // Also where a noun follows the two: it counts the noun before it, in the plural or the dual.
        QuantityCase(
            .iraq, "وارتفعت الحصيلة إلى 9 وفيات بعد وفاة مصابين اثنين متأثرين بجروحهما، وأصيب شرطيان اثنان بجروح طفيفة.",
            ("9 وفيات", 9, "وفيات", false), ("مصابين اثنين", 2, "مصابين", false), ("شرطيان اثنان", 2, "شرطيان", false)),
        QuantityCase(
            .maghreb, "ونقل خمسة مصابين إلى المستشفى، بينهم اثنان في حالة خطرة.", ("خمسة مصابين", 5, "مصابين", false), ("اثنان", 2, nil, false)),
        QuantityCase(
            .gulf, "وستعمل الأرصفة الأربعة بكامل طاقتها، وقد اجتمع الوزراء الخمسة أمس.",
            ("الأرصفة الأربعة", 4, "الأرصفة", false), ("الوزراء الخمسة", 5, "الوزراء", false)),
        QuantityCase(
            .maghreb, "وتراجعت الحرارة في المرتفعات إلى ثلاث درجات تحت الصفر، وإلى 7 درجات تحت الصفر في القمم.",
            ("ثلاث درجات تحت الصفر", -3, "درجات", false), ("7 درجات تحت الصفر", -7, "درجات", false)),
        // The counted noun of a number from 11 on is accusative, whatever letter opens it.
        QuantityCase(.maghreb, "وافتتحت الوكالة 36 فرعا جديدا وتلقت 74 بلاغا.", ("36 فرعا", 36, "فرعا", false), ("74 بلاغا", 74, "بلاغا", false)),
        QuantityCase(.levant, "وعاد 45 لاجئا إلى قراهم بعد انتهاء المعارك.", ("45 لاجئا", 45, "لاجئا", false)),
        // A bare four-digit number before 1900 is a count: earlier years come with a year word.
        .init(.iraq, "وبلغ عدد المشتكين 1237 مشتكيا من أربيل والسليمانية.", ("1237 مشتكيا", 1237, "مشتكيا", false)),
        // No year is beyond 2100: after «هذا العام» such a number counts.
        .init(.maghreb, "وبلغ عدد الحجاج الموريتانيين هذا العام 3450 حاجا.", ("3450 حاجا", 3450, "حاجا", false)),
        // The Gulf.
        .init(
            .gulf, "أعلنت وزارة الصحة تسجيل 1,245 إصابة جديدة بالفيروس، وتعافي 980 حالة، خلال الـ24 ساعة الماضية.",
            ("1,245 إصابة", 1245, "إصابة", false), ("980 حالة", 980, "حالة", false)),
        .init(
            .gulf, "ارتفعت الأصول المصرفية بنسبة 4.3% لتصل إلى 3.6 تريليون درهم بنهاية الربع الثالث.",
            ("4.3%", 4.3, "%", false), ("3.6 تريليون درهم", 3.6e12, "درهم", false)),
        .init(
            .gulf, "تستقبل الدوحة نحو مليون ونصف مشجع خلال البطولة التي تقام على ثمانية ملاعب.",
            ("نحو مليون ونصف مشجع", 1_500_000, "مشجع", true), ("ثمانية ملاعب", 8, "ملاعب", false)),
        .init(
            .iraq, "وبلغت كلفة تأهيل الجسر ثلاثة ملايين ونصف المليون دينار بحسب مديرية الطرق.",
            ("ثلاثة ملايين ونصف المليون دينار", 3_500_000, "دينار", false)),
        .init(
            .levant, "وشارك نصف المليون متظاهر في المسيرة، فيما قدرت الخسائر بربع المليار ليرة.",
            ("نصف المليون", 500_000, nil, false), ("ربع المليار", 250_000_000, nil, false)),
        .init(
            .gulf, "سجلت الكويت 51 درجة مئوية، وتتراوح سرعة الرياح بين 20 و40 كم/ساعة.",
            ("51 درجة مئوية", 51, "درجة مئوية", false), ("بين 20", 20, "كم/ساعة", true),
            ("40 كم/ساعة", 40, "كم/ساعة", true)),
        .init(
            .gulf, "شارك أكثر من 63 ألف ناخب في الاقتراع، وتنافس 233 مرشحا على 30 مقعدا.",
            ("أكثر من 63 ألف ناخب", 63000, "ناخب", true), ("233 مرشحا", 233, "مرشحا", false),
            ("30 مقعدا", 30, "مقعدا", false)),
        .init(
            .gulf, "بلغ متوسط الإنتاج 1.05 مليون برميل يوميا في شهر مايو بحسب بيانات رسمية.",
            ("1.05 مليون برميل يوميا", 1_050_000, "برميل يوميا", false)),
        .init(
            .gulf, "فاز المنتخب بهدفين مقابل هدف في الدقيقة 88 أمام 25 ألف متفرج.",
            ("هدفين", 2, "هدفين", false), ("25 ألف متفرج", 25000, "متفرج", false)),
        .init(
            .iraq, "استمر الاجتماع ساعتين وحضره وزيران، وأفرج عن مواطنين اثنين، ووقع البلدان اتفاقا للتعاون.",
            ("ساعتين", 2, "ساعتين", false), ("وزيران", 2, "وزيران", false), ("مواطنين اثنين", 2, "مواطنين", false)),
        // A number below any year after «الموسم» or «العام» counts the bare noun after it.
        .init(
            .egypt, "وحررت اللجان منذ بدء الموسم 64 محضرا للتجار، وسجلت الوزارة خلال العام 12 عائلة متضررة.",
            ("64 محضرا", 64, "محضرا", false), ("12 عائلة", 12, "عائلة", false)),
        // A unit of several words in the dual: each word takes the dual.
        .init(
            .maghreb, "امتدت البقعة على كيلومترين مربعين، وارتفعت الحرارة درجتين مئويتين، وضخت المحطة مترين مكعبين.",
            ("كيلومترين مربعين", 2, "كيلومترين مربعين", false), ("درجتين مئويتين", 2, "درجتين مئويتين", false),
            ("مترين مكعبين", 2, "مترين مكعبين", false)),
        .init(
            .gulf, "قدرت الميزانية الإيرادات بنحو 1172 مليار ريال والعجز بما يقارب 79 مليار ريال لعام 2024.",
            ("نحو 1172 مليار ريال", 1.172e12, "ريال", true), ("ما يقارب 79 مليار ريال", 7.9e10, "ريال", true)),
        .init(
            .gulf, "خصصت الحكومة 250 مليون دولار أمريكي لإعادة إعمار 5 آلاف وحدة سكنية.",
            ("250 مليون دولار أمريكي", 2.5e8, "دولار أمريكي", false),
            ("5 آلاف وحدة سكنية", 5000, "وحدة سكنية", false)),

        // The Levant.
        .init(
            .levant, "أفادت مصادر طبية بمقتل 12 فلسطينيا وإصابة العشرات في غارات استهدفت منازل في رفح.",
            ("12 فلسطينيا", 12, "فلسطينيا", false)),
        .init(
            .levant, "تراجع سعر صرف الليرة إلى 89 ألفا و500 ليرة للدولار الواحد في السوق الموازية.",
            ("89 ألفا و500 ليرة", 89500, "ليرة", false)),
        .init(
            .levant, "قالت الأمم المتحدة إن أكثر من 6.8 مليون سوري ما زالوا نازحين منذ عام 2011.",
            ("أكثر من 6.8 مليون سوري", 6_800_000, "سوري", true)),
        .init(
            .levant, "سجلت محطة الرصد هطول 35 ملم من الأمطار، وتنخفض الحرارة إلى 4 درجات مئوية ليلا.",
            ("35 ملم", 35, "ملم", false), ("4 درجات مئوية", 4, "درجات مئوية", false)),
        .init(
            .levant, "أعلن الجهاز المركزي للإحصاء أن عدد السكان بلغ نحو 5.5 ملايين نسمة.",
            ("نحو 5.5 ملايين نسمة", 5_500_000, "نسمة", true)),
        .init(
            .levant, "حصدت اللوائح المعارضة 13 مقعدا من أصل 128، بنسبة اقتراع لم تتجاوز 41 في المئة.",
            ("13 مقعدا", 13, "مقعدا", false), ("128", 128, nil, false), ("لم تتجاوز 41 في المئة", 41, "في المئة", true)),
        .init(
            .levant, "أصيب ١٢ شخصاً بجروح في حادث سير على طريق المطار.",
            ("١٢ شخصاً", 12, "شخصاً", false)),

        // Egypt.
        .init(
            .egypt, "قال الجهاز المركزي للتعبئة العامة والإحصاء إن التضخم السنوي تراجع إلى 35.7% في مارس الماضي.",
            ("35.7%", 35.7, "%", false)),
        .init(
            .egypt, "استقبلت الموانئ حوالي 120 ألف طن من القمح، وتسلمت الصوامع 3.5 مليون طن من المحصول المحلي.",
            ("حوالي 120 ألف طن", 120_000, "طن", true), ("3.5 مليون طن", 3_500_000, "طن", false)),
        .init(
            .egypt, "ارتفع عدد ضحايا تصادم قطارين في سوهاج إلى 32 قتيلا و165 مصابا.",
            ("32 قتيلا", 32, "قتيلا", false), ("165 مصابا", 165, "مصابا", false)),
        .init(
            .egypt, "سجل المهاجم هدفه الـ150 في الدوري، ليرفع رصيده إلى 18 هدفا هذا الموسم.",
            ("18 هدفا", 18, "هدفا", false)),
        .init(
            .egypt, "وافق مجلس النواب على قرض بقيمة 500 مليون دولار لمشروعات الصرف الصحي في 7 محافظات.",
            ("500 مليون دولار", 5e8, "دولار", false), ("7 محافظات", 7, "محافظات", false)),
        .init(
            .egypt, "تستهدف الحكومة جذب 30 مليون سائح سنويا بحلول عام 2028.",
            ("30 مليون سائح سنويا", 3e7, "سائح سنويا", false)),
        .init(
            .egypt, "تشهد البلاد موجة حارة تصل فيها درجات الحرارة العظمى بالقاهرة إلى 43 درجة.",
            ("43 درجة", 43, "درجة", false)),
        .init(
            .egypt, "عبرت القناة 26 ألف سفينة العام الماضي بإيرادات قياسية بلغت 9.4 مليار دولار.",
            ("26 ألف سفينة", 26000, "سفينة", false), ("9.4 مليار دولار", 9.4e9, "دولار", false)),

        // Iraq.
        .init(
            .iraq, "أعلنت خلية الإعلام الأمني مقتل 3 عناصر من تنظيم داعش في ضربة جوية شمال شرق ديالى.",
            ("3 عناصر", 3, "عناصر", false)),
        .init(
            .iraq, "بلغت الصادرات 3.3 مليون برميل يوميا بإيرادات تجاوزت 8 مليارات دولار خلال الشهر الماضي.",
            ("3.3 مليون برميل يوميا", 3_300_000, "برميل يوميا", false), ("تجاوزت 8 مليارات دولار", 8e9, "دولار", true)),
        .init(
            .iraq, "وصل أكثر من 21 مليون زائر إلى كربلاء لإحياء زيارة الأربعين.",
            ("أكثر من 21 مليون زائر", 21_000_000, "زائر", true)),
        .init(
            .iraq, "أقر البرلمان موازنة بقيمة 198.9 تريليون دينار، وبعجز يقارب 64 تريليون دينار.",
            ("198.9 تريليون دينار", 1.989e14, "دينار", false), ("يقارب 64 تريليون دينار", 6.4e13, "دينار", true)),
        .init(
            .iraq, "أسفر انفجار عبوة ناسفة في البصرة عن إصابة خمسة أشخاص بجروح متفاوتة.",
            ("خمسة أشخاص", 5, "أشخاص", false)),
        .init(
            .iraq, "بلغت نسبة المشاركة 41 بالمئة، وتنافس 3249 مرشحا على 329 مقعدا.",
            ("41 بالمئة", 41, "بالمئة", false), ("3249 مرشحا", 3249, "مرشحا", false), ("329 مقعدا", 329, "مقعدا", false)
        ),
        .init(
            .iraq, "انخفض الخزين المائي في السد إلى أقل من 3 مليارات متر مكعب.",
            ("أقل من 3 مليارات متر مكعب", 3e9, "متر مكعب", true)),
        .init(
            .iraq, "قتل ثلاثة جنود وأصيب سبعة آخرون في هجوم بطائرة مسيرة.",
            ("ثلاثة جنود", 3, "جنود", false), ("سبعة آخرون", 7, "جنود", false)),

        // The Maghreb.
        .init(
            .maghreb, "بلغ معدل البطالة 13 في المائة، أي ما يناهز مليون و580 ألف عاطل.",
            ("13 في المائة", 13, "في المائة", false), ("ما يناهز مليون و580 ألف عاطل", 1_580_000, "عاطل", true)),
        .init(
            .maghreb, "وقعت الجزائر اتفاقية لتصدير 4 مليارات متر مكعب من الغاز نحو إيطاليا.",
            ("4 مليارات متر مكعب", 4e9, "متر مكعب", false)),
        .init(
            .maghreb, "سجلت تونس عجزا تجاريا بقيمة 17 مليار دينار، فيما ارتفعت الصادرات بنسبة 9,6 بالمئة.",
            ("17 مليار دينار", 1.7e10, "دينار", false), ("9,6 بالمئة", 9.6, "بالمئة", false)),
        .init(
            .maghreb, "تأهل المنتخب إلى نصف النهائي بعد فوزه بهدف دون رد أمام أزيد من 40 ألف مشجع.",
            ("أزيد من 40 ألف مشجع", 40000, "مشجع", true)),
        .init(
            .maghreb, "أخمدت الحماية المدنية 97 حريقا أتت على قرابة 2500 هكتار من الغابات.",
            ("97 حريقا", 97, "حريقا", false), ("قرابة 2500 هكتار", 2500, "هكتار", true)),
        .init(
            .maghreb, "أحبطت السلطات محاولة هجرة شارك فيها نحو 700 مهاجر، وأوقفت 43 شخصا.",
            ("نحو 700 مهاجر", 700, "مهاجر", true), ("43 شخصا", 43, "شخصا", false)),
        .init(
            .maghreb, "فاز المرشح بنسبة 72.71 في المائة من الأصوات، وبلغ عدد المسجلين نحو 9.7 ملايين ناخب.",
            ("72.71 في المائة", 72.71, "في المائة", false), ("نحو 9.7 ملايين ناخب", 9_700_000, "ناخب", true)),
        .init(
            .maghreb, "توقعت الأرصاد تساقط أمطار تتراوح بين 30 و50 ملم على الولايات الشرقية.",
            ("بين 30", 30, "ملم", true), ("50 ملم", 50, "ملم", true)),
        .init(
            .maghreb, "بلغت تحويلات الجالية 115 مليار درهم، بارتفاع قدره 4 في المائة مقارنة بالسنة الماضية.",
            ("115 مليار درهم", 1.15e11, "درهم", false), ("4 في المائة", 4, "في المائة", false)),
        .init(
            .maghreb, "ضرب زلزال بقوة 6.8 درجة إقليم الحوز وأودى بحياة نحو 2900 شخص.",
            ("6.8 درجة", 6.8, "درجة", false), ("نحو 2900 شخص", 2900, "شخص", true)),

        // Wire copy and mixed forms.
        .init(
            .wire, "قتل ما لا يقل عن 40 مدنيا وأصيب العشرات جراء قصف مدفعي على سوق شعبية.",
            ("ما لا يقل عن 40 مدنيا", 40, "مدنيا", true)),
        .init(
            .wire, "حذرت منظمة الصحة العالمية من أن نحو 2.2 مليار شخص يفتقرون إلى مياه الشرب الآمنة.",
            ("نحو 2.2 مليار شخص", 2.2e9, "شخص", true)),
        .init(
            .wire, "عبر قرابة 200 ألف لاجئ الحدود خلال أسبوع واحد.",
            ("قرابة 200 ألف لاجئ", 200_000, "لاجئ", true), ("أسبوع واحد", 1, "أسبوع", false)),
        .init(
            .wire, "ارتفع سعر أونصة الذهب إلى 2350 دولارا، وهو أعلى مستوى منذ 6 أشهر.",
            ("2350 دولارا", 2350, "دولارا", false), ("6 أشهر", 6, "أشهر", false)),
        // A duration after «منذ» says how long something has lasted; after «قبل» it only dates.
        .init(
            .gulf, "ويعمل بعض الحراس بعقود مؤقتة منذ أكثر من 12 عاما، وانقطعت رواتبهم قبل ثلاثة أشهر.",
            ("أكثر من 12 عاما", 12, "عاما", true)),
        .init(
            .maghreb, "وقال الفلاح إن المحصول هذا الموسم هو الأفضل منذ عشر سنوات.",
            ("عشر سنوات", 10, "سنوات", false)),
        .init(
            .wire, "تبلغ قيمة الصفقة $ 1.2 مليار، فيما دفعت الشركة 300 مليون $ مقدما.",
            ("$ 1.2 مليار", 1.2e9, "$", false), ("300 مليون $", 3e8, "$", false)),
        .init(
            .wire, "يتوقع أن يستمر المنخفض الجوي 3-4 أيام مع انخفاض ملموس في الحرارة.",
            ("3", 3, "أيام", true), ("4 أيام", 4, "أيام", true)),
        .init(
            .wire, "شارك في المسيرة مئة ونيف من الناشطين، ويضم المخيم 12 ألف نازح تقريبا.",
            ("مئة ونيف من الناشطين", 100, "الناشطين", true), ("12 ألف نازح تقريبا", 12000, "نازح", true)),
        .init(
            .wire, "خرج آلاف المحتجين إلى الشوارع، ونزح مئات الآلاف من المدنيين، واعتقل بضعة ناشطين.",
            ("آلاف المحتجين", 1000, "المحتجين", true), ("مئات الآلاف من المدنيين", 100_000, "المدنيين", true),
            ("بضعة ناشطين", 3, "ناشطين", true)),
        .init(
            .wire, "سقط عشرات القتلى، ويعيش نحو ثلث السكان تحت خط الفقر.",
            ("عشرات القتلى", 10, "القتلى", true), ("نحو ثلث السكان", 1.0 / 3, "السكان", true)),
        .init(
            .wire, "انخفضت الحرارة إلى -5 درجات، وسجل الاقتصاد انكماشا بلغ -1.5% في الربع الأخير.",
            ("-5 درجات", -5, "درجات", false), ("-1.5%", -1.5, "%", false)),
        .init(
            .gulf, "نشرت الوزارة 1500 جندي وأكثر من 1200 مسعف، وفي 2019 قررت زيادة العدد.",
            ("1500 جندي", 1500, "جندي", false), ("أكثر من 1200 مسعف", 1200, "مسعف", true)),
        .init(
            .wire, "قُتل ثَلاثَةُ جنودٍ، وأُصيب شخصٌ واحدٌ فقط.",
            ("ثَلاثَةُ جنودٍ", 3, "جنودٍ", false), ("شخصٌ واحدٌ", 1, "شخصٌ", false)),
        // A count of others counts what the count before it counts; a counter noun takes its kind.
        .init(
            .egypt, "أسفر انقلاب الحافلة عن مصرع سبعة ركاب وإصابة 19 آخرين.",
            ("سبعة ركاب", 7, "ركاب", false), ("19 آخرين", 19, "ركاب", false)),
        // A figure of four digits is a count where it is approximate or counts others.
        .init(
            .levant, "وعلق نحو 4 آلاف مسافر على المعبر، فيما ينتظر أكثر من 1500 آخرين في الاستراحة.",
            ("نحو 4 آلاف مسافر", 4000, "مسافر", true), ("أكثر من 1500 آخرين", 1500, "مسافر", true)),
        // The first bound of a range takes the scale word of the second.
        .init(
            .maghreb, "وتراوح عدد المحتجين ما بين 8 و10 آلاف شخص حسب الشرطة.",
            ("ما بين 8", 8000, "شخص", true), ("10 آلاف شخص", 10000, "شخص", true)),
        .init(.gulf, "وتتراوح الكلفة بين 1 و2000 دينار للأسرة.", ("بين 1", 1, "دينار", true), ("2000 دينار", 2000, "دينار", true)),
        .init(
            .levant, "وسجلت الوزارة أربع حالات وفاة و120 إصابة جديدة.",
            ("أربع حالات وفاة", 4, "حالات وفاة", false), ("120 إصابة", 120, "إصابة", false)),
        .init(
            .maghreb, "ونفذت المصالح الأمنية 35 عملية تفتيش خلال الأسبوع.",
            ("35 عملية تفتيش", 35, "عملية تفتيش", false)),
        .init(.gulf, "وسجلت الوزارة 140 حالة جديدة.", ("140 حالة", 140, "حالة", false)),
        // A verb of exceeding before its subject bounds the number.
        .init(
            .gulf, "وتجاوزت صادرات الألمنيوم 4 مليارات درهم العام الماضي.",
            ("4 مليارات درهم", 4_000_000_000, "درهم", true)),
        // A label word before a count of the noun after it in the accusative is no label; a share
        // after «العام» is no year.
        .init(.maghreb, "وشارك في هذه الدورة 74 سباحا من 12 بلدا.", ("74 سباحا", 74, "سباحا", false), ("12 بلدا", 12, "بلدا", false)),
        .init(.levant, "ولم تتجاوز زيادة رواتب القطاع العام 15% خلال السنة.", ("15%", 15, "%", false)),
        // A feminine dual in the construct before the two places it names.
        .init(.levant, "وشملت حملة التطعيم محافظتي إربد والمفرق.", ("محافظتي", 2, "محافظتي", false)),
    ]

    /// Numbers that are dates, years, times, ordinals, labels, codes, scores or parts of names.
    static let negatives: [QuantityCase] = [
        .init(.wire, "عقد الاجتماع في 9 ديسمبر 2021 عند الساعة 10:30 صباحا."),
        .init(.levant, "ولد عام 1948 في يافا، وغادرها في 15 أيار 1948."),
        .init(.egypt, "انطلقت الدورة الثانية للمهرجان في العاشر من أكتوبر."),
        .init(.wire, "نص القرار 2254 على وقف إطلاق النار، واستند إلى المادة 51 من الميثاق."),
        .init(.gulf, "تسلمت القوات الجوية مقاتلات إف-16 وطائرات سو-35 ومنظومة إس-400."),
        .init(.iraq, "في 2014 سيطر التنظيم على الموصل."),
        .init(.gulf, "وارتفعت أرباح البنك للنصف الأول من العام بدعم من القروض."),
        .init(.maghreb, "انتهت المباراة بنتيجة 2-1 لصالح الوداد في موسم 2022-2023."),
        .init(.egypt, "للاستفسار اتصل على الرقم 0791234567 في أي وقت."),
        .init(.levant, "وقع الحادث قبل 3 أيام، وعاد الوفد بعد نحو 10 سنوات."),
        .init(.wire, "وضبطت الشرطة بندقية إم 16 في المنزل."),
        .init(.wire, "وقالت كريستين إن الوضع صعب في الأرجنتين."),
        // A dual predicate agrees with its definite dual subject; it counts nothing.
        .init(.levant, "وأكد الوزير أن البلدين مستعدان للحوار وأن الطرفين متفقان على المبادئ."),
        .init(.gulf, "عقدت الجلسة الساعة الثالثة عصرا يوم الأحد."),
        // Stoppage time is minutes, not a count.
        .init(.gulf, "وأحرز البديل هدف الفوز في الدقيقة 90+3 من اللقاء."),
        // Digits glued to a word belong to a name.
        .init(.iraq, "وقال المتحدث لكوردستان24 إن الجلسة تأجلت، بحسب فرانس24."),
        .init(.wire, "يتيح الفصل السابع من الميثاق استخدام القوة."),
        .init(.maghreb, "جرت الانتخابات في 12/06/2024 وأعلنت النتائج في 13-06-2024."),
        .init(.egypt, "احتفل النادي بالذكرى الـ100 لتأسيسه."),
        .init(.wire, "من أكبر تحديات القرن الحادي والعشرين."),
        .init(.iraq, "وصل الوفد في الـ15 من الشهر الجاري."),
        .init(.gulf, "لم تسجل أي إصابات خلال الـ48 ساعة الماضية."),
        .init(.gulf, "صدر القرار في 5 رمضان 1445 هـ الموافق 15 مارس 2024م."),
        .init(.wire, "تراجعت إصابات كوفيد-19 في البلاد."),
        .init(.maghreb, "بلغ الفريق ربع النهائي ثم نصف النهائي."),
        .init(.levant, "خلال السنوات الخمس المقبلة ستتغير الخريطة."),
        .init(.egypt, "يبدأ العرض في تمام الساعة 9 مساء بتوقيت القاهرة."),
        .init(.egypt, "واستغرقت الجلسة ساعة ونصف."),
        // «تي» of a first person before no two places counts nothing.
        .init(.levant, "وقال: كانت زيارتي الأولى والأخيرة إلى المدينة."),
        // A label's number before a direction or a function word stays a label.
        .init(.iraq, "وتقع البلدة على الطريق 30 شمال العاصمة، وتنص المادة 12 من القانون على العقوبة."),
        // The year of a date starts no count with the number words after it.
        .init(.levant, "واستقبل المطار في كانون الثاني 2026 مليونا وثلاثمئة ألف مسافر."),
    ]

    @Test(arguments: passages + negatives)
    func findsQuantitiesWithUnitsAndMarkers(_ example: QuantityCase) {
        let found = finder.quantities(in: example.text)
        let reported = found.map {
            QuantityCase.Expected(text: $0.text, value: $0.value, unit: $0.unit, isApproximate: $0.isApproximate)
        }
        #expect(found.count == example.expected.count, "found \(reported)")
        for (quantity, expected) in zip(reported, example.expected) {
            #expect(quantity.text == expected.text)
            #expect(quantity.unit == expected.unit, "«\(quantity.text)»")
            #expect(quantity.isApproximate == expected.isApproximate, "«\(quantity.text)»")
            #expect(abs(quantity.value - expected.value) <= 1e-9 * max(1, abs(expected.value)), "«\(quantity.text)»")
        }
        for quantity in found {
            #expect(Self.text(of: quantity.span, in: example.text) == quantity.text)
        }
    }

    @Test func coversEveryRegionWithAtLeastFortyPassages() {
        #expect(Self.passages.count >= 40)
        let regions = Set(Self.passages.map(\.region.rawValue))
        #expect(regions.isSuperset(of: ["gulf", "levant", "egypt", "iraq", "maghreb"]))
    }

    @Test func reportsSpansInTheOriginalTextThroughNormalization() throws {
        // Tatweel, a zero-width joiner and harakat are dropped by normalization, not by the span.
        let text = "قُتِلَ نحــو ٣٠٠ شخص\u{200D}ٍ أمس"
        let quantity = try #require(finder.quantities(in: text).first)
        #expect(Self.text(of: quantity.span, in: text) == "نحــو ٣٠٠ شخص\u{200D}ٍ")
        #expect(quantity.value == 300)
        #expect(quantity.unit == "شخص\u{200D}ٍ")
    }

    @Test func leavesProcliticsOfTheMarkerOutOfTheSpan() throws {
        let quantity = try #require(finder.quantities(in: "ارتفع الدين بأكثر من 5 مليارات دولار").first)
        #expect(quantity.text == "أكثر من 5 مليارات دولار")
        #expect(quantity.isApproximate)
    }

    @Test func aFigureInParenthesesCountsTheNounAfterThem() {
        let seized = finder.quantities(in: "وأحبطت الهيئة تهريب (250,000) قرص من المخدرات.")
        #expect(seized.map(\.value) == [250_000])
        #expect(seized.map(\.unit) == ["قرص"])
        #expect(seized.map(\.text) == ["(250,000) قرص"])
        #expect(finder.quantities(in: "وضبطت الدوريات نحو (150) كيلوغراما من الحشيش.").map(\.text) == ["نحو (150) كيلوغراما"])
        // A label before the parentheses is still a label.
        #expect(finder.quantities(in: "ووقع الحادث على الطريق رقم (7) قرب المدينة.").isEmpty)
    }

    @Test func findsNothingInTextWithoutNumbers() {
        #expect(finder.quantities(in: "").isEmpty)
        #expect(finder.quantities(in: "قال المتحدث إن الوضع مستقر.").isEmpty)
    }

    @Test func aFamilyNameInYnAfterAGivenNameCountsNothing() {
        #expect(finder.quantities(in: "وقال الطبيب رابح زرقين إن الأطباء غادروا.").isEmpty)
        #expect(finder.quantities(in: "وصرح المهندس محمد حسنين بأن الأشغال متواصلة.").isEmpty)
        // «على» folds into the name «علي»: the dual after it still counts two.
        #expect(finder.quantities(in: "وتقدم العداء على عداءين كينيين.").map(\.value) == [2])
    }

    @Test func findsQuantitiesAcrossLinesButNeverUnitsOnTheNextLine() {
        let found = finder.quantities(in: "بلغ عدد الضحايا 25\nقتيلا في الحادث")
        #expect(found.map(\.text) == ["25"])
    }

    @Test func sharesOneNormalizedTextWithTheLexicons() {
        let text = QuantityFinderTests.passages.map(\.text).joined(separator: "\n")
        let matching = MatchingText(text)
        var original = OriginalText(text)
        #expect(finder.quantities(in: matching, original: &original) == finder.quantities(in: text))
        #expect(Gazetteer.occurrences(in: matching, original: &original) == Gazetteer.occurrences(in: text))
        #expect(RoleLexicon.occurrences(in: matching, original: &original) == RoleLexicon.occurrences(in: text))
        #expect(
            OrganizationHeadLexicon.occurrences(in: matching, original: &original)
                == OrganizationHeadLexicon.occurrences(in: text))
    }

    @Test func readsTheLexiconsWithoutProblems() {
        #expect(QuantityLexicon.unknownHeaders.isEmpty)
        #expect(QuantityLexicon.units.count > 300)
        #expect(QuantityLexicon.markersBefore.count > 30)
    }

    static func text(of span: Range<Int>, in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[span.clamped(to: 0..<scalars.count)]))
    }
}
