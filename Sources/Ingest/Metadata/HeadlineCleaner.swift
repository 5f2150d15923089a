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
            // Without a known site name, the site's part is the short one at either end.
            let first = parts[0]
            let last = parts[parts.count - 1]
            if last.count * 2 < first.count { return parts.dropLast().joined(separator: separator) }
            if first.count * 2 < last.count { return parts.dropFirst().joined(separator: separator) }
        }
        return title
    }

    private static func isSiteName(_ part: String, _ siteName: String) -> Bool {
        let a = part.lowercased()
        let b = siteName.lowercased()
        return a == b || a.contains(b) || b.contains(a)
    }
}
