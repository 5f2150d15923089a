/// White-space helpers shared by the formats.
enum WhiteSpace {
    /// The text with every run of white space (including U+00A0 and the Unicode spaces) folded to one
    /// space and none at either end.
    static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value == 0xA0 {
                pending = !result.isEmpty
                continue
            }
            if pending { result.append(" ") }
            pending = false
            result.append(scalar)
        }
        return String(result)
    }
}
