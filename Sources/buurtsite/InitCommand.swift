import ArgumentParser
import BuurtCore
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new municipality in an empty folder: it builds at once.",
        discussion:
            "Makes site.yml, one buurt platform with a page, the privacy and accessibility statements, and a theme "
            + "of its own that extends the default theme (copied into themes/default)."
    )

    @Argument(help: ArgumentHelp("The folder to make; it must not exist or be empty.", valueName: "folder"))
    var folder: String

    @Option(name: .long, help: "Folder in which the new folder is made.")
    var root: String = "."

    @Option(name: .long, help: "The municipality's name, as people read it. Default: from the folder's name.")
    var name: String?

    func run() throws {
        // An absolute folder is that folder; a relative one lies in --root.
        let target = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: root, isDirectory: true))
            .standardizedFileURL
        do {
            try NewMunicipality(folder: target, name: name).make()
        } catch let problem as CommandProblem {
            printError("error: " + problem.message)
            throw ExitCode(1)
        }
        // The folder as the person typed it, when that is where it is; quoted when the shell would split it.
        let path = root == "." || folder.hasPrefix("/") ? folder : target.path
        let shown = path.contains(" ") ? "'\(path)'" : path
        print("made a new municipality in \(shown)")
        print("next:")
        print("  cd \(shown)")
        print("  buurtsite new pagina --buurt \(NewMunicipality.buurt) \"Over de buurt\"")
        print("  buurtsite build")
    }
}

/// The files of a municipality that builds at once, with Dutch comments that explain every setting.
struct NewMunicipality {
    /// The one buurt platform it starts with.
    static let buurt = "centrum"

    let folder: URL
    let name: String
    /// The slug of the municipality: the theme's folder name and the example web address.
    let slug: String

    init(folder: URL, name: String?) {
        self.folder = folder
        let slug = Slug.make(from: folder.lastPathComponent)
        self.slug = slug.isEmpty ? "gemeente" : slug
        let place = folder.lastPathComponent.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
        self.name = name ?? "Gemeente \(place)"
    }

    func make() throws {
        let manager = FileManager.default
        if let entries = try? manager.contentsOfDirectory(atPath: folder.path), !entries.isEmpty {
            throw CommandProblem(
                message: "\(folder.path) is not empty; init only starts a new municipality in an empty or new folder")
        }
        let defaultTheme = try Self.locateDefaultTheme()
        do {
            try manager.createDirectory(at: folder.appendingPathComponent("themes"), withIntermediateDirectories: true)
            try manager.copyItem(at: defaultTheme, to: folder.appendingPathComponent("themes/default"))
            for (path, text) in files {
                let url = folder.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            }
        } catch {
            throw CommandProblem(message: "cannot write in \(folder.path): \(error.localizedDescription)")
        }
    }

