import ArabicText

/// Tests on single words that the entity recognizer uses to tell names from ordinary words.
enum NameWords {
    /// Words that never belong to a name: function words, time words and the commonest verbs.
    static func isStopword(_ key: String) -> Bool {
        Stopwords.contains(key) || timeWords.contains(key) || commonWords.contains(key) || partsOfTime.contains(key)
            || ReportingVerbs.form(of: key) != nil
    }

    /// Whether the word names a part of a period (منتصف، أواخر), which ends a name before the period
    /// («عماد منتصف الليل») but, unlike a function word, governs the noun after it. Not «مطلع», which
    /// is also "informed" (مصدر مطلع).
    static func isPartOfATime(_ key: String) -> Bool {
        partsOfTime.contains(key)
    }

    private static let partsOfTime = WordIndex(
        ["منتصف", "أواخر", "أوائل", "مستهل"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Definite time words that end a genitive chain (قيادة العمليات اليوم).
    static let timeWords = WordIndex("""
        اليوم الامس أمس غدا الليلة الآن حاليا الماضي الماضية المنصرم المنصرمة الجاري الجارية المقبل المقبلة القادم \
        القادمة الحالي الحالية الأخير الأخيرة السابق السابقة اللاحق الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس \
        الجمعة السبت صباح مساء ظهر فجر ليلة يوم العام السنة الشهر الأسبوع الساعة الدقيقة اللحظة عام سنة شهر أسبوع
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Frequent words that follow names in news sentences without being part of them: adverbs and
    /// prepositions, and the objects a named subject takes («نقلت عن فلان قوله»، «التقى فلان نظيره»،
    /// «تلقى فلان اتصالا»، «أصدر فلان مرسوما»), and the word for a department, which a title governs
    /// («مدير قسم خدمات نقل الدم») but no one is named.
    static let commonWords = WordIndex("""
        انتهاء بدء استمرار رسميا رسمي رسمية اليوم أيضا كذلك حينها آنذاك حينئذ مساء صباح خلال عبر بشأن حول \
        الذي التي الذين إن أن لدى لدى بعد قبل منذ عندما حيث بينما وفق وفقا ضمن نحو حوالي قرابة أكثر أقل جميع \
        كل بعض عدد عددا هناك هنا إلى على في من عن مع عقب إثر اثر جراء بسبب إزاء \
        قوله قولها قولهم نظيره نظيرته نظيريه نظراءه اتصالا هاتفيا رسالة برقية تأكيده تأكيدها تصريحا بيانا \
        كلمة خطابا وفدا مرسوما قرارا أمرا دعوة دعوته ترحيبه ترحيبها رفضه رفضها استعداده تحذيره مطالبته \
        سيول الأمر قسم فيما وفيما كما لكن إذ ثم بل بحسب وبحسب حسب وحسب وفق ووفق وفقا طبقا \
        وحده وحدها وحدهم وحدهما نفسه نفسها ذاته ذاتها
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Whether a name word is also a word of everyday use (حسن "good", سعيد "happy", علي as the
    /// preposition على folds): alone it names no one.
    static func isAlsoCommonWord(_ key: String) -> Bool {
        namesInCommonUse.contains(key)
    }

    private static let namesInCommonUse = WordIndex("""
        حسن سعيد علي كامل سالم صالح أمين جميل كريم عادل نبيل منير فاضل شريف عزيز حميد رشيد مجيد طاهر صادق \
        هادي نور أمل نصر بشير سليم ماجد كبير صغير عظيم حبيب سامي عالي فريد وحيد فرج إخلاص
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Participles and adjectives that describe a body without naming it (القوات المكلفة، القوات
    /// المتبقية): a genitive chain stops before them.
    static func isDescriptor(_ key: String) -> Bool {
        descriptors.contains(key)
    }

    private static let descriptors = WordIndex("""
        المكلفة المكلف المقاتلة المقاتل المتبقية المتبقي المنتشرة المنتشر الموجودة الموجود المتواجدة المتواجد \
        المشاركة المعنية المعني المختصة المختص المسؤولة المسؤول القتالية المتمركزة المرابطة الحالية الجديدة \
        السابقة الأخيرة الأولى الثانية نفسها نفسه ذاتها ذاته كافة جميعها البالغ البالغة المقرر المقررة المزمع \
        المزمعة المذكور المذكورة المشرفة المشرف الأول الثاني الثالث الرابع الخامس الأخير الكهربائي \
        المسلحة المسلح الإرهابية الإرهابي المتطرفة المتطرف المتشددة المتشدد المتمردة المتمرد الإجرامية الإجرامي \
        المحظورة المحظور المنحلة المنحل المجهولة المجهول المنفذة المنفذ المشغلة المشغل المتعاقدة المتعاقد المالكة \
        المالك المصنعة المتضررة المتضرر المستفيدة المستفيد الوصية الوصي المنضوية المنضوي المنضوين التابعة التابع
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// Whether a word may stand in a person's name after the given name: an Arabic word that is not
    /// a function, time or reporting word, nor a quantifier («مدير أحد الفروع»).
    static func canFollowGivenName(_ token: WordToken) -> Bool {
        token.isWord && token.key.count >= 2 && (!isStopword(token.key) || isWrittenAli(token)) && !isQuantifierWithAPronoun(token.key)
            && (token.key.utf8.count > 12 || quantifiers.number(of: token.key) == nil)
    }

    /// Whether the word is a quantifier with a pronoun glued to it («بعضها»، «كلهم»، «معظمهم»), which
    /// no name is.
    static func isQuantifierWithAPronoun(_ key: String) -> Bool {
        // Read on the bytes: most words that end in ه are feminine nouns, and none is copied.
        guard key.utf8.count <= 14, key.endsWithBytes("ه") || key.endsWithBytes("ها") || key.endsWithBytes("هم") || key.endsWithBytes("هن")
        else { return false }
        var key = key
        return key.withUTF8 { bytes in
            pronounSuffixes.contains { suffix in
                bytes.count > suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix)
                    && quantifiers.number(of: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - suffix.count)])) != nil
            }
        }
    }

    /// The pronouns glued to a quantifier, as bytes.
    private static let pronounSuffixes: [[UInt8]] = ["ها", "هم", "هما", "هن", "ه"].map { Array($0.utf8) }

    /// Quantifiers that take a pronoun, and «بين» and «من» of a part («بينهم»، «منهم») (matching form).
    private static let quantifiers: WordIndex = ["بعض", "كل", "جميع", "معظم", "اغلب", "غالبيه", "كافه", "احد", "احدا", "بين", "من"]

    /// Whether the word is the name «علي» written as such, which the matching level folds together
    /// with the preposition «على» (محمد علي حسن).
    static func isWrittenAli(_ token: WordToken) -> Bool {
        token.key.sameBytes("علي") && token.surface.endsWithBytes("ي")
    }
}
