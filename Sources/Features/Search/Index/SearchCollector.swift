import BuurtCore
import DutchText
import Foundation
import Model
import Site

/// Sees every rendered page of the build, keeps what the search needs of the pages that are items of a site
/// (pages, kaart entries, toolkit articles: anything with content), and at the end writes each site's search page
/// and index: every buurt site its own, the portal one of the whole municipality with the platform as a filter.
final class SearchCollector: PageCollector, @unchecked Sendable {
    let settings: SearchSettings
    let renderer: SiteRenderer
    /// The sites built: the portal first, then the buurten in the order of the build.
    let sites: [SearchSite]
    let analysis = SearchAnalysis()

    private let lock = NSLock()
    private var vocabulary = WordTable(capacity: 65_536)
    private var wordList: [String] = []
    /// The word counters no page is using: one per thread that analyses pages at the same time.
    private var idleCounters: [PageWordCounter] = []
    private var documents: [SearchDocument] = []
    /// Items shown on several sites are analysed once, by their content file.
    private var analysed: [String: AnalyzedWords] = [:]
    private var failures: [Diagnostic] = []

    var problems: [Diagnostic] { lock.withLock { failures } }

    init(settings: SearchSettings, renderer: SiteRenderer, buurten: [Buurt]) {
        self.settings = settings
        self.renderer = renderer
        let portalBase = renderer.content.municipality.baseURL.absolute
        sites =
            [SearchSite(folder: "", name: renderer.content.municipality.name, buurt: nil, base: portalBase)]
            + buurten.map {
                SearchSite(folder: $0.slug + "/", name: $0.config.name, buurt: $0, base: $0.config.baseURL.absolute)
            }
    }

    var wantsContent: Bool { true }

    var plannedPaths: [String] {
        sites.flatMap { [$0.folder + settings.segment + "/index.html", $0.folder + settings.segment + "/index/"] }
    }

    func collect(_ page: PageRecord) {
        guard let content = page.content, content.searchable, sites.contains(where: { $0.folder == page.site })
        else { return }
        let title = content.name ?? page.title
        let summary = content.summary ?? ""
        let words =
            content.source.flatMap { source in lock.withLock { analysed[source] } }
            ?? analyse(title: title, content: content, summary: summary)
        var filterValues: [String: [String]] = [:]
        for filter in content.filters { filterValues[filter.field] = content.fields[filter.field] ?? [] }
        let document = SearchDocument(
            site: page.site, urlPath: page.urlPath, title: title, section: content.section, summary: summary,
            filterValues: filterValues, filters: content.filters, source: content.source, words: words)
        lock.withLock {
            documents.append(document)
            if let source = content.source, analysed[source] == nil { analysed[source] = words }
        }
    }

    /// The words of a page with their weights; the vocabulary learns new ones.
    private func analyse(title: String, content: PageContent, summary: String) -> AnalyzedWords {
        var counter = lock.withLock { idleCounters.popLast() } ?? PageWordCounter()
        counter.add(title, SearchWeights.title)
        for heading in content.headings { counter.add(heading, SearchWeights.heading) }
        for values in content.fields.values {
            for value in values { counter.add(value, SearchWeights.field(sharedBy: values.count)) }
        }
        counter.add(summary, SearchWeights.summary)
        counter.add(content.body, SearchWeights.body, counts: true)
        if counter.hasNewWords {
            lock.withLock {
                counter.numberNewWords { word in
                    let number = vocabulary.number(of: word)
                    if number == wordList.count { wordList.append(String(decoding: word, as: UTF8.self)) }
                    return UInt32(number)
                }
            }
        }
        // Words of the title, so on the page.
        let start = analysis.titleStart(of: title).compactMap { word in
            var word = word
            return word.withUTF8 { counter.vocabularyNumber(of: $0) }
        }
        // In any order: the weights are sums of halves and quarters, which Float adds exactly in every order, so
        // the index comes out the same.
        let (ids, weights, length) = counter.finishPage()
        lock.withLock { idleCounters.append(counter) }
        let body = content.body.hasPrefix(summary) ? content.body : summary + "\n" + content.body
        return AnalyzedWords(
            words: ids, weights: weights, length: max(length, 1),
            excerpt: Self.prefix(of: body, bytes: SearchIndexLimits.longestExcerpt + 64),
            titleStart: start)
    }

    /// The first `bytes` bytes of `text`, as `String(decoding: text.utf8.prefix(bytes), as: UTF8.self)` makes them
    /// (a character cut in two becomes U+FFFD), without decoding again what is valid already: the excerpts of the
    /// 2,000-page bench site took 21 million instructions that way, 2.5 million this way.
    static func prefix(of text: String, bytes: Int) -> String {
        let utf8 = text.utf8
        guard let end = utf8.index(utf8.startIndex, offsetBy: bytes, limitedBy: utf8.endIndex), end < utf8.endIndex
        else { return text }
        return String(utf8[..<end]) ?? String(decoding: utf8[..<end], as: UTF8.self)
    }

