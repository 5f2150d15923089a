import Testing

@testable import ArabicText

@Suite struct NumeralLexiconTests {
    let lexicon = NumeralLexicon.standard

    @Test func readsEveryEntryLine() {
        #expect(lexicon.invalidLines == [])
        #expect(lexicon.words.count > 150)
    }

    @Test func reportsMalformedLines() {
        let lexicon = NumeralLexicon(
            entries: "unit 1: واحد\nunit 12: اثنا\nplanet 3: ثلاثة\nunit 2\nscale 1000 huge: ألف")
        #expect(lexicon.invalidLines == ["unit 12: اثنا", "planet 3: ثلاثة", "unit 2", "scale 1000 huge: ألف"])
        #expect(lexicon.meanings(of: "واحد") == [.unit(1)])
    }

    @Test(arguments: [
        ("أربعة", NumeralWord.unit(4)), ("اربعه", .unit(4)), ("أربعـة", .unit(4)), ("إحدى", .compoundUnit(1)),
        ("احدى", .compoundUnit(1)), ("مئة", .hundreds(100)), ("مائة", .hundreds(100)), ("مئه", .hundreds(100)),
        ("آلاف", .scale(1000, .plural)), ("الاف", .scale(1000, .plural)), ("ألف", .scale(1000, .singular)),
        ("الأولى", .ordinal(1)), ("عشر", .ten), ("عشر", .fraction(10, .beforeDefinite)),
    ])
    func foldsSpellingVariantsToOneEntry(word: String, meaning: NumeralWord) throws {
        let reading = try #require(read(word))
        #expect(reading.means(meaning))
    }

    @Test(arguments: [
        // word, clitics before the article, article length, conjunction, preposition
        ("والعشرين", 1, 2, true, false), ("بخمسة", 1, 0, false, true), ("للثالث", 1, 1, false, true),
        ("وبالثلاثة", 2, 2, true, true), ("الف", 0, 0, false, false), ("بالف", 1, 0, false, true),
        ("الالف", 0, 2, false, false), ("واحد", 0, 0, false, false), ("الست", 0, 2, false, false),
        ("لأول", 1, 0, false, true), ("فخمسة", 1, 0, true, false),
    ])
    func stripsClitics(word: String, clitics: Int, article: Int, conjunction: Bool, preposition: Bool) throws {
        let reading = try #require(read(word))
        #expect(reading.cliticLength == clitics)
        #expect(reading.articleLength == article)
        #expect(reading.hasConjunction == conjunction)
        #expect(reading.hasPreposition == preposition)
    }

    @Test(arguments: [
        "لست", "وست", "بست", "ثلاثاء", "الثلاثاء", "اربعاء", "عشرات", "مئات", "وحدة", "منتصف", "ثلاثي", "كتاب", "abc",
    ])
    func leavesOtherWordsUnread(word: String) {
        #expect(read(word)?.isNumeric != true)
    }

    @Test func keysHoldSixteenArabicScalarsAndNothingElse() {
        #expect(NumeralLexicon.Key("ابتثجحخدذرزسشصضط".unicodeScalars) != nil)
        #expect(NumeralLexicon.Key("ابتثجحخدذرزسشصضطظ".unicodeScalars) == nil)
        #expect(NumeralLexicon.Key("five".unicodeScalars) == nil)
        #expect(NumeralLexicon.Key("ثلث".unicodeScalars) != NumeralLexicon.Key("ثلثا".unicodeScalars))
    }

    private func read(_ word: String) -> NumeralReading? {
        let scalars = Array(ArabicNormalizer.matching.normalizedString(word).unicodeScalars)
        return lexicon.reading(of: scalars[...])
    }
}
