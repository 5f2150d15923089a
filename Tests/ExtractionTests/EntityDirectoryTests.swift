import Testing
@testable import Extraction

/// Merging entities across articles, on short texts we wrote.
@Suite struct EntityDirectoryTests {
    static func directory(of texts: [String]) -> EntityDirectory {
        var directory = EntityDirectory()
        for (number, text) in texts.enumerated() {
            let annotations = ArticleAnnotator().annotate(text: text, articleID: "a\(number)", outlet: nil, published: nil)
            _ = directory.add(annotations.entities, article: "a\(number)")
        }
        return directory
    }

    @Test func aShortNameMetFirstJoinsTheFullNameOfALaterArticleThatUsesBoth() {
        let directory = Self.directory(of: [
            "أعلنت قيادة العمليات المشتركة إغلاق الطريق الدولي.",
            "وقالت قيادة العمليات المشتركة الأردنية في بيان إن الطريق سيفتح غدا، وأكدت قيادة العمليات المشتركة أن الوضع مستقر.",
        ])
        let commands = directory.entities.filter { $0.type == .organization && $0.name.contains("العمليات") }
        #expect(commands.count == 1)
        #expect(commands.first?.articles == ["a0", "a1"])
    }

    @Test func aFullNameAloneDoesNotSwallowAnEarlierShortNameOfAnotherCountry() {
        let directory = Self.directory(of: [
            "أعلنت وزارة الصحة إرسال فرق طبية إلى الحدود.",
            "وأكدت وزارة الصحة المغربية أن الحملة انتهت.",
        ])
        #expect(directory.entities.filter { $0.type == .organization && $0.name.hasPrefix("وزارة الصحة") }.count == 2)
    }
}
