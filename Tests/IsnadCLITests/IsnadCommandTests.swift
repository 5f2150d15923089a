import ArabicText
import ArgumentParser
import Ingest
import Reports
import Testing
@testable import IsnadCLI

@Suite struct IsnadCommandTests {
    @Test func versionIsSemantic() {
        #expect(IsnadVersion.current.split(separator: ".").count == 3)
        #expect(IsnadCommand.configuration.version == IsnadVersion.current)
    }

    @Test func parsesTextSubcommands() throws {
        let normalize = try #require(try IsnadCommand.parseAsRoot(["text", "normalize", "--level", "display", "a.txt"]) as? NormalizeCommand)
        #expect(normalize.level == .display)
        #expect(normalize.options.inputs == ["a.txt"])
        #expect(try IsnadCommand.parseAsRoot(["text", "tokens", "--kinds"]) is TokensCommand)
        #expect(try IsnadCommand.parseAsRoot(["text", "sentences", "-"]) is SentencesCommand)
        #expect(try IsnadCommand.parseAsRoot(["text", "stem"]) is StemCommand)
        #expect(try IsnadCommand.parseAsRoot(["demo"]) is DemoCommand)
    }

    @Test func rejectsAnUnknownLevel() {
        #expect(throws: (any Error).self) { try IsnadCommand.parseAsRoot(["text", "normalize", "--level", "loose"]) }
    }

    @Test func annotateGivesTheDatelineOfTheFirstLine() throws {
        let command = try #require(try IsnadCommand.parseAsRoot(["annotate", "--published", "2026-05-20"]) as? AnnotateCommand)
        let document = command.annotate("بنغازي (رويترز) - أعلنت السلطات فتح الطريق الساحلي أمام الشاحنات.", name: "t")
        #expect(document.article.article.dateline == "بنغازي (رويترز)")
    }

    @Test func helpListsEveryCommand() {
        let help = IsnadCommand.helpMessage(for: TextCommand.self)
        for name in ["normalize", "tokens", "sentences", "stem"] { #expect(help.contains(name)) }
    }
}

@Suite struct LineTransformerTests {
    private func run(_ stage: TextStage, _ bytes: [UInt8]) -> (output: [String], reports: [String]) {
        var output: [String] = []
        var reports: [String] = []
        LineTransformer(stage: stage).run(
            lines: InputLine.lines(of: bytes), inputName: "in.txt",
            output: { output.append($0) }, report: { reports.append($0) })
        return (output, reports)
    }

    @Test func writesOneLinePerInputLine() {
        let (output, reports) = run(.normalize(.matching), Array("أحمد\r\n\nقالَ\n".utf8))
        #expect(output == ["احمد", "", "قال"])
        #expect(reports.isEmpty)
    }

    @Test func keepsLinesWhole() {
        // U+2028 LINE SEPARATOR and a form feed must not split an output line.
        let (output, _) = run(.normalize(.display), Array("سطر\u{2028}واحد\u{0C}فقط".utf8))
        #expect(output == ["سطر واحد فقط"])
    }

    @Test func reportsInvalidUTF8AndGoesOn() {
        var bytes = Array("سطر أول\n".utf8)
        bytes += Array("قبل".utf8) + [0xFF, 0xC3] + Array(" بعد\n".utf8)
        bytes += Array("سطر ثالث".utf8)
        let (output, reports) = run(.tokens(showingKinds: false), bytes)
        #expect(output.count == 3)
        #expect(output[1].hasPrefix("قبل"))
        #expect(output[1].hasSuffix("بعد"))
        #expect(output[2] == "سطر ثالث")
        #expect(reports == ["in.txt:2: invalid UTF-8 at byte 6 of the line (byte 20 of the input); bad bytes read as U+FFFD"])
    }

    @Test func handlesEmptyInput() {
        #expect(run(.stem, []).output.isEmpty)
    }

    @Test(arguments: [
        (TextStage.tokens(showingKinds: true), "قال: 2,500", "word:قال punctuation:: number:2,500"),
        (TextStage.sentences, "جملة أولى. جملة ثانية", "جملة أولى.\tجملة ثانية"),
        (TextStage.stem, "والمسؤولون قالوا", "مسءول قالوا"),
        (TextStage.normalize(.display), "ـــ٣ـ", "3"),
    ])
    func runsEachStage(_ stage: TextStage, _ input: String, _ expected: String) {
        #expect(stage.transform(input) == expected)
    }
}

@Suite struct InputLineTests {
    @Test func recordsNumbersAndOffsets() {
        let lines = InputLine.lines(of: Array("ab\r\ncd\n\nef".utf8))
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        #expect(lines.map(\.offset) == [0, 4, 7, 8])
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["ab", "cd", "", "ef"])
    }

    @Test func splitsAcrossChunks() {
        var splitter = LineSplitter()
        var lines = splitter.feed(Array("ab".utf8)[...])
        lines += splitter.feed(Array("c\nd".utf8)[...])
        if let last = splitter.finish() { lines.append(last) }
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["abc", "d"])
        #expect(lines.map(\.offset) == [0, 4])
    }
}
