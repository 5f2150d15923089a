import Foundation

/// Resolves the paths the user gave into the inputs to read: folders are walked recursively in
/// name order, hidden files and folders skipped; URLs and `-` pass through.
struct InputResolver {
    /// The inputs, in order, and the paths that could not be resolved.
    func resolve(_ arguments: [String]) -> (sources: [InputSource], rejected: [RejectedInput]) {
        var sources: [InputSource] = []
        var rejected: [RejectedInput] = []
        for argument in arguments {
            if argument == "-" {
                sources.append(.standardInput)
                continue
            }
            let lowered = argument.lowercased()
            if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
                sources.append(.web(url: argument))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                rejected.append(RejectedInput(input: argument, reason: "no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                sources.append(contentsOf: filesInFolder(argument).map { .file(path: $0) })
            } else {
                sources.append(.file(path: argument))
            }
        }
        return (sources, rejected)
    }

    /// Every non-hidden file below `folder` (links included), sorted by path.
    private func filesInFolder(_ folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator {
            // Everything but folders is an input: a link to nothing is then rejected with its reason.
            guard (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true else { continue }
            files.append(folder.hasSuffix("/") ? folder + relativePath(of: url, in: root) : folder + "/" + relativePath(of: url, in: root))
        }
        return files.sorted()
    }

    private func relativePath(of url: URL, in root: URL) -> String {
        let full = url.standardizedFileURL.path
        let base = root.standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
    }
}
