/// Numbers inside short texts, read without building strings: clock times and years.
enum DigitRuns {
    /// Whether the text has `h:mm` or `hh:mm`, in any digit script.
    static func containsClockTime(_ text: String) -> Bool {
        var digitsBefore = 0
        var afterColon = -1
        for scalar in text.unicodeScalars {
            let isDigit = scalar.properties.numericType == .decimal
            if afterColon >= 0 {
                if isDigit {
                    afterColon += 1
                    if afterColon == 2 { return true }
                    continue
                }
                afterColon = -1
            }
            if scalar == ":", digitsBefore > 0 {
                afterColon = 0
                digitsBefore = 0
                continue
            }
            digitsBefore = isDigit ? digitsBefore + 1 : 0
        }
        return false
    }

    /// Whether the text has a year from 1900 to 2099 standing as a number of its own.
    static func containsYear(_ text: String) -> Bool {
        var value = 0
        var length = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
                value = value * 10 + Int(digit)
                length += 1
                continue
            }
            if length == 4, (1900...2099).contains(value) { return true }
            value = 0
            length = 0
        }
        return length == 4 && (1900...2099).contains(value)
    }
}
