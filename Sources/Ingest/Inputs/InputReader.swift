import Foundation

/// Reads the bytes of an input: a file, standard input or a web address.
struct InputReader {
    let limits: InputLimits

    /// The bytes read, with the charset a web server declared.
    struct Contents: Sendable {
        var bytes: [UInt8]
        /// The `charset` parameter of an HTTP `Content-Type`, where there was one.
        var declaredCharset: String?
        /// The final address after redirects, for web inputs.
        var finalURL: String?
    }

    /// Reads `source`.
    /// - Throws: ``RejectedInput`` naming the input and the reason.
    func read(_ source: InputSource) async throws(RejectedInput) -> Contents {
        switch source {
        case .standardInput:
            return Contents(bytes: try readStandardInput())
        case .file(let path):
            return Contents(bytes: try readFile(path))
        case .web(let url):
            return try await WebFetcher(limits: limits).fetch(url)
        }
    }

    private func readFile(_ path: String) throws(RejectedInput) -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw RejectedInput(input: path, reason: "does not exist (or is a link to nothing)")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw RejectedInput(input: path, reason: "cannot be read (permission denied)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > limits.maximumBytes {
            throw RejectedInput(input: path, reason: "is \(size) bytes, over the limit of \(limits.maximumBytes) bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RejectedInput(input: path, reason: "cannot be opened")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw RejectedInput(input: path, reason: "reading failed: \(error.localizedDescription)")
        }
    }

    private func readStandardInput() throws(RejectedInput) -> [UInt8] {
        do {
            let data = try FileHandle.standardInput.readToEnd() ?? Data()
            if data.count > limits.maximumBytes {
                throw RejectedInput(input: "-", reason: "standard input is over the limit of \(limits.maximumBytes) bytes")
            }
            return [UInt8](data)
        } catch let rejected as RejectedInput {
            throw rejected
        } catch {
            throw RejectedInput(input: "-", reason: "reading standard input failed: \(error.localizedDescription)")
        }
    }
}
