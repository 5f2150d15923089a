/// Links to a post's pictures that embedded posts leave in the text («… pic.twitter.com/Qx7TrtL5nA»,
/// «https://t.co/AbC123»): they say nothing a reader of the article reads.
enum MediaLinks {
    /// `paragraph` without its picture and short links; the paragraph as it was where it has none.
    static func removed(from paragraph: String) -> String {
        // Most paragraphs have no slash at all: one byte scan decides.
        guard paragraph.utf8.contains(UInt8(ascii: "/")) else { return paragraph }
        let words = paragraph.split(separator: " ", omittingEmptySubsequences: false)
        guard words.contains(where: isMediaLink) else { return paragraph }
        let kept = words.filter { !isMediaLink($0) }
        return kept.joined(separator: " ").trimmingTrailingSpaces()
    }

    private static func isMediaLink(_ word: Substring) -> Bool {
        prefixes.contains { word.utf8.starts(with: $0.utf8) }
    }

    private static let prefixes = ["pic.twitter.com/", "https://t.co/", "http://t.co/", "t.co/"]
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
