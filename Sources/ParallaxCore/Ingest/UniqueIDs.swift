/// Articles after the first under the same id are reported and skipped: the id is what outputs and
/// storage key on, and merging two different texts under one id would lose one of them silently.
public enum UniqueIDs {
    public static func keepFirst(_ articles: [RawArticle], seen: inout Set<String>) -> (kept: [RawArticle], errors: [InputError]) {
        var kept: [RawArticle] = []
        var errors: [InputError] = []
        for article in articles {
            if seen.insert(article.id).inserted {
                kept.append(article)
            } else {
                errors.append(InputError(source: article.source, message: "duplicate id \(article.id); skipped"))
            }
        }
        return (kept, errors)
    }
}
