import ArabicText

/// Words that change what a sentence asserts: negation, denial, hedging.
enum ClaimMarkers {
    static let negations: WordIndex = ["لم", "لن", "ليس", "ليست", "لا", "لسنا", "ولم", "ولن", "ولا", "وليس", "غير", "دون", "بدون",
                                       // «فشل المنتخب في التأهل»: failing to do it says it was not done.
                                       "فشل", "فشلت", "وفشل", "وفشلت", "اخفق", "اخفقت", "واخفق", "واخفقت"]

    /// The negations that a verb follows (لم يشارك، لن يزور، لا يعترف): the verb is the predicate denied.
    static let verbalNegations: WordIndex = ["لم", "لن", "لا", "ولم", "ولن", "ولا", "فلم", "فلن"]

    /// The forms of «زال» that make «لا يزال»، «لا تزال»، «لم يزل» say "still": no negation.
    /// Stems of nouns that measure the thing named after them: a price, a number, a rate.
    static let measureHeads = WordIndex(Array(ClaimUnit.contentStems(
        of: "سعر أسعار عدد أعداد نسبة معدل حجم قيمة تكلفة كلفة كمية كميات منسوب إنتاج صادرات واردات رصيد")))

    /// Stems of the units a price is given for, which stand between the measure and the thing
    /// («سعر الكيلوغرام من …»، «سعر لتر البنزين»).
    static let measureUnits = WordIndex(Array(ClaimUnit.contentStems(
        of: "الكيلوغرام الكيلو الكيلوجرام الغرام الجرام اللتر لتر الطن طن المتر البرميل برميل الرطل الصفيحة العبوة")))

    /// Words before the opponent of a win or a loss (matching form): «على، أمام، ضد».
    static let opponentMarkers = WordIndex(["على", "أمام", "ضد"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Two-word phrases that set a statement's scope to the whole country (matching form): «على
    /// المستوى الوطني»، «في كامل التراب»، «عموم البلاد»، «جميع الولايات».
    static let nationwide: Set<String> = Set(
        ["المستوى الوطني", "الصعيد الوطني", "كامل التراب", "كامل البلاد", "عموم البلاد", "جميع الولايات", "كافة الولايات", "جميع المحافظات",
         "كافة المحافظات", "جميع أنحاء", "كافة أنحاء", "مختلف الولايات", "مختلف المحافظات"]
            .map { $0.split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) }.joined(separator: " ") })

    /// The last words of ``nationwide``, checked first so that most words build no phrase.
    static let nationwideEnds = WordIndex(nationwide.compactMap { $0.split(separator: " ").last.map(String.init) })

