import ArabicText

/// Words of an occurrence that happens once and is dated when it is told: an outbreak of fire, a
/// collapse, an explosion, a sinking, a crash, an abduction. Verbs and verbal nouns of one
/// occurrence share a kind («اندلع» and «نشوب», «انهار» and «انهيار»).
enum OccurrenceWords {
    /// The kind of occurrence the stem of a word names, or `nil`.
    static func kind(ofStem stem: String) -> Int? {
        table[stem]
    }

    private static let table: [String: Int] = {
        let kinds = [
            "اندلع اندلعت اندلاع نشب نشبت نشوب",
            "انهار انهارت انهيار",
            "انفجر انفجرت انفجار",
            "غرق غرقت",
            "انقلب انقلبت انقلاب",
            "اصطدم اصطدمت اصطدام",
            "اختطف اختطفت اختطاف خطف",
            "سقط سقطت سقوط",
        ]
        var table: [String: Int] = [:]
        for (kind, words) in kinds.enumerated() {
            for stem in ClaimUnit.contentStems(of: words) where table[stem] == nil { table[stem] = kind }
        }
        return table
    }()
}
