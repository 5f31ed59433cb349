import Foundation

/// Where the clusterer put one article.
public struct StoryAssignment: Sendable {
    public var story: String
    /// True when the article opened the story (it has no evidence then).
    public var opened: Bool
    /// Time-weighted similarity to the story it joined (for an opened story: to the best other, if any).
    public var similarity: Float
    /// Days between the article and the nearest member, when both are dated.
    public var dayGap: Int?
    public var evidence: [StoryEvidence]
    /// The coverage (larger subject) the story belongs to, when the batch has worked it out.
    public var coverage: String?
}

extension MembershipRecord {
    /// The report's record of where the clusterer put an article (similarity to three decimals).
    public init(_ assignment: StoryAssignment) {
        self.init(opened: assignment.opened, similarity: (Double(assignment.similarity) * 1000).rounded() / 1000,
                  dayGap: assignment.dayGap, evidence: assignment.evidence)
    }
}

/// Two stories found to be one: `from` is folded into `into`, and its articles belong there now.
public struct StoryMerge: Sendable, Codable, Hashable {
    public var from: String
    public var into: String
}

/// A story that left the active window, as storage keeps it; `reopen` brings it back.
public struct StorySnapshot: Sendable, Codable {
    public var id: String
    public var title: String?
    public var members: Int
    public var firstDay: Int?
    public var lastDay: Int?
    public var language: String
    public var keys: [String]
    public var weights: [Float]
}

/// The online stories stage: articles come in publication order; each joins the most similar active
/// story when the similarity reaches the threshold, else opens a story. Stories idle for longer than
/// the window leave it, so memory stays bounded on an endless stream.
public struct StoryClusterer: Sendable {
    struct ActiveStory: Sendable {
        var id: String
        var title: String?
        var centroid: StoryVector
        var norm: Float
        /// The sum of its members' headline vectors: same-story headlines agree even when bodies carry debris.
        var headlines = StoryVector()
        var headlinesNorm: Float = 0
        var members: Int
        var firstDay: Int?
        var lastDay: Int?
        var language: String
        var indexed: [Int32]
        var lastTouched: Int

        /// Takes in another story's members (a joining article is a story of one).
        mutating func absorb(_ other: ActiveStory, settings: StorySettings, sequence: Int) {
            centroid = centroid.adding(other.centroid).heaviest(settings.storyFeatures)
            norm = centroid.norm
            headlines = headlines.adding(other.headlines).heaviest(settings.indexedFeatures)
            headlinesNorm = headlines.norm
            members += other.members
            if let first = other.firstDay, let last = other.lastDay {
                firstDay = min(firstDay ?? first, first)
                lastDay = max(lastDay ?? last, last)
            }
            lastTouched = sequence
        }
    }

    public let settings: StorySettings
    public private(set) var lexicon: StoryLexicon
    /// With a lexicon primed on the whole batch, frequencies are already known; on a stream they grow.
    let learnsFrequencies: Bool
    var active: [Int32: ActiveStory] = [:]
    /// The ids of the active stories, so that a new one never takes an id in use.
    var activeIDs: Set<String> = []
    var postings: [[Int32]] = []
    var nextNumber: Int32 = 0
    var clock: Int?
    var sequence = 0
    /// Every merge so far, in order: a shell that already wrote `from` for some articles maps them on.
    public private(set) var merges: [StoryMerge] = []
    /// Stories that left the window since the last `takeClosed()`.
    var closed: [StorySnapshot] = []

    public init(settings: StorySettings = .standard, primedLexicon: StoryLexicon? = nil, background: BackgroundFrequencies? = nil) {
        self.settings = settings
        self.lexicon = primedLexicon ?? StoryLexicon(settings: settings, background: background)
        self.learnsFrequencies = primedLexicon == nil
    }

    /// A lexicon that knows every key and frequency of a batch before clustering starts, so that the
    /// first articles are weighed as well as the last.
    public static func primedLexicon(_ batch: [StoryFeatures], settings: StorySettings = .standard,
                                     background: BackgroundFrequencies? = nil) -> StoryLexicon {
        var lexicon = StoryLexicon(settings: settings, background: background)
        for features in batch {
            lexicon.observe(Set(features.features.map { lexicon.id($0.key, kind: $0.kind) }).sorted())
        }
        return lexicon
    }