    /// Relative pronouns (matching form), which open a clause of their own.
    static let relativePronouns = WordIndex(
        ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words of commenting that share their stem with the suspension «تعليق» (matching form): «رفض
    /// التعليق»، «للتعليق»، «تعليقات» comment; they close nothing.
    static let commentWords = WordIndex(["التعليق", "للتعليق", "بالتعليق", "والتعليق", "تعليقه", "تعليقها", "تعليقات", "التعليقات"]
        .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the word `key` (after `before`, before `next`) speaks of a comment or a contact, not of
    /// a suspension or of going on: «لم يصدر أي تعليق»، «تواصل المصرف مع الإدارات».
    static func isCommentOrContact(_ key: String, before: String, next: String) -> Bool {
        key.sameBytes("تعليق") && before.sameBytes("اي") || key.startsWithBytes("تواصل") && next.sameBytes("مع")
    }

    /// What is opened without anything being open (matching form): an inquiry, a file, fire
    /// («فتحت الشرطة تحقيقا»، «فتح المسلحون النار»).
    static let openedThings = WordIndex(
        ["تحقيقا", "تحقيق", "التحقيق", "النار", "ملفا", "بلاغا", "محضرا"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the word `key` (after `before`) tells a resumption: «استؤنفت»، «استئناف»، «أعيد فتح».
    static func isResumption(_ key: String, before: String) -> Bool {
        let word = key.startsWithBytes("و") && key.scalarCount > 5 ? key.droppingScalars() : key
        // «أعيد فتحه»، «أعيد فتحها»: the reopened thing as a pronoun.
        let opened = word.hasSuffix("فتح") || word.hasSuffix("فتحه") || word.hasSuffix("فتحها")
        return resumptions.contains(word) || opened && reopeners.contains(before)
    }

    /// Words before a date that make it a bound of the event, not its day (matching form), with «<»
    /// for a bound the event comes before and «>» for one it comes after.
    static let boundingWords: ByteKeyTable<String> = {
        var table = ByteKeyTable<String>(capacity: 8)
        for (word, side) in [("قبل", "<"), ("قبيل", "<"), ("وقبل", "<"), ("بعد", ">"), ("بعيد", ">"), ("وبعد", ">")] {
            table.insert(side, for: ArabicNormalizer.matching.normalizedString(word))
        }
        return table
    }()

    /// Forms of «عاد», to return (matching form).
    static let returnForms = WordIndex(
        ["عاد", "عادت", "يعود", "تعود", "سيعود", "ستعود", "ليعود", "لتعود", "وعاد", "وعادت", "ويعود", "وتعود", "عودة", "وعودة", "بعودة", "عادوا", "يعودون"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// What one returns to when a stop ends (matching form, with the article): «إلى العمل»، «إلى
    /// الخدمة»، «إلى طبيعتها»; after ل without its alef: «للعمل».
    static let serviceWords = WordIndex(
        ["العمل", "الخدمة", "الإنتاج", "التشغيل", "طبيعتها", "طبيعته", "طبيعتهما", "الدوام", "الدراسة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the word at `index` of `text` is a supply or a service restored by a reopener among
    /// the five words before it (from `start` on), or by a return right before it: «أعادت الشركة ضخ
    /// المياه»، «أعيد تشغيل المحطة»، «عودة الضخ».
    static func restoresASupply(at index: Int, from start: Int, in text: AnnotatedText) -> Bool {
        // Every word of every clause asks: the word itself rules most out with one lookup.
        guard supplies.contains(text.keys[index]) else { return false }
        let before = text.keys[max(start, index - 5)..<index]
        if let last = before.last, returnForms.contains(last) { return true }
        return before.contains(where: reopeners.contains)
    }

    /// Supplies and services that are restored (matching form), with the article and without.
    private static let supplies: WordIndex = {
        let words = ["ضخ", "تشغيل", "بث", "تزويد", "إمداد", "إمدادات", "تيار", "ضخها", "تشغيلها", "تشغيله", "بثها", "بثه"]
        return WordIndex((words + words.map { "ال" + $0 }).map { ArabicNormalizer.matching.normalizedString($0) })
    }()

    /// Forms of resuming (matching form).
    private static let resumptions = WordIndex(
        ["استأنف", "استأنفت", "استؤنف", "استؤنفت", "استئناف", "باستئناف", "يستأنف", "تستأنف", "ستستأنف", "سيستأنف"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// «مالي» and its forms, which news use for "financial" (وزارة المالية، سوق دبي المالي) far more
    /// than for Mali: they set no country of a statement (matching form).
    static let financial = WordIndex(["مالي", "المالي", "مالية", "المالية", "والمالية", "للمالية"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words of accordance before the source of a statement (matching form).
    static let accordanceWords = WordIndex(["بحسب", "حسب", "وفق", "وفقا", "وبحسب", "ووفق", "ووفقا"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// «وحده» and its forms ("alone"), which make what a clause counts a part (matching form).
    static let alone = WordIndex(["وحده", "وحدها", "وحدهم", "وحدهما", "لوحده", "لوحدها"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words of expecting (matching form): a date after one is a projection.
    static let expectations = WordIndex(
        ["متوقعا", "متوقعة", "متوقع", "المتوقع", "يتوقع", "تتوقع", "توقع", "توقعت", "مرجحا", "مرجحة", "يرجح", "ترجح", "المنتظر", "منتظرا"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words of doing again before «فتح» (matching form).
    private static let reopeners = WordIndex(["إعادة", "بإعادة", "وإعادة", "أعيد", "أعاد", "أعادت", "يعيد", "تعيد", "ستعيد", "سيعيد"]
        .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Verbs of remaining, whose subject is in the state that follows («يبقى الجسر مغلقا»، «ظلت
    /// المدارس مغلقة») (matching form).
    static let remainingVerbs = WordIndex(
        ["يبقى", "تبقى", "سيبقى", "ستبقى", "بقي", "بقيت", "ويبقى", "وتبقى", "ظل", "ظلت", "يظل", "تظل", "سيظل", "ستظل", "وظل", "وظلت"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Nouns for a person a verb that stops things may arrest (matching form, without the article):
    /// «أوقفت الشرطة سائق الحافلة»، «… مالك المعمل»، «… المشتبه به»، «… ربان السفينة».
    static let personNouns = WordIndex(
        ["سائق", "مالك", "صاحب", "متهم", "مشتبه", "شخص", "شاب", "مواطن", "عامل", "موظف", "مدير", "رجل", "امرأة", "سيدة",
         "حارس", "مقاول", "تاجر", "طبيب", "مهرب", "لص", "جان",
         // Who steers a boat or a ship, in the words of several countries («ريس القارب» in Egypt and Sudan).
         "ربان", "قبطان", "ريس", "بحار", "صياد", "مسلح", "صحفي", "ناشط", "مدون"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// «دون»، «بدون» (matching form): without.
    static let withoutWords: WordIndex = ["دون", "بدون", "ودون"]

    /// Noon and midnight, which «بعد» and «قبل» make a time of day («بعد ظهر اليوم»، «قبل منتصف
    /// الليل») rather than a bound on the day (matching form).
    static let middaysAndMidnights = WordIndex(["ظهر", "الظهر", "ظهيرة", "الظهيرة", "منتصف"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words of one at large, which after «لا يزال» or «ما زال» say the person is still out of
    /// custody (matching form).
    static let atLargeWords = WordIndex(
        ["فار", "فارا", "فارين", "فارون", "هارب", "هاربا", "هاربين", "هاربون", "طليق", "طليقا", "مطلوب", "مطلوبا", "مطلوبين", "متوار", "متواريا"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Spans of time between «بعد» and what came before: «بعد ساعات من الإغلاق»، «بعد يومين على
    /// اعتقاله»، «بعد أقل من أسبوع من» (matching form).
    static let spansOfTime = WordIndex(
        ["دقائق", "دقيقة", "ساعة", "ساعات", "ساعتين", "يوم", "يومين", "أيام", "ليلة", "ليلتين", "أسبوع", "أسبوعين", "أسابيع",
         "شهر", "شهرين", "أشهر", "شهور", "عام", "عامين", "أعوام", "سنة", "سنتين", "سنوات", "أقل", "أكثر", "نحو", "قرابة", "حوالي"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words of refraining, whose «عن» opens what is not done: «امتناع المصارف عن قبول الأوراق»،
    /// «امتنعت الشركة عن صرف الرواتب» (matching form).
    static let refrainingWords = WordIndex(
        ["امتناع", "الامتناع", "بامتناع", "امتنع", "امتنعت", "امتنعوا", "يمتنع", "تمتنع", "يمتنعون"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The sport `key` names after `previous` (matching form): the game after a word for the ball
    /// («كرة القدم»، «للكرة الطائرة»، «كرة اليد») or a sport named by one word («التنس»، «السباحة»).
    static func sport(named key: String, after previous: String) -> String? {
        guard key.startsWithBytes("ال"), let number = sportWords.number(of: key) else { return nil }
        return number >= ballGameCount || balls.contains(previous) ? key : nil
    }

    /// Whether `key` (matching form, with the article) names a sport by one word («الجيدو»).
    static func namesASport(_ key: String) -> Bool {
        sportWords.number(of: key).map { $0 >= ballGameCount } ?? false
    }

    /// A word for the ball, with the article or a preposition (matching form).
    private static let balls = WordIndex(["كرة", "لكرة", "بكرة", "وكرة", "الكرة", "للكرة", "بالكرة", "والكرة"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The games named after the ball (the word after it), then sports named by one word (matching
    /// form): one lookup tells both.
    private static let sportWords = WordIndex(
        (ballGames + ["التنس", "السباحة", "الملاكمة", "المصارعة", "الجودو", "الجيدو", "الكاراتيه", "التايكواندو", "الرماية", "الفروسية",
                      "الجمباز", "الهوكي", "الرغبي", "الدراجات"])
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// The games named after the ball: the first entries of ``sportWords``.
    private static let ballGames = ["القدم", "السلة", "اليد", "الطائرة", "الماء", "الطاولة", "المضرب"]
    private static var ballGameCount: Int { ballGames.count }

    /// Words that, before «من» and a date, date a start: «يطبق القرار اعتبارا من الأحد»، «ابتداء من
    /// مطلع الشهر» (matching form).
    static let startingFromWords = WordIndex(
        ["اعتبارا", "واعتبارا", "ابتداء", "وابتداء", "بدءا", "وبدءا", "انطلاقا", "وانطلاقا"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words before a verbal noun of what is awaited, which has not happened: «في انتظار استكمال
    /// التحقيق»، «إلى حين انتهاء الأشغال»، «ريثما يتم» (matching form).
    static let awaitingWords = WordIndex(["انتظار", "بانتظار", "حين", "لحين", "ريثما"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Verbs that carry a verbal noun as their subject, «لم يتم توقيفه»، «لم يجر أي تعديل»
    /// (matching form).
    static let carryingVerbs = WordIndex(["يتم", "تتم", "يجر", "تجر", "يجري", "تجري"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words after which a verbal noun tells an event before the clause's own: «بعد إغلاقها»،
    /// «عقب توقفها»، «إثر انهياره».
    static let earlierEventMarkers = WordIndex(["بعد", "وبعد", "عقب", "وعقب", "إثر", "وإثر"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Forms of كان that open the pluperfect with قد («وكانت السلطات قد أغلقت الطريق»): background,
    /// what was so before the news (matching form).
    static let pluperfectOpeners = WordIndex(["كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"].map { ArabicNormalizer.matching.normalizedString($0) })

    static let stillVerbs = WordIndex(["يزال", "تزال", "يزالون", "تزالان", "يزالان", "نزال", "أزال", "يزل", "تزل",
                                       // «ما زال»، «مازالت» (written as one word in the Maghreb).
                                       "زال", "زالت", "زالوا", "مازال", "مازالت", "مازالوا", "ومازال", "ومازالت"]
        .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the still verb `key` says "still" after the word `before`: «زال» alone is "ceased"
    /// («زال الخطر»), and says "still" only after «ما».
    static func saysStill(_ key: String, after before: String) -> Bool {
        !["زال", "زالت", "زالوا"].contains(where: key.sameBytes) || ["ما", "وما"].contains(where: before.sameBytes)
    }

    static let hedges = WordIndex(["قد", "ربما", "يرجح", "يرجّح", "محتمل", "احتمال", "المتوقع", "متوقع", "يبدو", "يعتقد", "يحتمل"]
        .map { ArabicNormalizer.matching.normalizedString($0) })

    private static let denialWords = WordIndex(["نفى", "نفت", "ينفي", "تنفي", "ننفي", "نفي", "تنفيان", "كذب", "كذبت", "تكذيب", "دحض", "ينفون", "نفوا",
                                                 // «…، نافيا التوصل إلى اتفاق»: the participle that goes on from a statement.
                                                 "نافيا", "نافية", "نافين",
                                                 // «استبعدت السلطات أن يكون …»: ruling out is denying (the verbal noun استبعاد is exclusion).
                                                 "استبعد", "استبعدت", "يستبعد", "تستبعد", "نستبعد"]
        .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether a word denies (نفى، ننفي، تكذيب، نافيا), with or without a leading و or ف.
    static func isDenial(_ key: String) -> Bool {
        if denialWords.contains(key) { return true }
        if key.scalarCount > 3, key.startsWithBytes("و") || key.startsWithBytes("ف") { return denialWords.contains(key, droppingScalars: 1) }
        return false
    }

    /// Whether two words in a row deny: «لا صحة»، «لا أساس»، «عار عن»، «عارية من»، «غير صحيح»; or
    /// dismiss what was said as untrue or not yet so: «لا يمت للحقيقة بصلة»، «مجانب للصواب»، «مجافية
    /// للحقيقة»، «سابق لأوانه» (the talk of a thing is premature: it has not happened).
    static func isDenialPhrase(_ first: String, _ second: String) -> Bool {
        if (first.sameBytes("لا") || first.sameBytes("ولا")) && (second.sameBytes("صحه") || second.sameBytes("اساس")) { return true }
        if (first.sameBytes("عار") || first.sameBytes("عاريه")) && (second.sameBytes("عن") || second.sameBytes("من")) { return true }
        if (first.sameBytes("لا") || first.sameBytes("ولا")) && (second.sameBytes("يمت") || second.sameBytes("تمت")) { return true }
        if second.sameBytes("للصواب") || second.sameBytes("للحقيقه") { return wideOfTheMark.contains(first) }
        if second.startsWithBytes("لاوان") { return premature.contains(first) }
        return first.sameBytes("غير") && ["صحيح", "صحيحه", "دقيق", "دقيقه"].contains { second.sameBytes($0) }
    }

    /// Whether a word is a verb that describes what it names as something («وصفت الوزارة الأنباء
    /// بأنها …», matching form).
    static func describes(_ key: String) -> Bool {
        describingVerbs.contains(key)
    }

    /// Whether a word introduces what a describing verb calls its object: «بأنه، بأنها، بأنهم».
    static func describesAs(_ key: String) -> Bool {
        ["بانه", "بانها", "بانهم", "بانهما"].contains(where: key.sameBytes)
    }

    private static let describingVerbs = WordIndex(
        ["وصف", "وصفت", "ووصف", "ووصفت", "يصف", "تصف", "واصفا", "واصفة", "ووصفوا", "وصفوا"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// «مجانب للصواب»، «مجافية للحقيقة» (matching form).
    private static let wideOfTheMark: WordIndex = ["مجانب", "مجانبه", "مجاف", "مجافيه"]
    /// «سابق لأوانه» (matching form).
    private static let premature: WordIndex = ["سابق", "سابقه", "سابقا"]

    /// Whether a word opens the object of a denial (matching form): «نفى صحة …»، «نفت وجود …»، «نفى
    /// ما تردد»، «نفى أن يكون …».
    static func opensDeniedObject(_ key: String) -> Bool {
        deniedObjectOpeners.contains(key)
    }

    /// Whether a mark ends the object of a denial: a comma, a colon, a semicolon or a quotation mark.
    static func endsADeniedObject(_ mark: String) -> Bool {
        guard let first = mark.unicodeScalars.first else { return false }
        return "،,:;؛«»\"“”".unicodeScalars.contains(first)
    }

    /// Whether a word gives the cause of what a denial denies, which is not denied with it: «نفت الشركة
    /// إلغاء أي من رحلاتها جراء العطل الذي أصاب النظام» denies cancellations, not the failure
    /// (matching form).
    static func givesACause(_ key: String) -> Bool {
        causeWords.contains(key)
    }

    private static let causeWords = WordIndex(
        ["جراء", "بسبب", "نتيجة", "بفعل", "إثر", "عقب"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Openers of a denied object that deny a thing exists or happened (matching form): «وجود، حدوث، وقوع».
    static let existenceOpeners = WordIndex(["وجود", "حدوث", "وقوع"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether a word of a denied object is only about the rumour, not what it says: «الأنباء
    /// المتداولة على مواقع التواصل».
    static func isDenialFiller(_ key: String) -> Bool {
        denialFillers.contains(key)
    }

    /// Negations that set a date aside after the right one («مساء الأحد وليس مساء الاثنين»).
    static let dateCorrections = WordIndex(["ليس", "وليس", "لا", "ولا"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words that set an event a day from the one a sentence dates (matching form): «غداة»، «عشية».
    static let dayAwayWords = WordIndex(["غداة", "وغداة", "عشية", "وعشية"].map { ArabicNormalizer.matching.normalizedString($0) })

    private static let deniedObjectOpeners = WordIndex(
        ["صحة", "وجود", "ما", "أي", "أن", "الأنباء", "الأخبار", "التقارير", "الشائعات", "الاتهامات", "حدوث", "وقوع", "تورط", "تورطه",
         "تورطها", "علمه", "علمها"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    private static let denialFillers = WordIndex(
        ["الأنباء", "الأخبار", "التقارير", "الشائعات", "المتداولة", "المتداول", "تداول", "تداوله", "تداولته", "تداولتها", "يتداول", "تم", "تردد", "يتردد", "أشيع",
         "يشاع", "مواقع", "منصات", "التواصل", "الاجتماعي", "وسائل", "الإعلام", "إعلام", "محلية", "حول", "بشأن", "صحة", "أساس", "لها", "من", "الصحة",
         "صدر", "نشر", "نشرته", "نشرتها", "ورد", "أوردته", "تناقلته", "تناقلتها", "روجت", "بعض", "بخصوص", "عن", "الصحف", "المواقع",
         "الإلكترونية", "إعلامية", "وكالات", "الحديث", "حديث", "الكلام", "ادعاءات", "الادعاءات", "مزاعم", "المزاعم",
         "صفحات", "الصفحات", "حسابات", "الحسابات", "عدد", "لما", "بصدد"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}
