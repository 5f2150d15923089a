import Foundation

/// The rule for links out of a report: only `http` and `https` addresses become links.
enum ExternalURL {
    /// `url` without surrounding white space where its scheme is `http` or `https`, with every byte
    /// that could end a Markdown link or an attribute (space, controls, quotes, angle brackets,
    /// parentheses, backslash, non-ASCII) percent-encoded; `nil` for any other scheme
    /// (`javascript:`, `data:`, `file:` …) or a relative address.
    static func safe(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        var result = ""
        result.reserveCapacity(trimmed.utf8.count)
        for byte in trimmed.utf8 {
            switch byte {
            case 0x21, 0x23...0x26, 0x2A...0x3B, 0x3D, 0x3F...0x5B, 0x5D, 0x5F, 0x61...0x7A, 0x7E:
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
