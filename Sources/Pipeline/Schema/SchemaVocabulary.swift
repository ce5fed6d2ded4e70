import YAML

/// The words content files share, by field name: one concept has one name in every file, so `email` is an e-mail
/// address and `start` a time of day wherever they are written. Applied where the decoder reads plain text (or a
/// raw node); "byday[]" is an item of the list `byday`.
enum SchemaVocabulary {
    /// What a text field of this name holds, beyond "text".
    static func shape(of name: String) -> ValueShape? {
        switch name {
        case "email", "owner": .formatted(TextFormat.email.rawValue)
        case "website", "base_url": .formatted(TextFormat.webAddress.rawValue)
        case "start", "end", "opens_at", "closes_at": .formatted(TextFormat.time.rawValue)
        case "slug", "segment", "related[]", "hide_topics[]": .formatted(TextFormat.slug.rawValue)
        case "cbs_code": .formatted(TextFormat.cbsMunicipalityCode.rawValue)
        case "cbs_codes[]": .formatted(TextFormat.cbsBuurtCode.rawValue)
        case "byday[]": .formatted(TextFormat.weekday.rawValue)
        case "languages[]": .formatted(TextFormat.language.rawValue)
        case "postcode": .formatted(TextFormat.postcode.rawValue)
        case "aliases[]": .formatted(TextFormat.sitePath.rawValue)
        case "country": .formatted(TextFormat.countryCode.rawValue)
        case "categories[]": .listed(SchemaLists.categories)
        case "audiences[]": .listed(SchemaLists.audiences)
        case "serves": .oneOf([.choices(["all"]), .list(.listed(SchemaLists.buurten))])
        default: nil
        }
    }

    /// The fewest items a list of this name may have: an empty `serves` would show an item nowhere, and a group of
    /// synonyms needs two words.
    static func minimumItems(of name: String) -> Int? {
        switch name {
        case "serves": 1
        case "synonyms[]": 2
        default: nil
        }
    }

    /// A Dutch description (B1) of a field of this name, wherever it is; files give their own where it differs.
    static func description(of name: String) -> String? {
        switch name {
        case "name": "Naam."
        case "email": "E-mailadres, zoals info@voorbeeld.nl."
        case "phone": "Telefoonnummer, zoals 0575 123 456."
        case "website": "Webadres, dat begint met https://."
        case "description": "Beschrijving in een paar zinnen."
        case "address": "Straat en huisnummer."
        case "postcode": "Postcode, zoals 7201 AB."
        case "place": "Plaats (dorp of stad)."
        case "latitude": "Breedtegraad van de plek, zoals 52.08."
        case "longitude": "Lengtegraad van de plek, zoals 6.19."
        case "accessibility": "Hoe toegankelijk de plek is, bijvoorbeeld voor een rolstoel."
        case "freq": "Hoe vaak: weekly (elke week) of monthly (elke maand)."
        case "interval": "Om de hoeveel weken of maanden: 1 is elke keer, 2 is om de keer."
        case "byday": "Dagen: MO, TU, WE, TH, FR, SA, SU. Per maand met een nummer ervoor: 1SA, -1FR (laatste)."
        case "opens_at", "start": "Begintijd, zoals 09:30."
        case "closes_at", "end": "Eindtijd, zoals 12:00."
        case "valid_from": "Eerste dag dat dit geldt (JJJJ-MM-DD)."
        case "valid_to": "Laatste dag dat dit geldt (JJJJ-MM-DD)."
        case "note": "Korte toelichting."
        case "location": "Naam van de plek, als er meer plekken zijn."
        case "agenda": "true: zet deze tijden ook in de agenda."
        case "date": "Datum (JJJJ-MM-DD)."
        case "reason": "Waarom."
        case "from": "De oorspronkelijke datum (JJJJ-MM-DD)."
        case "to": "De nieuwe datum (JJJJ-MM-DD)."
        case "required": "true: aanmelden is nodig."
        case "how": "Hoe je je aanmeldt."
        case "until": "Tot wanneer je je kunt aanmelden (JJJJ-MM-DD)."
        case "kaart": "Bestandsnaam van een vermelding op de sociale kaart, zonder .md."
        case "government": "true: de organisatie is de gemeente of een andere overheid."
        case "field": "Waarop het filter werkt."
        case "label": "Naam zoals bewoners hem zien."
        case "segment": "Stukje van het webadres: kleine letters, cijfers en streepjes."
        case "slug": "Stukje van het webadres: kleine letters, cijfers en streepjes."
        case "title": "Titel."
        case "order": "Plaats in de lijst: lager komt eerder."
        case "file": "Bestandsnaam van de bijlage, naast het artikel."
        case "formeel": "Naam voor hulp van professionals."
        case "informeel": "Naam voor hulp van buurtgenoten en vrijwilligers."
        case "value": "Korte naam voor in bestanden en webadressen: kleine letters, cijfers en streepjes."
        case "role": "Wat deze persoon doet."
        default: nil
        }
    }
}
