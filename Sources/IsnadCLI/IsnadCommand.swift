public import ArgumentParser

/// The `isnad` command: the root of every subcommand.
public struct IsnadCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "isnad",
        abstract: "Turns Arabic news articles from many outlets into stories you can trust.",
        version: IsnadVersion.current,
        subcommands: [AnalyzeCommand.self, AnnotateCommand.self, ClaimsCommand.self, DemoCommand.self, TextCommand.self]
    )

    public init() {}

    /// Parses the process arguments and runs the chosen subcommand; the executable's whole body.
    public static func runFromCommandLine() async {
        await main()
    }
}
