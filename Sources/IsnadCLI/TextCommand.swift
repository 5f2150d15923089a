public import ArgumentParser

/// `isnad text`: the text stages of the Arabic core, one output line per input line.
struct TextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Runs one text stage (normalize, tokens, sentences, stem) line by line."
    )
}
