import Testing
@testable import Ingest

@Suite struct PlausibilityScoreTests {
    private func score(_ bytes: [UInt8], _ page: SingleByteCodePage) -> PlausibilityScore {
        bytes.withUnsafeBufferPointer { PlausibilityScore($0, in: page) }
    }

    @Test(arguments: [TextEncoding.windows1256, .iso8859_6])
    func arabicReadsBestInItsOwnPage(_ encoding: TextEncoding) throws {
        let bytes = DecodingSample.encode(DecodingSample.amman, in: encoding)
        let own = try #require(SingleByteCodePage.page(for: encoding))
        let ownScore = score(bytes, own)
        #expect(ownScore.value > 0.95)
        for other in DecodingInspection.candidatePages where other.encoding != encoding {
            #expect(score(bytes, other).value < ownScore.value - 0.25)
        }
    }

    @Test func latinMojibakeOfArabicScoresBelowZero() {
        let bytes = DecodingSample.encode(DecodingSample.amman, in: .windows1256)
        #expect(score(bytes, .windows1252).value < 0)
    }

    @Test func asciiHasNoEvidence() {
        let found = score(Array("plain ASCII text".utf8), .windows1256)
        #expect(found.highByteCount == 0)
        #expect(found.value == 0)
    }

    @Test(arguments: [(0.994, "0.99"), (1.0, "1.00"), (-0.5, "-0.50"), (-1.404, "-1.40"), (0.05, "0.05"), (0, "0.00")])
    func formatsTwoDecimals(_ value: Double, _ expected: String) {
        var found = score([], .windows1256)
        found.value = value
        #expect(found.formattedValue == expected)
    }
}
