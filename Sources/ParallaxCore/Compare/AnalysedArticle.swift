/// One article with everything the earlier stages found in it.
public struct AnalysedArticle: Sendable {
    public var article: Article
    public var language: LanguageAnalysis
    public var attribution: AttributionAnalysis
    /// The outlet's name as the report shows it.
    public var outlet: String
    /// Why the page's date is not trusted, when it is not.
    public var pageDateNote: String? = nil

    public var id: String { article.id }
    public var text: ScalarText { article.text }
}
