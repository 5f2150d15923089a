public import Foundation

/// Writes an ``AnalysisReport`` as JSON.
public struct JSONReportWriter: Sendable {
    /// A writer.
    public init() {}

    /// The report as pretty-printed UTF-8 JSON with sorted keys, so that runs diff cleanly.
    /// - Throws: an `EncodingError` where a value cannot be encoded (a non-finite number).
    public func data(for report: AnalysisReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report)
    }
}
