/// One input as the user named it, resolved to what can be read.
enum InputSource: Sendable, Hashable {
    /// Standard input (`-`).
    case standardInput
    /// A file on disk.
    case file(path: String)
    /// An `http` or `https` address.
    case web(url: String)

    /// The name the report uses for this input.
    var name: String {
        switch self {
        case .standardInput: return "-"
        case .file(let path): return path
        case .web(let url): return url
        }
    }
}
