import Extraction
import Ingest
import Stories

/// The Arabic words the reports show: section headings and the names of kinds.
enum ReportLabels {
    static let reportTitle = "تقرير إسناد"
    static let brief = "الموجز"
    static let timeline = "الخط الزمني"
    static let claims = "الادعاءات"
    static let conflicts = "التناقضات"
    static let quotes = "الاقتباسات"
    static let entities = "الجهات"
    static let reuse = "إعادة النشر"
    static let articles = "المقالات"
    static let rejected = "المصادر المرفوضة"
    static let sources = "المصادر"
    static let period = "الفترة"
    static let outlets = "المنابر"
    static let unknownSpeaker = "متحدث غير محدد"
    static let unknownDate = "تاريخ غير معروف"
    static let untitled = "بلا عنوان"

    /// The name of a kind of conflict (`number`, `date`, `polarity`, `denial`, `inconsistency`).
    static func conflictKind(_ kind: String) -> String {
        switch kind {
        case "number": "خلاف في الأرقام"
        case "date": "خلاف في التواريخ"
        case "polarity": "إثبات في مقابل نفي"
        case "denial": "نفي صريح"
        case "inconsistency": "تناقض داخلي"
        default: "تناقض"
        }
    }

    /// The name of a kind of reused passage (`verbatim`, `near-verbatim`, `paraphrase`).
    static func reuseKind(_ kind: String) -> String {
        switch kind {
        case "verbatim": "نقل حرفي"
        case "near-verbatim": "نقل شبه حرفي"
        case "paraphrase": "إعادة صياغة"
        default: "نقل"
        }
    }

    /// The name of a type of entity.
    static func entityType(_ type: EntityType) -> String {
        switch type {
        case .person: "شخص"
        case .organization: "جهة"
        case .location: "مكان"
        }
    }

    /// A story's period: `2024-03-05 – 2024-03-07`, one day, or «تاريخ غير معروف».
    static func period(_ days: [String]) -> String {
        let distinct = days.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return distinct.isEmpty ? unknownDate : distinct.joined(separator: " – ")
    }

    /// Names joined the Arabic way: «أ، ب، ج».
    static func list(_ items: [String]) -> String {
        items.joined(separator: "، ")
    }

    /// The chain a statement came through: «المتحدث ← وكالة س ← موقع ص».
    static func chain(speaker: String, via: [String], outlet: String?) -> String {
        chainLinks(speaker: speaker, via: via, outlet: outlet).joined(separator: " ← ")
    }

    /// The links of the chain: the speaker, the outlets it passed through (nearest to the speaker
    /// first, repeats dropped) and the outlet that published it.
    static func chainLinks(speaker: String, via: [String], outlet: String?) -> [String] {
        var links = [speaker]
        for name in via where links.last != name { links.append(name) }
        if let outlet, links.last != outlet { links.append(outlet) }
        return links
    }
}
