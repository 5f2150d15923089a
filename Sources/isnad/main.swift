import IsnadCLI

await IsnadCommand.runFromCommandLine()
