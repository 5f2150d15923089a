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
            "أعلنت هيئة تنظيم الاتصالات رفع الأسعار.",
            "وقالت هيئة تنظيم الاتصالات الأردنية في بيان إن الأسعار ستراجع غدا، وأكدت هيئة تنظيم الاتصالات أن السوق مستقرة.",
        ])
        let bodies = directory.entities.filter { $0.type == .organization && $0.name.contains("الاتصالات") }
        #expect(bodies.count == 1)
        #expect(bodies.first?.articles == ["a0", "a1"])
    }

    @Test func aNameWithAndWithoutItsFathersNameIsOnePerson() {
        let directory = Self.directory(of: [
            "وقال المتحدث باسم وزارة الزراعة عثمان الطيب الحسن إن الموسم جيد.",
            "وأكد المتحدث باسم الوزارة، عثمان الحسن، أن الأسمدة متوفرة.",
            "وقال عثمان الأمين إن السوق مستقر.",
        ])
        let people = directory.entities.filter { $0.type == .person }
        #expect(people.count == 2, "\(people.map(\.name))")
        #expect(people.contains { $0.name == "عثمان الطيب الحسن" && $0.articles == ["a0", "a1"] })
    }

    @Test func aFullNameAloneDoesNotSwallowAnEarlierShortNameOfAnotherCountry() {
        let directory = Self.directory(of: [
            "أعلنت وزارة الصحة إرسال فرق طبية إلى الحدود.",
            "وأكدت وزارة الصحة المغربية أن الحملة انتهت.",
        ])
        #expect(directory.entities.filter { $0.type == .organization && $0.name.hasPrefix("وزارة الصحة") }.count == 2)
    }

    @Test func aBodyNamedInALongerNameStaysABodyOfItsOwnAcrossArticles() {
        let directory = Self.directory(of: [
            "وقالت نقابة موظفي البنك المركزي الأردني إنها ستجتمع الأسبوع المقبل.",
            "ورفع البنك المركزي الأردني سعر الفائدة ربع نقطة.",
        ])
        let bodies = directory.entities.filter { $0.type == .organization }.map(\.name).sorted()
        #expect(bodies == ["البنك المركزي الأردني", "نقابة موظفي البنك المركزي الأردني"])
    }
}