    public var activeCount: Int { active.count }

    /// Places one article: it joins the most similar active story, or opens one named after it
    /// (`articleID` is the article's id, unique in the store).
    public mutating func add(_ features: StoryFeatures, id articleID: String, title: String?) -> StoryAssignment {
        sequence += 1
        let (vector, featureOf) = self.vector(features)
        let headline = headlineVector(features, vector: vector, first: featureOf)
        if let day = features.day, clock.map({ day > $0 }) ?? true {
            clock = day
            closeIdle()
        }
        let best = bestStory(vector, headline: headline, features)
        var newcomer = ActiveStory(id: "", title: title, centroid: vector, norm: vector.norm,
                                   headlines: headline, headlinesNorm: headline.norm, members: 1, firstDay: features.day,
                                   lastDay: features.day, language: features.language, indexed: [], lastTouched: sequence)
        if let best, var story = active[best.number] {
            let evidence = evidence(vector, story, features, featureOf)
            story.absorb(newcomer, settings: settings, sequence: sequence)
            reindex(best.number, &story)
            active[best.number] = story
            let home = mergeIfClose(best.number)
            return StoryAssignment(story: active[home]!.id, opened: false, similarity: best.score, dayGap: best.gap, evidence: evidence)
        }
        newcomer.id = StoryIDs.unused(StoryIDs.id(openedBy: articleID), in: activeIDs)
        open(newcomer)
        if active.count > settings.maxActiveStories { closeLeastRecent() }
        return StoryAssignment(story: newcomer.id, opened: true, similarity: best?.score ?? 0, dayGap: nil, evidence: [])
    }

    /// The active story the article is most similar to, once time has weighed in, if it reaches the
    /// join threshold and shares enough features.
    func bestStory(_ vector: StoryVector, headline: StoryVector, _ features: StoryFeatures) -> (number: Int32, score: Float, gap: Int?)? {
        var best: (number: Int32, score: Float, gap: Int?)?
        for number in candidates(vector) {
            guard let story = active[number], story.language == features.language else { continue }
            let (dot, shared) = vector.dotAndShared(story.centroid)
            guard shared >= settings.minimumShared else { continue }
            var cosine = story.norm > 0 ? dot / story.norm : 0
            if settings.headlineFactor > 0, story.headlinesNorm > 0, !headline.ids.isEmpty {
                cosine = max(cosine, settings.headlineFactor * headline.dot(story.headlines) / story.headlinesNorm)
            }
            let gap = dayGap(features.day, story)
            let score = cosine * timeFactor(gap)
            guard score >= (gap == nil ? settings.undatedJoinThreshold : settings.joinThreshold) else { continue }
            if best.map({ score > $0.score || (score == $0.score && number < $0.number) }) ?? true {
                best = (number, score, gap)
            }
        }
        return best
    }

    /// Makes a story active under the next internal number.
    mutating func open(_ story: ActiveStory) {
        let number = nextNumber
        nextNumber += 1
        var story = story
        reindex(number, &story)
        active[number] = story
        activeIDs.insert(story.id)
    }

    /// The article's normalised TF-IDF vector, and for each id (sorted) the feature that first gave it.
    mutating func vector(_ features: StoryFeatures) -> (StoryVector, FirstFeatures) {
        var entries: [(id: Int32, index: Int)] = []
        entries.reserveCapacity(features.features.count)
        for (index, feature) in features.features.enumerated() {
            entries.append((lexicon.id(feature.key, kind: feature.kind), index))
        }
        // Sorted arrays, not dictionaries: this runs for every article, and two spellings of one name
        // (one id) are rare, so folding neighbours is all the merging needed.
        entries.sort { $0.id != $1.id ? $0.id < $1.id : $0.index < $1.index }
        var ids: [Int32] = [], counts: [Float] = [], first = FirstFeatures()
        for entry in entries {
            let count = features.features[entry.index].count
            if ids.last == entry.id {
                counts[counts.count - 1] += count
            } else {
                ids.append(entry.id)
                counts.append(count)
                first.ids.append(entry.id)
                first.indices.append(entry.index)
            }
        }
        if learnsFrequencies { lexicon.observe(ids) }
        // Sublinear in the (position-weighted) count: a word said ten times is not ten times the story.
        let weights = zip(ids, counts).map { id, count -> Float in
            (count > 1 ? 1 + logf(count) : count) * lexicon.idf(id)
        }
        let vector = StoryVector(ids: ids, weights: weights).heaviest(settings.articleFeatures)
        let norm = vector.norm
        return (norm > 0 ? vector.scaled(1 / norm) : vector, first)
    }

