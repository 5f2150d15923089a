import Testing
@testable import Extraction

/// Which words make an entity, on short texts we wrote about events of several countries.
@Suite struct EntityRecognitionTests {
    static func entities(of text: String) -> [(type: EntityType, name: String)] {
        ArticleAnnotator().annotate(text: text, articleID: "t", outlet: nil, published: nil).entities.map { ($0.type, $0.name) }
    }

    static func names(of text: String, type: EntityType) -> [String] {
        entities(of: text).filter { $0.type == type }.map(\.name)
    }

    @Test func aComplementizerWithHamzaIsNotAGivenNameWithout() {
        let text = "وأكد المتحدث بأن القوات ستنسحب من المدينة، وصرح بأن وجودها انتهى."
        #expect(Self.names(of: text, type: .person).isEmpty)
        #expect(Self.names(of: "وقال باقر الزبيدي إن الوزارة قلقة.", type: .person) == ["باقر الزبيدي"])
    }

    @Test func aNameTheGazetteerKnowsStandsWithoutItsHead() {
        let organizations = Self.names(of: "أعلن تنظيم الحشد الشعبي وحركة حماس موقفهما من الاتفاق.", type: .organization)
        #expect(!organizations.contains("تنظيم الحشد"))
        #expect(organizations.count == 2)
    }

    @Test func aDefiniteForceIsNamedByANationalityOrABranchOnly() {
        let text = "طالب النواب بخروج القوات الأجنبية من البلاد، فيما أعلنت القوات الأمريكية والقوات الخاصة الأردنية انتهاء التدريب."
        let organizations = Self.names(of: text, type: .organization)
        #expect(!organizations.contains { $0.contains("الأجنبية") })
        #expect(organizations.contains("القوات الأمريكية"))
        #expect(organizations.contains("القوات الخاصة الأردنية"))
    }

    @Test func aDefiniteNameAfterAPartyHeadOpensAChain() {
        let organizations = Self.names(of: "وفاز حزب الوفد الجديد بثلاثة مقاعد.", type: .organization)
        #expect(organizations == ["حزب الوفد الجديد"])
    }
}
