import Testing

@testable import Stories

@Suite struct ReuseDirectionTests {
    private func edge(
        agency: (published: String?, order: Int), copy: (name: String, published: String?, order: Int),
        copyOutlet: String = "موقع الرافدين"
    ) throws -> ReuseEdge {
        let documents = [
            ReuseDocument(
                id: "agency", text: try ReuseFixtures.text("agency"), outlet: "وكالة الأنباء الوطنية",
                published: agency.published, order: agency.order),
            ReuseDocument(
                id: copy.name, text: try ReuseFixtures.text(copy.name), outlet: copyOutlet, published: copy.published,
                order: copy.order),
        ].sorted { $0.order < $1.order }
        return try #require(ReuseDetector().edges(among: documents).first)
    }

    @Test(arguments: [
        // (agency published, copy published, agency is the source)
        ("2021-12-09", "2021-12-10", true),
        ("2021-12-10", "2021-12-09", false),
        ("2021-12-09T08:00:00Z", "2021-12-09T09:30:00+03:00", false),  // 06:30 UTC is earlier
        ("2021-12-09T08:00:00+03:00", "2021-12-09T08:30:00+03:00", true),
        ("2021-11", "2021-12-01", true),
    ])
    func earlierPublicationIsTheSource(_ agencyTime: String, _ copyTime: String, _ agencyIsSource: Bool) throws {
        // The copy comes first in the input, so input order alone would point the other way.
        let found = try edge(agency: (agencyTime, 1), copy: ("longer", copyTime, 0))
        #expect(found.from == (agencyIsSource ? "agency" : "longer"))
        #expect(found.basis == .publicationTime)
        #expect(found.isDirectionKnown)
        let agency = try ReuseFixtures.text("agency")
        let longer = try ReuseFixtures.text("longer")
        let passage = try #require(found.passages.first)
        // Spans follow the direction.
        let (sourceText, copyText) = agencyIsSource ? (agency, longer) : (longer, agency)
        #expect(ReuseFixtures.slice(sourceText, passage.fromSpan).hasPrefix("أعلنت وزارة"))
        #expect(passage.fromSpan.upperBound <= sourceText.unicodeScalars.count)
        #expect(passage.toSpan.upperBound <= copyText.unicodeScalars.count)
    }

    @Test(arguments: [
        (String?.none, String?.none),
        ("2021-12-09", nil),
        ("2021-12-09", "2021-12-09"),  // same day: no order
        ("2021-12-09", "2021-12-09T10:00:00Z"),  // the time falls inside the day
        ("2021-12", "2021-12-09"),
        ("not a date", "2021-12-09"),
    ])
    func undeterminedOrderFallsBackToInputOrder(_ agencyTime: String?, _ copyTime: String?) throws {
        let found = try edge(agency: (agencyTime, 1), copy: ("longer", copyTime, 0))
        #expect(found.from == "longer" && found.to == "agency")
        #expect(found.basis == .inputOrder)
        #expect(!found.isDirectionKnown)
    }

    @Test func attributionOutweighsPublicationTime() throws {
        // «وفق ما نقلته وكالة الأنباء الوطنية»: the attributing article copied, although it is dated
        // earlier and comes first.
        let found = try edge(agency: ("2021-12-10", 1), copy: ("attributed", "2021-12-09", 0))
        #expect(found.from == "agency" && found.to == "attributed")
        #expect(found.basis == .attribution)
    }

    @Test func attributionNeedsTheOtherOutletsName() throws {
        let found = try edge(agency: (nil, 1), copy: ("attributed", nil, 0), copyOutlet: "وكالة الأنباء الوطنية")
        // Same outlet on both sides: attribution says nothing.
        #expect(found.basis == .inputOrder)
    }

    @Test(arguments: [
        ("ونقلت وكالة الأنباء الوطنية عن المتحدث قوله إن", true),
        ("وقال المتحدث لوكالة الأنباء الوطنية إن", true),
        ("وبحسب الأنباء الوطنية فإن", false),  // not the name
        ("وزارة الموارد المائية ووكالة الأنباء الوطنية وقال إن", false),  // no cue before the name
        ("بحسب ما أوردته صحيفة الصباح، وكالة الأنباء الوطنية قالت إن", true),
    ])
    func recognizesAttributionCues(_ lead: String, _ attributes: Bool) {
        let text = lead + " الأعمال ستشمل تقوية الأساسات وحقن الفراغات تحت جسم السد."
        let fingerprint = ReuseFingerprint(ReuseDocument(id: "x", text: text, order: 0))
        let passage = (fingerprint.wordCount - 10)..<fingerprint.wordCount
        let outlet = OutletPattern(name: "وكالة الأنباء الوطنية").map { [$0] } ?? []
        #expect(AttributionCues.attributes(fingerprint.words, passage: passage, to: outlet) == attributes)
    }

    @Test(arguments: ["للجزيرة", "وللجزيرة", "الجزيرة"])
    func matchesOutletNamesWithProclitics(_ form: String) throws {
        let pattern = try #require(OutletPattern(name: "الجزيرة"))
        let fingerprint = ReuseFingerprint(ReuseDocument(id: "x", text: "قال " + form, order: 0))
        let match = fingerprint.words.hashes.withUnsafeBufferPointer { pattern.match($0, at: 1) }
        #expect(match == form.hasSuffix("للجزيرة"))
    }
}
