import Foundation
import ParallaxCore
import Testing

/// What a reader of the five seed articles finds in them, checked against the report.
@Suite struct SeedBehaviourTests {
    @Test func peskovsQuoteIsGroupedAcrossTheMoscowTimesAndTheArticleCreditingIt() throws {
        let story = try SharedData.seedReport().stories[0]
        // 000 and 001 both quote Peskov: "It's not ruled out" (curly apostrophe in 000, straight in 001).
        let group = try #require(story.quotes.first { $0.variants.contains { $0.text.hasSuffix("not ruled out") } })
        #expect(group.speaker == "Dmitry Peskov")
        #expect(Set(group.variants.map(\.article)) == [story.outletID("000"), story.outletID("001")])
    }

    @Test func putinsCongratulationIsOneStatementInTwoWordings() throws {
        let story = try SharedData.seedReport().stories[0]
        // 004 quotes the whole sentence; 000 stops after "congratulate him".
        let group = try #require(story.quotes.first { $0.variants.contains { $0.text == "I take this opportunity to congratulate him" } })
        #expect(group.speaker == "Vladimir Putin")
        let longer = try #require(group.variants.first { $0.article == story.outletID("004") })
        #expect(longer.text.hasSuffix("president of the United States of America"))
        let shorter = try #require(group.variants.first { $0.article == story.outletID("000") })
        #expect(shorter.diff.contains { $0.op == .missing && $0.text.hasPrefix("on his election") })
    }

    @Test func translationsOfTheSameRemarkShowTheirDifferentWords() throws {
        let story = try SharedData.seedReport().stories[0]
        // "a brave man" (000), "a courageous person" (003), "a courageous man" (004).
        let group = try #require(story.quotes.first { $0.variants.contains { $0.text.contains("turned out to be a brave man") } })
        #expect(group.variants.count == 3)
        let newspoint = try #require(group.variants.first { $0.article == story.outletID("003") })
        let changed = newspoint.changedSpans.compactMap { story.slice(newspoint.article, $0) }
        #expect(changed == ["courageous person"])
    }

    @Test func dimitryAndDmitryPeskovAreOnePersonWithASpellingConflict() throws {
        let story = try SharedData.seedReport().stories[0]
        let peskov = try #require(story.entities.first { $0.name == "Dmitry Peskov" })
        #expect(peskov.kind == .person)
        #expect(Set(peskov.spellings) == ["Dmitry Peskov", "Dimitry Peskov"])
        let conflict = try #require(story.conflicts.first { $0.kind == .spelling && $0.slot.contains("Peskov") })
        #expect(conflict.values.contains { $0.article == story.outletID("000") && $0.text == "Dimitry Peskov" })
    }

    @Test func articleCreditingTheMoscowTimesIsNotAnIndependentSourceForIt() throws {
        let story = try SharedData.seedReport().stories[0]
        // 000 says "as reported by The Moscow Times"; 001 is The Moscow Times (its "Original url:" line).
        #expect(story.articles.first { $0.id == story.outletID("001") }?.outlet == "The Moscow Times")
        #expect(story.sourceGroups.contains { Set($0.articles) == [story.outletID("000"), story.outletID("001")] })
        let volker = try #require(story.facts.first { $0.text.contains("I think he's going to make a phone call") })
        #expect(volker.support.count == 2 && volker.independentOutlets == 1)
        let credit = try #require(story.credits.first { $0.article == story.outletID("000") && $0.credited.contains("Moscow Times") })
        #expect(credit.creditedArticles == [story.outletID("001")])
    }

    /// 000 calls Volker "the former Trump administration special representative for Ukraine
    /// negotiations", 001 "Trump's envoy for the Russia-Ukraine conflict between 2017 and 2019": one job in
    /// two wordings. Both are shown as roles given, and no conflict is made of them.
    @Test func volkersTwoWordingsOfOneJobAreRolesNotAConflict() throws {
        let story = try SharedData.seedReport().stories[0]
        #expect(!story.conflicts.contains { $0.slot.contains("Volker") })
        let volker = try #require(story.entities.first { $0.name == "Kurt Volker" })
        #expect(Set(volker.roles.map(\.text)).isSuperset(of: [
            "Trump's envoy for the Russia-Ukraine conflict between 2017 and 2019",
            "the former Trump administration special representative for Ukraine negotiations",
        ]))
    }
}

