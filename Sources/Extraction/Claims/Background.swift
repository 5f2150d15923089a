import ArabicText

/// The background a news article recalls: what was so before its news, told in the pluperfect
/// («وكان المصرف قد أصدر قبل أيام قرارا …»). Claims set no predicate of it against another's, and a
/// story does not group articles by its words.
public enum Background {
    /// Whether `paragraph` opens with the pluperfect: a form of كان and, within its first words, قد.
    public static func opens(_ paragraph: Substring) -> Bool {
        // Most paragraphs open with no form of كان: one look at the first letters settles them.
        let opening = paragraph.utf8.prefix(4)
        guard opening.starts(with: "ك".utf8) || opening.starts(with: "وك".utf8) else { return false }
        let words = paragraph.split(separator: " ", maxSplits: 6).prefix(6).map { ArabicNormalizer.matching.normalizedString(String($0)) }
        guard let first = words.first, ClaimMarkers.pluperfectOpeners.contains(first) else { return false }
        return words.dropFirst().contains("قد")
    }
}
