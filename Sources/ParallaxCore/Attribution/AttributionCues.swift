/// Words that introduce speech or a source, kept as data apart from the rules.
public enum AttributionCues {
    /// Verbs of saying, in the forms news uses ("said", "told", "stating", "remarked").
    public static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "stating", "noted", "notes",
        "noting", "remarked", "remarks", "remarking", "asked", "asks", "explained", "explains", "warned", "warns",
        "insisted", "insists", "argued", "argues", "claimed", "claims", "wrote", "writes", "declared", "declares",
        "announced", "announces", "commented", "comments", "replied", "replies", "responded", "responds",
        "continued", "continues", "emphasised", "emphasized", "stressed", "stresses", "admitted", "acknowledged",
        "insisting", "adding", "saying", "telling", "recalled", "suggested", "confirmed", "cautioned", "indicated",
        "revealed", "asserted", "asserting", "maintained", "tweeted", "posted", "promised", "pledged", "vowed",
    ]
    public static let pronouns: [String: EntityKind] = [
        "he": .person, "she": .person, "they": .other, "it": .organisation, "him": .person, "her": .person,
    ]
    /// Phrases after which the next organisation named is a credited source.
    public static let creditOpeners: [[String]] = [
        ["according", "to"], ["as", "reported", "by"], ["as", "reported", "in"], ["reported", "by"],
        ["as", "reported", "by"], ["interview", "with"], ["told"], ["published", "by"], ["citing"],
        ["read", "full", "article", "at"], ["via"], ["cited", "by"], ["quoted", "by"], ["report", "by"],
        ["reporting", "by"], ["reporting", "from"],
    ]
    /// Verbs after an outlet's name that credit it: "Guardian reported", "Reuters contributed to this report".
    public static let creditVerbsAfter: Set<String> = ["reported", "reports", "contributed", "reporting", "first", "wrote", "said",
                                                       "says", "writes", "claimed", "claims"]
    /// Of those, the verbs any source speaks with: after them only an outlet's name makes a credit.
    public static let speakingVerbs: Set<String> = ["said", "says", "wrote", "writes", "claimed", "claims"]
}
