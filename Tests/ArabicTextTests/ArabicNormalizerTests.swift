import Testing
@testable import ArabicText

@Suite struct ArabicNormalizerTests {
    @Test func dropsDiacriticsAtMatchingLevel() {
        #expect(ArabicNormalizer.matching.normalizedString("قالَ المسؤولُ") == "قال المسءول")
    }
}
