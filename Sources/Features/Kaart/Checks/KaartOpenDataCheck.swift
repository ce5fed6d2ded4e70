import BuurtCore
import YAML

/// What the kaart's open data needs from the top of site.yml once the kaart has entries: a licence and a contact
/// (`open_data:`), which make it open data that anyone may use and that a data portal can list, and the province
/// that every address in HSDS names (only when an entry has an address).
enum KaartOpenDataCheck {
    /// The problems, located at site.yml's `open_data:` or, when that is missing, at the top of site.yml.
    /// `siteNode` is site.yml's root node.
    static func problems(_ catalogue: KaartCatalogue, siteNode: YAMLNode) -> [Diagnostic] {
        let shown = catalogue.all
        guard !shown.isEmpty else { return [] }
        let publisher = catalogue.settings.publisher
        var problems: [Diagnostic] = []
        if publisher.province == nil, shown.contains(where: { !$0.locations.isEmpty }) {
            problems.append(
                .error(
                    at: siteNode.location,
                    "site.yml has no 'province': the kaart's open data names it in every address (HSDS)",
                    hint: "add the province of \(publisher.name.isEmpty ? "the municipality" : publisher.name) "
                        + "at the top of site.yml, for example 'province: Gelderland'"))
        }
        let openData = siteNode["open_data"]
        if publisher.license == nil {
            problems.append(
                .error(
                    at: openData?.location ?? siteNode.location,
                    "the kaart's open data has no licence: 'open_data: license' is missing in site.yml",
                    hint: "add 'open_data:' with 'license: CC0-1.0' (anyone may use the data for anything) or "
                        + "'license: CC-BY-4.0' (anyone may use it, naming the municipality as its source)"))
        }
        if publisher.openData.contact == nil {
            problems.append(
                .error(
                    at: openData?.location ?? siteNode.location,
                    "the kaart's open data has no contact: 'open_data: contact' is missing in site.yml",
                    hint: "add 'contact:' under 'open_data:' with the e-mail address (or contact form) for questions "
                        + "about the data, for example 'contact: opendata@lindeveen.nl'"))
        }
        return problems
    }
}
