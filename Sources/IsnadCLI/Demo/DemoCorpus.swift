import Foundation

/// The sample that `isnad demo` analyzes: an invented story reported by invented outlets, as the files a
/// user would give `isnad analyze` (HTML pages, an RSS feed, plain text in UTF-8 and Windows-1256).
///
/// Part of the east wing of a dam in the invented Republic of Nahristan (جمهورية نهرستان) gives way after
/// three days of rain and floods a town; six invented outlets report it over three days, copy one another,
/// quote the same officials and disagree on the numbers. A few unrelated items from the same outlets show
/// story grouping. Every outlet, person, place and event is invented; `Samples/demo/README.md` lists the
/// files and what each one shows.
///
/// The files live in `Samples/demo/` and are compiled into the binary, so that the demo works from a
/// copied release binary without resource folders: `scripts/generate-demo-corpus.py` writes them into
/// ``archive`` (in `DemoCorpus+Files.swift`) as base64 blocks.
enum DemoCorpus {
    /// The line that opens a block of ``archive`` is `=== NAME ===`.
    private static let headerOpening = "=== "
    private static let headerClosing = " ==="

    /// The sample files, decoded, in name order.
    ///
    /// Each block of ``archive`` is a header line `=== NAME ===` followed by the file's bytes in base64
    /// over several lines. A block without a name, or whose base64 does not decode, is skipped.
    ///
    /// - Returns: The file names (no folders) and their exact bytes.
    /// - Complexity: O(*n*) in the length of ``archive``.
    static func files() -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        var name: String?
        var encodedLines: [Substring] = []

        func finishBlock() {
            guard let name, !name.isEmpty, let data = Data(base64Encoded: encodedLines.joined()) else { return }
            files.append((name: name, bytes: [UInt8](data)))
        }

        for line in archive.split(separator: "\n") {
            if line.count > headerOpening.count + headerClosing.count,
               line.hasPrefix(headerOpening), line.hasSuffix(headerClosing) {
                finishBlock()
                name = String(line.dropFirst(headerOpening.count).dropLast(headerClosing.count))
                encodedLines.removeAll(keepingCapacity: true)
            } else {
                encodedLines.append(line)
            }
        }
        finishBlock()
        return files
    }
}
