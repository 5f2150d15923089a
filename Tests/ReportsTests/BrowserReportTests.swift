import Testing
@testable import Reports

/// The report seen in a real browser (headless Chromium): screenshots at desktop and phone widths
/// under `.build/report-screenshots/`, and the DOM checked (see ``BrowserCheck``).
@Suite(.serialized) struct BrowserReportTests {
    @Test(.enabled(if: BrowserCheck.shouldRun, "chromium is not installed (apt-get install chromium fonts-noto-core)"))
    func rendersTheSampleReportRightToLeftWithWorkingLinks() throws {
        let findings = try BrowserCheck.verify(SampleReport.report(), name: "sample")
        guard let phone = findings["phone"], let desktop = findings["desktop"] else { return }
        #expect(phone.viewport == BrowserCheck.phone.width)
        #expect(desktop.viewport == BrowserCheck.desktop.width)
        #expect(desktop.charts == 2)
        #expect(desktop.font.hasPrefix("\"Noto Naskh Arabic\""))
    }

    @Test(.enabled(if: BrowserCheck.shouldRun, "chromium is not installed (apt-get install chromium fonts-noto-core)"))
    func rendersAHostileReportInertly() throws {
        let findings = try BrowserCheck.verify(HTMLReportSafetyTests.hostileReport(), name: "hostile")
        #expect(findings["phone"]?.brokenLinks == [])
    }
}
