import Extraction
import Testing
@testable import Stories

/// Pairs of statements we wrote, from several countries' news, with the relation a fact-checker
/// expects and the reason's key word.
@Suite struct ClaimComparerTests {
    static func compare(_ a: String, _ b: String) -> ClaimComparer.Verdict {
        let annotator = ArticleAnnotator()
        return ClaimComparer().compare(
            annotator.annotate(text: a, articleID: "a", outlet: nil, published: nil).claimsWithEntityKeys,
            annotator.annotate(text: b, articleID: "b", outlet: nil, published: nil).claimsWithEntityKeys)
    }

    static let cases: [(String, String, ClaimComparer.Relation, String)] = [
        // What a denier states after the denied object is its own account: a denial that supplies were
        // cut, saying they go on, agrees with a statement that they go on.
        ("قال المتحدث باسم وزارة البترول إنه «لا صحة لما تداولته المواقع بشأن خفض إمدادات الغاز للمصانع»، مؤكدا أن الإمدادات مستمرة بمعدلاتها الطبيعية",
         "قالت وزارة البترول في بيان إن إمدادات الغاز إلى المصانع مستمرة بمعدلاتها الطبيعية", .same, ""),
        // Two tolls that rose to different figures conflict, whatever lower count of bodies one adds.
        ("قال مصدر طبي إن عدد الوفيات جراء السيول في مدينة سنار ارتفع إلى 17 حالة بعد انتشال جثث من تحت الأنقاض",
         "أعلن الدفاع المدني ارتفاع حصيلة ضحايا السيول في مدينة سنار إلى 14 وفاة بعد انتشال خمس جثث من تحت الأنقاض", .conflict, "number"),
        // Going on against suspended: «استمرار الدراسة» against «تعليق الدراسة».
        ("قررت وزارة التربية استمرار الدراسة في المدارس رغم العاصفة الرملية",
         "قررت وزارة التربية تعليق الدراسة في المدارس بسبب العاصفة الرملية", .conflict, "polarity"),
        // A negated future against the future: «لن يشارك» against «سيشارك».
        ("سيشارك وزير الخارجية العماني في اجتماع وزراء الخارجية العرب في الرياض",
         "لن يشارك وزير الخارجية العماني في اجتماع وزراء الخارجية العرب في الرياض", .conflict, "polarity"),
        // The outlet a denial was given to publishes in its own country; the fire is not set there.
        ("وأتت النيران على خمسة منازل في قرية الحجر الجبلية ونفوق عشرات الماشية الليبية",
         "ونفى رئيس البلدية في تصريح لـ«الأهرام» صحة الأخبار عن احتراق منازل في قرية الحجر", .conflict, "denial"),
        ("قال الجيش إن القوات الأمريكية ستبقى في العراق حتى نهاية العام المقبل",
         "أكد الجيش أن القوات الأمريكية ستغادر العراق بالكامل قبل نهاية العام المقبل", .conflict, "polarity"),
        ("قتل 12 شخصا في الفيضانات التي ضربت مدينة درنة الليبية يوم الأحد",
         "أسفرت الفيضانات التي ضربت مدينة درنة الليبية يوم الأحد عن مقتل أكثر من 40 شخصا", .conflict, "number"),
        ("نفت وزارة الداخلية الأردنية صحة الأنباء عن اعتقال الصحفي في عمّان",
         "اعتقلت وزارة الداخلية الأردنية الصحفي في عمّان مساء أمس", .conflict, "denial"),
        ("أعلن البنك المركزي المصري رفع سعر الفائدة بمقدار نقطتين مئويتين",
         "رفع البنك المركزي في مصر أسعار الفائدة نقطتين مئويتين اليوم الخميس", .same, "similarity"),
        ("أعلن البنك المركزي المصري رفع سعر الفائدة بمقدار نقطتين مئويتين",
         "فاز فريق الأهلي على الزمالك بهدفين مقابل هدف في نهائي الكأس", .unrelated, "no shared stems"),
        // A verb whose root lost its و in the imperfect (يصل، وصل); a crossing kept closed against
        // one opened again; a release against a detention.
        ("لم يصل وزير الخارجية التونسي إلى الرباط حتى مساء أمس بسبب تأجيل الرحلة",
         "وصل وزير الخارجية التونسي إلى الرباط مساء أمس في زيارة رسمية", .conflict, "polarity"),
        ("أعادت السلطات المصرية فتح معبر السلوم الحدودي أمام حركة الشاحنات صباح اليوم",
         "أبقت السلطات المصرية معبر السلوم الحدودي مغلقا أمام حركة الشاحنات اليوم", .conflict, "polarity"),
        ("أفرجت السلطات الجزائرية عن الناشط الحقوقي كريم بن علي مساء الخميس",
         "لا تزال السلطات الجزائرية تحتجز الناشط الحقوقي كريم بن علي منذ الخميس", .conflict, "polarity"),
        // A denial and a statement that negates the same thing agree.
        ("نفت وزارة الصحة الكويتية وجود أي نقص في لقاحات الإنفلونزا بالمراكز الصحية",
         "أكدت وزارة الصحة الكويتية أنه لا يوجد أي نقص في لقاحات الإنفلونزا بالمراكز الصحية", .same, "similarity"),
        // Entering into force is the start of a measure: two starts dated apart disagree.
        ("يبدأ تطبيق قرار رفع أسعار الوقود في الأردن في الأول من آذار 2027",
         "يدخل قرار رفع أسعار الوقود في الأردن حيز التنفيذ في الأول من نيسان 2027", .conflict, "date"),
        // A team's next fixture is no other date of the match it won.
        ("حقق الوداد فوزا ثمينا على الرجاء في الدار البيضاء يوم 7 مارس 2026",
         "ويستقبل الرجاء فريق الفتح في الدار البيضاء يوم 15 مارس 2026", .unrelated, "dated apart"),
        // The result of one match, written in digits and in words.
        ("فاز فريق الأهلي على الزمالك بهدفين مقابل هدف في نهائي كأس مصر باستاد القاهرة",
         "تغلب الأهلي على الزمالك 2-1 في نهائي كأس مصر الذي أقيم باستاد القاهرة", .same, "similarity"),
        ("فاز فريق الأهلي على الزمالك بهدفين مقابل هدف في نهائي كأس مصر باستاد القاهرة",
         "فاز فريق الأهلي على الزمالك بثلاثية نظيفة في نهائي كأس مصر باستاد القاهرة", .conflict, "result 2-1 against 3-0"),
        ("انتهت مباراة الوداد والرجاء بالتعادل السلبي في ديربي الدار البيضاء مساء السبت",
         "انتهت مباراة الوداد والرجاء بالتعادل 1-1 في ديربي الدار البيضاء مساء السبت", .conflict, "result 0-0 against 1-1"),
        // Two stages of one withdrawal are dated apart without contradicting each other, and neither
        // corroborates the other; the same stage dated apart does contradict.
        ("بدأت القوات الفرنسية الانسحاب من قاعدة غاو في شمال مالي يوم 3 مارس 2023",
         "ويكتمل انسحاب القوات الفرنسية من قاعدة غاو في شمال مالي يوم 30 يونيو 2023", .unrelated, "dated apart"),
        ("أعلنت القوات الفرنسية انتهاء انسحابها من قاعدة غاو في شمال مالي يوم 3 مارس 2023",
         "أكملت القوات الفرنسية انسحابها من قاعدة غاو في شمال مالي يوم 30 يونيو 2023", .conflict, "date"),
        // A negated stage says the withdrawal goes on, not that the forces stay.
        ("لم تنته القوات الفرنسية من الانسحاب من قاعدة غاو في شمال مالي",
         "بدأت القوات الفرنسية الانسحاب من قاعدة غاو في شمال مالي", .same, "similarity"),
        ("قالت الحكومة إن القوات الفرنسية لن تنسحب من قاعدة غاو في شمال مالي",
         "انسحبت القوات الفرنسية من قاعدة غاو في شمال مالي", .conflict, "polarity"),
        // The same dead counted with different nouns disagree; agreeing on the dead says nothing of
        // the injured; a count that grew to the other's agrees.
        ("لقي 12 عاملا مصرعهم في انهيار مبنى قيد الإنشاء بحي السلام شرق مدينة الزرقاء",
         "أسفر انهيار مبنى قيد الإنشاء بحي السلام شرق مدينة الزرقاء عن سقوط 17 قتيلا", .conflict, "killed"),
        ("قتل 5 أشخاص وأصيب 12 آخرون في انهيار مبنى قيد الإنشاء بحي السلام في الزرقاء",
         "أسفر انهيار مبنى قيد الإنشاء بحي السلام في الزرقاء عن مقتل 5 أشخاص وإصابة 20 آخرين", .conflict, "injured"),
        ("قتل 5 أشخاص وأصيب 12 آخرون في انهيار مبنى قيد الإنشاء بحي السلام في الزرقاء",
         "أسفر انهيار مبنى قيد الإنشاء بحي السلام في الزرقاء عن مقتل 5 أشخاص وإصابة 12 آخرين", .same, "similarity"),
        ("ارتفع عدد ضحايا انهيار المبنى في حي السلام بالزرقاء من 12 إلى 17 قتيلا",
         "أسفر انهيار المبنى في حي السلام بالزرقاء عن 17 قتيلا حتى الآن", .same, "similarity"),
        // A toll that rose to a figure updates the lower one; two figures it rose to still disagree.
        ("ارتفع عدد ضحايا انهيار العمارة في حي الشيخ مقصود إلى 26 قتيلا بعد وفاة ثلاثة من المصابين",
         "قتل 23 شخصا في انهيار العمارة في حي الشيخ مقصود", .same, "similarity"),
        ("ارتفعت حصيلة انهيار العمارة في حي الشيخ مقصود إلى 31 قتيلا",
         "ارتفع عدد ضحايا انهيار العمارة في حي الشيخ مقصود إلى 26 قتيلا", .conflict, "number"),
        // Exact counts and shares disagree beyond rounding, however percent is written.
        ("قتل 20 شخصا في قصف على مدينة مأرب مساء الخميس", "قتل 22 شخصا في قصف على مدينة مأرب مساء الخميس", .conflict, "number"),
        ("ارتفعت أسعار الإيجارات في جدة بنسبة 6 في المائة خلال الربع الأول",
         "ارتفعت أسعار الإيجارات في جدة بنسبة 9 بالمئة خلال الربع الأول", .conflict, "6 %"),
        // Prices close to each other are still two prices; a figure and its rounding are one.
        ("ارتفع سعر طن الإسمنت في السوق المحلية بالدار البيضاء إلى 2050 درهما",
         "بلغ سعر طن الإسمنت في السوق المحلية بالدار البيضاء 2080 درهما", .conflict, "2050"),
        // The level a price rose from is past: the new levels disagree.
        ("ارتفع سعر لتر السولار في محطات الوقود بالقاهرة من 2600 قرش إلى 3050 قرشا",
         "بلغ سعر لتر السولار في محطات الوقود بالقاهرة 3100 قرش", .conflict, "3050 قرش against 3100"),
        // Each figure answers to the clause on its own fuel: the petrol prices agree, diesel's do not.
        ("رفعت لجنة تسعير المشتقات النفطية في عمّان سعر لتر البنزين إلى 1240 فلسا، فيما رفعت سعر لتر السولار المخصص للنقل إلى 905 فلسات",
         "وبلغ سعر لتر البنزين في الأردن 1240 فلسا بحسب اللجنة، بينما بلغ سعر لتر السولار المخصص للنقل 920 فلسا", .conflict,
         "905 فلس against 920"),
        ("حضر مباراة الوداد والرجاء في ملعب محمد الخامس 41 ألفا و226 متفرجا",
         "حضر مباراة الوداد والرجاء في ملعب محمد الخامس 41 ألف متفرج", .same, "similarity"),
        // The dead and the injured are two facts.
        ("قتل 23 شخصا في انفجار مستودع الوقود بميناء المكلا", "أصيب 23 شخصا في انفجار مستودع الوقود بميناء المكلا", .unrelated,
         "different counts"),
        // «No injuries» is a count of none, against which any count of the injured disagrees.
        ("لم يسفر الزلزال الذي ضرب ولاية الشلف عن أي إصابات بشرية", "أسفر الزلزال الذي ضرب ولاية الشلف عن إصابة 7 أشخاص", .conflict,
         "0 (injured)"),
        ("لم يسفر الزلزال الذي ضرب ولاية الشلف عن أي إصابات بشرية", "تضررت عشرات المنازل في الزلزال الذي ضرب ولاية الشلف", .same,
         "similarity"),
        // Two denials agree; ruling out denies what a source asserts.
        ("نفت وزارة الداخلية وجود أي شبهة جنائية في حريق سوق الخضار بمدينة المنصورة",
         "استبعدت السلطات أن يكون حريق سوق الخضار بمدينة المنصورة بفعل فاعل أو شبهة جنائية", .same, "similarity"),
        ("قال مصدر أمني إن حريق سوق الخضار بمدينة المنصورة مفتعل وإن شبهة جنائية وراءه",
         "استبعدت السلطات أن يكون حريق سوق الخضار بمدينة المنصورة بفعل فاعل أو شبهة جنائية", .conflict, "denial"),
        // An acquittal against a sentence, a team through against a team out.
        ("قضت المحكمة الجنائية في سوسة ببراءة المدير السابق للميناء من تهمة غسل الأموال",
         "قضت المحكمة الجنائية في سوسة بسجن المدير السابق للميناء عشر سنوات بتهمة غسل الأموال", .conflict, "verdict"),
        ("تأهل فريق الوحدة إلى نهائي كأس الأمير بعد فوزه على الشباب",
         "أقصي فريق الوحدة من نصف نهائي كأس الأمير بعد خسارته أمام الشباب", .conflict, "progress"),
        // A statement about another year is another event: it neither corroborates nor contradicts.
        ("تأسست شركة الكهرباء الوطنية في مدينة صفاقس عام 1977",
         "افتتحت شركة الكهرباء الوطنية مقرها الجديد في مدينة صفاقس عام 2021", .unrelated, "dated apart"),
        ("أعلنت الحكومة خطة لإصلاح قطاع الكهرباء في 2014",
         "أعلنت الحكومة خطة لإصلاح قطاع الكهرباء صيف 2014", .same, "similarity"),
        // Thirty protesters injured and thirty detained are two counts, and the detained disagree.
        ("اعتقلت الشرطة 30 متظاهرا خلال احتجاجات ساحة الساعة وسط الخرطوم",
         "أصيب 30 متظاهرا خلال احتجاجات ساحة الساعة وسط الخرطوم واعتقل 45 آخرون", .conflict, "detained"),
        // Counts agree in their noun however the number made it agree: «10 سنوات» and «15 عاما» are
        // both years, «5 منازل» and «12 منزلا» both houses.
        ("قضت محكمة الجنايات في الإسكندرية بسجن مالك العقار المنهار 10 سنوات",
         "قضت محكمة الجنايات في الإسكندرية بسجن مالك العقار المنهار 15 عاما", .conflict, "عام"),
        ("دمرت السيول 5 منازل في قرية الحصن شمال مدينة صعدة",
         "دمرت السيول 12 منزلا في قرية الحصن شمال مدينة صعدة", .conflict, "منزل"),
        // Two floods in two cities are two events; a city and its country may be one.
        ("لقي ستة أشخاص حتفهم جراء السيول في مدينة المكلا اليمنية",
         "لقي 14 شخصا حتفهم جراء السيول في مدينة كسلا السودانية", .unrelated, "different places"),
        ("قتل 5 أشخاص في انفجار سيارة مفخخة في سوق شعبي ببغداد",
         "قتل 7 أشخاص في انفجار سيارة مفخخة في سوق شعبي بالعراق", .conflict, "number"),
        // The same parties the other way round: who beat whom, who accused whom.
        ("فاز الأهلي على الزمالك بهدفين مقابل هدف في نهائي كأس مصر",
         "فاز الزمالك على الأهلي بهدفين مقابل هدف في نهائي كأس مصر", .conflict, "other way round"),
        ("اتهمت حركة فتح حركة حماس بعرقلة اتفاق المصالحة في القاهرة",
         "اتهمت حركة حماس حركة فتح بعرقلة اتفاق المصالحة في القاهرة", .conflict, "other way round"),
        ("فاز الأهلي على الزمالك بهدفين مقابل هدف في نهائي كأس مصر",
         "تغلب الأهلي على الزمالك بهدفين لهدف في نهائي كأس مصر", .same, "similarity"),
        // A negated predicate against the same predicate stated; a negation of something else agrees.
        ("لم تشارك وحدات الحرس الجمهوري في فض اعتصام ساحة الجامعة فجر الجمعة",
         "شاركت وحدات الحرس الجمهوري في فض اعتصام ساحة الجامعة فجر الجمعة", .conflict, "negates"),
        ("لن يزور رئيس الوزراء المغربي العاصمة الموريتانية نواكشوط الأسبوع المقبل",
         "يزور رئيس الوزراء المغربي العاصمة الموريتانية نواكشوط الأسبوع المقبل لبحث التعاون", .conflict, "negates"),
        ("ضرب زلزال بقوة خمس درجات مدينة أغادير الساحلية صباح السبت ولم يسفر عن إصابات",
         "ضرب زلزال بقوة خمس درجات مدينة أغادير الساحلية صباح السبت", .same, "similarity"),
        // A denial is said as one; a form VIII verb negated (لم تفتتح) turns its predicate.
        ("أعلنت وزارة الصحة الكويتية افتتاح مستشفى جديد في منطقة الجهراء أمس",
         "نفت وزارة الصحة الكويتية افتتاح مستشفى جديد في منطقة الجهراء أمس", .conflict, "denies"),
        ("افتتحت البلدية سوقا شعبيا جديدا في حي الميدان بدمشق",
         "لم تفتتح البلدية السوق الشعبي الجديد في حي الميدان بدمشق", .conflict, "negates"),
        // Short statements that share their subject and place but for the predicate are one frame;
        // «قبل» is no acceptance.
        ("القوات ستبقى في القاعدة حتى نهاية العام", "القوات ستغادر القاعدة قبل نهاية العام", .conflict, "polarity"),
        ("ارتفعت أسعار الخبز في الأسواق", "انخفضت أسعار اللحوم في الأسواق", .unrelated, "measure different things"),
        // A denial negated («لم يستبعد») denies nothing; a denial whose turned predicate is the
        // other's agrees with it; going on is the other pole of stopping.
        ("لم تستبعد وزارة الاقتصاد الأردنية رفع أسعار الخبز المدعوم خلال الأشهر المقبلة",
         "أبقت وزارة الاقتصاد الأردنية الباب مفتوحا أمام رفع أسعار الخبز المدعوم خلال الأشهر المقبلة", .same, "similarity"),
        ("نفت شركة الطيران الوطنية ما تردد عن تعليق رحلاتها إلى مطار الخرطوم",
         "أكدت شركة الطيران الوطنية أن رحلاتها إلى مطار الخرطوم مستمرة كالمعتاد", .same, "similarity"),
        ("الاشتباكات مستمرة في أحياء المدينة القديمة حتى الآن", "توقفت الاشتباكات في أحياء المدينة القديمة مساء أمس", .conflict, "polarity"),
        // «يستمر» goes on with whatever its subject is: an outage that goes on is no pumping that resumed.
        ("يستمر الانقطاع الشامل للتيار الكهربائي في محطات الضخ لليوم الثاني", "توقفت محطات الضخ عن العمل جزئيا بفعل انقطاع التيار الكهربائي", .same, "similarity"),
        // «منذ» and a date opens a period; it does not date the event.
        ("اندلع حريق في غابات ولاية جيجل مساء الأحد 19 جويلية وأتى على 200 هكتار",
         "سجلت مصالح الحماية المدنية منذ الفاتح جوان اندلاع حريق في غابات ولاية جيجل أتى على 200 هكتار", .same, "similarity"),
        // What a denial denies, against a statement of it.
        ("نفت شركة النفط الوطنية صحة التقارير المتداولة حول تسرب نفطي قرب الشاطئ الشمالي",
         "رصدت فرق البيئة تسربا نفطيا قرب الشاطئ الشمالي صباح اليوم", .conflict, "denies"),
        // An indefinite noun in the accusative states what it does in the nominative.
        ("رصدت فرق البيئة تسربا نفطيا قرب الميناء الشمالي مساء أمس",
         "أعلنت فرق البيئة رصد تسرب نفطي قرب الميناء الشمالي مساء أمس", .same, "تسرب"),
        // One result, in words and in digits.
        ("فاز المنتخب الأردني على نظيره العراقي بهدفين نظيفين في بطولة غرب آسيا",
         "تغلب منتخب الأردن على العراق 2-0 في بطولة اتحاد غرب آسيا", .same, "similarity"),
        // Two countries' leagues, two countries' dams: set apart by their countries.
        ("فاز الوداد المغربي على الرجاء 2-1 في قمة الدوري المغربي للمحترفين",
         "فاز الترجي التونسي على الإفريقي 2-1 في قمة الدوري التونسي للمحترفين", .unrelated, "different places"),
        ("ارتفعت نسبة ملء السدود في الجزائر إلى 45 في المائة بعد الأمطار الأخيرة",
         "ارتفعت نسبة ملء السدود في العراق إلى 45 في المائة بعد الأمطار الأخيرة", .unrelated, "different places"),
        ("قتل خمسة عمال في انهيار منجم للفحم في إقليم جرادة شرق المغرب",
         "أودى انهيار منجم للفحم في إقليم جرادة شرق المغرب بحياة 12 عاملا", .conflict, "number"),
        // A day set aside («وليس مساء الجمعة») against the statement that gives it.
        ("اندلع حريق غابي في منطقة عين دراهم التابعة لولاية جندوبة يوم 13 أغسطس 2025",
         "وقال سكان إن الحريق اندلع يوم 12 أغسطس 2025 وليس 13 أغسطس كما أعلنت السلطات", .conflict, "not on the day the other gives"),
        // A price of one thing is no claim about the price of another, nor a conflict with it.
        ("أعلنت وزارة المالية الأردنية ارتفاع أسعار المحروقات في المملكة خلال الشهر الجاري",
         "أعلنت وزارة المالية الأردنية انخفاض أسعار الذهب في المملكة خلال الشهر الجاري", .unrelated, "measure different things"),
        ("أكد البنك المركزي العراقي تراجع سعر صرف الدينار أمام الدولار في بغداد خلال الأسبوع الجاري",
         "أكد البنك المركزي العراقي ارتفاع سعر بيع الذهب أمام الدولار في بغداد خلال الأسبوع الجاري", .unrelated, "measure different things"),
        ("ارتفع سعر الكيلوغرام من الطماطم في أسواق الجملة بعمّان إلى دينار واحد",
         "انخفض سعر الكيلوغرام من الخيار في أسواق الجملة بعمّان إلى 40 قرشا", .unrelated, "measure different things"),
        // A verb whose first و the light stemmer takes for the conjunction, negated and stated.
        ("وقّعت تونس والجزائر أمس اتفاقية لتوحيد الرسوم الجمركية على المعبر الحدودي",
         "لم توقّع تونس والجزائر أمس اتفاقية توحيد الرسوم الجمركية على المعبر الحدودي بعد خلاف على البنود", .conflict, "negates"),
        // A perfect of a derived verb and its negated imperfect, the subject before one and after the
        // other; an assimilated verb stated and negated with much in common.
        ("وقال المتحدث باسم الشركة إن المسافرين استأنفوا رحلتهم إلى القاهرة صباح الجمعة على متن طائرة بديلة",
         "وحتى ظهر الجمعة لم يستأنف المسافرون رحلتهم إلى القاهرة، إذ ما زالوا ينتظرون في الفندق", .conflict, "negates"),
        // Allowed against banned; a day set aside after «وليس في»; one forum a year apart is two.
        ("سمحت السلطات المصرية للصيادين في بحيرة البرلس بالصيد ليلا خلال شهر مايو",
         "منعت السلطات المصرية الصيادين في بحيرة البرلس من الصيد ليلا خلال شهر مايو", .conflict, "allowed"),
        ("انطلقت حملة تلقيح الأطفال ضد شلل الأطفال في ولاية سطيف يوم 9 مارس 2026 وليس في 2 مارس",
         "انطلقت حملة تلقيح الأطفال ضد شلل الأطفال في ولاية سطيف يوم 2 مارس 2026", .conflict, "date"),
        ("عقدت الدورة الرابعة من منتدى الاستثمار الأردني العراقي في عمّان يوم 4 فبراير 2026",
         "عقدت الدورة الثالثة من منتدى الاستثمار الأردني العراقي في عمّان يوم 4 فبراير 2025", .unrelated, "dated apart"),
        // The winner's seats and the loser's are counts of two parties.
        ("فازت لائحة الوفاق بالانتخابات البلدية في بلدة القبيات بعشرة مقاعد من أصل خمسة عشر",
         "خسرت لائحة التغيير الانتخابات البلدية في بلدة القبيات بعد حصولها على خمسة مقاعد من أصل خمسة عشر", .same, "similarity"),
        // A denial that a thing exists disputes only a statement of that thing.
        ("نفى محافظ عكار وجود أي طعون رسمية في نتائج الانتخابات البلدية في بلدة القبيات",
         "أعلنت وزارة الداخلية النتائج الرسمية للانتخابات البلدية في بلدة القبيات", .unrelated, "similarity"),
        ("نفى محافظ عكار وجود أي طعون رسمية في نتائج الانتخابات البلدية في بلدة القبيات",
         "قدمت لائحة التغيير طعونا رسمية في نتائج الانتخابات البلدية في بلدة القبيات", .conflict, "denies"),
        // A denied leak is neither disputed nor supported by a postponement of the same exams.
        ("نفت وزارة التربية الأردنية تسريب أسئلة امتحان الثانوية العامة في مادة الرياضيات",
         "أعلنت وزارة التربية الأردنية تأجيل امتحان الثانوية العامة في مادة الرياضيات أسبوعا", .unrelated, "similarity"),
        ("نفت وزارة التربية الأردنية تسريب أسئلة امتحان الثانوية العامة في مادة الرياضيات",
         "قال طلاب إن أسئلة امتحان الثانوية العامة في مادة الرياضيات سربت قبل موعده بساعات", .conflict, "denies"),
        // A price that rose is dated by when the new price applies, not updated like a toll.
        ("ارتفع سعر لتر البنزين الممتاز في الكويت إلى 120 فلسا اعتبارا من 1 أكتوبر 2026",
         "ارتفع سعر لتر البنزين الممتاز في الكويت إلى 120 فلسا اعتبارا من 15 أكتوبر 2026", .conflict, "date"),
        // A national figure and a town's are two facts.
        ("بلغت نسبة المشاركة في إضراب الأطباء 62 بالمائة على المستوى الوطني حسب النقابة",
         "بلغت نسبة المشاركة في إضراب الأطباء 90 بالمائة في مدينة قسنطينة حسب النقابة", .unrelated, "whole country"),
        // Two places after the same head are two places: the rate of one governorate and another's.
        ("بلغت نسبة المشاركة في الانتخابات البلدية 38 بالمائة في ولاية تونس حسب الهيئة",
         "بلغت نسبة المشاركة في الانتخابات البلدية 61 بالمائة في ولاية سيدي بوزيد حسب الهيئة", .unrelated, "different places"),
        // A unit of several words counts alike in each case (متر مكعب، مترا مكعبا).
        ("بلغت الإطلاقات المائية من سد الموصل 300 متر مكعب في الثانية يوم الأحد",
         "بلغت الإطلاقات المائية من سد الموصل 450 مترا مكعبا في الثانية يوم الأحد", .conflict, "300 متر مكعب against 450"),
        // A bound holds the counts on its side only.
        ("صادق البرلمان على قانون الاستثمار الجديد في جلسته العامة بأغلبية 412 نائبا",
         "صادق البرلمان على قانون الاستثمار الجديد في جلسته العامة بموافقة أكثر من 400 نائب", .same, "similarity"),
        ("صادق البرلمان على قانون الاستثمار الجديد في جلسته العامة بأغلبية 388 نائبا",
         "صادق البرلمان على قانون الاستثمار الجديد في جلسته العامة بموافقة أكثر من 400 نائب", .conflict, "388"),
        ("حضر المباراة النهائية في ملعب جابر الأحمد 38412 متفرجا وفق الأرقام الرسمية",
         "لم يتجاوز عدد الحضور في المباراة النهائية بملعب جابر الأحمد 30 ألف متفرج", .conflict, "38412"),
        // A total since a date and the count of one event are two facts.
        ("هدمت السلطات 14 منزلا في قرية العراقيب بالنقب صباح الأربعاء",
         "هدمت السلطات 230 منزلا في قرية العراقيب بالنقب منذ مطلع العام الجاري", .same, "similarity"),
        // Counts of two years are two facts, not one event dated twice.
        ("بلغ عدد السياح الوافدين إلى مدينة مراكش 3 ملايين سائح خلال عام 2024",
         "بلغ عدد السياح الوافدين إلى مدينة مراكش 4 ملايين سائح خلال عام 2025", .unrelated, "dated apart"),
        // Held against cancelled; withdrew against stayed.
        ("ألغيت الدورة الحالية من معرض الشارقة الدولي للكتاب بسبب الظروف الصحية",
         "أقيمت الدورة الحالية من معرض الشارقة الدولي للكتاب بمشاركة ألفي ناشر", .conflict, "polarity"),
        ("انسحب حزب الأمة من الحكومة الائتلافية في الخرطوم احتجاجا على الموازنة",
         "بقي حزب الأمة في الحكومة الائتلافية في الخرطوم رغم اعتراضه على الموازنة", .conflict, "polarity"),
        // One result told by the winner and by the loser; a win and a loss of the same club.
        ("فاز نادي الوحدة على الشباب بهدفين مقابل هدف في نهائي كأس الأمير",
         "خسر نادي الشباب نهائي كأس الأمير أمام الوحدة بهدفين مقابل هدف", .same, "similarity"),
        ("فاز نادي الوحدة على الشباب في نهائي كأس الأمير بملعب الملك فهد",
         "خسر نادي الوحدة نهائي كأس الأمير أمام الشباب بملعب الملك فهد", .conflict, "win against lose"),
        ("حقق الوحدة لقب كأس الأمير للمرة الثالثة في تاريخه بعد فوزه على الشباب بهدفين مقابل هدف",
         "خسر الشباب نهائي كأس الأمير أمام الوحدة بهدفين مقابل هدف", .same, "similarity"),
        // The same predicate negated, with the same word after it; a relative clause is not negated.
        ("وحضر وزير الصحة الجلسة العامة لمجلس الشورى وتولى الرد على أسئلة الأعضاء",
         "ولم يحضر وزير الصحة الجلسة، وأناب عنه وكيل الوزارة لشؤون التخطيط", .conflict, "negates"),
        ("أكدت وزارة النقل أن ممثلها حضر جلسة التفاوض التي انعقدت الأحد في مقر وزارة العمل والتي لم تفض إلى اتفاق",
         "وقال رئيس النقابة إن ممثل وزارة النقل لم يحضر جلسة التفاوض التي انعقدت الأحد في مقر وزارة العمل", .conflict, "negates"),
        // The main verb asserts its pole over an earlier event the sentence tells of.
        ("أفرج اليوم عن الصحفي المغربي يوسف العلوي بعد أسبوعين على اعتقاله في مدينة وجدة",
         "أفادت عائلة الصحفي المغربي يوسف العلوي بأنه ما زال محتجزا في سجن مدينة وجدة", .conflict, "released against detained"),
        // A negated verb against its verbal noun stated.
        ("أعلنت الكويت أنها لن تشارك في اجتماع وزراء النفط الخليجيين الذي تستضيفه مسقط الشهر المقبل",
         "أكدت الكويت مشاركتها في اجتماع وزراء النفط الخليجيين الذي تستضيفه مسقط الشهر المقبل", .conflict, "negates"),
        ("لم يجتمع مجلس الوزراء اللبناني أمس لمناقشة موازنة العام المقبل",
         "أكدت الحكومة اجتماع مجلس الوزراء اللبناني أمس لمناقشة موازنة العام المقبل", .conflict, "negates"),
        // One source, two statements: the words of who speaks make no claim in common; what is said does.
        ("أعلنت وزارة الصحة الأردنية تسجيل 12 إصابة جديدة بالحصبة بين تلاميذ المدارس",
         "أعلنت وزارة الصحة الأردنية إطلاق حملة وطنية لتطعيم الأطفال ضد شلل الأطفال", .unrelated, "who speaks"),
        ("قالت هيئة الطيران المدني الكويتية إن حركة الملاحة عادت إلى طبيعتها بعد انقشاع الغبار",
         "قالت هيئة الطيران المدني الكويتية إن ثلاث طائرات حولت إلى مطار الدمام", .unrelated, "who speaks"),
        ("أعلنت وزارة الصحة الأردنية تسجيل 12 إصابة جديدة بالحصبة في محافظة إربد",
         "سجلت وزارة الصحة الأردنية 12 إصابة جديدة بمرض الحصبة في إربد", .same, "similarity"),
        // One event dated twice, its start told by a verb and by its verbal noun after ل.
        ("تنطلق امتحانات البكالوريا في الجزائر يوم 8 يونيو 2027",
         "حددت وزارة التربية الوطنية يوم 15 يونيو 2027 موعدا لانطلاق امتحانات البكالوريا في الجزائر", .conflict, "date"),
        ("ينطلق مهرجان جرش للثقافة والفنون في 23 يوليو 2027",
         "أعلنت إدارة مهرجان جرش للثقافة والفنون انطلاق فعاليات الدورة في 30 يوليو 2027", .conflict, "date"),
        ("ينطلق مهرجان جرش للثقافة والفنون في 23 يوليو 2027",
         "أعلنت إدارة مهرجان جرش للثقافة والفنون انطلاق فعاليات الدورة في 23 يوليو 2027", .same, "similarity"),
        // One body doing two things: who acts is no claim in common; what it does is.
        ("افتتحت وزارة الصحة العمانية مستشفى جديدا للأطفال في صلالة",
         "أطلقت وزارة الصحة العمانية حملة للتبرع بالدم في صلالة", .unrelated, "who speaks or acts"),
        ("قرر مجلس الوزراء الكويتي تعيين رئيس جديد لهيئة الطرق", "قرر مجلس الوزراء الكويتي رفع بدل السكن للموظفين", .unrelated, "who speaks or acts"),
        ("افتتحت وزارة الصحة العمانية مستشفى جديدا للأطفال في صلالة",
         "دشنت وزارة الصحة العمانية مستشفى الأطفال الجديد في صلالة", .same, "similarity"),
        // A start told with its stage on one side only, much else alike; one spokesman dating two
        // events dates no event twice.
        ("ستطلق وزارة الصحة السودانية حملة تطعيم ضد الحصبة في مخيمات اللاجئين شرق البلاد يوم الخميس 20 أغسطس 2026",
         "ستنطلق حملة التطعيم ضد الحصبة في مخيمات اللاجئين شرق البلاد يوم السبت 22 أغسطس 2026", .conflict, "date"),
        ("وقال المتحدث باسم وزارة الصحة، خالد العمري، إن أول إصابة بالحصبة سجلت في الثالث من مايو 2026 في مخيم الزعتري.",
         "وقال المتحدث باسم وزارة الصحة، خالد العمري، إن حملة التطعيم ضد الحصبة ستنطلق يوم الخميس 21 مايو 2026 في مخيم الزعتري.",
         .unrelated, "dated apart"),
        // A closure that still holds contradicts a resumption.
        ("لا تزال خدمة الترام في الدار البيضاء متوقفة حتى مساء الاثنين بسبب العطل الكهربائي",
         "استؤنفت خدمة الترام في الدار البيضاء بعد ظهر الاثنين إثر إصلاح العطل الكهربائي", .conflict, "close against open"),
        // What "still" governs is what the clause asserts, whatever else goes on in it.
        ("لا يزال مطار الخرطوم مغلقا أمام الرحلات مع استمرار أعمال الصيانة في المدرج",
         "أعيد فتح مطار الخرطوم أمام الرحلات بعد انتهاء أعمال الصيانة في المدرج", .conflict, "close against open"),
        // Beside a toll that rose, the new deaths are a part of the rise, not the toll.
        ("قتل أربعة أشخاص في انهيار منزل قديم بحي الميناء في طرابلس",
         "ارتفعت حصيلة انهيار المنزل القديم بحي الميناء في طرابلس إلى ستة قتلى بعد وفاة مصابين اثنين", .same, "similarity"),
        // Two facilities are two facts, whatever the authority and the cause they share.
        ("أغلقت السلطات الليبية مطار معيتيقة الدولي بسبب الاشتباكات",
         "أغلقت السلطات الليبية ميناء طرابلس البحري بسبب الاشتباكات", .unrelated, ""),
        // Resigning is leaving an office; approving a law is the other pole of rejecting it.
        ("استقال رئيس نادي الإفريقي التونسي من منصبه عقب الهزيمة في الدربي",
         "أكدت هيئة نادي الإفريقي التونسي بقاء رئيس النادي في منصبه رغم الهزيمة في الدربي", .conflict, "polarity"),
        // Different measures, none in common: a rate and a ratio, exports and imports; a price in the
        // plural and the singular is one measure.
        ("رفع البنك المركزي الأردني سعر الفائدة الرئيسي إلى 7.5%",
         "رفع البنك المركزي الأردني نسبة الاحتياطي الإلزامي إلى 5%", .unrelated, "different things"),
        ("تراجعت صادرات تونس من زيت الزيتون بنسبة 12% خلال الربع الأول",
         "تراجعت واردات تونس من القمح بنسبة 12% خلال الربع الأول", .unrelated, "different things"),
        ("ارتفعت أسعار الخبز في الأردن إلى 40 قرشا للكيلو", "ارتفع سعر الخبز في الأردن إلى 45 قرشا للكيلو", .conflict, "40"),
        // The level a cut started from is no level in dispute, whichever form of «خفض» tells the cut.
        ("خفضت الحكومة الأردنية الرسوم الجمركية على السيارات الكهربائية من 25% إلى 10%",
         "قررت الحكومة الأردنية تخفيض الرسوم الجمركية على السيارات الكهربائية من 25% إلى 15%", .conflict, "10 % against 15 %"),
        // One launch dated twice, by the feminine verb and the passive.
        ("أطلقت مصر القمر الاصطناعي «نايل سات 302» يوم 4 مارس 2027",
         "أُطلق القمر الاصطناعي المصري «نايل سات 302» إلى مداره في 6 مارس 2027", .conflict, "date"),
        ("صادق مجلس النواب الأردني على مشروع قانون الضريبة المعدل",
         "رفض مجلس النواب الأردني مشروع قانون الضريبة المعدل", .conflict, "polarity"),
        // The same verb and who acts, said of two things: two agreements, two laws, two products.
        ("وقعت الكويت وماليزيا اتفاقية للتعاون في مجال الطاقة المتجددة",
         "وقعت الكويت وماليزيا اتفاقية للتعاون في مجال التعليم العالي", .unrelated, "different things"),
        ("أقر مجلس الشيوخ المصري مشروع قانون التأمين الصحي الشامل",
         "أقر مجلس الشيوخ المصري مشروع قانون تنظيم الإعلام الرقمي", .unrelated, "different things"),
        ("تراجعت صادرات الأردن من البوتاس بنسبة 8% خلال الربع الثاني",
         "تراجعت صادرات الأردن من الفوسفات بنسبة 8% خلال الربع الثاني", .unrelated, "different things"),
        // Two teams beaten by one club are two matches, not two results of one.
        ("تغلب النادي الصفاقسي على الملعب التونسي بهدفين نظيفين", "تغلب النادي الصفاقسي على مستقبل سليمان بثلاثة أهداف لهدف",
         .unrelated, ""),
        // One match reported with two results conflicts still.
        ("تغلب النادي الصفاقسي على الملعب التونسي بهدفين نظيفين", "تغلب النادي الصفاقسي على الملعب التونسي بهدف نظيف",
         .conflict, "result"),
        // Two things that start on two days: the holidays and the exams of one school year.
        ("تبدأ إجازة منتصف العام الدراسي في مدارس الكويت يوم الخميس 21 يناير 2027",
         "تبدأ اختبارات منتصف العام الدراسي في مدارس الكويت يوم الأحد 10 يناير 2027", .unrelated, ""),
        // One opening told by «يفتتح» and «ينطلق» on two days.
        ("يفتتح معرض مسقط الدولي للكتاب يوم الأربعاء 24 فبراير 2027",
         "ينطلق معرض مسقط الدولي للكتاب يوم الجمعة 26 فبراير 2027", .conflict, "date"),
        // A release that names the detention before it tells the sequence; one that says the
        // detention still holds contradicts it.
        ("احتجزت البحرية الليبية قارب صيد تونسيا قبالة زوارة فجر السبت",
         "أفرجت البحرية الليبية عن قارب الصيد التونسي الذي احتجزته قبالة زوارة بعد دفع غرامة", .same, ""),
        ("أفرجت البحرية الليبية عن قارب الصيد التونسي الذي احتجزته قبالة زوارة",
         "ما زال قارب الصيد التونسي محتجزا لدى البحرية الليبية قبالة زوارة", .conflict, "released against detained"),
        // A rejection that denies the approval names it to deny it, not as what came before.
        ("صادق المجلس البلدي لمدينة صفاقس على مقترح توسعة الميناء في جلسة الاثنين",
         "رفض المجلس البلدي لمدينة صفاقس مقترح توسعة الميناء ولم تصدر عنه أي مصادقة في جلسة الاثنين", .conflict, ""),
        // Failing to do it is not doing it: «فشل في التأهل» against «تأهل».
        ("نجح المنتخب العماني لكرة اليد في التأهل إلى نهائيات كأس آسيا 2027",
         "فشل المنتخب العماني لكرة اليد في التأهل إلى نهائيات كأس آسيا 2027", .conflict, "polarity"),
        // Granting against refusing a licence.
        ("منحت وزارة الطاقة الموريتانية شركة بريطانية رخصة للتنقيب عن الغاز في حوض تاودني",
         "رفضت وزارة الطاقة الموريتانية طلب شركة بريطانية للحصول على رخصة التنقيب عن الغاز في حوض تاودني", .conflict, ""),
        // Two short statements that say nearly all the same date one vote twice.
        ("تجري الانتخابات البلدية في تونس يوم الأحد 8 نوفمبر 2026",
         "حدد يوم الأحد 15 نوفمبر 2026 موعدا للانتخابات البلدية في تونس", .conflict, "date"),
        // A figure set aside («بدل 20 يوما») is no figure of the statement: 30 days against 20.
        ("قالت وزارة الزراعة إن حملة مكافحة الجراد في ولاية كسلا تستمر 20 يوما",
         "قال مسؤول في وزارة الزراعة إن حملة مكافحة الجراد في ولاية كسلا تستمر 30 يوما بدل 20 يوما", .conflict, "number"),
        // A surplus against a deficit of one balance.
        ("سجلت الموازنة العامة في سلطنة عمان فائضا خلال النصف الأول من 2026",
         "سجلت الموازنة العامة في سلطنة عمان عجزا خلال النصف الأول من 2026", .conflict, "polarity"),
        // A state said to hold still against its change, sharing only what it befalls.
        ("أطلقت الشرطة سراح الصحفي مساء الأحد بعد التحقيق معه",
         "أكدت نقابة الصحفيين أن الصحفي ما زال محتجزا في مركز الشرطة", .conflict, "still holds"),
        ("أعلن مصدر أمني أن البحارة الخمسة أفرج عنهم فجر اليوم بعد وساطة قبلية",
         "قال أحد أقارب البحارة الخمسة إنهم لا يزالون محتجزين لدى المسلحين", .conflict, "still holds"),
        // Two goods counted in their own units are two things; a cost given by the noun and by the
        // verb is one measure.
        ("ارتفعت واردات الأردن من القمح إلى 900 ألف طن خلال العام الماضي",
         "ارتفعت واردات الأردن من السيارات الكهربائية إلى 20 ألف سيارة خلال العام الماضي", .unrelated, "different things"),
        ("بلغت تكلفة توسعة ميناء صلالة 300 مليون ريال عماني", "كلّفت توسعة ميناء صلالة 450 مليون ريال عماني", .conflict, "number"),
        // A year after «في» multiplies no scale word: one count of visitors in digits and in words.
        ("استقبل متحف قطر الوطني 1.3 مليون زائر خلال عام 2025",
         "بلغ عدد زوار متحف قطر الوطني في 2025 مليونا وثلاثمئة ألف زائر", .same, "similarity"),
        // When a thing was announced is not when it happened.
        ("أعلن الاتحاد الكويتي للسباحة، يوم الأحد 8 مارس 2026، أنه أوقف السباح خالد العنزي بعد ثبوت تعاطيه مادة محظورة",
         "أوقف الاتحاد الكويتي للسباحة السباح خالد العنزي يوم 20 فبراير 2026 بعد ثبوت تعاطيه مادة محظورة", .same, "similarity"),
        // A denial of the verbal noun disputes the verb; a state still held disputes its change
        // whatever else one side counts.
        ("قالت مصادر إن محافظ أسوان أنهى خدمة مدير مستشفى أسوان الجامعي",
         "نفت محافظة أسوان ما تداولته صفحات التواصل بشأن إنهاء خدمة مدير مستشفى أسوان الجامعي", .conflict, "denial"),
        ("استؤنفت حركة القطارات على خط الإسكندرية صباح اليوم بعد إصلاح العطل",
         "لا تزال حركة القطارات على خط الإسكندرية متوقفة منذ خروج ثلاث عربات عن القضبان", .conflict, ""),
        // Counts of one noun after the same verb count one thing; a nationality makes a group of them.
        ("أجلت فرق الدفاع المدني 35 شخصا من المبنى المحترق في حي الشعلة ببغداد",
         "ذكر شهود أن فرق الإنقاذ أجلت 53 شخصا كانوا عالقين في المبنى المحترق", .conflict, "number"),
        ("أكدت وزارة الخارجية سلامة أربعة مواطنين أردنيين كانوا بين العالقين في فندق بمدينة أنطاليا التركية",
         "أكدت وزارة الخارجية سلامة سبعة مواطنين أردنيين كانوا بين العالقين في فندق بمدينة أنطاليا التركية", .conflict, "number"),
        // Disasters of two families are two events; a storm and its flood are one.
        ("ضربت هزة أرضية بقوة 4.8 درجات محافظة إربد شمال الأردن", "ضربت عاصفة ثلجية محافظة إربد شمال الأردن وأغلقت الطرق", .unrelated, "kinds of event"),
        ("تسببت السيول في انهيار 12 منزلا في ولاية كسلا", "أدت الأمطار الغزيرة إلى انهيار 12 منزلا في ولاية كسلا", .same, "similarity"),
        // A denial that closes its clause denies what the clause says before it.
        ("أعلنت شركة الكهرباء الوطنية خفض ساعات التقنين في بيروت إلى أربع ساعات يوميا",
         "قال مصدر في وزارة الطاقة إن الحديث عن خفض ساعات التقنين في بيروت لا أساس له من الصحة", .conflict, "denial"),
        ("قررت الحكومة رفع أسعار الخبز المدعوم في محافظة إربد اعتبارا من مارس 2026",
         "قالت وزارة الصناعة إن الأنباء عن رفع أسعار الخبز المدعوم في إربد عارية عن الصحة", .conflict, "denial"),
        // Two counts of one noun for one place and one year; «موقوف» is held.
        ("استقبل مطار الملكة علياء الدولي 9.1 مليون مسافر خلال عام 2025",
         "بلغ عدد المسافرين عبر مطار الملكة علياء الدولي في 2025 نحو 6.4 مليون مسافر", .conflict, "number"),
        ("أفرجت السلطات اللبنانية عن الناشط خالد عيتاني بعد توقيفه ثلاثة أيام",
         "لا يزال الناشط خالد عيتاني موقوفا لدى السلطات اللبنانية", .conflict, "custody"),
        // Cases of poisoning are people hurt, counted in digits or words.
        ("أعلنت مديرية الصحة في إربد إسعاف 31 حالة تسمم غذائي بعد حفل عرس في بلدة الحصن",
         "أصيب ثلاثة عشر شخصا بتسمم غذائي بعد حفل عرس في بلدة الحصن بمحافظة إربد", .conflict, "number"),
        // A denial of the cancelling, after «لا صحة ل», disputes the cancelling.
        ("ألغت شركة طيران الجزيرة رحلاتها إلى أربيل حتى إشعار آخر",
         "أكدت شركة طيران الجزيرة أنه لا صحة لإلغاء رحلاتها إلى أربيل", .conflict, "denial"),
        // Not where the shared word is who acts, where the counts differ, nor of the others.
        ("أعادت البلدية فتح السوق المركزي أمام التجار",
         "قالت البلدية إن المسلخ البلدي لا يزال مغلقا", .unrelated, ""),
        ("أفرج اليوم عن الناشط الحقوقي بعد التحقيق معه",
         "لا يزال ناشطون حقوقيون آخرون محتجزين في السجن المركزي", .unrelated, ""),
    ]