@Suite struct SeedExtractionTests {
    @Test func moscowTimesReadsTitleDateAndURLAndSetsFurnitureAside() throws {
        let article = try SharedData.seedArticle("001")
        #expect(article.title == "Kremlin Hints at Possible Putin-Trump Call Before January Inauguration")
        #expect(article.published == PartialDate(year: 2024, month: 11, day: 7))
        #expect(article.url?.hasPrefix("https://www.themoscowtimes.com/2024/11/07/") == true)
        let roles = article.blocks.map { ($0.role, article.text.slice($0.span)) }
        #expect(roles.contains { $0.0 == .caption && $0.1.hasSuffix("Moskva News Agency") })
        #expect(roles.contains { $0.0 == .related && $0.1.hasPrefix("Related article:") })
        #expect(!roles.contains { $0.0 == .body && $0.1.contains("Original url") })
    }

    @Test func aggregatorBylineGivesAuthorAndOutletAndPromoIsNotBody() throws {
        let troib = try SharedData.seedArticle("002")
        #expect(troib.outlet == "TROIB News")
        #expect(troib.authors == ["James del Carmen"])
        #expect(!troib.bodyBlocks.contains { troib.text.slice($0.span).contains("Read Full Article") })
        let newspoint = try SharedData.seedArticle("003")
        #expect(newspoint.outlet == "Newspoint")
        #expect(newspoint.title == "Putin open to discuss Ukraine with Trump while upholding Russia's demands: Kremlin")
        #expect(!newspoint.bodyBlocks.contains { ["World", "Next Story", "Newszop", "Send Push"].contains(newspoint.text.slice($0.span)) })
    }

    @Test func labelledDatePrefixIsReadAndLeftOutOfTheBody() throws {
        let article = try SharedData.seedArticle("004")
        #expect(article.published == PartialDate(year: 2024, month: 11, day: 9))
        #expect(article.text.slice(article.bodyBlocks[0].span).hasPrefix("Russian President Vladimir Putin is the latest"))
    }

    @Test func bareWeekdayResolvesToTheLatestSuchDayBeforePublication() throws {
        // 004 was published on Saturday 2024-11-09: "Putin said Thursday" is 2024-11-07, "said Wednesday" 2024-11-06.
        let article = try SharedData.seedArticle("004")
        let language = Language.analyse(article, breaker: TextBreaker())
        let thursday = try #require(language.dates.first { $0.text == "Thursday" })
        #expect(thursday.date == PartialDate(year: 2024, month: 11, day: 7))
        let wednesday = try #require(language.dates.first { $0.text == "Wednesday" })
        #expect(wednesday.date == PartialDate(year: 2024, month: 11, day: 6))
        // "the January inauguration", written in November 2024, is January 2025, to the month only.
        let january = try #require(language.dates.first { $0.text == "January" })
        #expect(january.date == PartialDate(year: 2025, month: 1))
        #expect(january.date?.precision == .month)
    }

    @Test func pronounSpeakerResolvesToThePersonJustNamed() throws {
        // 000: "…Putin officially congratulated Trump…" then "\"I take this opportunity to congratulate him,\" he said".
        let article = try SharedData.seedArticle("000")
        let language = Language.analyse(article, breaker: TextBreaker())
        let attribution = AttributionFinder.analyse(article, language: language)
        let quote = try #require(attribution.quotes.first { $0.text == "I take this opportunity to congratulate him" })
        #expect(quote.sourceText == "he")
        #expect(quote.speaker == "Vladimir Putin")
        // Credits in body and in furniture: "as reported by The Washington Post", "Reuters contributed to this report."
        #expect(attribution.credits.contains { $0.credited == "Washington Post" })
        #expect(attribution.credits.contains { $0.credited == "Reuters" })
    }
}
