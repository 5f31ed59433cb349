/// Story ids made from the article that opened the story: the same input gives the same ids, and
/// a later run of the same store cannot hand out an id an earlier run gave (a counter would start
/// again at 1 after a restart).
enum StoryIDs {
    /// "s" and the 64-bit FNV-1a hash of the opening article's id, in hex.
    static func id(openedBy articleID: String) -> String { "s" + FNV1a.hex(FNV1a.hash(articleID)) }

    /// `id`, or `id` with the first free suffix when an active story has it already (the same
    /// article id given twice to a clusterer that does not reject duplicates).
    static func unused(_ id: String, in taken: Set<String>) -> String {
        guard taken.contains(id) else { return id }
        var suffix = 2
        while taken.contains("\(id)-\(suffix)") { suffix += 1 }
        return "\(id)-\(suffix)"
    }
}
