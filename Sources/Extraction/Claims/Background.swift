import ArabicText

/// The background a news article recalls: what was so before its news, told in the pluperfect
/// («وكان المصرف قد أصدر قبل أيام قرارا …»), or set after an earlier event («ويأتي القرار بعد
/// أسبوع من قرار مماثل في …»، «وسبق أن شهدت المدينة …»). A story does not group articles by its words.
public enum Background {
    /// Whether `paragraph` opens with the pluperfect (a form of كان and, within its first words,
    /// قد), with «يأتي/تأتي» and «بعد» or «عقب» within its first words, or with «سبق أن».
    public static func opens(_ paragraph: Substring) -> Bool {
        // Most paragraphs open with none of these: one look at the first letters settles them.
        let firstLetters = paragraph.utf8.prefix(4)
        guard openingLetters.contains(where: { firstLetters.starts(with: $0) }) else { return false }
        // Words split on their bytes; only the first needs the matching level (يأتي، يأتى), the words
        // looked for after it are compared as written.
        let words = paragraph.utf8.split(separator: UInt8(ascii: " "), maxSplits: 6).prefix(6)
        guard let opening = words.first else { return false }
        let first = ArabicNormalizer.matching.normalizedString(String(decoding: opening, as: UTF8.self))
        let rest = words.dropFirst()
        let isOneOf = { (word: Substring.UTF8View.SubSequence, forms: [String]) in forms.contains { word.elementsEqual($0.utf8) } }
        if ClaimMarkers.pluperfectOpeners.contains(first) { return rest.contains { isOneOf($0, ["قد"]) } }
        if comesAfterOpeners.contains(first) { return rest.prefix(4).contains { isOneOf($0, ["بعد", "عقب"]) } }
        return precededOpeners.contains(first) && rest.first.map { isOneOf($0, ["أن", "ان"]) } == true
    }

    /// The first letters of the openers, with and without و, as bytes.
    private static let openingLetters: [[UInt8]] = ["ك", "وك", "ي", "وي", "ت", "وت", "س", "وس"].map { Array($0.utf8) }

    /// The scalar spans of the background paragraphs of `text` (paragraphs are its lines), in order.
    /// - Complexity: one pass over the UTF-8 bytes (no grapheme breaking, which costs far more on
    ///   Arabic text than the test itself).
    public static func spans(in text: String) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var scalarStart = 0
        var scalar = 0
        var index = utf8.startIndex
        while true {
            let atEnd = index == utf8.endIndex
            if atEnd || utf8[index] == UInt8(ascii: "\n") {
                if opens(text[lineStart..<index]) { spans.append(scalarStart..<scalar) }
                if atEnd { break }
                index = utf8.index(after: index)
                scalar += 1
                lineStart = index
                scalarStart = scalar
                continue
            }
            // A scalar starts at every byte that is no continuation byte (10xxxxxx).
            if utf8[index] & 0xC0 != 0x80 { scalar += 1 }
            index = utf8.index(after: index)
        }
        return spans
    }

    /// «يأتي القرار بعد …»، «وتأتي هذه الخطوة عقب …» (matching form).
    private static let comesAfterOpeners: WordIndex = ["ياتي", "وياتي", "تاتي", "وتاتي"]

    /// «وسبق أن …» (matching form).
    private static let precededOpeners: WordIndex = ["سبق", "وسبق"]
}
