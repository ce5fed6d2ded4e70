import Model

/// Dutch descriptions (B1) of the fields the model reads itself, by dotted path within their file, for the schemas
/// of site.yml, buurt.yml, theme.yml and pages. The features describe their own (`SettingsDescription`).
/// `SchemaAgreementTests` checks that every field the decoders read has a description here or in the vocabulary.
enum ModelSchemaText {
    static let siteSummary =
        "Instellingen voor de hele gemeente: naam, adres van het portaal, thema, de gedeelde lijsten van onderwerpen "
        + "en doelgroepen, en de onderdelen (kaart, agenda, toolkit, zoeken)."

    static let site: [String: String] = [
        "name": "Naam van de gemeente, zoals Gemeente Lindeveen.",
        "cbs_code": "CBS-gemeentecode: GM en vier cijfers, zoals GM0200.",
        "language": "Taal van de inhoud. Standaard nl.",
        "theme": "Naam van de map van het thema in themes/.",
        "base_url": "Webadres van het portaal met alle buurtplatforms, met https://.",
        "portal_intro": "Tekst bovenaan het portaal.",
        "markdown": "Instellingen voor Markdown.",
        "markdown.unsafe_html": "true: HTML in Markdown wordt getoond. Standaard false: HTML wordt weggelaten.",
        "categories": "Onderwerpen van de gemeente, in de volgorde waarin bewoners ze zien.",
        "categories[].value": "Korte naam voor in bestanden en webadressen, zoals zorg.",
        "categories[].label": "Naam zoals bewoners hem zien, zoals Zorg en gezondheid.",
        "categories[].description": "Waar het onderwerp over gaat, in één zin. Staat ook in de open data.",
        "audiences": "Voor wie de hulp en activiteiten zijn, in de volgorde waarin bewoners ze zien.",
        "audiences[].value": "Korte naam voor in bestanden en webadressen, zoals ouderen.",
        "audiences[].label": "Naam zoals bewoners hem zien, zoals Ouderen.",
        "audiences[].description": "Wie dit zijn, in één zin. Staat ook in de open data.",
        "province": "Provincie van de adressen: "
            + MunicipalityConfig.dutchProvinces.filter { $0 != "Friesland" }.joined(separator: ", ") + ".",
        "country": "Land van de adressen als code van twee letters. Standaard NL.",
        "open_data": "Voorwaarden van de open data: licentie en contact.",
        "open_data.license":
            "Licentie van de open data: CC0-1.0 (vrij te gebruiken) of CC-BY-4.0 (met bronvermelding).",
        "open_data.contact": "E-mailadres of webadres voor vragen over de open data.",
    ]

    static let buurtSummary =
        "Instellingen van één buurtplatform: naam, adres, buurtverbinders en wat de buurt aan het thema verandert."

    static let buurt: [String: String] = [
        "name": "Eigen naam van het buurtplatform, zoals Samen Oosterhof. Uniek in de gemeente.",
        "tagline": "Korte zin onder de naam.",
        "description": "Beschrijving van het platform in een paar zinnen.",
        "base_url": "Webadres van het buurtplatform, met https://.",
        "cbs_codes": "CBS-buurtcodes van de buurten die het platform bedient: BU en acht cijfers.",
        "connectors": "De buurtverbinders: bewoners die het platform levend houden.",
        "connectors[].name": "Naam van de buurtverbinder.",
        "theme": "Wat deze buurt verandert aan het thema van de gemeente.",
        "theme.logo": "Logo, als pad vanaf de map van de buurt.",
        "theme.tokens": "Design tokens en hun nieuwe waarde, zoals basis.color.accent-1.bg-default: \"#17594a\".",
    ]

    static let pageSummary =
        "De kop (front matter) van een pagina: content/pages/*.md voor de hele gemeente, of "
        + "content/buurten/<buurt>/pages/*.md."

    static let page: [String: String] = [
        "title": "Titel van de pagina.",
        "description": "Korte beschrijving, voor zoekmachines en lijsten.",
        "slug": "Webadres van de pagina in plaats van de bestandsnaam: kleine letters, cijfers en streepjes.",
        "updated": "Datum van de laatste wijziging (JJJJ-MM-DD).",
        "menu": "true: de pagina staat in het menu.",
        "order": "Plaats in menu en lijsten: lager komt eerder.",
        "toc": "true: toon een inhoudsopgave van de kopjes.",
        "draft": "true: gecontroleerd, maar niet gepubliceerd.",
        "search": "false: niet te vinden met het zoeken op de sites.",
        "aliases": "Oude adressen binnen de site (oud-adres/): die sturen door naar deze pagina.",
    ]

    static let themeSummary = "Een thema: naam, het thema waarop het verder bouwt, design tokens en kleurparen."

    static let theme: [String: String] = [
        "name": "Naam van het thema, zoals Gemeente Lindeveen.",
        "extends": "Map van het thema waarop dit thema verder bouwt, meestal default.",
        "tokens": "Design tokens (W3C-formaat): groepen met $value en $type.",
        "contrast": "Paren van tekst- en achtergrondkleur die genoeg contrast moeten hebben (WCAG).",
        "contrast[].text": "Token van de tekstkleur.",
        "contrast[].background": "Token van de achtergrondkleur.",
    ]
}
