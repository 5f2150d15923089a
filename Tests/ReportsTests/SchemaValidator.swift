import Foundation

/// Validates JSON against `../shared/schema/report.schema.json` with the reference JSON Schema
/// implementation (Python's `jsonschema`, draft 2020-12), which `scripts/test` installs.
enum SchemaValidator {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/schema/report.schema.json")

    /// The validation errors of `json` (empty when valid), one line each.
    static func errors(in json: Data) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("report.json")
        try json.write(to: document)
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            for e in Draft202012Validator(schema).iter_errors(doc):
                print("/".join(str(p) for p in e.absolute_path) + ": " + e.message)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, document.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        if process.terminationStatus != 0 { return ["validator failed: " + lines.joined(separator: " ")] }
        return lines
    }
}
