import ArabicText
public import Extraction

/// Two statements that say the same words around one place where each names a different thing:
/// «تبدأ إجازة منتصف العام الدراسي» and «تبدأ اختبارات منتصف العام الدراسي»، «وقعت الكويت وماليزيا
/// اتفاقية للتعاون في مجال الطاقة المتجددة» and «… في مجال التعليم العالي»، «تراجعت صادرات الأردن من
/// البوتاس» and «… من الفوسفات». They share the verb and who acts, and speak of two things: no claim
/// of the one is the other's, nor does a date or a result of the one dispute the other's.
///
/// The stems of each statement (in text order) are split into what both open with, what both
/// close with, and the middle, without the words of a match's result (بهدف، بهدفين، نظيف: «تغلب
/// النادي الصفاقسي على الملعب التونسي بهدفين نظيفين» and «… على مستقبل سليمان بثلاثة أهداف لهدف»
/// are two matches). The
/// middles name different things where both hold words the other statement lacks, something is
/// shared before them, no word of either middle is a predicate (a different verb is a paraphrase
/// or a conflict, which other rules read), and each names something besides the nouns of its
/// counts (workers and people counted alike are one toll; tomatoes in tonnes and cars in units
/// are two goods). Words of times are left out first («صباح الأربعاء» against «منذ مطلع العام» dates one act
/// twice; the words of a date the annotator resolved are no stems already), and a middle right
/// before a count says how it was counted («بأغلبية 412 نائبا» against «بموافقة أكثر من 400 نائب»),
/// not what.
public enum SubstitutedThing {
    /// The most words a middle may hold.
    static let longestMiddle = 5

    /// The middles of `a` and `b` where they name different things, or `nil`.
    /// Stems are compared by their bytes (one spelling per letter at the matching level), since the
    /// detector asks this of many pairs.
    public static func between(_ a: ClaimUnit, _ b: ClaimUnit) -> (ours: [String], theirs: [String])? {
        // The cheap test first: most pairs share no opening stem.
        guard let first = a.stems.first(where: isKept), let other = b.stems.first(where: isKept), same(first, other) else { return nil }
        let x = a.stems.filter(isKept)
        let y = b.stems.filter(isKept)
        var prefix = 0
        while prefix < x.count, prefix < y.count, same(x[prefix], y[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix, suffix < y.count - prefix, same(x[x.count - 1 - suffix], y[y.count - 1 - suffix]) { suffix += 1 }
        let ours = Array(x[prefix..<(x.count - suffix)])
        let theirs = Array(y[prefix..<(y.count - suffix)])
        guard prefix >= 1, prefix + suffix >= 2, !ours.isEmpty, !theirs.isEmpty,
              ours.count <= longestMiddle, theirs.count <= longestMiddle,
              !ours.contains(where: { stem in y.contains { same($0, stem) } }),
              !theirs.contains(where: { stem in x.contains { same($0, stem) } })
        else { return nil }
        let counted = (a.numbers + b.numbers).compactMap(\.unit)
        if suffix > 0, counted.contains(where: { same($0, x[x.count - suffix]) }) { return nil }
        // What each middle names besides the nouns of its counts: «من القمح إلى 900 ألف طن» against
        // «من السيارات إلى 20 ألف سيارة» names two goods.
        let isCounted = { (stem: String) in counted.contains { same($0, stem) } }
        guard ours.contains(where: { !isCounted($0) }), theirs.contains(where: { !isCounted($0) }),
              !(ours + theirs).contains(where: { ClaimUnit.predicate(ofStem: $0) != nil })
        else { return nil }
        return (ours, theirs)
    }

    /// Whether a stem takes part in the comparison: no word of a result nor of a time.
    private static func isKept(_ stem: String) -> Bool {
        !resultWords.contains(stem) && !timeStems.contains(stem)
    }

    /// Whether two stems have the same bytes.
    private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    /// Stems of the words of times and dates that a date the annotator could not resolve leaves
    /// among the stems (weekdays, parts of the day, periods and their directions).
    private static let timeStems: WordIndex = [
        "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمع", "جمعه", "سبت", "صباح", "مساء", "فجر", "ظهر", "ليل", "ليله", "يوم",
        "اسبوع", "شهر", "عام", "سن", "سنه", "مطلع", "منتصف", "نهاي", "اواخر", "بداي", "جار", "ماض", "ماضي", "مقبل", "قادم", "امس", "غدا",
        // Units of a span of time as counts write them («ستة أشهر» against «90 يوما» is one span).
        "اشهر", "شهور", "يوما", "ايام", "اسابيع", "سنوات", "اعوام", "عاما", "ساع", "ساعات", "دقيق", "دقاءق",
    ]

    /// Stems of the words that give a match's result (a goal, a point), which two reports of one
    /// result may write apart («بهدف نظيف» and «1-0»).
    private static let resultWords: WordIndex = ["بهدف", "بهدفين", "هدف", "هدفين", "لهدف", "نظيف", "نظيفين", "اهداف", "بثلاث", "مقابل", "نقط", "بنقط"]
}