    /// The words of the headline alone, IDF-weighted and normalised (empty without a headline).
    func headlineVector(_ features: StoryFeatures, vector: StoryVector, first: FirstFeatures) -> StoryVector {
        guard settings.headlineFactor > 0 else { return StoryVector() }
        var headline = StoryVector()
        for (id, index) in zip(first.ids, first.indices) where features.features[index].field == .title && features.features[index].kind != .quote {
            headline.ids.append(id)
            headline.weights.append(lexicon.idf(id))
        }
        let norm = headline.norm
        return norm > 0 ? headline.scaled(1 / norm) : headline
    }

    /// For each id of an article, the index of the feature that first gave it; sorted by id.
    struct FirstFeatures {
        var ids: [Int32] = []
        var indices: [Int] = []

        subscript(id: Int32) -> Int? {
            let index = ids.partitioningIndex { $0 >= id }
            return index < ids.count && ids[index] == id ? indices[index] : nil
        }
    }

    func dayGap(_ day: Int?, _ story: ActiveStory) -> Int? {
        guard let day, let first = story.firstDay, let last = story.lastDay else { return nil }
        return max(0, day - last, first - day)
    }

    func timeFactor(_ gap: Int?) -> Float {
        guard let gap, gap > settings.graceDays else { return 1 }
        return powf(0.5, Float(gap - settings.graceDays) / settings.halfLifeDays)
    }

    /// A story that has just grown may now be the same story as another one (two halves of a story
    /// that started apart, as headlines on one subject do): when their centroids are this close, the
    /// smaller is folded into the bigger. Returns the number of the story that holds the members now.
    mutating func mergeIfClose(_ number: Int32) -> Int32 {
        guard let story = active[number], story.members >= settings.mergeMinimumMembers, story.norm > 0 else { return number }
        let unit = story.centroid.scaled(1 / story.norm)
        var best: (number: Int32, score: Float)?
        // Found by the story's heaviest few features: a story it should become shares its core.
        for other in candidates(unit.heaviest(settings.mergeProbeFeatures)) where other != number {
            guard let candidate = active[other], candidate.language == story.language,
                  candidate.members >= settings.mergeMinimumMembers, candidate.norm > 0 else { continue }
            let (dot, shared) = unit.dotAndShared(candidate.centroid)
            guard shared >= settings.minimumShared else { continue }
            var gap: Int?
            if let first = story.firstDay, let last = story.lastDay, let otherFirst = candidate.firstDay, let otherLast = candidate.lastDay {
                gap = max(0, first - otherLast, otherFirst - last)
            }
            let score = dot / candidate.norm * timeFactor(gap)
            if score >= settings.mergeThreshold, best.map({ score > $0.score || (score == $0.score && other < $0.number) }) ?? true {
                best = (other, score)
            }
        }
        guard let best, let other = active[best.number] else { return number }
        let (keep, fold) = other.members > story.members || (other.members == story.members && best.number < number)
            ? (best.number, number) : (number, best.number)
        var kept = active[keep]!
        let folded = active.removeValue(forKey: fold)!
        activeIDs.remove(folded.id)
        for id in folded.indexed { postings[Int(id)].removeAll { $0 == fold } }
        kept.absorb(folded, settings: settings, sequence: sequence)
        reindex(keep, &kept)
        active[keep] = kept
        merges.append(StoryMerge(from: folded.id, into: kept.id))
        return keep
    }

    /// Active stories sharing at least one of the article's indexable features.
    func candidates(_ vector: StoryVector) -> [Int32] {
        var seen = Set<Int32>()
        var result: [Int32] = []
        let filtersCommon = lexicon.hasBackground || lexicon.documents >= settings.commonShareAfter
        for id in vector.ids where Int(id) < postings.count && (!filtersCommon || lexicon.share(id) <= settings.commonShare) {
            for number in postings[Int(id)] where seen.insert(number).inserted { result.append(number) }
        }
        return result
    }

