import ArabicText

// The counts of a claim unit (see ``ClaimExtractor``).
extension ClaimExtractor {
    /// A quantity of the text as claims compare it: its value, its counted noun's stem, what
    /// happened to the people it counts, and whether it is a rising toll's new figure or a part of a
    /// group.
    static func number(_ quantity: Quantity, in text: AnnotatedText, stemmer: LightStemmer) -> ClaimNumber {
        var number = ClaimNumber(
            value: quantity.value, unit: quantity.unit.map { claimUnit($0, stemmer: stemmer) },
            isApproximate: quantity.isApproximate, outcome: CountedOutcome.of(quantityAt: quantity.span, in: text),
            isRise: RisingCount.isRise(quantityAt: quantity.span, in: text), isPart: isPartitive(quantity.span, in: text))
        number.isChange = ChangeAmount.isChange(quantityAt: quantity.span, in: text)
        number.isVague = isVague(quantity, in: text)
        number.isFormer = ChangeAmount.isFormer(quantityAt: quantity.span, in: text)
        number.isSetAside = number.isFormer && ChangeAmount.isCorrected(quantityAt: quantity.span, in: text)
        if let side = CountBound.side(ofQuantityAt: quantity.span, in: text) {
            number.isLowerBound = side == .above
            number.isUpperBound = side == .below
        }
        number.group = group(ofQuantityAt: quantity.span, unit: number.unit, in: text)
        // «البحث عن ثلاثة عمال آخرين»: others than those counted before are more of them, not all; a
        // toll's «وإصابة 23 آخرين» counts all the injured, and keeps its outcome.
        if number.outcome == nil, countsOthers(quantity.span, in: text) { number.isPart = true }
        if let first = text.token(containing: quantity.span.lowerBound), first > 0, text.tokens[first - 1].isWord,
           text.sentenceOfToken[first - 1] == text.sentenceOfToken[first] {
            number.stemBefore = text.claimFacts(ofToken: first - 1)?.stem
            number.measure = measure(before: first, in: text)
        }
        return number
    }

    /// The stems of the measure's head and of what it measures right before the count at token
    /// `first`, past the words that say the count is reached («بلغت»، «لم تتجاوز»، «نحو»); `nil` where
    /// no measure's head stands there (see ``ClaimNumber/measure``).
    static func measure(before first: Int, in text: AnnotatedText) -> String? {
        let sentence = text.sentenceOfToken[first]
        var index = first - 1
        while index >= 0, first - index <= 4, text.tokens[index].isWord, text.sentenceOfToken[index] == sentence,
              reachingWords.contains(text.tokens[index].key) {
            index -= 1
        }
        guard index >= 1, text.tokens[index].isWord, text.tokens[index - 1].isWord, text.sentenceOfToken[index - 1] == sentence,
              let head = text.claimFacts(ofToken: index - 1)?.stem, ClaimMarkers.measureHeads.contains(head),
              let thing = text.claimFacts(ofToken: index)?.stem
        else { return nil }
        return head + " " + thing
    }

