import ArgumentParser
import ArabicText

/// `isnad demo`: shows what Isnad does on bundled sample text.
///
/// Until the whole pipeline exists, the demo runs the text stages of the Arabic core on a few
/// invented lines and prints each stage's output.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Runs the text stages on bundled, invented sample lines and prints the result.")

    func run() throws {
        var streams = StandardStreams()
        let stages: [(String, TextStage)] = [
            ("display", .normalize(.display)),
            ("matching", .normalize(.matching)),
            ("tokens", .tokens(showingKinds: true)),
            ("sentences", .sentences),
            ("stems", .stem),
        ]
        for (number, line) in DemoSample.lines.enumerated() {
            streams.writeLine("[\(number + 1)] \(line)")
            for (name, stage) in stages {
                let output = stage.transform(line).replacing("\t", with: "  ⏎  ")
                streams.writeLine("    \(name.padding(toLength: 10)) \(output)")
            }
            streams.writeLine("")
        }
        streams.writeLine("Try it on your own text: echo 'نص عربي' | isnad text tokens --kinds")
        streams.flush()
    }
}

extension String {
    /// The string padded with spaces to `length` characters (never cut).
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
