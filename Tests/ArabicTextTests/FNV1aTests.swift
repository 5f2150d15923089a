import Testing
@testable import ArabicText

@Suite struct FNV1aTests {
    /// Golden values: the published FNV-1a 64 test vectors, and one Arabic string pinned here.
    @Test(arguments: [
        ("", UInt64(0xCBF2_9CE4_8422_2325)),
        ("a", UInt64(0xAF63_DC4C_8601_EC8C)),
        ("foobar", UInt64(0x8594_4171_F739_67E8)),
    ])
    func matchesPublishedVectors(_ text: String, _ expected: UInt64) {
        #expect(FNV1a.hash(Array(text.utf8)) == expected)
    }

    /// Pinned from an independent implementation (Python) of the same algorithm.
    @Test func pinsArabicText() {
        var hasher = FNV1a()
        hasher.combine("إسناد")
        #expect(hasher.value == 0x23C9_E91B_A2BD_6F80)
        #expect(hasher.hexDigits == "23c9e91ba2bd6f80")
    }
}
