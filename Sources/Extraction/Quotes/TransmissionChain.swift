import ArabicText

/// Finds the outlets a statement passed through (its *isnad*) in the sentence that reports it:
/// «بحسب X»، «نقلت X عن»، «في تصريح لـX»، «لوكالة X»، «ورد لموقع X»، «في مقابلة مع X»، «عبر حسابه على تويتر».
enum TransmissionChain {
    /// An outlet or platform named in a chain: its name (without the preposition glued to it) and
    /// the tokens that name it.
    struct Link: Equatable {
        var name: String
        var tokens: Range<Int>
        /// Scalars of the preposition glued to its first word (لقناة، للإذاعة، لرويترز).
        var procliticLength = 0
        /// Whether it is a social platform a statement was posted on (تويتر، فيسبوك), not an outlet.
        var isPlatform = false
    }

    /// The outlets named in `sentence` (token indexes), nearest to the speaker first.
    static func outlets(in sentence: Range<Int>, of text: AnnotatedText) -> [String] {
        links(in: sentence, of: text).map(\.name)
    }

    /// The outlets and platforms named in `sentence` (token indexes), nearest to the speaker first,
    /// each once.
    static func links(in sentence: Range<Int>, of text: AnnotatedText) -> [Link] {
        var outlets: [Link] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let key = text.tokens[index].key
            var name: Link?
            let kind = chainWord(key)
            if kind == .introducer, !conversational.contains(key) || followsAConversation(index, in: sentence, of: text) {
                name = outletName(after: index + 1, in: sentence, of: text)
                // «بحسب ما نقلته صحيفة X»، «وفق ما أوردته قناة X»: the outlet after the verb.
                if name == nil, index + 2 < sentence.upperBound, text.tokens[index + 1].key.sameBytes("ما") {
                    // «بحسب ما نقلت عنه صحيفة X»: past the pronoun of the speaker.
                    let after = index + 3 < sentence.upperBound && carriedFrom.contains(text.tokens[index + 3].key) ? index + 4 : index + 3
                    name = outletName(after: after, in: sentence, of: text)
                }
            } else if kind == .mergedAccordance {
                // «حسبما أوردت قناة X»: the outlet after the verb.
                name = outletName(after: index + 2, in: sentence, of: text)
            } else if kind == .carried {
                // «نقلت X عن Y»: X carried it.
                name = outletName(after: index + 1, in: sentence, of: text)
            } else if let stripped = mediaHeadWithPreposition(key) {
                // «لوكالة X»، «لموقع X»، «للوكالة العراقية»: the head is glued to ل.
                name = outletName(startingWith: stripped, after: index + 1, in: sentence, of: text)
            } else if kind == .platform, let cue = cueBeforePlatform(at: index, in: sentence, of: text),
                      isPlatformCue(text.tokens[cue].key) {
                name = Link(name: text.tokens[index].surface, tokens: index..<(index + 1), isPlatform: true)
            } else if key.startsWithBytes("ل"), text.tokens[index].mayOpenEntity, let known = knownOutlet(gluedAt: index, in: sentence, of: text) {
                // «لرويترز»، «لفرانس برس»، «للجزيرة»: a known outlet glued to ل.
                name = known
            } else if key.sameBytes("ل") || key.sameBytes("لـ"), let quoted = text.quotedWords(at: index + 1, before: sentence.upperBound) {
                // «لـ«الأخبار»»: the outlet a statement was given to, in quotation marks.
                name = Link(name: text.text(ofTokens: quoted), tokens: quoted)
            } else if key.sameBytes("ل") || key.sameBytes("لـ"), isOutletGivenTo(at: index, in: text) {
                // «لـ السومرية نيوز»، «لـ وكالة الأنباء …»: «لـ» written apart from the outlet.
                name = outletName(after: index + 1, in: sentence, of: text)
            }
            if name == nil, key.sameBytes("عن"), let source = outletName(after: index + 1, in: sentence, of: text),
               !outlets.contains(where: { $0.name == source.name }) {
                // «نقلت رويترز عن وكالة الأنباء السعودية عن مصدر …»: the outlet a carrier quoted is
                // nearer to the speaker than the carrier.
                outlets.insert(source, at: 0)
            }
            if let name, !name.name.isEmpty, !outlets.contains(where: { $0.name == name.name }) { outlets.append(name) }
            index += 1
        }
        return outlets
    }

    /// Whether the reporting verb at `index` only says how an outlet carried the statement: a verb of
    /// carrying after «ما» and a word of accordance («وفق ما نقلت وكالة …»، «بحسب ما ذكرت صحيفة …»،
    /// «حسبما أوردت …»، «وفقا لما كشفته …»). Its subject is the outlet, not the speaker.
    static func isCarryingVerb(at index: Int, in text: AnnotatedText) -> Bool {
        guard index > 0, let form = text.tokens[index].reportingForm, carryingLemmas.contains(form.lemma) else {
            return false
        }
        let before = text.tokens[index - 1].key
        if mergedAccordance.contains(before) { return true }
        guard before.sameBytes("ما") || before.sameBytes("لما"), index > 1 else { return false }
        return introducers.contains(text.tokens[index - 2].key)
    }

    /// What a word does in a chain: it introduces an outlet (بحسب), is accordance and «ما» in one
    /// word (حسبما), carries a statement (نقلت), or names a platform (تويتر).
    private enum ChainWord { case introducer, mergedAccordance, carried, platform }

    /// The words of ``ChainWord`` in one index, so that a sentence's words are looked up once each.
    private static let chainWords: (index: WordIndex, kinds: [ChainWord]) = {
        var index = WordIndex()
        var kinds: [ChainWord] = []
        for (words, kind) in [(introducers, ChainWord.introducer), (mergedAccordance, .mergedAccordance), (carriedForms, .carried), (platformKeys, .platform)] {
            for number in 0..<words.count where index.insert(words.word(number)) == kinds.count { kinds.append(kind) }
        }
        return (index, kinds)
    }()

    private static func chainWord(_ key: String) -> ChainWord? {
        chainWords.index.number(of: key).map { chainWords.kinds[$0] }
    }

    /// The lemmas (matching form) of the reporting verbs that an outlet carries a statement with.
    private static let carryingLemmas: WordIndex = ["نقل", "ذكر", "اوردت", "افاد", "كشف"]

    /// Accordance and «ما» written as one word.
    private static let mergedAccordance: WordIndex = ["حسبما", "بحسبما", "وحسبما", "وفقما"]

    /// Whether the word `key` introduces the outlet that carried a statement (بحسب، وفق، نقلا عن).
    static func introducesAnOutlet(_ key: String) -> Bool {
        introducers.contains(key)
    }

    /// Words after which an outlet is named.
    private static let introducers: WordIndex = ["بحسب", "وبحسب", "حسب", "وحسب", "نقلا", "وفقا", "وفق", "طبقا", "مع", "لصالح"]

    /// Introducers that name an outlet only after a word of conversation: «في مقابلة مع X»، «في
    /// حديث لصالح X», not «جولتان مع "ترامب"».
    private static let conversational: WordIndex = ["مع", "لصالح"]

    /// Words of conversation with an outlet (matching form).
    private static let conversations = WordIndex(
        ["مقابلة", "مقابلات", "حوار", "حديث", "اتصال", "لقاء", "تصريح", "تصريحات", "دردشة", "مداخلة", "حديثه", "حديثها", "لقائه", "لقائها",
         "مقابلته", "مقابلتها", "اتصالا", "هاتفي", "هاتفية", "متلفز", "متلفزة", "صحفي", "صحفية", "خاص", "خاصة", "مطولة", "مطول"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether a word of conversation comes at most three words before `index` («في مقابلة صحفية
    /// خاصة مع»، «بمداخلة هاتفية مع»).
    private static func followsAConversation(_ index: Int, in sentence: Range<Int>, of text: AnnotatedText) -> Bool {
        (max(sentence.lowerBound, index - 3)..<index).contains { position in
            let key = text.tokens[position].key
            return conversations.contains(key) || (key.startsWithBytes("ب") || key.startsWithBytes("و")) && conversations.contains(key.droppingScalars())
        }
    }

    /// «عنه»، «عنها»: the speaker an outlet carried a statement from, as a pronoun.
    private static let carriedFrom: WordIndex = ["عنه", "عنها", "عنهم"]

    /// «نقل» and the forms of it that open «نقلت X عن» (the forms with a pronoun follow «ما»), and
    /// «تلقى», which opens «في بيان تلقته وكالة X».
    private static let carriedForms: WordIndex = [
        "نقلت", "ونقلت", "نقل", "ونقل", "نقلته", "نقلتها", "ونقلته", "تلقته", "تلقتها", "تلقت", "وتلقت", "تلقاه", "تلقاها",
    ]

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

    /// Whether `key` (matching form) is the head of an outlet's name, glued to ل or not (صحيفة، لوكالة).
    static func isMediaHead(_ key: String) -> Bool {
        mediaHeads.contains(key) || mediaHeadWithPreposition(key) != nil
    }

    /// Heads of outlet names.
    private static let mediaHeads: WordIndex = [
        "وكاله", "موقع", "صحيفه", "قناه", "تلفزيون", "اذاعه", "راديو", "شبكه", "مجله", "منصه", "الوكاله", "الموقع",
        "الصحيفه", "القناه", "التلفزيون", "الاذاعه", "شبكه", "جريده", "الجريده", "يوميه", "اليوميه", "اسبوعيه", "الاسبوعيه",
        "تلفزه", "التلفزه", "فضائيه", "الفضائيه", "بوابه",
    ]

    /// Social platforms a statement was posted on.
    private static let platformKeys: WordIndex = ["تويتر", "اكس", "فيسبوك", "انستغرام", "تلغرام", "تيليغرام", "x", "twitter", "facebook", "telegram"]

    /// Whether the quotation marks opening at token `opening` hold an outlet's name where a chain
    /// names one: after «نقلت»، «بحسب»، «لـ», or before «عن» («نقلت "رويترز" عن مسؤول»).
    static func quotesAnOutlet(at opening: Int, in text: AnnotatedText) -> Bool {
        let limit = text.tokens.count
        guard let name = text.quotedWords(at: opening, before: limit) else { return false }
        let after = name.upperBound + 1
        if after < limit, text.tokens[after].key.sameBytes("عن") { return true }
        guard opening > 0 else { return false }
        let before = text.tokens[opening - 1].key
        // «الشارقة: «الخليج»»، «عمان - "الغد"»: the credit of a date line, the first words of the text.
        if opening <= 4, text.paragraphOfToken[opening] == 0, text.tokens[opening - 1].isPunctuation(":") || before.sameBytes("-") || before.sameBytes("–") {
            return true
        }
        return carriedForms.contains(before) || introducers.contains(before) || before.sameBytes("ل") || before.sameBytes("لـ")
    }

    /// Whether a word is a media head or a known outlet glued to ل (لوكالة، للموقع، لرويترز), or «لـ»
    /// written apart before one («لـ السومرية نيوز»): the outlet a statement was given to, which ends
    /// the speaker's description.
    static func isOutletGivenTo(at index: Int, in text: AnnotatedText) -> Bool {
        let key = text.tokens[index].key
        guard key.startsWithBytes("ل") else { return false }
        if key.sameBytes("ل") || key.sameBytes("لـ") {
            guard index + 1 < text.tokens.count else { return false }
            return mediaHeads.contains(text.tokens[index + 1].key)
                || Gazetteer.match(in: text.words, at: index + 1).map { $0.entry.isMedia && $0.procliticLength == 0 } == true
        }
        return mediaHeadWithPreposition(key) != nil || knownOutlet(gluedAt: index, in: index..<text.tokens.count, of: text) != nil
    }

    /// The name, without ل, of a known outlet glued to ل at token `index`.
    private static func knownOutlet(gluedAt index: Int, in sentence: Range<Int>, of text: AnnotatedText) -> Link? {
        guard let match = Gazetteer.match(in: text.words, at: index), match.entry.isMedia, match.procliticLength > 0,
              index + match.wordCount <= sentence.upperBound
        else { return nil }
        let tokens = index..<(index + match.wordCount)
        return Link(
            name: text.text(ofTokens: tokens).droppingProclitics(match.procliticLength), tokens: tokens, procliticLength: match.procliticLength)
    }

    /// The media head inside a word glued to ل (لوكالة → وكالة، للوكالة → الوكالة), if any.
    /// Looked up on the word's bytes, so that the words of a sentence that open with ل cost no string.
    private static func mediaHeadWithPreposition(_ key: String) -> String? {
        guard key.startsWithBytes("ل") else { return nil }
        var key = key
        return key.withUTF8 { bytes -> String? in
            // ل is two bytes in UTF-8.
            let rest = UnsafeBufferPointer(rebasing: bytes[2...])
            if mediaHeads.contains(utf8: rest) { return String(decoding: rest, as: UTF8.self) }
            guard rest.count > 2, rest[0] == 0xD9, rest[1] == 0x84 else { return nil }
            let afterArticle = UnsafeBufferPointer(rebasing: rest[2...])
            guard mediaHeads.number(of: afterArticle, after: article) != nil else { return nil }
            return "ال" + String(decoding: afterArticle, as: UTF8.self)
        }
    }

    /// The article's bytes, which «لل» writes without its alef.
    private static let article = Array("ال".utf8)

    /// An outlet name starting at `start`: a media head and its name, a Latin name, or a known agency.
    private static func outletName(after start: Int, in sentence: Range<Int>, of text: AnnotatedText) -> Link? {
        guard start < sentence.upperBound else { return nil }
        var index = start
        // «لـ» written apart, and the preposition of «وفقا لـ»: skip them.
        if text.tokens[index].key.sameBytes("ل") || text.tokens[index].key.sameBytes("لـ") { index += 1 }
        guard index < sentence.upperBound else { return nil }
        // «نقلت "رويترز" عن …»: the outlet in quotation marks.
        if let quoted = text.quotedWords(at: index, before: sentence.upperBound) { return Link(name: text.text(ofTokens: quoted), tokens: quoted) }
        let key = text.tokens[index].key
        if let head = mediaHeadWithPreposition(key) {
            return outletName(startingWith: head, after: index + 1, in: sentence, of: text)
        }
        if mediaHeads.contains(key) { return outletName(startingWith: key, after: index + 1, in: sentence, of: text, surface: index) }
        if text.tokens[index].kind == .latin {
            let tokens = index..<latinRunEnd(from: index, in: sentence, of: text)
            return Link(name: text.text(ofTokens: tokens), tokens: tokens)
        }
        // «حسب لاماب»، «بحسب رويترز»: an outlet the gazetteer knows, without its media head.
        if let match = Gazetteer.match(in: text.words, at: index), match.procliticLength == 0,
           match.entry.isMedia || match.alternatives.contains(where: \.isMedia), index + match.wordCount <= sentence.upperBound {
            let tokens = index..<(index + match.wordCount)
            return Link(name: text.text(ofTokens: tokens), tokens: tokens)
        }
        return nil
    }

    /// The name that follows a media head: Latin words, or definite words and a parenthesized abbreviation.
    private static func outletName(
        startingWith head: String, after start: Int, in sentence: Range<Int>, of text: AnnotatedText, surface: Int? = nil
    ) -> Link? {
        var end = start
        if let quoted = text.quotedWords(at: start, before: sentence.upperBound) {
            // «لقناة «ليبيا الأحرار»»: the name in quotation marks.
            return Link(name: text.text(ofTokens: quoted), tokens: quoted)
        }
        if end < sentence.upperBound, text.tokens[end].kind == .latin {
            end = latinRunEnd(from: end, in: sentence, of: text)
        } else {
            // The name's words, with the article or without (وكالة الأنباء الأردنية، وكالة رويترز،
            // قناة سكاي نيوز عربية، إذاعة مونت كارلو الدولية), up to a function, time or reporting
            // word (عن، إن، أمس، قوله).
            // «إذاعة أم درمان»: «أم» and «أبو» open a place's name there, not a question.
            while end < sentence.upperBound, end - start < 4,
                  isNameWord(text.tokens[end])
                    || EntityRecognizer.opensAToponym(text.tokens[end].key) && end + 1 < sentence.upperBound && isNameWord(text.tokens[end + 1]) {
                end += 1
            }
            // «وكالة السودان للأنباء»، «الوكالة الوطنية للإعلام»، «الموقع الرسمي للاتحاد»: the
            // outlet's complement, its trade or its owner.
            if end > start, end < sentence.upperBound, text.tokens[end].isWord, text.tokens[end].key.startsWithBytes("لل"),
               !NameWords.isStopword(text.tokens[end].key) {
                end += 1
            }
        }
        let first = surface ?? start - 1
        guard end > start || surface != nil else { return nil }
        let name = text.text(ofTokens: first..<end)
        // A head glued to ل keeps its ل in the text: take it off the name, and give back the
        // article's alef that «لل» swallowed (للموقع → الموقع).
        guard surface == nil, name.startsWithBytes("ل") else { return Link(name: name, tokens: first..<end) }
        return Link(name: name.droppingProclitics(1), tokens: first..<end, procliticLength: 1)
    }

    /// Whether a word may be part of an outlet's name after its media head: an Arabic word that is
    /// no function, time or reporting word, no subjectless pronoun word, and carries no preposition
    /// before the article (للحكومة، بالعاصمة).
    private static func isNameWord(_ token: WordToken) -> Bool {
        let key = token.key
        guard token.isWord, !NameWords.isStopword(key), !SpeakerResolver.subjectless.contains(key) else { return false }
        return !["لل", "بال", "وال", "فال", "كال"].contains(where: key.startsWithBytes)
    }

    private static func latinRunEnd(from start: Int, in sentence: Range<Int>, of text: AnnotatedText) -> Int {
        var end = start
        while end < sentence.upperBound, end - start < 4, text.tokens[end].kind == .latin { end += 1 }
        return end
    }
}
