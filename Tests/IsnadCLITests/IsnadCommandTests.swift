import Testing
@testable import IsnadCLI

@Suite struct IsnadCommandTests {
    @Test func versionIsSemantic() {
        #expect(IsnadVersion.current.split(separator: ".").count == 3)
    }
}
