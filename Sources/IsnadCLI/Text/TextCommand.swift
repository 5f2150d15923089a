import ArgumentParser
import ArabicText

/// `isnad text`: the text stages of the Arabic core, one output line per input line.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Runs one text stage on files or standard input, one output line per input line.",
        subcommands: [NormalizeCommand.self, TokensCommand.self, SentencesCommand.self, StemCommand.self]
    )
}

/// The inputs of a text stage.
struct TextInputOptions: ParsableArguments {
    @Argument(help: "Files to read; '-' or nothing reads standard input.")
    var inputs: [String] = []

    /// Runs `stage` over every input in order; unreadable inputs are reported and skipped.
    /// - Throws: `ExitCode(2)` after all inputs when any could not be read.
    func run(_ stage: TextStage) throws {
        let transformer = LineTransformer(stage: stage)
        var streams = StandardStreams()
        var failed = false
        for name in inputs.isEmpty ? ["-"] : inputs {
            do {
                let file = try InputFile(name: name)
                transformer.run(
                    lines: file, inputName: name,
                    output: { streams.writeLine($0) }, report: StandardStreams.report)
            } catch {
                StandardStreams.report(error.description)
                failed = true
            }
        }
        streams.flush()
        if failed { throw ExitCode(2) }
    }
}

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize", abstract: "Normalizes each line (display or matching level).")

    @Option(help: "display: invisible differences only; matching: also diacritics and spelling variants.")
    var level: LevelOption = .matching

    @OptionGroup var options: TextInputOptions

    func run() throws { try options.run(.normalize(level.level)) }
}

struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens", abstract: "Writes each line's tokens, space-separated.")

    @Flag(help: "Prefix each token with its kind (word:, number:, hashtag: …).")
    var kinds = false

    @OptionGroup var options: TextInputOptions

    func run() throws { try options.run(.tokens(showingKinds: kinds)) }
}

struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences", abstract: "Writes each line's sentences, separated by tabs.")

    @OptionGroup var options: TextInputOptions

    func run() throws { try options.run(.sentences) }
}

struct StemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem", abstract: "Writes the light stems of each line's words (matching form).")

    @OptionGroup var options: TextInputOptions

    func run() throws { try options.run(.stem) }
}

/// The `--level` values, one per ``NormalizationLevel``.
enum LevelOption: String, CaseIterable, ExpressibleByArgument {
    case display
    case matching

    var level: NormalizationLevel { self == .display ? .display : .matching }
}
