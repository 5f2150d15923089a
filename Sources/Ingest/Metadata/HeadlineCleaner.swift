import Foundation

/// Takes the site name off a page title: «الحكومة تقر الموازنة - جريدة الصباح» → «الحكومة تقر الموازنة».
enum HeadlineCleaner {
    /// Separators sites put between the headline and their name.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " ~ ", " · "]

    /// The headline part of `title`: the part that is not the site name, or the longest part.
    static func headline(from title: String, siteName: String?) -> String {
        let title = WhiteSpace.collapsed(title)
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map(WhiteSpace.collapsed).filter { !$0.isEmpty }
            guard parts.count > 1 else { continue }
            if let siteName, let other = parts.filter({ !isSiteName($0, siteName) }).max(by: { $0.count < $1.count }),
               parts.contains(where: { isSiteName($0, siteName) }) {
                return other
            }
            // A page label and a site name hold no headline: «جريدة الفنار - نسخة للطباعة».
            if parts.count == 2, parts.contains(where: isPageLabel) { return "" }
            // Without a known site name, the site's part is the short one at either end.
            let first = parts[0]
            let last = parts[parts.count - 1]
            if last.count * 2 < first.count { return parts.dropLast().joined(separator: separator) }
            if first.count * 2 < last.count { return parts.dropFirst().joined(separator: separator) }
        }
        return title
    }

    /// The site's name in a page title, where the page names no site otherwise: the short part at
    /// either end of the title («شط العرب اليوم :: …»), or a part that opens with a media word
    /// («جريدة الفنار - نسخة للطباعة»); never a page label.
    static func siteName(in title: String) -> String? {
        let title = WhiteSpace.collapsed(title)
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map(WhiteSpace.collapsed).filter { !$0.isEmpty && !isPageLabel($0) }
            if let named = parts.first(where: { part in mediaWords.contains { part.hasPrefix($0 + " ") } }) { return named }
            guard parts.count > 1 else { continue }
            let first = parts[0]
            let last = parts[parts.count - 1]
            if last.count * 2 < first.count, last.split(separator: " ").count <= 4 { return last }
            if first.count * 2 < last.count, first.split(separator: " ").count <= 4 { return first }
        }
        return nil
    }

    /// Words that open an outlet's name.
    private static let mediaWords = ["جريدة", "صحيفة", "موقع", "شبكة", "قناة", "وكالة", "مجلة", "بوابة", "إذاعة", "تلفزيون"]

    /// Whether a title part names a kind of page rather than an article or a site.
    private static func isPageLabel(_ part: String) -> Bool {
        ["نسخة للطباعة", "نسخة الطباعة", "نسخة قابلة للطباعة", "طباعة", "طباعة الخبر", "الصفحة الرئيسية", "print", "print version"]
            .contains(part.lowercased())
    }

    private static func isSiteName(_ part: String, _ siteName: String) -> Bool {
        let a = part.lowercased()
        let b = siteName.lowercased()
        return a == b || a.contains(b) || b.contains(a)
    }
}