    /// The shared features that contributed most to the similarity, with the article's spans.
    func evidence(_ vector: StoryVector, _ story: ActiveStory, _ features: StoryFeatures, _ featureOf: FirstFeatures) -> [StoryEvidence] {
        var shared: [(id: Int32, weight: Float)] = []
        for (index, id) in vector.ids.enumerated() {
            if let other = story.centroid.weight(of: id) { shared.append((id, vector.weights[index] * other / max(story.norm, 1e-6))) }
        }
        shared.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.id < $1.id }
        return shared.prefix(settings.evidenceCount).compactMap { item in
            guard let index = featureOf[item.id] else { return nil }
            let feature = features.features[index]
            return StoryEvidence(kind: feature.kind, text: features.surface(of: feature), field: feature.field, span: feature.span, weight: item.weight)
        }
    }

    /// Points the index at the story's heaviest features, and no longer at the ones it lost.
    mutating func reindex(_ number: Int32, _ story: inout ActiveStory) {
        let wanted = story.centroid.heaviest(settings.indexedFeatures).ids
        let old = Set(story.indexed), new = Set(wanted)
        for id in story.indexed where !new.contains(id) { postings[Int(id)].removeAll { $0 == number } }
        for id in wanted where !old.contains(id) {
            while postings.count <= Int(id) { postings.append([]) }
            postings[Int(id)].append(number)
        }
        story.indexed = wanted
    }

    mutating func close(_ number: Int32) {
        guard let story = active.removeValue(forKey: number) else { return }
        activeIDs.remove(story.id)
        for id in story.indexed { postings[Int(id)].removeAll { $0 == number } }
        closed.append(StorySnapshot(id: story.id, title: story.title, members: story.members, firstDay: story.firstDay,
                                    lastDay: story.lastDay, language: story.language,
                                    keys: story.centroid.ids.map { lexicon.key($0) }, weights: story.centroid.weights))
    }

    /// Closes the stories whose last member is older than the window.
    mutating func closeIdle() {
        guard let clock else { return }
        let idle = active.filter { ($0.value.lastDay ?? clock) < clock - settings.activeDays }.keys.sorted()
        for number in idle { close(number) }
    }

    /// With no dates to move the clock, the least recently joined share of the stories leaves.
    mutating func closeLeastRecent() {
        let order = active.sorted { $0.value.lastTouched != $1.value.lastTouched ? $0.value.lastTouched < $1.value.lastTouched : $0.key < $1.key }
        for (number, _) in order.prefix(max(1, Int(Float(settings.maxActiveStories) * settings.closedShareWhenFull))) { close(number) }
    }

    /// Closes every active story: at the end of a run, so that storage holds them all and the next
    /// run's `reopen` goes on where this one stopped.
    public mutating func closeAll() {
        for number in active.keys.sorted() { close(number) }
    }

    /// The stories that left the window since the last call, for storage.
    public mutating func takeClosed() -> [StorySnapshot] {
        defer { closed = [] }
        return closed
    }

    /// Brings a stored story back into the window under its id.
    public mutating func reopen(_ snapshot: StorySnapshot) {
        // The same story given twice (a file reopened twice) is one story.
        guard !activeIDs.contains(snapshot.id) else { return }
        var pairs: [(Int32, Float)] = []
        for (key, weight) in zip(snapshot.keys, snapshot.weights) { pairs.append((lexicon.id(key, kind: .term), weight)) }
        pairs.sort { $0.0 < $1.0 }
        var centroid = StoryVector()
        for (id, weight) in pairs {
            if centroid.ids.last == id { centroid.weights[centroid.weights.count - 1] += weight } else { centroid.ids.append(id); centroid.weights.append(weight) }
        }
        sequence += 1
        open(ActiveStory(id: snapshot.id, title: snapshot.title, centroid: centroid, norm: centroid.norm, members: snapshot.members,
                         firstDay: snapshot.firstDay, lastDay: snapshot.lastDay, language: snapshot.language, indexed: [],
                         lastTouched: sequence))
    }
}
