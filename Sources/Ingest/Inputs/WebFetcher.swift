import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a web page with a timeout, a redirect limit, a size limit and Isnad's `User-Agent`.
struct WebFetcher {
    let limits: InputLimits

    /// Fetches `address`.
    /// - Throws: ``RejectedInput`` for bad addresses, network failures, HTTP errors, too many
    ///   redirects, oversized bodies and time-outs, each with its reason.
    func fetch(_ address: String) async throws(RejectedInput) -> InputReader.Contents {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil
        else { throw RejectedInput(input: address, reason: "not a valid http(s) address") }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: limits.timeout)
        request.setValue(limits.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/json, text/plain;q=0.9, */*;q=0.5", forHTTPHeaderField: "Accept")
        let guardian = RedirectGuard(limit: limits.maximumRedirects)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limits.timeout
        configuration.timeoutIntervalForResource = limits.timeout
        let session = URLSession(configuration: configuration, delegate: guardian, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            if guardian.exceeded {
                throw RejectedInput(input: address, reason: "more than \(limits.maximumRedirects) redirects")
            }
            throw RejectedInput(input: address, reason: "could not be fetched: \(Self.describe(error))")
        }
        guard let http = response as? HTTPURLResponse else {
            throw RejectedInput(input: address, reason: "the server sent no HTTP response")
        }
        if guardian.exceeded || (300..<400).contains(http.statusCode) {
            throw RejectedInput(input: address, reason: "more than \(limits.maximumRedirects) redirects")
        }
        guard (200..<300).contains(http.statusCode) else {
            throw RejectedInput(input: address, reason: "the server answered HTTP \(http.statusCode)")
        }
        if data.count > limits.maximumBytes {
            throw RejectedInput(input: address, reason: "the page is \(data.count) bytes, over the limit of \(limits.maximumBytes) bytes")
        }
        let contentType = http.value(forHTTPHeaderField: "Content-Type")
        return InputReader.Contents(
            bytes: [UInt8](data), declaredCharset: contentType.flatMap(Self.charset), finalURL: http.url?.absoluteString)
    }

    /// The `charset` parameter of a `Content-Type` value.
    static func charset(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            }
        }
        return nil
    }

    private static func describe(_ error: any Error) -> String {
        if let urlError = error as? URLError {
            switch urlError.code {
            case .timedOut: return "timed out"
            case .cannotConnectToHost, .cannotFindHost: return "cannot connect to the host"
            case .notConnectedToInternet: return "no network"
            default: return urlError.localizedDescription
            }
        }
        return error.localizedDescription
    }
}

/// Counts redirects and stops following them past the limit.
///
/// `@unchecked Sendable`: the count is guarded by `lock`.
final class RedirectGuard: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    private let limit: Int
    private let lock = NSLock()
    private var count = 0
    private var limitExceeded = false

    init(limit: Int) {
        self.limit = limit
    }

    /// Whether a request wanted more redirects than the limit.
    var exceeded: Bool {
        lock.withLock { limitExceeded }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let allowed = lock.withLock {
            count += 1
            if count > limit { limitExceeded = true }
            return count <= limit
        }
        completionHandler(allowed ? request : nil)
    }
}
