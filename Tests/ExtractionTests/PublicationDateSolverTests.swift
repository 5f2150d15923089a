import ArabicText
import Testing

@testable import Extraction

@Suite struct PublicationDateSolverTests {
    static func day(_ text: String) -> CivilDate {
        CivilDate(text) ?? CivilDate(daysSinceEpoch: 0)
    }

    static func bound(_ low: String?, _ high: String?, strength: Int, _ evidence: String) -> PublicationConstraint {
        PublicationConstraint(kind: .between(low.map(day), high.map(day)), strength: strength, evidence: evidence)
    }

    @Test func aWeakerBoundThatContradictsAStrongerOneIsDropped() {
        let solver = PublicationDateSolver(
            constraints: [
                Self.bound("2021-12-10", "2021-12-10", strength: 100, "date line"),
                Self.bound("2022-03-01", nil, strength: 15, "a date mentioned"),
            ], hint: nil)
        let result = solver.solve()
        #expect(result?.value == "2021-12-10")
        #expect(result?.evidence == "date line")
    }

    @Test func aWeekdayNarrowsARangeToItsDays() {
        let solver = PublicationDateSolver(
            constraints: [
                Self.bound("2021-11-01", "2021-11-30", strength: 60, "November"),
                PublicationConstraint(kind: .weekday(.thursday), strength: 80, evidence: "Thursday"),
            ], hint: nil)
        #expect(solver.solve()?.value == "2021-11-04/2021-11-25")
    }

    @Test func aWeekdayAloneIsNoAnswerWithoutAHint() {
        let weekday = PublicationConstraint(kind: .weekday(.sunday), strength: 80, evidence: "Sunday")
        #expect(PublicationDateSolver(constraints: [weekday], hint: nil).solve() == nil)
        let hint = Self.day("2022-01-07")...Self.day("2022-01-08")
        #expect(PublicationDateSolver(constraints: [weekday], hint: hint).solve()?.value == "2022-01-09")
    }

    @Test func rangesWiderThanTwoMonthsAreNoAnswer() {
        let year = Self.bound("2021-01-01", "2021-12-31", strength: 75, "the current year")
        #expect(PublicationDateSolver(constraints: [year], hint: nil).solve() == nil)
    }

    @Test func groupsConsecutiveDaysIntoRuns() {
        let days = ["2021-01-01", "2021-01-02", "2021-01-04", "2021-01-05", "2021-01-09"].map(Self.day)
        let runs = PublicationDateSolver.runs(of: days)
        #expect(runs.count == 3)
        #expect(runs.first == Self.day("2021-01-01")...Self.day("2021-01-02"))
        #expect(PublicationDateSolver.distance(runs[0], runs[2]) == 7)
        #expect(PublicationDateSolver.distance(runs[1], runs[1]) == 0)
    }
}
