/// What a highlighted span of an article is. Each kind changes a different CSS property (background
/// colour, background pattern, underline, bottom border, lower-half marker), so that overlapping
/// highlights all stay visible, and each has a shape besides its colour.
enum HighlightKind: Int, CaseIterable {
    case quote
    case entity
    case date
    case number
    case reuse

    /// The CSS class of the kind.
    var cssClass: StaticString {
        switch self {
        case .quote: "hl-quote"
        case .entity: "hl-entity"
        case .date: "hl-date"
        case .number: "hl-number"
        case .reuse: "hl-reuse"
        }
    }

    /// The legend's words for it.
    var label: String {
        switch self {
        case .quote: "اقتباس (خلفية خضراء)"
        case .entity: "جهة أو شخص أو مكان (خط متصل تحته)"
        case .date: "تاريخ أو تعبير زمني (خط مزدوج تحته)"
        case .number: "رقم أو كمية (تظليل النصف السفلي)"
        case .reuse: "مقطع منقول بين المنابر (خطوط مائلة)"
        }
    }
}

/// One highlighted span of an article.
struct Highlight {
    /// What it is.
    var kind: HighlightKind
    /// Unicode scalar offsets into the article's text, clamped to it.
    var span: Range<Int>
}
