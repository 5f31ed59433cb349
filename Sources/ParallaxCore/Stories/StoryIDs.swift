/// Story ids made from the article that opened the story: the same input gives the same ids, and
/// a later run of the same store cannot hand out an id an earlier run gave (a counter would start
/// again at 1 after a restart).
enum StoryIDs {
    /// "s" and the 64-bit FNV-1a hash of the opening article's id in 13 base-36 digits: 14 characters,
    /// which Swift keeps inline (no allocation per story).
    static func id(openedBy articleID: String) -> String {
        let digits = String(FNV1a.hash(articleID), radix: 36)
        return "s" + String(repeating: "0", count: 13 - digits.count) + digits
    }

    /// `id`, or `id` with the first free suffix when an active story has it already (the same
    /// article id given twice to a clusterer that does not reject duplicates).
    static func unused(_ id: String, in taken: Set<String>) -> String {
        guard taken.contains(id) else { return id }
        var suffix = 2
        while taken.contains("\(id)-\(suffix)") { suffix += 1 }
        return "\(id)-\(suffix)"
    }
}
