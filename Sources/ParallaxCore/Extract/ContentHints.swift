/// class and id words that say what a part of a page is. Matched as whole words of the
/// attribute ("post-body" → "post", "body"), so that "shared" or "widget Blog" are not misread.
public enum ContentHints {
    /// Furniture: its subtree is never body text.
    public static let negative: Set<String> = [
        "comment", "comments", "share", "sharing", "social", "related", "newsletter", "promo", "sidebar", "advert",
        "advertisement", "ad", "ads", "cookie", "cookies", "caption", "byline", "footer", "breadcrumb", "breadcrumbs",
        "subscribe", "subscription", "signup", "popup", "modal", "menu", "nav", "navbar", "navigation", "tags", "tag",
        "disqus", "outbrain", "taboola", "recommended", "recirculation", "masthead", "banner", "sponsored", "widget",
        "toolbar", "pagination", "credit", "credits", "author", "bio", "rating", "print", "login", "hidden", "skip",
    ]
    /// Likely the article.
    public static let positive: Set<String> = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "articlebody", "prose",
    ]

    /// Lower-cased runs of ASCII letters (class names are ASCII in practice; anything else separates).
    static func words<Bytes: Sequence>(_ attribute: Bytes) -> [String] where Bytes.Element == UInt8 {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in attribute {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            default:
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// How much an article-like or furniture-like class/id scales a container's score.
    static func factor(words: [String], settings: HTMLSettings) -> Double {
        var factor = 1.0
        if words.contains(where: negative.contains) { factor *= settings.furnitureHintFactor }
        if words.contains(where: positive.contains) { factor *= settings.articleHintFactor }
        return factor
    }

    static func isFurniture(words: [String]) -> Bool {
        return words.contains(where: negative.contains) && !words.contains(where: { $0 == "article" || $0 == "articlebody" })
    }
}
