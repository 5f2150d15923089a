/// Links to a post's pictures that embedded posts leave in the text («… pic.twitter.com/Qx7TrtL5nA»,
/// «https://t.co/AbC123»): they say nothing a reader of the article reads.
enum MediaLinks {
    /// `paragraph` without its picture and short links; the paragraph as it was where it has none.
    static func removed(from paragraph: String) -> String {
        guard prefixes.contains(where: paragraph.contains) else { return paragraph }
        let words = paragraph.split(separator: " ", omittingEmptySubsequences: false)
        let kept = words.filter { word in !prefixes.contains { word.hasPrefix($0) } }
        return kept.joined(separator: " ").trimmingTrailingSpaces()
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
