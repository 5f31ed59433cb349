import Foundation

/// `report.json`: the report model as JSON, keys in the contract's order.
public enum JSONRenderer {
    public static func render(_ report: Report) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]  // stable output: the same input gives the same bytes
        return try encoder.encode(report)
    }
}
