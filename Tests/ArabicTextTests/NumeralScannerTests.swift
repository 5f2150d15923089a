import Testing

@testable import ArabicText

@Suite struct NumeralScannerTests {
    private func kinds(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return NumeralScanner.tokens(of: scalars).map { token in
            let piece = String(String.UnicodeScalarView(scalars[token.range]))
            switch token.kind {
            case .word: return "w:\(piece)"
            case .number(let digits): return "n:\(digits.value)"
            case .slash: return "/"
            case .colon: return ":"
            case .dash: return "-"
            case .other: return "o:\(piece)"
            }
        }
    }

    @Test func splitsWordsNumbersAndMarks() {
        #expect(kinds("بلغ 2.5 مليون، و3") == ["w:بلغ", "n:2.5", "w:مليون", "o:،", "w:و", "n:3.0"])
    }

    @Test func readsMinusOnlyWhereItIsNoDash() {
        #expect(kinds("-5 و (-1.5)") == ["n:-5.0", "w:و", "o:(", "n:-1.5", "o:)"])
        #expect(kinds("2020-2021") == ["n:2020.0", "-", "n:2021.0"])
        #expect(kinds("كوفيد-19") == ["w:كوفيد", "-", "n:19.0"])
        #expect(kinds("\u{2212}3") == ["n:-3.0"])
    }

    @Test func readsLeadingDecimalPointsAfterSpaceOnly() {
        #expect(kinds(".77 ٫5") == ["n:0.77", "n:0.5"])
        #expect(kinds("ص.5") == ["w:ص", "o:.", "n:5.0"])
    }

    @Test func leavesSeparatorsAtTheEndOfNumbers() {
        #expect(kinds("عام 2020.") == ["w:عام", "n:2020.0", "o:."])
        #expect(kinds("1,500,") == ["n:1500.0", "o:,"])
    }

    @Test func marksJoinedTokens() {
        let tokens = NumeralScanner.tokens(of: Array("3/4 و 10:30".unicodeScalars))
        #expect(tokens.map(\.isJoined) == [false, true, true, false, false, true, true])
    }

    @Test func makesLineBreaksEndExpressions() {
        #expect(kinds("ثلاثة\nآلاف") == ["w:ثلاثة", "o:\n", "w:آلاف"])
    }
}
