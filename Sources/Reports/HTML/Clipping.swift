/// Shortening of untrusted text for labels.
enum Clipping {
    /// `text` on one line (line breaks and runs of white space made one space), at most `limit`
    /// words, with `…` where words were cut.
    static func words(_ text: String, limit: Int) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        let kept = words.prefix(limit).joined(separator: " ")
        return words.count > limit ? kept + " …" : kept
    }

    /// `text` on one line, at most `limit` Unicode scalars, with `…` where it was cut.
    static func scalars(_ text: String, limit: Int) -> String {
        let line = words(text, limit: Int.max)
        let scalars = line.unicodeScalars
        guard scalars.count > limit else { return line }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars.prefix(limit - 1))
        return String(result) + "…"
    }
}
