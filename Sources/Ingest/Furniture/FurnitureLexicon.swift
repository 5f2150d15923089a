import ArabicText

/// Phrases that open page furniture on Arabic (and English-language) news sites, by kind.
///
/// A line or block is furniture when its words start with a phrase and at most the phrase's number
/// of further words follow (a related-links header may carry a headline after it; a share prompt
/// carries nothing of substance). Matching is on the matching-level words, so spelling variants
/// (اقرأ/اقرا، أيضاً/ايضا) need no entries of their own. The list is ours, written from the
/// practice of Arabic news sites; it is not tuned to any one site.
enum FurnitureLexicon {
    struct Entry: Sendable {
        let kind: FurnitureKind
        let words: [String]
        /// How many words may follow the phrase.
        let maximumFollowing: Int
    }

    /// The entries, parsed once from ``table``.
    static let entries: [Entry] = table.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard fields.count == 3, let kind = FurnitureKind(rawValue: fields[0]), let following = Int(fields[2]) else { return nil }
        let words = FurnitureText.words(of: fields[1])
        return words.isEmpty ? nil : Entry(kind: kind, words: words, maximumFollowing: following)
    }

    /// Entries by their first word, for lookup.
    static let entriesByFirstWord: [String: [Entry]] = Dictionary(grouping: entries) { $0.words[0] }

    /// Whether the text's first word, as written, could open a phrase of the lexicon: a cheap test
    /// before the full match, which normalizes and tokenizes.
    static func mayOpenFurniture(_ text: String) -> Bool {
        var firstWord = ""
        for scalar in text.unicodeScalars {
            if scalar == " " { if firstWord.isEmpty { continue } else { break } }
            if scalar.properties.isAlphabetic { firstWord.unicodeScalars.append(scalar) } else if !firstWord.isEmpty { break }
            if firstWord.unicodeScalars.count > 24 { return false }
        }
        return !firstWord.isEmpty && entriesByFirstWord[ArabicNormalizer.matching.normalizedString(firstWord)] != nil
    }

    /// The furniture kind of a line or block of text, or `nil` when it reads as content.
    static func kind(of text: String) -> FurnitureKind? {
        kind(ofWords: FurnitureText.words(of: text))
    }

    /// The furniture kind of a line already cut into matching-level words.
    static func kind(ofWords words: [String]) -> FurnitureKind? {
        guard let first = words.first, let candidates = entriesByFirstWord[first] else { return nil }
        var best: Entry?
        for entry in candidates where entry.words.count <= words.count {
            guard words.count - entry.words.count <= entry.maximumFollowing else { continue }
            guard Array(words[0..<entry.words.count]) == entry.words else { continue }
            if best == nil || entry.words.count > (best?.words.count ?? 0) { best = entry }
        }
        return best?.kind
    }

    // kind | phrase | words that may follow
    private static let table = """
        related links | اقرأ أيضا | 25
        related links | اقرأ كذلك | 25
        related links | اقرأ المزيد | 25
        related links | إقرأ أيضا | 25
        related links | اقرأ ايضا | 25
        related links | شاهد أيضا | 25
        related links | شاهد ايضا | 25
        related links | طالع أيضا | 25
        related links | يهمك أيضا | 25
        related links | قد يهمك | 25
        related links | قد يعجبك | 25
        related links | مواضيع ذات صلة | 25
        related links | أخبار ذات صلة | 25
        related links | مقالات ذات صلة | 25
        related links | تقارير ذات صلة | 25
        related links | موضوعات ذات صلة | 25
        related links | ذات صلة | 20
        related links | المزيد من الأخبار | 8
        related links | أخبار متعلقة | 20
        related links | مواضيع مقترحة | 20
        related links | اخترنا لك | 20
        related links | المزيد | 4
        related links | read also | 25
        related links | read more | 25
        related links | related | 25
        related links | you may also like | 25
        related links | see also | 25
        share prompt | شارك | 6
        share prompt | شاركها | 6
        share prompt | شارك الخبر | 6
        share prompt | شارك المقال | 6
        share prompt | شارك هذا | 6
        share prompt | مشاركة | 6
        share prompt | مشاركه الخبر | 6
        share prompt | انشر على | 6
        share prompt | نسخ الرابط | 6
        share prompt | انسخ الرابط | 6
        share prompt | رابط مختصر | 3
        share prompt | فيسبوك | 6
        share prompt | تويتر | 6
        share prompt | واتساب | 6
        share prompt | تيليجرام | 6
        share prompt | طباعة | 4
        share prompt | share | 6
        share prompt | tweet | 3
        share prompt | facebook | 6
        share prompt | twitter | 6
        share prompt | whatsapp | 6
        share prompt | print | 2
        follow prompt | تابعونا على | 10
        follow prompt | تابعنا على | 10
        follow prompt | تابعوا | 12
        follow prompt | تابعونا | 12
        follow prompt | انضم إلى قناتنا | 12
        follow prompt | انضم إلى مجموعتنا | 12
        follow prompt | انضم إلى صفحتنا | 12
        follow prompt | انضموا إلى قناتنا | 12
        follow prompt | انضموا إلى مجموعتنا | 12
        follow prompt | لمتابعة آخر الأخبار | 14
        follow prompt | follow us | 10
        newsletter prompt | اشترك في النشرة | 15
        newsletter prompt | اشترك في نشرتنا | 15
        newsletter prompt | اشترك الآن | 15
        newsletter prompt | اشترك | 12
        newsletter prompt | النشرة البريدية | 15
        newsletter prompt | النشرة الإخبارية | 15
        newsletter prompt | سجل بريدك | 15
        newsletter prompt | أدخل بريدك | 15
        newsletter prompt | subscribe | 12
        newsletter prompt | newsletter | 12
        newsletter prompt | sign up | 12
        comment prompt | أضف تعليقك | 10
        comment prompt | أضف تعليق | 10
        comment prompt | أضف تعليقا | 10
        comment prompt | اترك تعليقا | 10
        comment prompt | اترك تعليقك | 10
        comment prompt | التعليقات | 6
        comment prompt | تعليقات القراء | 6
        comment prompt | لا توجد تعليقات | 6
        comment prompt | كن أول من يعلق | 6
        comment prompt | الاسم | 2
        comment prompt | البريد الإلكتروني | 3
        comment prompt | أرسل التعليق | 3
        comment prompt | إرسال | 2
        comment prompt | leave a comment | 6
        comment prompt | leave a reply | 6
        comment prompt | comments | 4
        advertisement | إعلان | 2
        advertisement | مادة إعلانية | 2
        advertisement | مادة مدعومة | 2
        advertisement | محتوى ممول | 2
        advertisement | اعلانات | 2
        advertisement | مساحة إعلانية | 3
        advertisement | محتوى مدعوم | 8
        advertisement | محتوى إعلاني | 8
        advertisement | advertisement | 2
        advertisement | sponsored | 8
        advertisement | ad | 1
        back-to-top | العودة إلى الأعلى | 1
        back-to-top | العودة للأعلى | 1
        back-to-top | الرجوع إلى الأعلى | 1
        back-to-top | الرجوع للأعلى | 1
        back-to-top | إلى الأعلى | 1
        back-to-top | للأعلى | 1
        back-to-top | back to top | 1
        back-to-top | زر الذهاب إلى الأعلى | 1
        back-to-top | الذهاب إلى الأعلى | 1
        back-to-top | اذهب إلى الأعلى | 1
        view counter | عدد المشاهدات | 3
        view counter | عدد القراءات | 3
        view counter | عدد الزيارات | 3
        view counter | المشاهدات | 3
        view counter | مشاهدات | 3
        view counter | قراءات | 3
        view counter | views | 3
        copyright | جميع الحقوق محفوظة | 12
        copyright | حقوق النشر محفوظة | 12
        copyright | حقوق الطبع والنشر | 12
        copyright | الحقوق محفوظة | 12
        copyright | all rights reserved | 12
        copyright | copyright | 12
        cookie notice | نستخدم ملفات تعريف الارتباط | 40
        cookie notice | يستخدم هذا الموقع ملفات | 40
        cookie notice | هذا الموقع يستخدم | 40
        cookie notice | ملفات تعريف الارتباط | 40
        cookie notice | سياسة الخصوصية | 10
        cookie notice | موافق | 2
        cookie notice | أوافق | 2
        cookie notice | we use cookies | 40
        cookie notice | this website uses cookies | 40
        cookie notice | accept | 2
        app prompt | حمل تطبيق | 12
        app prompt | حمّل تطبيق | 12
        app prompt | حمل التطبيق | 12
        app prompt | نزل تطبيق | 12
        app prompt | download our app | 12
        app prompt | app store | 6
        app prompt | google play | 6
        most-read list | الأكثر قراءة | 6
        most-read list | الأكثر مشاهدة | 6
        most-read list | الأكثر تداولا | 6
        most-read list | الأكثر شعبية | 6
        most-read list | most read | 6
        most-read list | most popular | 6
        most-read list | trending | 6
        tags | الوسوم | 20
        tags | وسوم | 20
        tags | الكلمات المفتاحية | 20
        tags | كلمات مفتاحية | 20
        tags | كلمات دلالية | 20
        tags | الكلمات الدلالية | 20
        tags | tags | 20
        breadcrumb | الرئيسية | 10
        breadcrumb | الصفحة الرئيسية | 10
        breadcrumb | home | 10
        news ticker | عاجل | 25
        news ticker | breaking | 25
        photo caption | صورة أرشيفية | 15
        photo caption | صورة | 6
        photo caption | الصورة | 6
        photo caption | تصوير | 4
        photo caption | photo | 6
        author box | بقلم | 5
        author box | كتب | 4
        author box | كتبت | 4
        author box | تحرير | 4
        author box | المحرر | 4
        author box | by | 4
        """
}

extension Substring {
    /// The substring without spaces at either end.
    var trimmingSpaces: String {
        var slice = self[...]
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
