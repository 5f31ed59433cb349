/// The extract stage: a raw article in, an article with its body blocks and metadata out.
public enum Extract {
    public static func article(from raw: RawArticle, settings: ExtractSettings = ExtractSettings()) -> Article {
        var article = switch raw.format {
        case .text: PlainTextExtractor.extract(raw, settings: settings.plainText)
        case .html: HTMLExtractor.extract(raw, settings: settings)
        }
        // Some sites put their address where their name belongs.
        if let outlet = article.outlet, outlet.contains("://") { article.outlet = OutletNames.domain(of: outlet) }
        if article.outlet == nil, let url = article.url { article.outlet = OutletNames.domain(of: url) }
        return article
    }
}
