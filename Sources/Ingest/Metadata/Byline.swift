/// The writer a page names in its byline («كتب: فلان»، «بقلم فلان»), read from the furniture the
/// cleaner took off the body when the page's metadata names no author.
enum Byline {
    /// The writer named in the first byline among `removed`, or `nil`: a staff label («محرر
    /// الموقع»، «فريق التحرير») names no one.
    static func author(in removed: [RemovedText]) -> String? {
        for piece in removed where piece.reason == FurnitureKind.author.rawValue || piece.reason == FurnitureKind.metadata.rawValue {
            if let name = name(in: piece.text) { return name }
        }
        return nil
    }

    /// The name after a byline label at the start of `line` and the colon or dash after it («كتب-
    /// محمود عادل:»), up to four words, ending at a digit, a dash, a bar, a comma or a parenthesis.
    static func name(in line: String) -> String? {
        let line = WhiteSpace.collapsed(line)
        guard let label = labels.first(where: { line.hasPrefix($0) }) else { return nil }
        var rest = line.dropFirst(label.count).drop { " :-–—".contains($0) }
        if let stop = rest.firstIndex(where: { $0.isNumber || "-–—|،,()/:".contains($0) }) { rest = rest[..<stop] }
        let words = rest.split(separator: " ").prefix(4)
        guard words.count >= 2, !words.contains(where: { staffWords.contains(String($0)) }) else { return nil }
        return words.joined(separator: " ")
    }

    /// Byline labels, the longer first.
    private static let labels = ["كتبت", "كتب", "بقلم", "إعداد", "تحرير"]

    /// Words of staff labels that name no writer.
    private static let staffWords: Set<String> = ["محرر", "المحرر", "فريق", "التحرير", "أسرة", "قسم", "الموقع", "هيئة"]
}
