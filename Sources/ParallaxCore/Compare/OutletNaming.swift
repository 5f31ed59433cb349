/// How the report names each outlet, which depends on the story: an outlet known only by its domain
/// takes the name the story's articles write for it (themoscowtimes.com is "The Moscow Times" when
/// another article credits "The Moscow Times").
enum OutletNaming {
    static func preferWrittenNames(_ articles: inout [AnalysedArticle]) {
        var written: [String: String] = [:]
        for analysed in articles {
            for mention in analysed.language.names where mention.kind == .organisation || mention.kind == .other {
                var name = mention.text
                let before = analysed.text.slice(Span(max(0, mention.span.start - 4), mention.span.start))
                if before == "The " { name = "The " + name }
                let key = OutletNames.key(name)
                if written[key] == nil || (written[key]!.count < name.count) { written[key] = name }
            }
            for credit in analysed.attribution.credits where written[OutletNames.key(credit.credited)] == nil {
                written[OutletNames.key(credit.credited)] = credit.credited
            }
        }
        for index in articles.indices where articles[index].outlet.contains(".") && !articles[index].outlet.contains(" ") {
            if let name = written[OutletNames.key(articles[index].outlet)] {
                articles[index].outlet = name
            } else if articles[index].outlet.lowercased().hasPrefix("www.") {
                articles[index].outlet = String(articles[index].outlet.dropFirst(4))
            }
        }
    }
}
