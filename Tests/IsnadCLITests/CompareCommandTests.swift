import ArabicText
import ArgumentParser
import Stories
import Testing
@testable import IsnadCLI

/// `isnad claims compare`: the command around the claim comparer (its rules are tested in StoriesTests).
@Suite struct CompareCommandTests {
    static let day = CivilDate("2025-11-20")!

    @Test func datesWithoutAYearCompareAgainstOneDay() {
        let verdict = CompareCommand.compare(
            "انهار سد وادي الرمل في 20 أكتوبر بعد أمطار غزيرة", "انهار سد وادي الرمل في 27 أكتوبر بعد أمطار غزيرة", on: Self.day)
        #expect(verdict.relation == .conflict)
        #expect(verdict.reason.contains("2025-10-20"))
        #expect(throws: (any Error).self) { try IsnadCommand.parseAsRoot(["claims", "compare", "--published", "2025-13-40", "أ", "ب"]) }
    }

    @Test func comparesPairsFromJSONLinesKeepingTheirFields() throws {
        let line = #"{"id": 3, "a": "أعلن البنك المركزي المصري رفع سعر الفائدة بمقدار نقطتين مئويتين", "b": "رفع البنك المركزي في مصر أسعار الفائدة نقطتين مئويتين اليوم الخميس"}"#
        let answer = try CompareCommand.answer(Array(line.utf8), on: Self.day)
        #expect(answer.contains(#""relation":"same""#))
        #expect(answer.contains(#""id":3"#))
        #expect(answer.contains(#""reason":"similarity"#))
    }

    @Test(arguments: [("not json", "not JSON"), ("[1]", "not a JSON object"), (#"{"a": "x"}"#, "\"a\" and \"b\"")])
    func rejectsABadPairLineWithItsReason(_ line: String, _ reason: String) {
        #expect { try CompareCommand.answer(Array(line.utf8), on: Self.day) } throws: { error in
            (error as? CompareCommand.PairError)?.reason.contains(reason) == true
        }
    }

    @Test func parsesClaimsCompare() throws {
        let compare = try #require(try IsnadCommand.parseAsRoot(["claims", "compare", "أ", "ب"]) as? CompareCommand)
        #expect(compare.statements == ["أ", "ب"])
        #expect(throws: (any Error).self) { try IsnadCommand.parseAsRoot(["claims", "compare", "أ"]) }
    }
}