    @Test(arguments: cases.indices)
    func relatesThePair(_ index: Int) {
        let (a, b, relation, reason) = Self.cases[index]
        let verdict = Self.compare(a, b)
        #expect(verdict.relation == relation, "\(verdict.reason)")
        #expect(verdict.reason.contains(reason), "\(verdict.reason)")
    }

    @Test func isSymmetricInRelation() {
        for (a, b, relation, _) in Self.cases {
            #expect(Self.compare(b, a).relation == relation)
        }
    }

    @Test func saysWhenAStatementHoldsNoClaim() {
        let verdict = Self.compare("نعم", "أعلن البنك المركزي المصري رفع سعر الفائدة بمقدار نقطتين مئويتين")
        #expect(verdict.relation == .unrelated)
        #expect(verdict.reason.contains("first statement"))
    }

    @Test(arguments: [
        // The pluperfect tells what was so before the news: no conflict with what changed since.
        ("وكانت السلطات قد أغلقت معبر رأس جدير منذ الاثنين الماضي بسبب الاحتجاجات",
         "أعادت السلطات فتح معبر رأس جدير أمام المسافرين صباح اليوم"),
        // Declining to comment («التعليق») suspends nothing.
        ("رفض المتحدث باسم وزارة النقل التعليق على قرار الإضراب في الموانئ",
         "قررت وزارة النقل استمرار العمل في الموانئ رغم الإضراب"),
        // Nor does «أي تعليق», which the negation is about; contacting («تواصل مع») goes on with nothing.
        ("لم يصدر عن إدارة ميناء طنجة أي تعليق على توقف الرافعات", "تواصل الوزير مع إدارة ميناء طنجة بشأن توقف الرافعات"),
        // A resumption tells what followed a suspension, not another story.
        ("علقت هيئة النقل خدمة الترام في الدار البيضاء صباح الاثنين 4 مايو 2026 بسبب عطل كهربائي",
         "استؤنفت خدمة الترام في الدار البيضاء بعد ظهر الاثنين 4 مايو 2026 إثر إصلاح العطل الكهربائي"),
        // «غير» before an adjective that is no predicate negates nothing: closed, then reopened, is a
        // sequence.
        ("قررت السلطات إغلاق المدارس في الكويت اعتبارا من الأحد بعد أن بلغ مؤشر الغبار في المدارس مستوى غير صحي",
         "استأنفت المدارس في الكويت الدراسة صباح الثلاثاء بعد إغلاقها يومين بسبب مؤشر الغبار"),
        // Four citizens of one country among those another source counts: a part, not a dispute.
        ("أكدت وزارة الخارجية سلامة أربعة مواطنين أردنيين كانوا بين العالقين في فندق بمدينة أنطاليا التركية",
         "قال مسؤول تركي إن السلطات أجلت سبعة مواطنين من الفندق في أنطاليا"),
        // A search that goes on is not the night service that stopped: a state holds of its subject.
        ("قال المتحدث إن أعمال الإنقاذ لا تزال مستمرة رغم الظلام في ساعات الليل", "أعلنت البلدية تعليق الرحلات الليلية للحافلات حتى إشعار آخر"),
        // Three of them released, two still held: parts, not a dispute.
        ("أفرجت السلطات عن ثلاثة من الصيادين المحتجزين", "لا يزال صيادان اثنان محتجزين لدى خفر السواحل"),
    ])
    func backgroundAndCommentsSetNoPredicateAgainstAnother(_ a: String, _ b: String) {
        #expect(Self.compare(a, b).relation != .conflict)
    }
}
