/// Word lists the stages share. They are data, kept apart from the rules that use them.
public enum Vocabulary {
    public static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]
    /// 0 = Sunday, as `CalendarMath.weekday`.
    public static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    public static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
        "dozen": 12, "dozens": 24,
    ]
    public static let multipliers: [String: Double] = [
        "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    ]
    /// Duration units in days, so "24 hours" and "one day" compare equal.
    public static let durationUnits: [String: Double] = [
        "second": 1.0 / 86_400, "minute": 1.0 / 1_440, "hour": 1.0 / 24, "day": 1, "week": 7,
        "month": 30.44, "year": 365.25, "decade": 3_652.5,
    ]

    /// Words written with a capital only because they start a sentence or a headline,
    /// or that never begin a name.
    /// Words that open names ("New York", "New Year's Eve") but alone name nothing a story is about.
    public static let nameOpeners: Set<String> = ["new"]

    /// Capitalised words that often open a sentence and are no part of a name (beyond `notNames`).
    public static let sentenceOpeners: Set<String> = [
        "officials", "authorities", "police", "people", "residents", "witnesses", "experts", "critics", "analysts", "many", "some",
        "most", "several", "both", "all", "no", "one", "two", "three", "last", "other", "others", "each", "every", "what", "an",
    ]

    public static let notNames: Set<String> = [
        // Greetings and thanks open a line to someone, not a name ("Thanks Ari", "Hello Renee").
        "thanks", "thank", "hello", "hi", "goodbye", "dear",
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "who", "what", "when", "where",
        "why", "how", "which", "whose", "while", "whilst", "if", "but", "and", "or", "nor", "so", "yet", "for",
        "in", "on", "at", "to", "of", "by", "from", "with", "without", "into", "over", "under", "after",
        "before", "during", "since", "until", "about", "against", "between", "among", "amongst", "through",
        "despite", "following", "regarding", "according", "as", "also", "however", "meanwhile", "nonetheless",
        "nevertheless", "moreover", "additionally", "furthermore", "still", "then", "there", "here", "now",
        "just", "recently", "previously", "later", "earlier", "today", "yesterday", "tomorrow", "speaking",
        "asked", "when", "why", "what", "once", "even", "only", "both", "all", "some", "many", "most", "more",
        "several", "each", "every", "no", "not", "never", "other", "another", "such", "one", "two", "three",
        "first", "second", "last", "next", "mr", "mrs", "ms", "dr", "read", "related", "original",
        "loving", "download", "send", "push", "story", "world", "please", "click", "share", "watch", "see",
        "said", "says", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "will", "would", "can", "could", "should", "may", "might", "must", "let", "let's", "yes", "well",
        "whatever", "whoever", "people", "like", "again", "regardly", "just", "because", "although", "though",
        "unless", "whether", "let’s", "it's", "it’s", "i'm", "i’m", "we're", "we’re", "he's", "he’s",
    ]

    /// Words after which a full stop does not end a sentence.
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "u", "s", "vs", "inc", "co",
        "corp", "ltd", "no", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "rev", "prof", "sgt", "capt",
    ]

    /// Titles and roles that stand before a person's name ("Kremlin spokesman Dmitry Peskov").
    public static let roleNouns: Set<String> = [
        "president", "president-elect", "vice", "prime", "minister", "pm", "chancellor", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "senator", "sen", "rep", "representative", "gov", "governor", "mayor",
        "king", "queen", "prince", "princess", "pope", "general", "gen", "judge", "justice", "chief", "director",
        "ceo", "chairman", "chairwoman", "chair", "leader", "envoy", "ambassador", "commissioner", "adviser",
        "advisor", "official", "officer", "lawyer", "attorney", "candidate", "nominee", "head", "founder",
        "commander", "colonel", "captain", "lt", "sergeant", "detective", "inspector", "professor", "analyst",
        "journalist", "reporter", "correspondent", "editor", "economist", "diplomat", "negotiator", "mate",
        "emperor", "sheikh", "ayatollah", "premier", "speaker", "deputy", "aide", "author", "actor", "actress",
        "singer", "coach", "striker", "player", "manager", "pastor", "bishop", "cardinal", "rabbi", "imam",
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "councillor", "councilman", "prosecutor", "elect",
        "sheriff", "pres", "constable", "reverend", "rev", "agent",
    ]
    /// Words that may stand in a role phrase without being a role themselves.
    public static let roleModifiers: Set<String> = [
        "former", "outgoing", "incoming", "acting", "interim", "deputy", "vice", "senior", "top", "chief",
        "elect", "then", "special", "foreign", "defense", "defence", "finance", "interior", "state", "press",
        "national", "security", "executive", "general", "assistant", "associate", "running", "administration",
        "'s", "’s",
    ]

    /// Words that make a name an organisation.
    public static let organisationWords: Set<String> = [
        "times", "post", "news", "journal", "club", "ministry", "party", "council", "agency", "company", "inc",
        "corp", "corporation", "group", "university", "bank", "kremlin", "pentagon", "congress", "senate",
        "parliament", "committee", "commission", "department", "office", "institute", "foundation", "association",
        "union", "league", "army", "navy", "police", "court", "fund", "organization", "organisation", "network",
        "tribune", "herald", "guardian", "telegraph", "independent", "reuters", "press", "broadcasting",
        "television", "radio", "channel", "forum", "service", "services", "bureau", "nato", "administration",
        "house", "government", "cabinet", "assembly", "authority", "media", "magazine", "daily", "gazette",
        "monitor", "observer", "chronicle", "express", "mirror", "mail", "wire", "airlines", "motors", "fc",
    ]
    /// Prepositions after which a single capitalised name is most likely a place.
    public static let placePrepositions: Set<String> = [
        "in", "from", "across", "near", "into", "throughout", "outside", "inside", "to", "toward", "towards",
    ]
    /// Lower-case words allowed inside a name when a capitalised word follows ("Bank of England").
    public static let nameConnectors: Set<String> = ["of", "del", "de", "da", "van", "von", "bin", "al", "la", "le", "du", "dos", "der", "des"]

    /// English function words, left out when comparing content.
    public static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us",
        "me", "who", "whom", "which", "what", "when", "where", "why", "how", "not", "no", "so", "than", "then",
        "there", "here", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
        "may", "might", "must", "shall", "about", "into", "over", "after", "before", "also", "just", "only",
        "very", "more", "most", "such", "any", "all", "some", "other", "out", "up", "down", "off", "own", "same",
        "too", "s", "t", "'s", "’s", "said", "says", "say", "while", "whilst", "during", "since", "until",
        "again", "further", "once", "both", "each", "few", "nor", "now", "yet", "because", "through", "against",
        "between", "amongst", "among", "under", "above", "below", "itself", "himself", "herself", "themselves",
        "that's", "it's", "he's", "she's", "don't", "didn't", "doesn't", "won't", "wouldn't", "i'm", "we're",
        "they're", "according", "told", "added", "noted", "stated", "however", "per", "via", "whether",
    ]
}
