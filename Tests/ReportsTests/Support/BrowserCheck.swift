import Foundation
import Ingest
import Testing
@testable import Reports

/// Looks at a report page in a real browser: headless Chromium renders it at desktop and phone
/// widths, takes screenshots (written under `.build/report-screenshots/` for people to look at) and
/// inspects the DOM: the sections exist, Arabic paragraphs are laid out right to left and shaped,
/// every in-page link lands on an element, and nothing overflows the width (also checked at 360 px).
///
/// The DOM is inspected through a copy of the page used for the test only: a wrapper page holds the
/// report in an `<iframe srcdoc>` of the viewport's width and an inline script that measures it and
/// writes the findings as JSON into `<pre id="results">`; `chromium --dump-dom` prints the wrapper's
/// DOM and the findings are read back from it. (The iframe is there because headless Chromium's
/// window is never narrower than 500 px, so a phone-width layout needs a frame of that width; the
/// report's own Content Security Policy forbids scripts, so the script lives in the wrapper.)
///
/// Call ``verify(_:name:sourceLocation:)`` from any test with any ``AnalysisReport``, or
/// ``verify(page:expecting:name:sourceLocation:)`` with a page written elsewhere.
enum BrowserCheck {
    /// A window size.
    struct Viewport: Sendable {
        var name: String
        var width: Int
        var height: Int
    }

    static let desktop = Viewport(name: "desktop", width: 1280, height: 2000)
    static let phone = Viewport(name: "phone", width: 390, height: 2000)
    /// The narrowest phone the page must fit without scrolling sideways; checked, not photographed.
    static let narrow = Viewport(name: "narrow", width: 360, height: 2000)

    /// What the script found in one viewport.
    struct Findings: Decodable, Sendable {
        struct Paragraph: Decodable, Sendable {
            var direction: String
            var startsAtRight: Bool
            var readsRightToLeft: Bool
            var sample: String
        }

        var viewport: Int
        var direction: String
        var htmlDir: String
        var lang: String
        var sections: [String: Int]
        var articles: Int
        var hasArticlesSection: Bool
        var hasRejectedSection: Bool
        var charts: Int
        var links: Int
        var brokenLinks: [String]
        var paragraphs: [Paragraph]
        var shaped: Bool
        var joinedWidth: Double
        var isolatedWidth: Double
        var scrollWidth: Int
        var clientWidth: Int
        var overflowing: [String]
        var font: String
    }

    /// What a page must show: the numbers of stories and articles of its report.
    struct Expectations: Sendable {
        var stories: Int
        var articles: Int
        /// Whether some article has Arabic letters, so that some Arabic paragraph must be measured.
        var hasArabicText: Bool

        /// The expectations of the page of `report`.
        init(_ report: AnalysisReport) {
            stories = report.stories.count
            articles = report.articles.count
            hasArabicText = report.articles.contains { $0.article.text.unicodeScalars.contains { (0x0621...0x064A).contains($0.value) } }
        }
    }

    /// A failure to run the browser, with what it printed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The Chromium executable on `PATH`, if any.
    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = String(folder) + "/" + name
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    /// Whether the tests run in continuous integration, where a missing browser is a failure.
    static let isCI = ProcessInfo.processInfo.environment["CI"] != nil

    /// Whether the browser tests run: always in CI (and fail there without Chromium), locally only
    /// where Chromium is installed.
    static let shouldRun: Bool = {
        if chromium == nil, !isCI {
            print("note: chromium is not on PATH; the browser report tests are skipped (apt-get install chromium fonts-noto-core)")
        }
        return chromium != nil || isCI
    }()

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Where the pages and screenshots go.
    static let outputFolder = packageRoot.appendingPathComponent(".build/report-screenshots")

