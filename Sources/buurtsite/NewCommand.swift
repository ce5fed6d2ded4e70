import ArgumentParser
import BuurtCalendar
import BuurtCore
import Foundation
import Pipeline
import YAML

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new page, kaart entry, agenda activity or toolkit article, as a draft.",
        discussion:
            "Writes a Markdown file with every required field filled in, today's date and 'draft: true', and the "
            + "optional fields as comments. A draft is checked but not published: remove 'draft: true' to publish it."
    )

    @Argument(help: ArgumentHelp("What to make: \(NewContent.Kind.names).", valueName: "kind"))
    var kind: String

    @Argument(help: ArgumentHelp("The title; the file name is made from it.", valueName: "title"))
    var title: String

    @Option(name: .long, help: "Folder holding site.yml, content/ and themes/.")
    var root: String = "."

    @Option(
        name: .long,
        help: ArgumentHelp(
            "For this buurt platform only (its folder name); without it, for the whole municipality.",
            valueName: "slug"))
    var buurt: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "toolkit: the topic (a slug from toolkit.topics in site.yml); default the first.",
            valueName: "slug"))
    var topic: String?

    func run() throws {
        do {
            let made = try NewContent(root: root, today: BuildOptions.currentDay()).make(
                kind: kind, title: title, buurt: buurt, topic: topic)
            print("made \(made) (a draft: checked, not published)")
            print(
                "next: write the text, remove 'draft: true' and run: buurtsite check"
                    + (root == "." ? "" : " --root \(root)"))
        } catch let problem as CommandProblem {
            printError("error: " + problem.message)
            throw ExitCode(1)
        }
    }
}

/// Writes the file of a new piece of content, with front matter that builds as it is.
struct NewContent {
    enum Kind: String, CaseIterable {
        case pagina, kaart, activiteit, toolkit

        static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }

    let root: String
    let today: Day

