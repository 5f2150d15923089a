import Testing
@testable import ArabicText

@Suite struct ArabicNormalizerTests {
    // MARK: Peer cases

    @Test(arguments: try SharedFiles.luceneCases(kind: "normalize"))
    func agreesWithLuceneNormalization(_ peer: LuceneCase) {
        #expect(ArabicNormalizer.matching.normalizedString(peer.input) == peer.expected)
    }

    // MARK: Display level

    @Test(arguments: [
        ("روبرـــــت", "روبرت"),  // U+0640 TATWEEL
        ("بـ\u{200C}ـيت", "بيت"),  // zero-width non-joiner between tatweels
        ("\u{200F}قال\u{200E} \u{202B}الوزير\u{202C}", "قال الوزير"),  // bidi marks and embeddings
        ("\u{FEFF}\u{2067}نص\u{2069}", "نص"),  // byte order mark and isolates
        ("\u{FEFB}", "لا"),  // LAM WITH ALEF ligature
        ("\u{FDF2}", "الله"),
        ("\u{FE8D}\u{FEDF}\u{FEE4}\u{FEE0}\u{FEDA}", "الملك"),  // positional forms
        ("ی ک ە ھ", "ي ك ه ه"),  // Persian and Urdu letter forms
        ("فارسی", "فارسي"),
        ("٢٠٢١ ۱۴۰۰ 2021", "2021 1400 2021"),  // every digit script to ASCII
        ("١٬٥٠٠٫٧٥", "1٬500٫75"),  // digits fold, Arabic separators stay for the tokenizer
        ("a\tb\u{00A0}c\u{2009}d\u{3000}e", "a b c d e"),
        ("سطر\r\nسطر\rسطر\u{2028}سطر", "سطر\nسطر\nسطر\nسطر"),
        ("ا\u{0654}حمد و\u{0654}", "أحمد ؤ"),  // decomposed hamza composes
        ("قالَ", "قالَ"),  // diacritics stay at display level
        ("أمريكي ة", "أمريكي ة"),  // spelling stays at display level
        ("ABC", "ABC"),
    ])
    func foldsInvisibleDifferencesAtDisplayLevel(_ input: String, _ expected: String) {
        #expect(ArabicNormalizer.display.normalizedString(input) == expected)
    }

    // MARK: Matching level

    @Test(arguments: [
        ("مَسْؤُولٌ", "مسءول"),
        ("مسئول", "مسءول"),  // the hamza seat differs by region: both spellings match
        ("شؤون شئون", "شءون شءون"),
        ("أإآٱ", "اااا"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("ڤيينا فيينا", "فيينا فيينا"),  // letters for foreign sounds
        ("گاردن", "كاردن"),
        ("الْعِرَاقُ", "العراق"),
        ("ـالعراقــ", "العراق"),
        ("Reuters REUTERS", "reuters reuters"),
        ("ا\u{0655}", "ا"),
        ("\u{0627}\u{0653}", "ا"),
        ("ی\u{0654}", "ء"),
        ("", ""),
        ("\u{064E}\u{0650}\u{0651}", ""),  // only marks
    ])
    func foldsSpellingVariantsAtMatchingLevel(_ input: String, _ expected: String) {
        #expect(ArabicNormalizer.matching.normalizedString(input) == expected)
    }

    @Test func keepsNonArabicScriptsUntouched() {
        let text = "Ελλάδα 中国 😀 café"
        #expect(ArabicNormalizer.display.normalizedString(text) == text)
    }

    // MARK: Properties

    @Test(arguments: NormalizationLevel.allCases)
    func isIdempotentOnRandomText(_ level: NormalizationLevel) {
        var generator = SplitMix64(seed: 7)
        let normalizer = ArabicNormalizer(level: level)
        for _ in 0..<300 {
            let once = normalizer.normalizedString(RandomText.make(length: 80, using: &generator))
            #expect(normalizer.normalizedString(once) == once)
        }
    }

    @Test(arguments: NormalizationLevel.allCases)
    func isIdempotentOnSeeds(_ level: NormalizationLevel) throws {
        let normalizer = ArabicNormalizer(level: level)
        for seed in try SharedFiles.seeds() {
            let once = normalizer.normalizedString(seed.text)
            #expect(normalizer.normalizedString(once) == once, "\(seed.name)")
        }
    }

    @Test func matchingIsDisplayFoldedFurther() {
        var generator = SplitMix64(seed: 11)
        for _ in 0..<200 {
            let text = RandomText.make(length: 60, using: &generator)
            let viaDisplay = ArabicNormalizer.matching.normalizedString(ArabicNormalizer.display.normalizedString(text))
            #expect(viaDisplay == ArabicNormalizer.matching.normalizedString(text))
        }
    }

    @Test func normalizedStringAndNormalizeAgree() {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<100 {
            let text = RandomText.make(length: 50, using: &generator)
            #expect(ArabicNormalizer.matching.normalize(text).text == ArabicNormalizer.matching.normalizedString(text))
        }
    }

    @Test func normalizesVeryLongLines() {
        let line = String(repeating: "قالَ الوزيرُ ـ ", count: 200_000)
        let normalized = ArabicNormalizer.matching.normalize(line)
        #expect(normalized.text == String(repeating: "قال الوزير  ", count: 200_000))
        #expect(normalized.originalRange(of: 0..<3) == 0..<4)
    }
}
