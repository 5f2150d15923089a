import Extraction
import Testing
@testable import Stories

/// A copy does not contradict its source: conflicts between a wire report and the outlets that copied
/// it, on texts we wrote.
@Suite struct CopiedStatementsTests {
    static let rescued = "أخلت فرق الإنقاذ 12 عاملا من مبنى قيد الإنشاء انهار في حي الزهور صباح الأحد."
    static let inside = "وكان نحو 60 عاملا يعملون داخل المبنى لحظة انهياره في حي الزهور."

    static func article(_ id: String, _ text: String) -> AnalyzedArticle {
        let claims = ArticleAnnotator().annotate(text: text, articleID: id, outlet: nil, published: nil).claims
        return AnalyzedArticle(id: id, outlet: id, published: nil, order: 0, title: nil, text: text, claims: claims)
    }

    /// The wire report and a copy of it, with the copy's whole text a passage of the wire's.
    static func story(copy: String) -> (articles: [AnalyzedArticle], reuse: [ReuseEdge]) {
        let wire = article("wire", rescued + "\n" + inside)
        let copied = article("copy", copy)
        let passage = ReusedPassage(
            fromSpan: 0..<wire.text.unicodeScalars.count, toSpan: 0..<copied.text.unicodeScalars.count, similarity: 0.95,
            kind: .nearVerbatim, alignedWords: 30)
        return ([wire, copied], [ReuseEdge(from: "wire", to: "copy", passages: [passage], basis: .publicationTime)])
    }

    static func numberConflicts(_ articles: [AnalyzedArticle], reuse: [ReuseEdge]) -> [Conflict] {
        ConflictDetector().conflicts(in: articles, sets: StemSets(articles), reuse: reuse).filter { $0.kind == "number" }
    }

    @Test func twoSentencesOfTheWireAreNoConflictInItsCopy() {
        let (articles, reuse) = Self.story(copy: Self.rescued + "\n" + Self.inside)
        // Without knowing the copy, each figure of one text answers to its own sentence in the other.
        #expect(Self.numberConflicts(articles, reuse: []).isEmpty)
        #expect(Self.numberConflicts(articles, reuse: reuse).isEmpty)
    }

    @Test func aCopyThatChangesTheNumberIsReported() {
        let edited = Self.rescued.replacing("12 عاملا", with: "19 عاملا") + "\n" + Self.inside
        let (articles, reuse) = Self.story(copy: edited)
        let conflicts = Self.numberConflicts(articles, reuse: reuse)
        #expect(conflicts.contains { $0.description.contains("19") && $0.description.contains("12") })
    }

    @Test func aRewordedCopyThatChangesTheNumberIsReported() {
        // Much reworded, so the two sentences share less than the copy overlap, but they are the two
        // ends of one copied passage.
        let reworded = "وتمكنت طواقم الدفاع المدني، صباح الأحد، من انتشال 19 عاملا كانوا عالقين تحت أنقاض مبنى قيد الإنشاء انهار فجأة."
        let wire = Self.article("wire", Self.rescued)
        let copied = Self.article("copy", reworded)
        let passage = ReusedPassage(
            fromSpan: 0..<wire.text.unicodeScalars.count, toSpan: 0..<copied.text.unicodeScalars.count, similarity: 0.7,
            kind: .paraphrase, alignedWords: 10)
        let reuse = [ReuseEdge(from: "wire", to: "copy", passages: [passage], basis: .publicationTime)]
        let conflicts = Self.numberConflicts([wire, copied], reuse: reuse)
        #expect(conflicts.contains { $0.description.contains("19") && $0.description.contains("12") }, "\(conflicts.map(\.description))")
    }
}