    /// Writes the file; returns its path relative to the root.
    func make(kind name: String, title: String, buurt: String?, topic: String?) throws -> String {
        guard let kind = Kind(rawValue: name) else {
            throw CommandProblem(message: "unknown kind '\(name)'; choose one of: \(Kind.names)")
        }
        if topic != nil && kind != .toolkit {
            throw CommandProblem(message: "--topic is for toolkit articles only; leave it out for a \(kind.rawValue)")
        }
        let config = try siteConfig()
        let buurten = buurtFolders()
        if let buurt, !buurten.contains(buurt) {
            throw CommandProblem(
                message: "no buurt platform '\(buurt)' in content/buurten/"
                    + Suggestion.didYouMean(buurt, among: buurten) + "; choose one of: "
                    + (buurten.isEmpty ? "(none yet)" : buurten.joined(separator: ", ")))
        }
        let slug = Slug.make(from: title)
        guard !slug.isEmpty, !title.allSatisfy(\.isWhitespace) else {
            throw CommandProblem(message: "the title '\(title)' has no letters or digits to make a file name from")
        }
        let base = buurt.map { "content/buurten/\($0)/" } ?? "content/"
        let path: String, text: String
        switch kind {
        case .pagina:
            path = base + "pages/\(slug).md"
            text = pageText(title: title)
        case .kaart:
            let categories = config["categories"]?.sequence?.compactMap { $0["value"]?.string } ?? []
            guard let category = categories.first else {
                throw CommandProblem(
                    message: "site.yml has no categories, which every kaart entry needs; add them first "
                        + "(categories: with value and label)")
            }
            path = base + "kaart/\(slug).md"
            text = kaartText(title: title, category: category, categories: categories, municipal: buurt == nil)
        case .activiteit:
            let categories = config["categories"]?.sequence?.compactMap { $0["value"]?.string } ?? []
            let audiences = config["audiences"]?.sequence?.compactMap { $0["value"]?.string } ?? []
            guard let category = categories.first, let audience = audiences.first else {
                throw CommandProblem(
                    message: "site.yml needs categories and audiences, which every activity names; add them first "
                        + "(categories: and audiences:, each with value and label)")
            }
            path = base + "agenda/\(slug).md"
            text = activityText(
                title: title, category: category, categories: categories, audience: audience, audiences: audiences,
                municipal: buurt == nil)
        case .toolkit:
            let topics = config["toolkit"]?["topics"]?.sequence?.compactMap { $0["slug"]?.string } ?? []
            guard let chosen = topic ?? topics.first else {
                throw CommandProblem(
                    message: "site.yml has no toolkit topics, which every article needs; add them first "
                        + "(toolkit: with topics: slug, title, description)")
            }
            guard topics.contains(chosen) else {
                throw CommandProblem(
                    message: "no toolkit topic '\(chosen)' in site.yml" + Suggestion.didYouMean(chosen, among: topics)
                        + "; choose one of: " + topics.joined(separator: ", "))
            }
            // An article has a folder of its own, for its pictures and attachments, as in the example.
            path = base + "toolkit/\(chosen)/\(slug)/\(slug).md"
            text = toolkitText(title: title, topic: chosen, topics: topics)
        }
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) {
            throw CommandProblem(
                message: "\(path) already exists; it was left as it was. Choose another title, or edit that file")
        }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            // .withoutOverwriting: a file made meanwhile is not replaced either.
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw CommandProblem(message: "cannot write \(path): \(error.localizedDescription)")
        }
        return path
    }

    /// site.yml, parsed: the shared lists and the features' settings.
    func siteConfig() throws -> YAMLNode {
        let path = URL(fileURLWithPath: root).appendingPathComponent("site.yml")
        guard let data = FileManager.default.contents(atPath: path.path) else {
            throw CommandProblem(
                message: "site.yml not found in \(root); run buurtsite in the site's folder or pass it with --root")
        }
        do {
            guard let node = try YAMLParser.parse(String(decoding: data, as: UTF8.self), file: "site.yml") else {
                throw CommandProblem(message: "site.yml is empty; run buurtsite check to see what it needs")
            }
            return node
        } catch let diagnostic as Diagnostic {
            throw CommandProblem(message: diagnostic.description + "\nrun buurtsite check for every problem")
        }
    }

    /// The buurt platforms: folders of content/buurten/ with a buurt.yml, sorted.
    func buurtFolders() -> [String] {
        let folder = URL(fileURLWithPath: root).appendingPathComponent("content/buurten")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/buurt.yml").path)
        }.sorted()
    }

    static let draftComment = """
        # Een concept: buurtsite controleert het, maar zet het niet op de site.
        # Haal de regel 'draft: true' weg als het klaar is om te publiceren.
        """

    func pageText(title: String) -> String {
        """
        ---
        \(Self.draftComment)
        title: \(yamlString(title))
        updated: \(today)
        draft: true

        # Niet verplicht. Haal het #-teken weg om iets te gebruiken.
        # Eén of twee zinnen over de pagina, voor zoekmachines en in lijsten:
        # description: Waar deze pagina over gaat.
        # Laat de pagina zien in het menu bovenaan de site:
        # menu: true
        # Plaats in het menu en in lijsten: een lager getal komt eerder.
        # order: 10
        # Een inhoudsopgave bovenaan, gemaakt van de kopjes:
        # toc: true
        # Een ander webadres dan de bestandsnaam (kleine letters, cijfers en streepjes):
        # slug: ander-adres
        ---
        Schrijf hier de tekst van de pagina. Een regel die begint met ## is een kopje.

        """
    }

    /// Only a municipality-wide entry chooses its buurten; a buurt's own entry serves that buurt.
    static let servesComment = """
        # Voor welke buurten het is: all (alle buurten) of een lijst met mapnamen van buurten.
        # serves: all

        """

    func kaartText(title: String, category: String, categories: [String], municipal: Bool) -> String {
        """
        ---
        \(Self.draftComment)
        name: \(yamlString(title))
        # Eén zin die zegt wat het aanbod is:
        summary: Schrijf hier in één zin wat dit aanbod is.
        # formeel: hulp van professionals; informeel: hulp van buurtgenoten en vrijwilligers.
        kind: informeel
        # Een of meer onderwerpen uit site.yml: \(categories.joined(separator: ", ")).
        categories: [\(category)]
        # Wie het aanbiedt.
        organization:
          name: Naam van de organisatie
          # website: https://www.voorbeeld.nl/
          # description: Wie ze zijn, in één zin.
          # government: true
        # Hoe mensen de hulp krijgen zonder langs te komen: online, telefoon, aan-huis.
        # Of geef hieronder een adres bij 'locations:'.
        channels: [telefoon]
        # De dag waarop iemand de gegevens voor het laatst heeft nagekeken.
        reviewed: \(today)
        # Het e-mailadres van wie deze vermelding bijhoudt (wordt niet op de site getoond).
        owner: naam@voorbeeld.nl
        draft: true

        # Niet verplicht. Haal het #-teken weg om iets te gebruiken.
        # Voor wie het is, uit 'audiences' in site.yml:
        # audiences: [iedereen]
        # Wat het kost:
        # cost: Gratis
        # Talen die gesproken worden (codes van twee letters):
        # languages: [nl, en]
        # Wie er gebruik van kan maken:
        # eligibility: Voor inwoners van 65 jaar en ouder.
        # Hoe je contact opneemt (verplicht bij kind: formeel):
        # contact:
        #   phone: 0999 123 456
        #   email: info@voorbeeld.nl
        #   website: https://www.voorbeeld.nl/
        # Waar het is:
        # locations:
        #   - name: Buurthuis
        #     address: Straat 1
        #     postcode: 9999 AA
        #     place: Plaatsnaam
        #     accessibility: Ingang zonder drempel.
        # Wanneer het open is (elke week op dinsdag; MO TU WE TH FR SA SU):
        # schedules:
        #   - freq: weekly
        #     byday: [TU]
        #     opens_at: "10:00"
        #     closes_at: "12:00"
        #     location: Buurthuis
        # Openingstijden in eigen woorden:
        # hours_note: Bellen op werkdagen van 9:00 tot 12:00 uur.
        # Dagen waarop het dicht is:
        # closed: [2026-12-25]
        \(municipal ? Self.servesComment : "")\
        # Een ander webadres dan de bestandsnaam:
        # slug: ander-adres
        ---
        Schrijf hier wat iemand moet weten: wat je er kunt doen, hoe het gaat en wat je meeneemt.

        """
    }

    func activityText(
        title: String, category: String, categories: [String], audience: String, audiences: [String], municipal: Bool
    ) -> String {
        """
        ---
        \(Self.draftComment)
        title: \(yamlString(title))
        # Eén zin die zegt wat er te doen is:
        summary: Schrijf hier in één zin wat er te doen is.
        # Een of meer onderwerpen uit site.yml: \(categories.joined(separator: ", ")).
        categories: [\(category)]
        # Voor wie het is, uit site.yml: \(audiences.joined(separator: ", ")).
        audiences: [\(audience)]
        # Wie het organiseert: een naam, of een vermelding op de sociale kaart ({ kaart: bestandsnaam }).
        organiser: Naam van de organisator
        # Waar het is: een adres, of een vermelding op de sociale kaart ({ kaart: bestandsnaam }).
        location:
          name: Naam van de plek
          address: Straat 1
          postcode: 9999 AA
          place: Plaatsnaam
        # De dag, en hoe laat het begint en eindigt.
        date: \(today)
        start: "10:00"
        end: "12:00"
        # De dag waarop iemand de gegevens voor het laatst heeft nagekeken.
        reviewed: \(today)
        # Het e-mailadres van wie deze activiteit bijhoudt (wordt niet op de site getoond).
        owner: naam@voorbeeld.nl
        draft: true

        # Niet verplicht. Haal het #-teken weg om iets te gebruiken.
        # Meer dagen achter elkaar: de laatste dag.
        # end_date: 2026-12-20
        # De hele dag, zonder begin- en eindtijd (haal dan start en end weg):
        # all_day: true
        # Elke week of maand in plaats van één keer (haal dan date weg); MO TU WE TH FR SA SU, 1WE = eerste woensdag:
        # schedule:
        #   freq: weekly
        #   byday: [TU]
        #   start: "10:00"
        #   end: "12:00"
        #   valid_from: 2026-09-01
        # Dagen waarop het niet doorgaat:
        # cancelled:
        #   - date: 2026-12-29
        #     reason: Kerstvakantie
        # Wat het kost:
        # cost: Gratis
        # Aanmelden:
        # registration:
        #   required: true
        #   how: Bel of mail de organisator.
        # Hoe toegankelijk de plek is:
        # accessibility: De ingang heeft geen drempel.
        \(municipal ? Self.servesComment : "")\
        ---
        Schrijf hier wat mensen moeten weten: wat je gaat doen, wat je meeneemt en wie je er ontmoet.

        """
    }

    func toolkitText(title: String, topic: String, topics: [String]) -> String {
        """
        ---
        \(Self.draftComment)
        title: \(yamlString(title))
        # Het onderwerp, uit toolkit.topics in site.yml: \(topics.joined(separator: ", ")).
        topic: \(topic)
        # Eén of twee zinnen over wat het artikel biedt; staat in lijsten en boekjes.
        summary: Schrijf hier in één of twee zinnen wat dit artikel de lezer biedt.
        # De dag waarop het artikel is geschreven of voor het laatst herzien.
        date: \(today)
        draft: true

        # Niet verplicht. Haal het #-teken weg om iets te gebruiken.
        # Voor wie het artikel is:
        # audience: Bewoners die iets willen beginnen in hun straat
        # Wie het schreef, en waar het vandaan komt (tekst of een webadres):
        # author: Naam
        # source: https://www.voorbeeld.nl/
        # Verwante artikelen, met hun bestandsnaam zonder .md:
        # related: [ander-artikel]
        # Bestanden om te downloaden, in de map van dit artikel:
        # attachments:
        #   - file: checklist.pdf
        #     title: Checklist om te printen
        # Plaats binnen het onderwerp: een lager getal komt eerder.
        # order: 1
        # Een ander webadres dan de bestandsnaam:
        # slug: ander-adres
        ---
        Schrijf hier het artikel. Een regel die begint met ## is een kopje.

        """
    }
}

/// A YAML string in double quotes: any title or name is safe in it (a line break or other control character
/// becomes a space).
func yamlString(_ text: String) -> String {
    var escaped = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                escaped += " "
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
    }
    return escaped + "\""
}
