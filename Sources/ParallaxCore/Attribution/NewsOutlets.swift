/// News outlets and wire and picture agencies known by name, and the words that mark a name as an
/// outlet ("the South Korean newspaper Chosun Ilbo", "the Yonhap news agency", "CNN affiliate Teletica").
/// Credits need to know an outlet from a ministry: "told Fox News" credits news, "told the ministry" does not.
enum NewsOutlets {
    /// Lower case, without a leading "the".
    static let names: Set<String> = [
        // Wire, picture and video agencies.
        "associated press", "ap", "reuters", "afp", "agence france-presse", "agence france presse", "agence francepresse",
        "getty images", "getty", "epa", "pa", "press association", "pa media", "swns", "storyful", "xinhua", "yonhap",
        "yonhap news agency", "kyodo", "kyodo news", "tass", "ria novosti", "interfax", "efe", "ansa", "dpa", "upi", "bloomberg",
        "anadolu", "anadolu agency", "aap", "cp", "canadian press", "press trust of india", "pti", "ani", "bernama", "antara",
        "rex features", "shutterstock", "alamy", "afp/getty images", "reuters tv", "aptn", "sipa", "abaca",
        // Broadcasters.
        "cnn", "bbc", "bbc news", "nbc", "nbc news", "abc", "abc news", "cbs", "cbs news", "fox news", "sky news", "sky sports",
        "msnbc", "npr", "pbs", "al jazeera", "itv", "itv news", "channel 4", "channel 4 news", "rt", "sputnik", "cctv", "cgtn",
        "france 24", "deutsche welle", "dw", "euronews", "nhk", "kbs", "cbc",
        // Papers, magazines and sites.
        "new york times", "nyt", "washington post", "wall street journal", "wsj", "usa today", "los angeles times",
        "la times", "chicago tribune", "boston globe", "new york post", "new york daily news", "daily news", "guardian",
        "observer", "telegraph", "daily telegraph", "times", "sunday times", "independent", "daily mail", "mail online",
        "mailonline", "sun", "mirror", "daily mirror", "express", "daily express", "evening standard", "standard",
        "financial times", "ft", "economist", "buzzfeed", "buzzfeed news", "politico", "axios", "hill", "huffpost",
        "huffington post", "vox", "vice", "vice news", "slate", "time", "newsweek", "atlantic", "new yorker",
        "daily beast", "breitbart", "drudge report", "tmz", "variety", "hollywood reporter", "people", "us weekly",
        "rolling stone", "forbes", "fortune", "business insider", "insider", "cnbc", "techcrunch", "the verge", "verge",
        "wired", "ars technica", "engadget", "mashable", "gizmodo", "recode", "china daily", "people's daily",
        "global times", "south china morning post", "scmp", "chosun ilbo", "joongang ilbo", "korea herald", "korea times",
        "yomiuri shimbun", "asahi shimbun", "nikkei", "japan times", "times of india", "hindustan times", "dawn",
        "haaretz", "jerusalem post", "times of israel", "le monde", "le figaro", "liberation", "der spiegel", "spiegel",
        "bild", "die zeit", "sueddeutsche zeitung", "frankfurter allgemeine", "el pais", "el país", "el mundo", "la nacion",
        "la nación", "corriere della sera", "la repubblica", "kommersant", "izvestia", "novaya gazeta", "moscow times",
        "kyiv independent", "kyiv post", "meduza", "miami herald", "seattle times", "denver post", "sydney morning herald", "the age", "abc news australia",
        "globe and mail", "toronto star", "irish times", "scotsman", "herald", "metro", "mirror online",
    ]

    /// The agencies and broadcasters looked for in captions and source lines ("Steve Parsons/PA", "AP - AFP").
    static let captionNames: [String] = [
        "associated press", "ap", "reuters", "afp", "agence france-presse", "agence france presse", "agence francepresse",
        "getty images", "epa", "pa", "press association", "pa media", "swns", "storyful", "xinhua", "yonhap", "kyodo",
        "tass", "ria novosti", "efe", "ansa", "dpa", "upi", "bloomberg", "anadolu", "aap", "rex features", "shutterstock",
        "alamy", "cnn", "bbc", "nbc", "cbs", "abc", "sky news", "rt", "sputnik", "cctv", "itv",
    ]

    /// Words that, beside a name, say it is an outlet.
    static let descriptors: Set<String> = [
        "newspaper", "broadcaster", "agency", "affiliate", "channel", "station", "tabloid", "daily", "weekly", "magazine",
        "outlet", "website", "paper", "wire", "radio", "television", "tv", "network", "network's", "news",
    ]

    /// The name as the lists hold it: lower case, diacritics kept, a leading "the" and a possessive dropped.
    static func key(_ name: String) -> String {
        var lower = name.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if lower.hasPrefix("the ") { lower.removeFirst(4) }
        if lower.hasSuffix("'s") { lower.removeLast(2) }
        return lower.split(separator: " ").joined(separator: " ")
    }

    static func isKnown(_ name: String) -> Bool { names.contains(key(name)) }
}
