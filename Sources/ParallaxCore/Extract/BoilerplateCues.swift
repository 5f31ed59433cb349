/// Phrases that mark a line of scraped text as something other than the story. Matched on the
/// lower-cased line; kept as data so that a new site's furniture is a one-line change.
public enum BoilerplateCues {
    /// App and newsletter promos, share bars, "read more" teasers.
    public static let promo = [
        "download the app", "read full article at", "read the full article", "read more at", "read more:",
        "sign up for", "subscribe to", "subscribe now", "follow us on", "click here", "send push", "next story",
        "share this article", "share on facebook", "advertisement", "get the app", "install the app",
        "newsletter", "all rights reserved", "copyright ©", "© 20", "cookie", "skip to content",
        "continue reading", "listen to this article", "min read", "view comments", "post a comment",
    ]
    /// Promo phrases that begin a sentence inside an otherwise normal line ("… Read Full Article at RT.com.").
    public static let inlinePromo = ["read full article at", "read more at", "continue reading at", "read the full story at"]
    /// Lines that point at other stories.
    public static let related = [
        "related article:", "related:", "read also:", "also read:", "see also:", "more:", "related stories",
        "related news", "recommended:", "you may also like", "most read", "trending:", "watch:",
    ]
    /// Labels of a line that gives the page's address.
    public static let urlLabels = ["original url:", "original url", "source url:", "url:", "source:", "link:"]
    /// Photo captions and credits.
    public static let caption = [
        "photo:", "photo by", "photograph:", "image:", "image source", "toggle caption", "enlarge this image",
        "getty images", "ap photo", "afp via getty", "(photo", "credit:", "file photo", "pictured:",
    ]
    /// Lines crediting other newsrooms for the report.
    public static let credit = ["contributed to this report", "contributed reporting", "contributed to this story", "additional reporting by"]
    /// A leading label that introduces the publication date ("date 2024-11-09", "Published: …").
    public static let dateLabels = ["date", "published", "published:", "updated", "updated:", "posted", "posted:", "posted on"]
    /// "Loving Newspoint? Download the app now": the name between these is the outlet's own app.
    public static let outletPromoOpeners = ["loving ", "enjoying ", "like "]
}
