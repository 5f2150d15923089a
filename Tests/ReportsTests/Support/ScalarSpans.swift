/// Unicode scalar spans of test texts, found by searching scalars (never `Character`s or UTF-16).
enum ScalarSpans {
    /// The scalar span of the `occurrence`-th appearance of `needle` in `text` (0 is the first).
    static func of(_ needle: String, in text: String, occurrence: Int = 0) -> Range<Int> {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        var seen = 0
        var start = 0
        while start + pattern.count <= haystack.count {
            if haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
                if seen == occurrence { return start..<(start + pattern.count) }
                seen += 1
            }
            start += 1
        }
        fatalError("fixture error: «\(needle)» (occurrence \(occurrence)) is not in «\(text)»")
    }

    /// The scalar span of line `number` (0 is the first) of `text`.
    static func line(_ number: Int, of text: String) -> Range<Int> {
        var start = 0
        var line = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" {
            if line == number { return start..<offset }
            line += 1
            start = offset + 1
        }
        guard line == number else { fatalError("fixture error: no line \(number)") }
        return start..<text.unicodeScalars.count
    }

    /// The text at scalar span `span` of `text`.
    static func text(_ span: Range<Int>, of text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: Array(text.unicodeScalars)[span])
        return String(scalars)
    }
}
