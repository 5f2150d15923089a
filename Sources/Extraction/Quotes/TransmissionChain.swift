import ArabicText

/// Finds the outlets a statement passed through (its *isnad*) in the sentence that reports it:
/// «بحسب X»، «نقلت X عن»، «في تصريح لـX»، «لوكالة X»، «ورد لموقع X»، «في مقابلة مع X»، «عبر حسابه على تويتر».
enum TransmissionChain {
    /// The outlets named in `sentence` (token indexes), nearest to the speaker first.
    static func outlets(in sentence: Range<Int>, of text: AnnotatedText) -> [String] {
        var outlets: [String] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let key = text.tokens[index].key
            var name: String?
            if introducers.contains(key) {
                name = outletName(after: index + 1, in: sentence, of: text)
                // «بحسب ما نقلته صحيفة X»، «وفق ما أوردته قناة X»: the outlet after the verb.
                if name == nil, index + 2 < sentence.upperBound, text.tokens[index + 1].key.sameBytes("ما") {
                    name = outletName(after: index + 3, in: sentence, of: text)
                }
            } else if carriedForms.contains(key) {
                // «نقلت X عن Y»: X carried it.
                name = outletName(after: index + 1, in: sentence, of: text)
            } else if let stripped = mediaHeadWithPreposition(key) {
                // «لوكالة X»، «لموقع X»، «للوكالة العراقية»: the head is glued to ل.
                name = outletName(startingWith: stripped, after: index + 1, in: sentence, of: text)
            } else if platformKeys.contains(key), let cue = cueBeforePlatform(at: index, in: sentence, of: text),
                      isPlatformCue(text.tokens[cue].key) {
                name = text.tokens[index].surface
            } else if key.sameBytes("ل") || key.sameBytes("لـ"), let quoted = text.quotedWords(at: index + 1, before: sentence.upperBound) {
                // «لـ«الأخبار»»: the outlet a statement was given to, in quotation marks.
                name = text.text(ofTokens: quoted)
            }
            if let name, !name.isEmpty, !outlets.contains(name) { outlets.append(name) }
            index += 1
        }
        return outlets
    }

    /// Words after which an outlet is named.
    private static let introducers: WordIndex = ["بحسب", "وبحسب", "حسب", "وحسب", "نقلا", "وفقا", "وفق", "طبقا", "مع", "لصالح"]

    /// «نقل» and the forms of it that open «نقلت X عن»; the forms with a pronoun follow «ما».
    private static let carriedForms: WordIndex = ["نقلت", "ونقلت", "نقل", "ونقل", "نقلته", "نقلتها", "ونقلته"]

    /// The word before a platform's name, past an opening quotation mark («منصة «إكس»»).
    private static func cueBeforePlatform(at index: Int, in sentence: Range<Int>, of text: AnnotatedText) -> Int? {
        var cue = index - 1
        if cue > sentence.lowerBound, text.tokens[cue].isOpeningQuote { cue -= 1 }
        return cue >= sentence.lowerBound ? cue : nil
    }

    /// Whether a word before a platform's name says the statement was posted there (على، عبر،
    /// حسابه، بمنصة).
    private static func isPlatformCue(_ key: String) -> Bool {
        ["علي", "عبر"].contains(where: key.sameBytes) || key.startsWithBytes("حساب") || key.endsWithBytes("منصه")
    }

    /// Heads of outlet names.
    private static let mediaHeads: WordIndex = [
        "وكاله", "موقع", "صحيفه", "قناه", "تلفزيون", "اذاعه", "راديو", "شبكه", "مجله", "منصه", "الوكاله", "الموقع",
        "الصحيفه", "القناه", "التلفزيون", "الاذاعه", "شبكه", "جريده", "الجريده",
    ]

    /// Social platforms a statement was posted on.
    private static let platformKeys: WordIndex = ["تويتر", "اكس", "فيسبوك", "انستغرام", "تلغرام", "تيليغرام", "x", "twitter", "facebook", "telegram"]

    /// The media head inside a word glued to ل (لوكالة → وكالة، للوكالة → الوكالة), if any.
    private static func mediaHeadWithPreposition(_ key: String) -> String? {
        guard key.startsWithBytes("ل") else { return nil }
        let rest = key.droppingScalars()
        if mediaHeads.contains(rest) { return rest }
        if rest.startsWithBytes("ل"), mediaHeads.contains("ال" + rest.droppingScalars()) { return "ال" + rest.droppingScalars() }
        return nil
    }

    /// An outlet name starting at `start`: a media head and its name, a Latin name, or a known agency.
    private static func outletName(after start: Int, in sentence: Range<Int>, of text: AnnotatedText) -> String? {
        guard start < sentence.upperBound else { return nil }
        var index = start
        // «لـ» written apart, and the preposition of «وفقا لـ»: skip them.
        if text.tokens[index].key.sameBytes("ل") || text.tokens[index].key.sameBytes("لـ") { index += 1 }
        guard index < sentence.upperBound else { return nil }
        let key = text.tokens[index].key
        if let head = mediaHeadWithPreposition(key) {
            return outletName(startingWith: head, after: index + 1, in: sentence, of: text)
        }
        if mediaHeads.contains(key) { return outletName(startingWith: key, after: index + 1, in: sentence, of: text, surface: index) }
        if text.tokens[index].kind == .latin { return latinRun(from: index, in: sentence, of: text) }
        return nil
    }

    /// The name that follows a media head: Latin words, or definite words and a parenthesized abbreviation.
    private static func outletName(
        startingWith head: String, after start: Int, in sentence: Range<Int>, of text: AnnotatedText, surface: Int? = nil
    ) -> String? {
        var end = start
        if let quoted = text.quotedWords(at: start, before: sentence.upperBound) {
            // «لقناة «ليبيا الأحرار»»: the name in quotation marks.
            return text.text(ofTokens: quoted)
        }
        if end < sentence.upperBound, text.tokens[end].kind == .latin {
            end = latinRunEnd(from: end, in: sentence, of: text)
        } else {
            while end < sentence.upperBound, end - start < 4, text.tokens[end].isWord, text.tokens[end].key.startsWithBytes("ال"),
                  !SpeakerResolver.subjectless.contains(text.tokens[end].key) {
                end += 1
            }
            // «وكالة السودان للأنباء»، «وكالة المغرب العربي للأنباء»: the agency's complement.
            if end > start, end < sentence.upperBound, text.tokens[end].key.sameBytes("للانباء") { end += 1 }
        }
        let first = surface ?? start - 1
        guard end > start || surface != nil else { return nil }
        let name = text.text(ofTokens: first..<end)
        // A head glued to ل keeps its ل in the text: take it off the name.
        if surface == nil, let scalar = name.unicodeScalars.first, scalar == "ل" {
            return String(String.UnicodeScalarView(name.unicodeScalars.dropFirst()))
        }
        return name
    }

    private static func latinRun(from start: Int, in sentence: Range<Int>, of text: AnnotatedText) -> String {
        text.text(ofTokens: start..<latinRunEnd(from: start, in: sentence, of: text))
    }

    private static func latinRunEnd(from start: Int, in sentence: Range<Int>, of text: AnnotatedText) -> Int {
        var end = start
        while end < sentence.upperBound, end - start < 4, text.tokens[end].kind == .latin { end += 1 }
        return end
    }
}
