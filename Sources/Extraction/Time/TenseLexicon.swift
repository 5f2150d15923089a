import ArabicText

/// Verbs and particles that tell whether a clause reports the past or announces the future, keyed
/// by matching-normalized UTF-8 bytes.
///
/// The lists are common verbs of news reporting, not a morphological analyser: a clause whose verb
/// is not listed has ``Tense/unknown`` tense, and the resolver then falls back to its defaults.
enum TenseLexicon {
    /// Every form with its tense.
    static let table: ByteKeyTable<Tense> = build()

    private static func build() -> ByteKeyTable<Tense> {
        var table = ByteKeyTable<Tense>(capacity: 4096)
        func add(_ form: String, _ tense: Tense) {
            table.insert(tense, for: form)
        }
        // A form that is a perfect of one verb and an imperfect of another tells no tense: «توقّع»
        // (expected) and «توقِّع» (she signs), «تقدّم» and «تقدِّم».
        var verbs: [String: Tense] = [:]
        var ambiguous: Set<String> = []
        for (source, tense, forms) in [(pastSource, Tense.past, pastForms), (scheduledSource, .future, scheduledForms)] {
            for verb in words(source) {
                for form in forms(verb) {
                    let key = normalized(form)
                    if let known = verbs.updateValue(tense, forKey: key), known != tense { ambiguous.insert(key) }
                }
            }
        }
        for (form, tense) in verbs where !ambiguous.contains(form) { add(form, tense) }
        for word in words(futureMarkers) { add(normalized(word), .future) }
        for word in words(pastMarkers) { add(normalized(word), .past) }
        return table
    }

    private static func words(_ source: String) -> [String] {
        source.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    private static func normalized(_ word: String) -> String {
        ArabicNormalizer.matching.normalizedString(word)
    }

    /// The perfect forms of a verb given in the third person masculine singular, in ordinary
    /// spelling.
    static func pastForms(of verb: String) -> [String] {
        var forms = [verb]
        if verb.hasSuffix("نا") { return forms }  // already first person plural (أنهينا)
        if let last = verb.last, last == "ى" || last == "ا" {
            let stem = String(verb.dropLast())
            forms += [stem + "ت", stem + "وا", stem + "يا", stem + "تا"]
        } else {
            forms += [verb + "ت", verb + "وا", verb + "ا", verb + "تا", verb + "نا"]
        }
        return forms
    }

    /// The imperfect and future forms of a verb given in the third person masculine singular, in
    /// ordinary spelling.
    static func scheduledForms(of verb: String) -> [String] {
        guard verb.hasPrefix("ي") else { return [verb] }
        let stem = String(verb.dropFirst())
        var forms: [String] = []
        for person in ["ي", "ت", "ن"] {
            forms.append(person + stem)
            forms.append("س" + person + stem)
        }
        let plural = (verb.hasSuffix("ي") ? String(stem.dropLast()) : stem) + "ون"
        forms += ["ي" + plural, "سي" + plural]
        return forms
    }
}
