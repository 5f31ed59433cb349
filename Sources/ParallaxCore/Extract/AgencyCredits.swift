import Foundation

/// News agencies, so that "Reuters" in a byline is kept as a credit and not taken for an author.
public enum AgencyCredits {
    /// Lower-cased agency names and the name shown for each.
    public static let agencies: [String: String] = [
        "reuters": "Reuters", "ap": "AP", "associated press": "Associated Press", "the associated press": "Associated Press",
        "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "dpa": "dpa", "xinhua": "Xinhua",
        "ani": "ANI", "pti": "PTI", "ians": "IANS", "upi": "UPI", "bloomberg": "Bloomberg", "tass": "TASS",
        "interfax": "Interfax", "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo", "yonhap": "Yonhap", "ria novosti": "RIA Novosti",
        "press association": "PA", "pa media": "PA", "cnn wire": "CNN Wire", "reuters staff": "Reuters",
    ]
    /// Separators between names in a byline: "Jane Doe and John Roe", "Jane Doe, Reuters", "Jane Doe | AP".
    static let bylineSeparators = [" and ", ", ", " | ", " / ", ";"]

    static func agency(_ name: String) -> String? {
        var lower = name.lowercased().trimmingSpaces
        for suffix in [" wire", " news agency", " staff"] where lower.hasSuffix(suffix) && agencies[lower] == nil {
            lower = String(lower.dropLast(suffix.count))
        }
        return agencies[lower]
    }

    /// Splits bylines into people and agency credits, and adds credits written at the body's start
    /// ("(Reuters) -", "(AP) —") or end ("Reuters contributed to this report").
    static func separate(authors: [String], body: String, settings: ExtractSettings) -> (authors: [String], credits: [String]) {
        var people: [String] = []
        var credits: [String] = []
        for author in authors {
            for part in author.components(separatedBy: bylineSeparators) {
                let name = part.trimmingSpaces
                guard !name.isEmpty else { continue }
                if let agency = agency(name) { credits.append(agency) } else { people.append(name) }
            }
        }
        // "(Reuters)" near the start: every parenthesised word group there is looked up.
        let head = body.unicodeScalars.prefix(settings.datelineCreditReach)
        var groupStart: String.UnicodeScalarView.Index?
        for index in head.indices {
            if head[index] == "(" {
                groupStart = head.index(after: index)
            } else if head[index] == ")", let start = groupStart {
                if let shown = agencies[String(head[start..<index]).lowercased()] { credits.append(shown) }
                groupStart = nil
            }
        }
        let tail = String(body.unicodeScalars.suffix(settings.contributorCreditReach)).lowercased()
        if tail.range(of: " contributed") != nil {
            for (key, shown) in agencies.sorted(by: { $0.key < $1.key }) where tail.range(of: key + " contributed") != nil { credits.append(shown) }
        }
        var seen = Set<String>()
        return (people.filter { seen.insert($0).inserted }, credits.filter { seen.insert($0).inserted })
    }
}


extension String {
    func components(separatedBy separators: [String]) -> [String] {
        var parts = [self]
        for separator in separators { parts = parts.flatMap { $0.components(separatedBy: separator) } }
        return parts
    }
}
