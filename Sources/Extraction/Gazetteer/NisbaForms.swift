/// The inflected forms of a nisba adjective (العراقي "Iraqi"), generated from its masculine singular.
///
/// A nisba ends in ي and inflects regularly: feminine ـية، sound plurals ـيون/ـيين and ـيات, duals
/// ـيان، ـيتان/ـيتين, each with and without the article. A nisba of two words (كوري جنوبي) inflects
/// both words alike: الكورية الجنوبية، الكوريين الجنوبيين.
enum NisbaForms {
    /// The endings added to the masculine singular.
    private static let endings = ["", "ة", "ين", "ون", "ات", "ان", "تان", "تين"]

    /// Every form of `masculine`, masculine singular first, each with and without the article.
    /// - Returns: The forms, or an empty array when a word of `masculine` does not end in ي.
    /// - Complexity: O(n) in the length of `masculine`.
    static func forms(of masculine: String) -> [String] {
        let words = masculine.split(separator: " ")
        guard !words.isEmpty, words.allSatisfy({ $0.unicodeScalars.last == "\u{064A}" }) else { return [] }
        var forms: [String] = []
        forms.reserveCapacity(endings.count * 2)
        for ending in endings {
            let inflected = words.map { $0 + ending }
            forms.append(inflected.joined(separator: " "))
            forms.append(inflected.map { "ال" + $0 }.joined(separator: " "))
        }
        return forms
    }

    /// The number of forms at the start of ``forms(of:)`` that are masculine singular (with and
    /// without the article): the forms a given name or a surname may share (تركي، التركي).
    static let masculineSingularCount = 2
}
