import ArgumentParser

/// `isnad claims`: the claim tools of story analysis, one pair of statements at a time.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Checks how statements relate, with the rules story analysis uses.",
        subcommands: [CompareCommand.self]
    )
}
