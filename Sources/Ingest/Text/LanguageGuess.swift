/// Tells the language of an article's text from its letters: Arabic, Persian or Urdu by the
/// letters only they use, English or French by their function words, otherwise by script.
enum LanguageGuess {
    /// A BCP 47 code (`ar`, `fa`, `ur`, `en`, `fr`), `und` where the text has too few letters to tell.
    static func language(of text: String) -> String {
        var arabicLetters = 0
        var persianLetters = 0
        var urduLetters = 0
        var latinLetters = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06CC, 0x06A9:
                // پ چ ژ گ ی ک: Persian (and Urdu) letters; Arabic text borrows them only now and then.
                persianLetters += 1
                arabicLetters += 1
            case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06BE, 0x06C1, 0x06D2:
                urduLetters += 1
                arabicLetters += 1
            case 0x0621...0x064A, 0x0671...0x06D3: arabicLetters += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latinLetters += 1
            default: break
            }
        }
        let letters = arabicLetters + latinLetters
        guard letters >= 20 else { return "und" }
        if arabicLetters * 2 >= letters {
            if urduLetters * 50 > arabicLetters { return "ur" }
            return persianLetters * 25 > arabicLetters ? "fa" : "ar"
        }
        return latinLanguage(of: text)
    }

    private static func latinLanguage(of text: String) -> String {
        var english = 0
        var french = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if englishWords.contains(String(word)) { english += 1 }
            if frenchWords.contains(String(word)) { french += 1 }
        }
        if english == 0, french == 0 { return "und" }
        return english >= french ? "en" : "fr"
    }

    private static let englishWords: Set<String> = ["the", "and", "of", "to", "in", "is", "that", "was", "for", "on", "with", "said"]
    private static let frenchWords: Set<String> = ["le", "la", "les", "des", "et", "est", "du", "une", "dans", "pour", "que", "a"]
}
