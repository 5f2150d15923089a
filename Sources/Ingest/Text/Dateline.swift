import ArabicText
import Foundation

/// The place-and-agency line that opens many wire stories: «بغداد - IQ»، «الرباط – هسبريس»،
/// «القاهرة (أ ش أ)»، «المكلا (وكالة الخليج للأنباء) -»، «الخرطوم 19 مايو 2026 -».
public enum Dateline {
    private static let dashes = [" - ", " – ", " — "]

    /// Whether `line` is a dateline standing alone: a place of one to three words, a dash or a
    /// parenthesis, and an agency of one to three words; no digits and no sentence punctuation but
    /// a colon that ends the line («الدوحة - الراية:»).
    static func isStandalone(_ line: String) -> Bool {
        let line = line.hasSuffix(":") ? String(line.dropLast()) : line
        guard line.split(separator: " ").count <= 6,
              !line.unicodeScalars.contains(where: { $0.properties.numericType != nil || ".،:؛؟!".unicodeScalars.contains($0) })
        else { return false }
        for dash in dashes {
            let parts = line.components(separatedBy: dash)
            if parts.count == 2, parts.allSatisfy({ (1...3).contains($0.split(separator: " ").count) }) { return true }
        }
        if line.hasSuffix(")"), let open = line.firstIndex(of: "(") {
            let place = line[..<open].split(separator: " ")
            return (1...3).contains(place.count)
        }
        return false
    }

    /// Whether `line`, standing before the body, is a dateline whose parts a slash or a dash glued to
    /// them separates («دمشق-سانا»، «إسطنبول/ الأناضول»، «السومرية نيوز/ بغداد»): two parts of one to
    /// three words, no digits and no sentence punctuation, and not a path of section names («سياسة/
    /// عربي»). `words` are the line's matching-form words.
    static func isSeparatedByAMark(_ line: String, words: [String]) -> Bool {
        guard words.count <= 6, !words.allSatisfy(SectionNames.contains),
              !line.unicodeScalars.contains(where: { $0.properties.numericType != nil || ".،:؛؟!".unicodeScalars.contains($0) })
        else { return false }
        return ["/", "-", "–"].contains { mark in
            let parts = line.components(separatedBy: mark)
            return parts.count == 2 && parts.allSatisfy { (1...3).contains($0.split(separator: " ").count) }
        }
    }

    /// The dateline that opens a paragraph («عمّان - بترا - أعلن …» gives «عمّان - بترا»), if any:
    /// one to three words (or a place and a date: «الخرطوم 19 مايو 2026»), a dash, and optionally an
    /// agency of one to three words and a second dash.
    public static func opening(_ paragraph: String) -> String? {
        let words = paragraph.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 3 else { return nil }
        // The Omani agency's style: a place, a date and the agency between slashes, «مسقط في 1 يناير
        // /العُمانية/»; and an agency glued to its dash, «أريحا 13-7-2026 وفا-».
        if let credit = words.prefix(8).firstIndex(where: { $0.count > 2 && $0.hasPrefix("/") && $0.hasSuffix("/") }), credit >= 1,
           !opensSentence(String(words[0])) {
            return words[...credit].joined(separator: " ")
        }
        if let glued = words.prefix(6).firstIndex(where: { $0.count > 1 && ($0.hasSuffix("-") || $0.hasSuffix("–")) && !$0.dropLast().contains("-") }),
           glued >= 1, !opensSentence(String(words[0])) {
            return (words[..<glued] + [words[glued].dropLast()]).joined(separator: " ")
        }
        let isDash: (Substring) -> Bool = { $0 == "-" || $0 == "–" || $0 == "—" }
        // A place and a date with its year before the dash: «الخرطوم 19 مايو 2026 -».
        let isYear: (Substring) -> Bool = { $0.count == 4 && $0.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }
        let dated = words.prefix(7).firstIndex(where: isDash).flatMap { dash in words[1..<dash].contains(where: isYear) ? dash : nil }
        // A place is no count: «قتل 19 شخصا - حسب الشرطة» opens a sentence.
        let undated = words.prefix(4).firstIndex(where: isDash).flatMap { dash in
            words[..<dash].contains { $0.unicodeScalars.contains { $0.properties.numericType != nil } } ? nil : dash
        }
        // A place and its agency in parentheses: «المكلا (وكالة الخليج للأنباء) -»، «القاهرة (أ ش أ) –».
        let credited = words.prefix(9).firstIndex(where: isDash).flatMap { dash -> Int? in
            guard dash >= 2, words[dash - 1].hasSuffix(")"),
                  let open = words[..<dash].firstIndex(where: { $0.hasPrefix("(") }), (1...3).contains(open)
            else { return nil }
            return dash
        }
        guard let first = undated ?? dated ?? credited, first >= 1, !opensSentence(String(words[0])) else { return nil }
        // Kuwaiti agency style, a day and month in digits and the agency: «الكويت – 15 – 11 (كونا) --».
        if undated == first {
            let isNumber: (Substring) -> Bool = { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }
            var index = first + 1
            var numbers = 0
            while index < words.count, isNumber(words[index]) {
                numbers += 1
                index += 1
                if index < words.count, isDash(words[index]) || words[index] == "/" { index += 1 }
            }
            if numbers >= 2, index < words.count, words[index].hasPrefix("("),
               let close = words[index...].prefix(4).firstIndex(where: { $0.hasSuffix(")") }) {
                return words[...close].joined(separator: " ")
            }
        }
        if credited == first { return words[..<first].joined(separator: " ") }
        if let second = words[(first + 1)...].prefix(3).firstIndex(where: isDash) {
            return words[..<second].joined(separator: " ")
        }
        return words[..<first].joined(separator: " ")
    }

    /// Whether a paragraph's first word is a reporting verb (with or without و/ف), which opens a
    /// sentence, never a dateline.
    private static func opensSentence(_ word: String) -> Bool {
        var folded = ArabicNormalizer.matching.normalizedString(word)
        if folded.count > 3, folded.hasPrefix("و") || folded.hasPrefix("ف") { folded.removeFirst() }
        return reportingVerbs.contains(folded)
    }

    private static let reportingVerbs: Set<String> = Set("""
        قال قالت أكد أكدت أعلن أعلنت أوضح أوضحت أضاف أضافت ذكر ذكرت أشار أشارت كشف كشفت نفى نفت شدد شددت \
        دعا دعت رأى رأت اعتبر اعتبرت أفاد أفادت صرح صرحت تابع تابعت أردف أردفت بين بينت لفت لفتت حذر حذرت
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { ArabicNormalizer.matching.normalizedString(String($0)) })
}