    /// Renders `report` and records an issue for everything wrong with it in the browser.
    ///
    /// Writes `<name>.html`, `<name>-desktop.png`, `<name>-phone.png`, and `<name>-articles-desktop.png`
    /// and `<name>-articles-phone.png` (a copy of the page with the stories hidden, so that the
    /// highlighted articles show) into `.build/report-screenshots/`.
    /// - Returns: the findings at each viewport, by viewport name.
    @discardableResult
    static func verify(_ report: AnalysisReport, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Findings] {
        try verify(page: HTMLReportWriter().html(for: report), expecting: Expectations(report), name: name, sourceLocation: sourceLocation)
    }

    /// Renders a report page written elsewhere (by the CLI, say) and records an issue for everything
    /// wrong with it in the browser; see ``verify(_:name:sourceLocation:)``.
    @discardableResult
    static func verify(
        page: String, expecting expected: Expectations, name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String: Findings] {
        guard let chromium else {
            Issue.record("chromium is not on PATH: scripts/test installs it from scripts/system-packages (apt-get install chromium fonts-noto-core)",
                         sourceLocation: sourceLocation)
            return [:]
        }
        try FileManager.default.createDirectory(at: outputFolder, withIntermediateDirectories: true)
        let pageFile = outputFolder.appendingPathComponent(name + ".html")
        try page.write(to: pageFile, atomically: true, encoding: .utf8)

        var results: [String: Findings] = [:]
        for viewport in [desktop, phone] {
            let screenshot = outputFolder.appendingPathComponent("\(name)-\(viewport.name).png")
            try? FileManager.default.removeItem(at: screenshot)
            _ = try run(chromium, ["--window-size=\(viewport.width),\(viewport.height)", "--screenshot=" + screenshot.path, pageFile.absoluteString])
            #expect(FileManager.default.fileExists(atPath: screenshot.path), "no screenshot at \(screenshot.path)", sourceLocation: sourceLocation)

            let findings = try inspect(page, viewport: viewport, name: name, chromium: chromium)
            results[viewport.name] = findings
            expectSound(findings, expected: expected, viewport: viewport, sourceLocation: sourceLocation)
        }
        // The articles, further down the page than a screenshot reaches: a copy with the stories hidden.
        let narrowFindings = try inspect(page, viewport: narrow, name: name, chromium: chromium)
        results[narrow.name] = narrowFindings
        expectSound(narrowFindings, expected: expected, viewport: narrow, sourceLocation: sourceLocation)

        let articlesPage = outputFolder.appendingPathComponent(name + "-articles.html")
        try page.replacingOccurrences(of: "</head>", with: "<style>section.story,.report-header{display:none}</style></head>")
            .write(to: articlesPage, atomically: true, encoding: .utf8)
        for viewport in [desktop, phone] {
            let screenshot = outputFolder.appendingPathComponent("\(name)-articles-\(viewport.name).png")
            _ = try run(chromium, ["--window-size=\(viewport.width),\(viewport.height)", "--screenshot=" + screenshot.path, articlesPage.absoluteString])
        }
        return results
    }

