/// A line of a plain-text copy that labels what it holds: «المصدر: صحيفة الغد»، «Source: Reuters»،
/// «العنوان: …»، «Title: …», as scrapers and people who paste articles write the outlet and the
/// headline above the body.
struct LabelledLine {
    /// What the label says the line holds.
    enum Field {
        case outlet
        case title
    }

    let field: Field
    /// The value after the label.
    let value: String

    /// The labelled line `line`, or `nil` when it opens with no known label and a colon, or its
    /// value is empty or too long for the field (an outlet is a name of at most eight words).
    init?(_ line: String) {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = line[..<colon].split(separator: " ").joined(separator: " ").lowercased()
        let value = line[line.index(after: colon)...].split(separator: " ").joined(separator: " ")
        guard !value.isEmpty else { return nil }
        if Self.outletLabels.contains(label) {
            guard value.split(separator: " ").count <= 8 else { return nil }
            field = .outlet
        } else if Self.titleLabels.contains(label) {
            field = .title
        } else {
            return nil
        }
        self.value = value
    }

    private static let outletLabels: Set<String> = ["المصدر", "المصدر الأصلي", "الناشر", "source", "publisher", "outlet"]
    private static let titleLabels: Set<String> = ["العنوان", "عنوان", "عنوان الخبر", "title", "headline"]
}
