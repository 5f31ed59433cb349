/// The language stage's tunables.
public struct LanguageSettings: Sendable, Codable {
    /// A single capitalised word this long ending like a demonym ("Russian", "Japanese") is an
    /// adjective, not a name.
    public var minDemonymLength = 6
    /// Words a role before a name may have ("the former Trump administration special envoy").
    public var maxRoleWords = 6
    /// Words an apposition after a name may have (", the former … for Ukraine negotiations,").
    public var maxAppositionWords = 14
    /// A run of two to this many capitalised words with no other cue is taken for a person's name.
    public var maxPersonNameWords = 4
    /// A name of up to this many words right before a speech verb ("Chahine said") is taken for a person's.
    public var maxSpeakerNameWords = 3
    /// A number's counted noun stands at most this many words after it ("70 world leaders": 2).
    public var maxCountedNounGap = 4
    /// Years read as dates ("in 2016"); other four-digit numbers are counts.
    public var minYear = 1900
    public var maxYear = 2099
    /// Longest stray tag (`<u>`, `</strong>`) set aside in scraped text, in characters.
    public var maxStrayTagLength = 40

    public init() {}
}
