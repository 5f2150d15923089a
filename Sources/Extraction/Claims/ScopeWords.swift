import ArabicText

/// Words that tell what a measure covers: «يشمل الأدوية»، «الأدوية مشمولة» put a thing in, «يستثني
/// الإبل»، «مستثناة من القرار»، «باستثناء الطوارئ» leave it out.
///
/// What a measure covers is a fact of its own beside what the clause says happened, so these words
/// are no predicates of ``PredicateLexicon``: two statements dispute it only where they name the same
/// thing (see ``ClaimUnit/scopeThings``).
enum ScopeWords {
    /// `include` or `exclude` for the stem of a word of scope, or `nil`.
    static func pole(ofStem stem: String) -> String? {
        table.value(for: stem)
    }

    /// The other pole.
    static func opposite(of pole: String) -> String {
        pole == include ? exclude : include
    }

    /// Whether a stem names a measure whose scope is told («القرار»، «الزيادة») or the whole of what
    /// it covers («جميع»، «كل»), rather than a thing put in or left out.
    static func isMeasureOrWhole(_ stem: String) -> Bool {
        measuresAndWholes.contains(stem)
    }

    private static let measuresAndWholes: Set<String> = {
        let stemmer = LightStemmer()
        let words = ["قرار", "القرار", "الوزاري", "وزارة", "الإجراء", "إجراء", "النظام", "نظام", "القانون", "قانون", "الزيادة", "زيادة",
                     "التعديل", "تعديل", "الحظر", "حظر", "المنع", "منع", "الجديد", "الجديدة", "جميع", "كل", "كافة", "بعض", "أيضا"]
        return Set(words.map { stemmer.stem(ArabicNormalizer.matching.normalizedString($0)) })
    }()

    static let include = "include"
    static let exclude = "exclude"

    private static let table: ByteKeyTable<String> = {
        let stemmer = LightStemmer()
        var table = ByteKeyTable<String>()
        let lists: [(String, String)] = [
            (include, "شمل شملت يشمل تشمل سيشمل ستشمل شمول يشملها يشمله تشملها تشمله مشمول مشمولة مشمولين مشمولون"),
            (exclude, "استثناء استثنى استثنت يستثني تستثني استثني استثنيت يستثنى تستثنى مستثنى مستثناة مستثنون مستثنين باستثناء"),
        ]
        for (pole, words) in lists {
            for word in words.split(separator: " ") {
                table.insert(pole, for: stemmer.stem(ArabicNormalizer.matching.normalizedString(String(word))))
            }
        }
        return table
    }()
}