    /// The default theme that comes with buurtsite: themes/default in the current folder (a checkout of
    /// buurtsite), else beside the program or in a folder above it (.build/debug/buurtsite in a checkout).
    static func locateDefaultTheme() throws -> URL {
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder)
            candidates.append(folder.appendingPathComponent("share/buurtsite"))
            folder.deleteLastPathComponent()
        }
        for candidate in candidates {
            let theme = candidate.appendingPathComponent("themes/default")
            if FileManager.default.fileExists(atPath: theme.appendingPathComponent("theme.yml").path) {
                return theme
            }
        }
        throw CommandProblem(
            message: "cannot find the default theme (themes/default) that comes with buurtsite; run init from a "
                + "checkout of buurtsite, or install its themes/ folder beside the program")
    }

    var files: [(String, String)] {
        [
            ("site.yml", siteConfig),
            ("themes/\(slug)/theme.yml", theme),
            ("content/pages/privacy.md", privacy),
            ("content/pages/toegankelijkheid.md", accessibility),
            ("content/buurten/\(Self.buurt)/buurt.yml", buurtConfig),
            ("content/buurten/\(Self.buurt)/pages/welkom.md", welcome),
        ]
    }

    var siteConfig: String {
        """
        # Instellingen voor de hele gemeente. Elke buurt heeft daarnaast een eigen buurt.yml in content/buurten/.
        name: \(yamlString(name))
        # De gemeentecode van het CBS: GM en vier cijfers. Vervang 0000 door de code van je gemeente.
        cbs_code: GM0000
        language: nl
        # Het thema in themes/: \(slug) bouwt voort op default en verandert alleen wat het zelf noemt.
        theme: \(slug)
        # Het webadres van het portaal met alle buurten. Elke buurt heeft een eigen base_url in buurt.yml.
        base_url: https://www.\(slug).nl/buurten/
        # De tekst bovenaan het portaal.
        portal_intro: "Elke buurt heeft een eigen buurtplatform, gemaakt door en voor bewoners. Kies je buurt."
        markdown:
          # false: HTML in teksten wordt niet overgenomen. Zo kan een tekst de site niet breken.
          unsafe_html: false
        # De provincie staat in elk adres in de open data van de sociale kaart. Vervang Utrecht door je provincie.
        province: Utrecht

        # De open data van de sociale kaart: de licentie (CC0-1.0: iedereen mag alles met de gegevens doen;
        # CC-BY-4.0: ook, als de gemeente als bron genoemd wordt) en het adres voor vragen over de gegevens.
        open_data:
          license: CC0-1.0
          contact: opendata@\(slug).nl

        # security.txt (RFC 9116) voor een site op een eigen domein: waar iemand een beveiligingsprobleem meldt.
        # Het portaal hierboven staat onder het domein van de gemeente en valt onder diens eigen bestand.
        # security_txt:
        #   contact: [security@\(slug).nl]
        #   expires: 2027-12-31

        # Gedeelde lijsten: onderwerpen (categories) en doelgroepen (audiences). De sociale kaart en de andere
        # onderdelen gebruiken dezelfde woorden. value staat in de bestanden en webadressen, label op de site.
        categories:
          - value: zorg
            label: Zorg en gezondheid
          - value: geld
            label: Geld en administratie
          - value: wonen
            label: Wonen en buurt
          - value: ontmoeten
            label: Ontmoeten en meedoen
        audiences:
          - value: iedereen
            label: Iedereen
          - value: ouderen
            label: Ouderen
          - value: jongeren
            label: Jongeren

        # De sociale kaart: hulp, zorg en activiteiten op elk buurtplatform. Een vermelding staat in content/kaart/
        # (hele gemeente) of in content/buurten/<buurt>/kaart/ (alleen die buurt). Begin er een met:
        #   buurtsite new kaart "Naam van het aanbod"
        kaart:
          name: Wegwijzer
          # Het deel van het webadres: /wegwijzer/.
          segment: wegwijzer
          intro: "Waar kun je terecht met een vraag? Hier staat hulp van professionals en van buurtgenoten."
          # Na hoeveel dagen een vermelding opnieuw nagekeken moet worden.
          review_interval_days: 365
          # Vermeldingen die zo veel dagen over hun controledatum zijn, verdwijnen van de sites.
          hide_overdue_after_days: 730

        # De agenda: activiteiten in de buurt, van de komende weken. Een activiteit staat in content/agenda/
        # (hele gemeente) of in content/buurten/<buurt>/agenda/ (alleen die buurt). Begin er een met:
        #   buurtsite new activiteit "Naam van de activiteit"
        agenda:
          name: Agenda
          # Het deel van het webadres: /agenda/.
          segment: agenda
          intro: "Wat is er te doen in de buurt? Kom gerust, ook als je nog niemand kent."
          # Hoeveel weken vooruit de agenda toont, vanaf de dag waarop de site gebouwd wordt.
          weeks: 6
          # Na hoeveel dagen een activiteit opnieuw nagekeken moet worden.
          review_interval_days: 365

        # De toolkit: praktische artikelen voor actieve bewoners, per onderwerp (topics). Een artikel staat in
        # content/toolkit/<onderwerp>/ of in content/buurten/<buurt>/toolkit/. Begin er een met:
        #   buurtsite new toolkit "Titel van het artikel"
        toolkit:
          name: Toolkit
          segment: toolkit
          intro: "Zelf iets beginnen in je buurt? In deze artikelen delen bewoners wat werkt."
          topics:
            - slug: ontmoeten
              title: Samen tegen eenzaamheid
              description: Manieren om buren met elkaar in contact te brengen.
            - slug: organiseren
              title: Een buurtteam opzetten
              description: Van eerste idee tot een vaste groep.

        """
    }

    var theme: String {
        """
        # De huisstijl van \(name). Dit thema bouwt voort op het standaardthema (themes/default): het neemt
        # alle kleuren, sjablonen en bestanden over, en verandert alleen wat hieronder staat. Zie docs/THEMES.md.
        name: \(yamlString(name))
        extends: default
        tokens:
          basis:
            color:
              accent-1:
                # De kleur van knoppen en balken. Kies een donkere kleur: witte tekst erop moet goed leesbaar
                # blijven. buurtsite controleert dat (contrast van minstens 4,5 op 1).
                bg-default:
                  $value: "#1d4f91"
                  $type: color

        """
    }

    var privacy: String {
        """
        ---
        title: Privacyverklaring
        description: \(yamlString("Welke gegevens de buurtsites van \(name) wel en niet verzamelen."))
        order: 1
        ---
        Deze privacyverklaring geldt voor alle buurtsites van \(name). Wij willen niet weten wie je bent als je
        deze sites bekijkt.

        ## In het kort

        - Deze sites gebruiken geen cookies.
        - We houden niet bij wie de sites bezoekt.
        - De sites laden niets van andere websites.

        ## Vragen

        Heb je een vraag over je privacy? Neem contact op met \(name).

        """
    }

    var accessibility: String {
        """
        ---
        title: Toegankelijkheidsverklaring
        description: \(yamlString("Hoe goed iedereen de buurtsites van \(name) kan gebruiken."))
        order: 2
        ---
        \(name) wil dat iedereen de buurtsites goed kan gebruiken: ook met een schermlezer, alleen met een
        toetsenbord, of als lezen je moeite kost.

        ## Een probleem melden

        Kun je iets op een buurtsite niet goed gebruiken? Laat het ons weten, dan lossen we het op.

        """
    }

    var buurtConfig: String {
        """
        # Het buurtplatform van het Centrum. De mapnaam (centrum) is het deel van het webadres op het portaal.
        name: Centrum Samen
        # Een korte zin onder de naam.
        tagline: Buren in het Centrum
        # Het webadres van deze buurtsite.
        base_url: https://www.\(slug).nl/buurten/\(Self.buurt)/
        # Niet verplicht: een langere beschrijving op de voorpagina.
        # description: Het buurtplatform van en voor bewoners van het Centrum.
        # Niet verplicht: de buurtcodes van het CBS (BU en acht cijfers).
        # cbs_codes: [BU00000001]
        # De buurtverbinders: wie je kunt vragen om mee te doen.
        connectors:
          - name: Naam Achternaam
            role: buurtverbinder
            email: buurtverbinder@voorbeeld.nl

        """
    }

    var welcome: String {
        """
        ---
        title: Welkom in het Centrum
        menu: true
        order: 1
        ---
        Dit is het buurtplatform van het Centrum. Hier lees je wat er in de buurt gebeurt en waar je terecht kunt
        met een vraag.

        ## Meedoen

        Heb je een idee voor de buurt? Neem contact op met een van de buurtverbinders.

        """
    }
}