    /// Words between a measure and its value that say the value is reached (matching form).
    private static let reachingWords = WordIndex(
        ["بلغ", "بلغت", "تبلغ", "يبلغ", "وصل", "وصلت", "تصل", "يصل", "تجاوز", "تجاوزت", "تتجاوز", "يتجاوز", "لم", "لا", "لن",
         "إلى", "نحو", "حوالي", "قرابة", "زهاء", "عند", "هي", "هو"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// The country of the nationality adjective right after the counted noun («ثلاثة مواطنين
    /// كويتيين») or between the noun (the stem `unit`) and a number that follows it («العمال
    /// السودانيين الستة»; not «الخطوط الجوية العمانية خمس طائرات», where it ends a name).
    static func group(ofQuantityAt span: Range<Int>, unit: String?, in text: AnnotatedText) -> String? {
        guard let tokens = text.tokens(within: span) else { return nil }
        if tokens.upperBound + 1 < text.tokens.count, let country = text.claimFacts(ofToken: tokens.upperBound + 1)?.nationality {
            return country
        }
        if let unit, tokens.lowerBound >= 2, text.claimFacts(ofToken: tokens.lowerBound - 2)?.stem == unit,
           let country = text.claimFacts(ofToken: tokens.lowerBound - 1)?.nationality {
            return country
        }
        return nil
    }

    /// Whether `quantity` is a plural of a number word alone («عشرات الهكتارات»، «مئات»).
    static func isVague(_ quantity: Quantity, in text: AnnotatedText) -> Bool {
        guard quantity.isApproximate, [10, 100, 1_000, 1e6, 1e9].contains(quantity.value),
              let first = text.token(containing: quantity.span.lowerBound)
        else { return false }
        return vaguePlurals.contains(text.tokens[first].key)
    }

    /// Plurals of number words, alone or after a preposition (matching form).
    private static let vaguePlurals = WordIndex(
        ["عشرات", "مئات", "آلاف", "ملايين", "مليارات", "بعشرات", "بمئات", "بآلاف", "لعشرات", "لمئات", "لآلاف", "وعشرات", "ومئات", "وآلاف"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// The counts of none a negated sentence states: «لم يسفر الحادث عن أي إصابات» counts 0 injured,
    /// «دون وقوع وفيات» and «دون تسجيل خسائر بشرية» 0 dead; each as a zero of its outcome.
    static func noneCounted(in tokens: Range<Int>, of text: AnnotatedText) -> [ClaimNumber] {
        var found: [ClaimNumber] = []
        for index in tokens where index + 1 < tokens.upperBound && noneWords.contains(text.tokens[index].key) {
            guard let outcome = CountedOutcome.word(text.tokens[index + 1].key) ?? humanLosses(at: index + 1, in: tokens, of: text),
                  !found.contains(where: { $0.outcome == outcome })
            else { continue }
            found.append(ClaimNumber(value: 0, unit: nil, isApproximate: false, outcome: outcome))
        }
        return found
    }

    /// Words before the outcome a negated sentence says did not happen («أي إصابات»، «وقوع وفيات»،
    /// «لم يسفر عن وفيات»).
    private static let noneWords = WordIndex(["أي", "وقوع", "سقوط", "تسجيل", "عن"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The outcome of «خسائر بشرية» or «خسائر في الأرواح» at token `index` (the word «خسائر»): the
    /// lives lost, which a toll counts as its dead.
    private static func humanLosses(at index: Int, in tokens: Range<Int>, of text: AnnotatedText) -> CountedOutcome? {
        guard index + 1 < tokens.upperBound, lossWords.contains(text.tokens[index].key) else { return nil }
        let next = text.tokens[index + 1].key
        if humanWords.contains(next) { return .killed }
        if next.sameBytes("في"), index + 2 < tokens.upperBound, livesWords.contains(text.tokens[index + 2].key) { return .killed }
        return nil
    }

    /// «خسائر» (matching form).
    private static let lossWords = WordIndex(["خسائر", "الخسائر"].map { ArabicNormalizer.matching.normalizedString($0) })
    /// «بشرية» (matching form).
    private static let humanWords = WordIndex(["بشرية", "البشرية"].map { ArabicNormalizer.matching.normalizedString($0) })
    /// «الأرواح» (matching form).
    private static let livesWords = WordIndex(["الأرواح", "أرواح"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// The single victims an asserted clause names with no number: «أسفر الحريق عن وفاة عامل»،
    /// «مقتل شخص وإصابة اثنين» count one dead, «إصابة طفل» one injured. An outcome the clause
    /// already counts with a number keeps that number.
    static func oneCounted(in tokens: Range<Int>, of text: AnnotatedText, besides counted: [ClaimNumber]) -> [ClaimNumber] {
        var found: [ClaimNumber] = []
        for index in tokens where index + 1 < tokens.upperBound && text.tokens[index].isWord && text.tokens[index + 1].isWord {
            guard let outcome = text.claimFacts(ofToken: index)?.countedOutcome,
                  singleVictims.contains(text.tokens[index + 1].key),
                  !counted.contains(where: { $0.outcome == outcome }), !found.contains(where: { $0.outcome == outcome })
            else { continue }
            // «وفاة شخص واحد» is one still; «إصابة عامل و3 آخرين» or «مقتل جندي و2 من رفاقه» count more.
            let after = index + 2
            if after < tokens.upperBound, text.tokens[after].kind == .number || text.tokens[after].key.startsWithBytes("و") && after + 1 < tokens.upperBound && text.tokens[after + 1].kind == .number {
                continue
            }
            found.append(ClaimNumber(value: 1, unit: nil, isApproximate: false, outcome: outcome))
        }
        // «راكبة مسنة أصيبت بجروح»، «أحد المتسلقين انزلق وأصيب بكسور»: the one victim before the outcome,
        // described at most in a few words, no mark between.
        for index in tokens where text.tokens[index].isWord {
            let key = text.tokens[index].key
            let opensOne = oneOfWords.contains(key)
            guard opensOne || singleVictims.contains(key) else { continue }
            // «أحد المصابين» is one of a toll another count gives, no toll of its own.
            let first = index + (opensOne ? 2 : 1)
            if opensOne, index + 1 >= tokens.upperBound || text.claimFacts(ofToken: index + 1)?.countedOutcome != nil { continue }
            for next in first..<min(first + Self.victimReach, tokens.upperBound) {
                // A mark ends the victim's description; another victim starts another.
                guard text.tokens[next].isWord, !singleVictims.contains(text.tokens[next].key) else { break }
                guard let outcome = text.claimFacts(ofToken: next)?.countedOutcome else { continue }
                if !counted.contains(where: { $0.outcome == outcome }), !found.contains(where: { $0.outcome == outcome }) {
                    found.append(ClaimNumber(value: 1, unit: nil, isApproximate: false, outcome: outcome))
                }
                break
            }
        }
        return found
    }

    /// How many words after a victim named without a number what befell them may stand: a description
    /// comes between («مقيمة عربية في الستينات من عمرها توفيت»).
    static let victimReach = 6

    /// «أحد»، «إحدى» (matching form): one of the people named next.
    private static let oneOfWords = WordIndex(["أحد", "إحدى"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// Indefinite singular nouns for a person a toll may name as its one victim (matching form).
    private static let singleVictims = WordIndex(
        ["شخص", "عامل", "طفل", "طفلة", "رجل", "امرأة", "سيدة", "شاب", "شابة", "فتاة", "فتى", "مواطن", "مواطنة", "مدني", "جندي",
         "شرطي", "عسكري", "ضابط", "موظف", "حارس", "سائق", "طالب", "طالبة", "تلميذ", "تلميذة", "مسن", "مسنة", "صياد", "مزارع",
         "فلاح", "راع", "مهاجر", "لاجئ", "مقيم", "وافد", "رضيع", "معلم", "ممرض", "ممرضة", "طبيب", "متظاهر", "مسلح", "راكب",
         "سائح", "زائر", "حاج", "نزيل", "سجين", "رضيعة", "ولد", "صبي", "عنصر", "مسعف", "إطفائي",
         "سائحة", "زائرة", "مقيمة", "لاجئة", "مهاجرة", "نزيلة", "معلمة", "طبيبة", "موظفة", "عاملة", "مزارعة", "سجينة", "راكبة", "مسافرة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Whether the count at the scalar span `span` is a part of a group: «ثلاثة من المصابين»، «12 من
    /// الجرحى» count some of them, not all.
    static func isPartitive(_ span: Range<Int>, in text: AnnotatedText) -> Bool {
        guard let tokens = text.tokens(within: span) else { return false }
        // «من» after a bound («أكثر من 40») opens the number, not a group.
        if tokens.dropFirst().contains(where: { index in
            text.tokens[index].key.sameBytes("من") && !boundWords.contains(text.tokens[index - 1].key)
        }) {
            return true
        }
        // «قتل عشرة أشخاص بينهم 4 أطفال»، «ومن بين السفن المقرر عبورها اليوم 38 سفينة»: a count among
        // a group named before it, in its clause.
        let sentence = text.sentenceOfToken[tokens.lowerBound]
        var index = tokens.lowerBound - 1
        while index >= 0, tokens.lowerBound - index <= 8, text.sentenceOfToken[index] == sentence, text.tokens[index].isWord {
            let key = text.tokens[index].key
            if amongWords.contains(key) && index == tokens.lowerBound - 1 { return true }
            if key.sameBytes("بين"), index > 0, text.tokens[index - 1].key.sameBytes("من") || text.tokens[index - 1].key.sameBytes("ومن") {
                return true
            }
            index -= 1
        }
        return false
    }

    /// Whether «آخرين» or another form of "other" follows the count at the scalar span `span`.
    static func countsOthers(_ span: Range<Int>, in text: AnnotatedText) -> Bool {
        guard let tokens = text.tokens(within: span) else { return false }
        let next = tokens.upperBound + 1
        return next < text.tokens.count && text.tokens[next].isWord && text.sentenceOfToken[next] == text.sentenceOfToken[tokens.lowerBound]
            && othersWords.contains(text.tokens[next].key)
    }

    /// «Other» after a count (matching form).
    private static let othersWords = WordIndex(["آخرين", "آخرون", "أخرى", "أخريات", "آخر", "آخران"]
        .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words right before a count that make it a part of a group named before (matching form).
    private static let amongWords = WordIndex(["بينهم", "بينهن", "بينها", "منهم", "منهن", "منها"]
        .map { ArabicNormalizer.matching.normalizedString($0) })

    /// Words of a bound that «من» follows before a number (matching form).
    private static let boundWords = WordIndex(["أكثر", "أقل", "أزيد", "أكبر", "أدنى", "أعلى"].map { ArabicNormalizer.matching.normalizedString($0) })

    /// A flag per token of `text`: whether it lies in one of the scalar `spans`.
    static func tokens(of spans: [Range<Int>], in text: AnnotatedText) -> [Bool] {
        var flags = [Bool](repeating: false, count: text.tokens.count)
        for span in spans {
            guard let tokens = text.tokens(within: span) else { continue }
            for token in tokens { flags[token] = true }
        }
        return flags
    }

    /// For each token, whether it belongs to a count or comes right before one.
    static func countWords(_ quantities: [Quantity], in text: AnnotatedText) -> [Bool] {
        var flags = [Bool](repeating: false, count: text.tokens.count)
        for quantity in quantities {
            guard let tokens = text.tokens(holding: quantity.span) else { continue }
            for token in max(0, tokens.lowerBound - 1)...tokens.upperBound { flags[token] = true }
        }
        return flags
    }

    /// The counted noun as claims compare it: the stem of its singular (see ``CountedNouns``), and
    /// «%» for every way of writing percent (في المئة، في المائة، بالمئة، ٪).
    /// A unit of several words is read word by word («مترا مكعبا» and «متر مكعب» are one unit).
    static func claimUnit(_ unit: String, stemmer: LightStemmer) -> String {
        claimUnits.value(for: unit) {
            let key = ArabicNormalizer.matching.normalizedString(unit)
            if percentForms.contains(key) { return "%" }
            return key.split(separator: " ").map { stem(ofCountedNoun: CountedNouns.canonical(String($0)), stemmer: stemmer) }.joined(separator: " ")
        }
    }

    /// The stem of a counted noun, which carries no pronoun: where the stemmer would read the end of
    /// the noun as one («متهم» as مت and هم, after «13 متهما» lost its accusative alef), the noun is
    /// its own stem, as «متهمين» stems to it.
    private static func stem(ofCountedNoun word: String, stemmer: LightStemmer) -> String {
        let stem = stemmer.stem(word)
        let stripped = word.scalarCount - stem.scalarCount
        guard stripped >= 2, word.scalarCount >= 4, pronounSuffixes.contains(where: { word.endsWithBytes($0) && $0.unicodeScalars.count == stripped })
        else { return stem }
        return word
    }

    /// Pronouns a noun may end with (matching form).
    private static let pronounSuffixes = ["هم", "ها", "هما", "هن", "كم", "نا"]

    /// The claim unit of every unit as written that the process has met (every caller stems with
    /// the default ``LightStemmer``).
    private static let claimUnits = WordCache<String>()

    private static let percentForms = WordIndex(
        ["%", "٪", "في المئة", "في المائة", "في المية", "بالمئة", "بالمائة", "بالمية", "المئة", "المائة"]
            .map { ArabicNormalizer.matching.normalizedString($0) })
}
