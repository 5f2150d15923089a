import ArabicText

/// Verbs that report speech in news prose, with the grammatical gender of their subject.
///
/// Forms are past (قال، قالت), present (يقول، تقول) and the participles of the lead-in
/// (مضيفا، مؤكدا، قائلا). A word is looked up after removing a leading و or ف (وأضاف، فقال).
/// Nothing here is tuned to one article: the list is the usual vocabulary of attribution in
/// Arabic news writing.
enum ReportingVerbs {
    /// A reporting verb form.
    struct Form: Sendable, Hashable {
        /// The verb's lemma (past masculine singular), e.g. أضاف.
        var lemma: String
        /// The subject's gender, where the form shows it.
        var gender: Gender?
        /// Whether it is a participle (مضيفا), which continues the sentence's subject.
        var isParticiple: Bool
        /// Whether the verb denies what follows (نفى).
        var isDenial: Bool
        /// Whether the verb announces or discloses what follows (أعلن، كشف), which may be a verbal
        /// noun instead of a clause: «أعلنت الوزارة عن ضبط …»، «أعلن الوالي تشكيل لجنة».
        var isAnnouncement = false
    }

    enum Gender: Sendable, Hashable {
        case masculine
        case feminine
    }

    /// The form of `key` (a matching-level word), without or with a leading و/ف.
    static func form(of key: String) -> Form? {
        var key = key
        return key.withUTF8 { bytes in
            if let form = forms.value(for: bytes) { return form }
            // و is D9 88 and ف is D9 81; the rest must keep three letters (at least six bytes).
            guard bytes.count >= 8, bytes[0] == 0xD9, bytes[1] == 0x88 || bytes[1] == 0x81 else { return nil }
            return forms.value(for: UnsafeBufferPointer(rebasing: bytes[2...]))
        }
    }

    // lemma: masculine past, feminine past, masculine present, feminine present, participles…
    private static let table = """
        قال قالت يقول تقول قائلا قائلة
        أضاف أضافت يضيف تضيف مضيفا مضيفة
        أكد أكدت يؤكد تؤكد مؤكدا مؤكدة مؤكدين
        أوضح أوضحت يوضح توضح موضحا موضحة
        تابع تابعت يتابع تتابع متابعا متابعة
        أردف أردفت يردف تردف مردفا مردفة
        ذكر ذكرت يذكر تذكر ذاكرا
        بين بيّن بينت بيّنت يبين تبين مبينا مبينة
        أشار أشارت يشير تشير مشيرا مشيرة مشيرين
        أعلن أعلنت يعلن تعلن معلنا معلنة
        صرح صرّح صرحت صرّحت يصرح تصرح مصرحا مصرحة
        نفى نفت ينفي تنفي نافيا نافية
        حذر حذّر حذرت حذّرت يحذر تحذر محذرا محذرة محذرين
        شدد شدّد شددت شدّدت يشدد تشدد مشددا مشددة
        لفت لفتت يلفت تلفت لافتا لافتة
        نبه نبّه نبهت نبّهت ينبه تنبه منبها منبهة
        نوه نوّه نوهت نوّهت ينوه تنوه منوها منوهة
        أفاد أفادت يفيد تفيد
        كشف كشفت يكشف تكشف كاشفا كاشفة
        اعتبر اعتبرت يعتبر تعتبر معتبرا معتبرة
        أبرز أبرزت يبرز تبرز مبرزا مبرزة
        رأى رأت يرى ترى
        دعا دعت يدعو تدعو داعيا
        أعرب أعربت يعرب تعرب معربا
        نقل نقلت ينقل تنقل ناقلا
        أبلغ أبلغت يبلغ تبلغ
        قالوا أكدوا أضافوا أوضحوا ذكروا أشاروا أعلنوا
        اعترف اعترفت يعترف تعترف
        أقر أقرت يقر تقر مقرا مقرة
        زعم زعمت يزعم تزعم
        أوردت أورد يورد تورد
        طالب طالبت يطالب تطالب مطالبا مطالبة طالبوا مطالبين
        ناشد ناشدت يناشد تناشد مناشدا
        ختم ختمت
        استدرك استدركت مستدركا
        توقع توقعت يتوقع تتوقع متوقعا متوقعة
        كتب كتبت يكتب تكتب
        غرد غردت يغرد تغرد مغردا
        رجح رجحت يرجح ترجح مرجحا
        قدر قدّر قدرت قدّرت يقدر يقدّر تقدر تقدّر
        قالا أكدا أوضحا
        """

    private static let feminine: Set<String> = Set("""
        قالت تقول قائلة أضافت تضيف مضيفة أكدت تؤكد مؤكدة أوضحت توضح موضحة تابعت تتابع أردفت تردف ذكرت تذكر \
        بينت بيّنت تبين أشارت تشير مشيرة أعلنت تعلن معلنة صرحت صرّحت تصرح نفت تنفي حذرت حذّرت تحذر شددت شدّدت \
        تشدد لفتت تلفت أفادت تفيد كشفت تكشف اعتبرت تعتبر رأت ترى دعت تدعو أعربت تعرب نقلت تنقل أبلغت تبلغ \
        اعترفت تعترف زعمت تزعم أوردت تورد طالبت تطالب ختمت استدركت توقعت تتوقع كتبت تكتب غردت تغرد رجحت ترجح \
        متابعة مردفة مبينة مصرحة نافية محذرة مشددة لافتة كاشفة معتبرة أبرزت تبرز مبرزة \
        نبهت نبّهت تنبه منبهة نوهت نوّهت تنوه منوهة ناشدت تناشد مطالبة متوقعة قدرت قدّرت تقدر تقدّر
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })

    /// The form of `key` read as a verb with the object pronoun of what it says (أكده، نفاه، ذكرها),
    /// or `nil`; a final ى is written ا before the pronoun (نفى + ه = نفاه).
    static func form(withObjectPronoun key: String) -> Form? {
        for pronoun in ["ه", "ها"] where key.endsWithBytes(pronoun) && key.scalarCount >= pronoun.unicodeScalars.count + 3 {
            let bare = String(String.UnicodeScalarView(key.unicodeScalars.dropLast(pronoun.unicodeScalars.count)))
            let restored = bare.endsWithBytes("ا") ? bare.droppingLastScalar() + "ي" : bare
            if let form = form(of: bare) ?? form(of: restored) { return form }
        }
        return nil
    }

    private static let forms: ByteKeyTable<Form> = {
        var forms = ByteKeyTable<Form>(capacity: 256)
        for line in table.split(separator: "\n") {
            let words = line.split(separator: " ").map { ArabicNormalizer.matching.normalizedString(String($0)) }
            guard let lemma = words.first else { continue }
            for word in words {
                let isFeminine = feminine.contains(word)
                let isParticiple = word.hasPrefix("م") && word != lemma && (word.hasSuffix("ا") || word.hasSuffix("ه") || word.hasSuffix("ين"))
                    || word.hasPrefix("قائل") || word.hasPrefix("ناقل") || word.hasPrefix("لافت") || word.hasPrefix("كاشف")
                    || word.hasPrefix("نافي") || word.hasPrefix("ذاكر") || word.hasPrefix("داعي")
                let gender: Gender? = word.hasSuffix("وا") ? nil : (isFeminine ? .feminine : .masculine)
                forms.insert(
                    Form(lemma: lemma, gender: gender, isParticiple: isParticiple, isDenial: lemma == "نفي",
                         isAnnouncement: lemma == "اعلن" || lemma == "كشف"),
                    for: word)
            }
        }
        return forms
    }()
}
