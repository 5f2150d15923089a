import IsnadCLI

await IsnadCommand.main()