    /// The portal's index holds every buurt site's pages: a shard build leaves it to `buurtsite merge`.
    var gathersSites: Bool { true }

    /// Every site's search page and index, in path order.
    func files() -> [(path: String, text: String)] {
        let made = MadeFiles()
        makeFiles(forSites: nil) { path, text in made.add(path, text) }
        return made.sorted
    }

    /// Each site's files are handed over as soon as its index is made: the build holds one site's at a time per core.
    func makeFiles(forSites folders: Set<String>?, _ write: @Sendable (_ path: String, _ text: String) -> Void) {
        let chosen = folders.map { folders in sites.filter { folders.contains($0.folder) } } ?? sites
        let (documents, words) = lock.withLock { (self.documents, self.wordList) }
        let analysis = self.analysis
        let builder = SearchIndexBuilder(
            analysis: analysis, words: words, stems: analysis.stems(of: words),
            synonyms: settings.synonyms)
        let segment = settings.segment
        _ = chosen.parallelMap { site in
            let input = self.input(for: site, from: documents)
            let folder = site.folder + segment + "/"
            let metaFile = builder.build(input) { name, text in write(folder + SearchIndexBuilder.folder + name, text) }
            let page = SearchPage(renderer: renderer, site: site, segment: segment, input: input, indexFile: metaFile)
            do throws(Diagnostic) {
                write(folder + "index.html", try page.html())
            } catch {
                self.lock.withLock { self.failures.append(error) }
            }
        }
    }

    /// The documents of one site's index, in a fixed order whatever the order pages rendered in, with their links
    /// as seen from its search page. The portal's holds every site's, an item shown on several sites once.
    func input(for site: SearchSite, from documents: [SearchDocument]) -> SearchIndexInput {
        let siteOrder = Dictionary(uniqueKeysWithValues: sites.enumerated().map { ($1.folder, $0) })
        // Positions sorted, with each one's site looked up once: sorting the documents themselves by looking up
        // their sites in every comparison was 2 % of the bench site's build.
        let chosen = documents.indices.filter { site.buurt == nil || documents[$0].site == site.folder }
        let siteNumber = chosen.map { siteOrder[documents[$0].site]! }
        let ordered = chosen.indices.sorted { a, b in
            siteNumber[a] != siteNumber[b]
                ? siteNumber[a] < siteNumber[b] : documents[chosen[a]].urlPath < documents[chosen[b]].urlPath
        }
        var kept: [SearchDocument] = []
        var keptSites: [Int] = []
        var platforms: [[String]] = []
        var bySource: [String: Int] = [:]
        bySource.reserveCapacity(chosen.count)
        for position in ordered {
            let document = documents[chosen[position]]
            let name = sites[siteNumber[position]].name
            if let source = document.source, let first = bySource[source] {
                if !platforms[first].contains(name) { platforms[first].append(name) }
                continue
            }
            if let source = document.source { bySource[source] = kept.count }
            kept.append(document)
            keptSites.append(siteNumber[position])
            platforms.append([name])
        }
        // Each site's part of the links made once, by the sites' numbers: looking each document's site up by its
        // folder again, copying it and joining its links piece by piece, this function took 33 M instructions for
        // the 2,000-page bench site's two indexes, 18 M so (callgrind).
        let prefixes = sites.map { linkPrefix(to: $0, seenFrom: site) }
        let hrefs = kept.indices.map { prefixes[keptSites[$0]] + SitePath.encode(kept[$0].urlPath) }
        return SearchIndexInput(
            documents: kept, hrefs: hrefs, platforms: site.buurt == nil ? platforms : nil,
            municipality: renderer.content.municipality.name)
    }

    /// What the link from a site's search page (`<segment>/`) to a document of `owner` starts with, before the
    /// document's encoded path: relative within a site, and to a buurt site published in its folder under the portal;
    /// absolute to one published elsewhere. (Encoding works character by character, so the folder may be encoded
    /// apart from the path.)
    private func linkPrefix(to owner: SearchSite, seenFrom site: SearchSite) -> String {
        if owner.folder == site.folder { return "../" }
        let portalBase = sites[0].base
        if site.buurt == nil, owner.base == portalBase + owner.folder { return "../" + SitePath.encode(owner.folder) }
        return owner.base
    }
}

/// Files handed over from several threads, gathered.
private final class MadeFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [(path: String, text: String)] = []

    func add(_ path: String, _ text: String) { lock.withLock { files.append((path, text)) } }

    var sorted: [(path: String, text: String)] { lock.withLock { files.sorted { $0.path < $1.path } } }
}

/// A site that gets a search: the portal (no buurt) or a buurt's.
struct SearchSite: Sendable {
    /// "" for the portal, "molenkamp/".
    let folder: String
    let name: String
    let buurt: Buurt?
    /// Its absolute address.
    let base: String
}
