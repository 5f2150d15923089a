import Testing
@testable import ArabicText

@Suite struct TokenizerTests {
    private func kinds(_ text: String) -> [String] {
        Tokenizer().tokens(in: text).map { "\($0.kind.rawValue):\($0.text(in: text))" }
    }

    @Test(arguments: [
        ("قالَ الوزيرُ", ["word:قالَ", "word:الوزيرُ"]),
        ("بـــيت", ["word:بـــيت"]),
        ("2,500 ٢٫٥ ١٠٠٬٠٠٠ 3.14", ["number:2,500", "number:٢٫٥", "number:١٠٠٬٠٠٠", "number:3.14"]),
        ("عام 2021.", ["word:عام", "number:2021", "punctuation:."]),
        ("1,", ["number:1", "punctuation:,"]),
        ("F-16 O'Brien", ["latin:F-16", "latin:O'Brien"]),
        ("@qassimalaraji:", ["handle:@qassimalaraji", "punctuation::"]),
        ("#يحيى_رسول #Iraq2021", ["hashtag:#يحيى_رسول", "hashtag:#Iraq2021"]),
        ("(https://t.co/AbC?x=1).", ["punctuation:(", "url:https://t.co/AbC?x=1", "punctuation:)", "punctuation:."]),
        ("www.ina.iq، ", ["url:www.ina.iq", "punctuation:،"]),
        ("news@ina.iq.", ["email:news@ina.iq", "punctuation:."]),
        ("«نعم» “لا” (ربما)", ["punctuation:«", "word:نعم", "punctuation:»", "punctuation:“", "word:لا",
                              "punctuation:”", "punctuation:(", "word:ربما", "punctuation:)"]),
        ("، ؛ ؟ … – —", ["punctuation:،", "punctuation:؛", "punctuation:؟", "punctuation:…", "punctuation:–", "punctuation:—"]),
        ("انتهى..", ["word:انتهى", "punctuation:.."]),
        ("50% ٪", ["number:50", "punctuation:%", "punctuation:٪"]),
        ("مصر2021", ["word:مصر", "number:2021"]),
        ("😀", ["symbol:😀"]),
        ("لا\u{200C}يزال", ["word:لا\u{200C}يزال"]),
        ("# @ _", ["punctuation:#", "punctuation:@", "symbol:_"]),
    ])
    func findsTokensOfEachKind(_ text: String, _ expected: [String]) {
        #expect(kinds(text) == expected)
    }

    @Test func splitsHashtagsAtUnderscores() {
        let text = "وسم #يحيى_رسول_Iraq"
        let tokenizer = Tokenizer()
        let hashtag = try! #require(tokenizer.tokens(in: text).last)
        let words = tokenizer.hashtagWords(of: hashtag, in: text)
        #expect(words.map { String($0.text(in: text)) } == ["يحيى", "رسول", "Iraq"])
        #expect(words.map(\.kind) == [.word, .word, .latin])
        #expect(words.first?.span == 5..<9)
    }

    @Test func scalarSpansCountScalarsNotBytes() {
        let text = "قالَ 2"
        let tokens = Tokenizer().tokens(in: text)
        #expect(tokens.map(\.span) == [0..<4, 5..<6])
        #expect(tokens.map(\.utf8Span) == [0..<8, 9..<10])
    }

    @Test func handlesEmptyAndBlankInput() {
        #expect(Tokenizer().tokens(in: "").isEmpty)
        #expect(Tokenizer().tokens(in: " \n\t\u{200F} ").isEmpty)
    }

    /// Tokens are in order, do not overlap, and together with white space cover every scalar.
    @Test func tokensCoverTheTextOnRandomInput() {
        var generator = SplitMix64(seed: 99)
        for _ in 0..<300 {
            let text = RandomText.make(length: 70, using: &generator)
            checkCoverage(text)
        }
    }

    @Test func tokensCoverTheSeeds() throws {
        for seed in try SharedFiles.seeds() { checkCoverage(seed.text) }
    }

    private func checkCoverage(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        var previousEnd = 0
        for token in Tokenizer().tokens(in: text) {
            #expect(token.span.lowerBound >= previousEnd && !token.span.isEmpty)
            previousEnd = token.span.upperBound
            for offset in token.span { covered[offset] = true }
            #expect(String(token.text(in: text)) == text.scalarSlice(token.span))
        }
        for (offset, scalar) in scalars.enumerated() where !covered[offset] {
            #expect(ScalarClass.of(scalar.value) == .space, "uncovered \(scalar.value) at \(offset)")
        }
    }
}

@Suite("Scalar classes of ASCII")
struct ASCIIScalarClassTests {
    @Test("every ASCII byte has the class its kind of character names")
    func everyByte() {
        for byte in UInt32(0)..<0x80 {
            let character = Character(Unicode.Scalar(UInt8(byte)))
            let expected: ScalarClass
            if character.isASCII, character.isNumber {
                expected = .digit
            } else if character.isLetter {
                expected = .latinLetter
            } else if character == "_" {
                expected = .underscore
            } else if character.isPunctuation || character.isSymbol {
                expected = .punctuation
            } else {
                expected = .space
            }
            #expect(ScalarClass.of(byte) == expected, "byte \(byte)")
        }
    }
}

@Suite("Tokens of ill-formed UTF-8")
struct IllFormedTokenTests {
    private func kinds(_ bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBufferPointer { buffer in
            Tokenizer().tokens(inUTF8: buffer).map { "\($0.kind.rawValue):\($0.utf8Span)" }
        }
    }

    @Test("an Arabic lead byte without its continuation ends the word and is a symbol of its own")
    func truncatedArabicLetter() {
        // ب, then D9 followed by "A", then ا.
        #expect(kinds([0xD8, 0xA8, 0xD9, 0x41, 0xD8, 0xA7]) == ["word:0..<2", "symbol:2..<3", "latin:3..<4", "word:4..<6"])
    }

    @Test("a lone continuation byte inside a word splits it")
    func loneContinuation() {
        #expect(kinds([0xD8, 0xA8, 0xA8, 0xD8, 0xA7]) == ["word:0..<2", "symbol:2..<3", "word:3..<5"])
    }
}
