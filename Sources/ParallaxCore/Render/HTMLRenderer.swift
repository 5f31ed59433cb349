public enum HTMLRenderer {
    public static func render(_ report: Report) -> String { "" }
}
