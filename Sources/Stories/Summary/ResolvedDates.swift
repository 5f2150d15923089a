/// Writes into a sentence the dates its relative time expressions stand for, so that a brief read
/// days later still says when: «أعلنت الوزارة أمس» becomes «أعلنت الوزارة أمس [2026-03-11]».
///
/// An expression that already gives its year (9 ديسمبر 2021، صيف 2014) is left as it is; so is one
/// the sentence does not hold word for word.
enum ResolvedDates {
    /// `text` with each of `expressions` that stands for a date (not a duration) followed by its value
    /// in brackets, where the expression does not give the value's year.
    /// - Parameters:
    ///   - expressions: the time expressions of `text`, in text order.
    ///   - values: their TimeML values, in the same order.
    static func written(into text: String, expressions: [String], values: [String]) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var copied = 0
        for (expression, value) in zip(expressions, values) where !expression.isEmpty {
            guard let year = year(of: value), !writes(year, expression),
                  let end = end(of: Array(expression.unicodeScalars), in: scalars, from: copied)
            else { continue }
            result.append(contentsOf: scalars[copied..<end])
            result.append(contentsOf: " [\(value)]".unicodeScalars)
            copied = end
        }
        result.append(contentsOf: scalars[copied...])
        return String(result)
    }

    /// Where the first occurrence of `needle` at or after `start` in `scalars` ends.
    private static func end(of needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= scalars.count - start else { return nil }
        for at in start...(scalars.count - needle.count) where scalars[at] == needle[0] {
            if scalars[at..<(at + needle.count)].elementsEqual(needle) { return at + needle.count }
        }
        return nil
    }

    /// The year a TimeML date value starts with; `nil` for a duration or a set.
    private static func year(of value: String) -> Substring? {
        let year = value.prefix { $0.isASCII && $0.isNumber }
        return year.count == 4 ? year : nil
    }

    /// Whether `expression` writes `year`, in Western or Arabic-Indic digits.
    private static func writes(_ year: Substring, _ expression: String) -> Bool {
        var digits = ""
        for scalar in expression.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: digits.unicodeScalars.append(scalar)
            case 0x660...0x669: digits.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x660 + 0x30)!)
            case 0x6F0...0x6F9: digits.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x6F0 + 0x30)!)
            default: digits.append(" ")
            }
        }
        return digits.split(separator: " ").contains { $0 == year }
    }
}