    /// Records an issue for every finding that is wrong.
    static func expectSound(_ findings: Findings, expected: Expectations, viewport: Viewport, sourceLocation: SourceLocation) {
        let at = "at \(viewport.name) width"
        #expect(findings.direction == "rtl", "body direction \(findings.direction) \(at)", sourceLocation: sourceLocation)
        #expect(findings.htmlDir == "rtl" && findings.lang == "ar", sourceLocation: sourceLocation)
        for section in ["story", "brief", "timeline", "claims", "conflicts", "quotes", "entities", "reuse"] {
            #expect(findings.sections[section] == expected.stories, "sections «\(section)»: \(findings.sections[section] ?? 0) \(at)",
                    sourceLocation: sourceLocation)
        }
        #expect(findings.articles == expected.articles, sourceLocation: sourceLocation)
        #expect(findings.hasArticlesSection && findings.hasRejectedSection, sourceLocation: sourceLocation)
        #expect(findings.brokenLinks.isEmpty, "links without a target \(at): \(findings.brokenLinks.prefix(10))", sourceLocation: sourceLocation)
        if expected.stories > 0 {
            #expect(findings.links > 0, sourceLocation: sourceLocation)
        }
        if expected.hasArabicText {
            #expect(!findings.paragraphs.isEmpty, "no Arabic paragraph was measured \(at)", sourceLocation: sourceLocation)
        }
        for paragraph in findings.paragraphs {
            #expect(paragraph.direction == "rtl" && paragraph.startsAtRight && paragraph.readsRightToLeft,
                    "paragraph «\(paragraph.sample)» is not laid out right to left \(at)", sourceLocation: sourceLocation)
        }
        #expect(findings.shaped, "Arabic letters are not joined (widths \(findings.joinedWidth) and \(findings.isolatedWidth)) \(at)",
                sourceLocation: sourceLocation)
        #expect(findings.scrollWidth <= findings.clientWidth,
                "the page is \(findings.scrollWidth) px wide in a \(findings.clientWidth) px viewport \(at): \(findings.overflowing)",
                sourceLocation: sourceLocation)
    }

    /// The findings of the inspection script on `page` at `viewport`.
    static func inspect(_ page: String, viewport: Viewport, name: String, chromium: String) throws -> Findings {
        let wrapper = outputFolder.appendingPathComponent("\(name)-check-\(viewport.name).html")
        var escaped = HTMLBuffer(capacity: page.utf8.count + page.utf8.count / 4)
        escaped.attribute(page)
        let document = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0}iframe{border:0;display:block}</style></head>
            <body><iframe id="page" style="width:\(viewport.width)px;height:\(viewport.height)px" srcdoc="\(escaped.string)"></iframe>
            <pre id="results">pending</pre>
            <script>\(inspectionScript)</script></body></html>
            """
        try document.write(to: wrapper, atomically: true, encoding: .utf8)
        let dump = try run(chromium, ["--window-size=\(max(viewport.width, 500) + 20),\(viewport.height)", "--dump-dom", wrapper.absoluteString])
        guard let open = dump.range(of: "<pre id=\"results\">"), let close = dump.range(of: "</pre>", range: open.upperBound..<dump.endIndex) else {
            throw Failure(description: "no results in the dumped DOM of \(wrapper.path): \(dump.prefix(500))")
        }
        let json = dump[open.upperBound..<close.lowerBound]
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&nbsp;", with: "\u{A0}")
            .replacingOccurrences(of: "&amp;", with: "&")
        do {
            return try JSONDecoder().decode(Findings.self, from: Data(json.utf8))
        } catch {
            throw Failure(description: "unreadable results from \(wrapper.path): \(json.prefix(500)) (\(error))")
        }
    }

    /// Runs Chromium headless with its own profile folder and returns what it printed on stdout.
    static func run(_ chromium: String, _ arguments: [String]) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["120", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
                             "--disable-dev-shm-usage", "--user-data-dir=" + profile.path] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes while Chromium runs, so that neither fills up and blocks it.
        let stderrData = LockedData()
        let reader = Thread { stderrData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !stderrData.isSet { Thread.sleep(forTimeInterval: 0.01) }
        guard process.terminationStatus == 0 else {
            throw Failure(description: "chromium \(arguments.joined(separator: " ")) exited with \(process.terminationStatus): "
                + String(decoding: stderrData.value.suffix(2_000), as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The script that measures the report inside the iframe and writes the findings as JSON.
    static let inspectionScript = #"""
        (function () {
          var frame = document.getElementById('page');
          var done = false;
          function inspect() {
            if (done) return; done = true;
            var w = frame.contentWindow, d = frame.contentDocument, r = {};
            frame.style.height = Math.max(d.documentElement.scrollHeight, 100) + 'px';
            r.viewport = w.innerWidth;
            r.direction = w.getComputedStyle(d.body).direction;
            r.htmlDir = d.documentElement.getAttribute('dir') || '';
            r.lang = d.documentElement.getAttribute('lang') || '';
            r.font = w.getComputedStyle(d.body).fontFamily;
            r.sections = {};
            ['story', 'brief', 'timeline', 'claims', 'conflicts', 'quotes', 'entities', 'reuse'].forEach(function (c) {
              r.sections[c] = d.querySelectorAll('section.' + c).length;
            });
            r.articles = d.querySelectorAll('article.article').length;
            r.hasArticlesSection = !!d.getElementById('articles');
            r.hasRejectedSection = !!d.getElementById('rejected');
            r.charts = d.querySelectorAll('svg.chart').length;
            var links = Array.prototype.slice.call(d.querySelectorAll('a[href^="#"]'));
            r.links = links.length;
            r.brokenLinks = links.map(function (a) { return decodeURIComponent(a.getAttribute('href').slice(1)); })
              .filter(function (id) { return !d.getElementById(id); });
            var arabic = /^[\u0621-\u064A]/;
            r.paragraphs = [];
            Array.prototype.slice.call(d.querySelectorAll('.article-body p')).forEach(function (p) {
              if (r.paragraphs.length >= 12) return;
              var node = p.firstChild;
              while (node && node.nodeType !== 3) node = node.firstChild;
              if (!node || !arabic.test(node.data)) return;
              var space = node.data.indexOf(' ');
              if (space < 2 || space + 2 >= node.data.length || !arabic.test(node.data.slice(space + 1))) return;
              var first = d.createRange(); first.setStart(node, 0); first.setEnd(node, space);
              var second = d.createRange(); second.setStart(node, space + 1); second.setEnd(node, space + 2);
              var a = first.getClientRects()[0], b = second.getClientRects()[0];
              var box = p.getBoundingClientRect(), style = w.getComputedStyle(p);
              var contentRight = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
              r.paragraphs.push({
                direction: style.direction,
                startsAtRight: Math.abs(contentRight - a.right) <= 2,
                readsRightToLeft: Math.abs(a.top - b.top) > 2 || b.right <= a.left + 1,
                sample: node.data.slice(0, 24)
              });
            });
            var joined = d.createElement('span'), isolated = d.createElement('span');
            joined.textContent = 'بببب عربية مستقلة';
            isolated.textContent = 'ب\u200Cب\u200Cب\u200Cب ع\u200Cر\u200Cب\u200Cي\u200Cة م\u200Cس\u200Cت\u200Cق\u200Cل\u200Cة';
            [joined, isolated].forEach(function (s) { s.style.whiteSpace = 'nowrap'; d.body.appendChild(s); });
            r.joinedWidth = joined.getBoundingClientRect().width;
            r.isolatedWidth = isolated.getBoundingClientRect().width;
            r.shaped = Math.abs(r.joinedWidth - r.isolatedWidth) > 4;
            joined.remove(); isolated.remove();
            r.scrollWidth = d.documentElement.scrollWidth;
            r.clientWidth = d.documentElement.clientWidth;
            r.overflowing = [];
            Array.prototype.slice.call(d.body.querySelectorAll('*')).forEach(function (e) {
              if (r.overflowing.length >= 8) return;
              var b = e.getBoundingClientRect();
              if (b.width > 0 && (b.left < -1 || b.right > r.clientWidth + 1)) {
                r.overflowing.push(e.tagName.toLowerCase() + '.' + (e.getAttribute('class') || '') + ' ' + Math.round(b.left) + '..' + Math.round(b.right));
              }
            });
            document.getElementById('results').textContent = JSON.stringify(r);
          }
          frame.addEventListener('load', inspect);
          if (frame.contentDocument && frame.contentDocument.readyState === 'complete' && frame.contentDocument.body
              && frame.contentDocument.body.childElementCount > 0) inspect();
        })();
        """#
}

/// Bytes handed from a reader thread to the thread that waits for them.
private final class LockedData: @unchecked Sendable {
    // Safe: `lock` guards `data` and `finished`.
    private let lock = NSLock()
    private var data = Data()
    private var finished = false

    func set(_ value: Data) {
        lock.lock()
        data = value
        finished = true
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }

    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
