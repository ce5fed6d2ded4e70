import BuurtCalendar
import BuurtCore
import Kaart
import Model
import YAML

/// Checks one activity's front matter on its own (required fields, dates and times, cancelled, moved and extra
/// dates against the rule) and builds the activity. Problems that need the settings, the kaart or other
/// activities (unknown category, unknown kaart entry, slug clashes) are the catalogue's.
struct AgendaActivityCheck {
    let path: String
    /// The front matter mapping, for locations.
    let node: YAMLNode
    let root: SiteRoot
    var problems: [Diagnostic] = []

    init(path: String, node: YAMLNode, root: SiteRoot) {
        self.path = path
        self.node = node
        self.root = root
    }

    // MARK: Locations and messages

    mutating func error(_ keys: NodePath, _ message: String, hint: String? = nil) {
        problems.append(.error(at: node.node(at: keys).location, keys.message(message), hint: hint))
    }

    /// A required value that is missing or empty: reported at the mapping that should hold it.
    mutating func missing(_ keys: NodePath, key: String, hint: String) {
        let holder = node.node(at: keys)
        if let value = holder[key], !value.isNull {
            problems.append(.error(at: value.location, keys.message("'\(key)' is empty"), hint: hint))
        } else {
            problems.append(.error(at: holder.location, keys.message("missing required key '\(key)'"), hint: hint))
        }
    }

    /// Text with something in it; nil (and a problem) when absent or blank.
    mutating func required(_ value: String?, _ keys: NodePath, key: String, hint: String) -> String? {
        guard let text = trimmed(value) else {
            missing(keys, key: key, hint: hint)
            return nil
        }
        return text
    }

    func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    // MARK: The activity

    /// The activity, or nil when something it needs is missing or wrong (the problems say what).
    mutating func activity(
        from front: AgendaFrontMatter, buurt: String?, slug: String, body: String, bodyFirstLine: Int
    ) -> AgendaActivity? {
        let title = required(front.title, [], key: "title", hint: "give the activity's name: 'title: Taalcafé'")
        let summary = required(
            front.summary, [], key: "summary",
            hint: "add one sentence that says what it is: 'summary: Oefen Nederlands bij een kop koffie.'")
        let categories = front.categories ?? []
        if categories.isEmpty {
            missing(
                [], key: "categories",
                hint: "list at least one topic from categories in site.yml: 'categories: [ontmoeten]'")
        }
        let audiences = front.audiences ?? []
        if audiences.isEmpty {
            missing(
                [], key: "audiences",
                hint: "say who it is for, from audiences in site.yml: 'audiences: [iedereen]'")
        }
        if front.reviewed == nil {
            missing(
                [], key: "reviewed", hint: "write the date the information was last checked: 'reviewed: 2026-11-01'")
        }
        let owner = checkOwner(front.owner)
        let image = checkImage(front.image, alt: front.imageAlt)
        let (organiser, organiserReference) = checkOrganiser(front.organiser)
        let (location, locationReference) = checkLocation(front.location)
        let registration = checkRegistration(front.registration)
        let status = checkStatus(front)
        let timing = checkTiming(front)
        let (cancelled, moved, extra) = checkExceptions(front, timing: timing)
        let (serves, servesProblems) = Serves.read(front.serves, ownBuurt: buurt, folder: "agenda", item: "activity")
        problems += servesProblems
        guard let title, let summary, !categories.isEmpty, !audiences.isEmpty, let owner,
            let reviewed = front.reviewed, location != nil || locationReference != nil, let status, let timing,
            problems.isEmpty
        else { return nil }
        return AgendaActivity(
            sourcePath: path, buurtSlug: buurt, slug: slug, title: title, summary: summary, image: image,
            categories: unique(categories), audiences: unique(audiences), serves: serves, organiser: organiser,
            organiserReference: organiserReference, location: location, locationReference: locationReference,
            cost: trimmed(front.cost), registration: registration, accessibility: trimmed(front.accessibility),
            status: status, reviewed: reviewed, owner: owner, timing: timing, cancelled: cancelled, moved: moved,
            extra: extra, body: body, bodyFirstLine: bodyFirstLine, frontMatterNode: node)
    }

    private func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }

    private mutating func checkOwner(_ owner: String?) -> String? {
        guard
            let owner = required(
                owner, [], key: "owner",
                hint: "give the e-mail address of who keeps this activity current: 'owner: agenda@lindeveen.nl'")
        else { return nil }
        guard AddressCheck.isEmail(owner) else {
            error([.key("owner")], "'\(owner)' is not an e-mail address", hint: "write it as naam@voorbeeld.nl")
            return nil
        }
        return owner
    }

    /// Pictures a browser shows in an `img`.
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg"]

    private mutating func checkImage(_ image: String?, alt: String?) -> AgendaImage? {
        guard let image = trimmed(image) else {
            if trimmed(alt) != nil {
                error([.key("image_alt")], "'image_alt' without 'image'", hint: "add 'image:' or leave out 'image_alt'")
            }
            return nil
        }
        let alt = required(
            alt, [], key: "image_alt",
            hint: "describe the picture for people who cannot see it: 'image_alt: Buren aan een lange tafel'")
        let folder = String(path.pathFolder)
        guard let source = root.normalise(folder + "/" + image), source.hasPrefix(folder + "/") else {
            error(
                [.key("image")], "image '\(image)' is not beside the activity's file",
                hint: "put the picture in \(folder)/ and write its file name")
            return nil
        }
        let fileExtension = source.pathName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        guard Self.imageExtensions.contains(fileExtension) else {
            error(
                [.key("image")], "'\(image)' is not a picture a browser can show",
                hint: "use a .jpg, .png, .webp or .svg file")
            return nil
        }
        guard root.isFile(source) else {
            let siblings = root.entries(of: folder)
            error(
                [.key("image")],
                "image not found: \(source)" + Suggestion.didYouMean(String(source.pathName), among: siblings),
                hint: "put the picture next to the activity's file, or correct the file name")
            return nil
        }
        guard let alt else { return nil }
        return AgendaImage(source: source, alt: alt)
    }

    /// Free text, or `{ kaart: <entry> }`.
    private mutating func checkOrganiser(_ organiser: YAMLNode?) -> (text: String?, kaart: String?) {
        guard let organiser, !organiser.isNull else { return (nil, nil) }
        if let text = organiser.string {
            guard let text = trimmed(text) else {
                error([.key("organiser")], "'organiser' is empty", hint: "write who organises it, or leave it out")
                return (nil, nil)
            }
            return (text, nil)
        }
        guard organiser.mapping != nil else {
            error(
                [.key("organiser")], "expected a name or '{ kaart: <entry> }'",
                hint: "write 'organiser: Taalhuis Lindeveen', or 'organiser: { kaart: taalhuis }' for a kaart entry")
            return (nil, nil)
        }
        let decoded = captured {
            try YAMLDecoder().decode(AgendaFrontMatter.KaartOrganiser.self, from: organiser, at: [.key("organiser")])
        }
        guard let decoded else { return (nil, nil) }
        let slug = required(
            decoded.kaart, [.key("organiser")], key: "kaart",
            hint: "name the kaart entry by its file name: 'organiser: { kaart: taalhuis }'")
        return (nil, slug)
    }

    /// An address, or `{ kaart: <entry>, name: <location> }`. A missing location is an error: people must
    /// know where to go.
    private mutating func checkLocation(_ location: YAMLNode?) -> (
        place: KaartLocation?, kaart: (entry: String, name: String?)?
    ) {
        guard let location, !location.isNull else {
            problems.append(
                .error(
                    at: node.location, "activity has no location: people cannot tell where to go",
                    hint:
                        "add 'location:' with name, address, postcode and place, or 'location: { kaart: <entry> }' "
                        + "for a place of a kaart entry"))
            return (nil, nil)
        }
        guard location.mapping != nil else {
            error(
                [.key("location")], "expected a place with name, address, postcode and place",
                hint: "write 'location:' with 'name:', 'address:', 'postcode:' and 'place:' on the lines below it, "
                    + "or 'location: { kaart: <entry> }'")
            return (nil, nil)
        }
        let here: NodePath = [.key("location")]
        guard
            let written = captured({
                try YAMLDecoder().decode(AgendaFrontMatter.Location.self, from: location, at: here)
            })
        else { return (nil, nil) }
        if let kaart = written.kaart {
            guard let slug = trimmed(kaart) else {
                missing(here, key: "kaart", hint: "name the kaart entry by its file name: 'kaart: wijkhuiskamer'")
                return (nil, nil)
            }
            for key in ["address", "postcode", "place"] where location[key] != nil {
                error(
                    here + [.key(key)], "'\(key)' cannot be given with 'kaart'",
                    hint: "the address comes from the kaart entry; 'name' picks one of its locations")
                return (nil, nil)
            }
            return (nil, (slug, trimmed(written.name)))
        }
        let name = required(written.name, here, key: "name", hint: "name the place: 'name: Buurthuis De Beek'")
        let address = required(
            written.address, here, key: "address", hint: "give street and number: 'address: Beekstraat 12'")
        let place = required(written.place, here, key: "place", hint: "give the town or village: 'place: Lindeveen'")
        var postcode: String?
        if let text = required(written.postcode, here, key: "postcode", hint: "give the postcode: 'postcode: 9999 AB'")
        {
            postcode = KaartPostcode.normalised(text)
            if postcode == nil {
                error(
                    here + [.key("postcode")], "'\(text)' is not a Dutch postcode",
                    hint: "write four digits (not starting with 0) and two letters: 9999 AB")
            }
        }
        guard let name, let address, let place, let postcode else { return (nil, nil) }
        return (KaartLocation(name: name, address: address, postcode: postcode, place: place), nil)
    }

    private mutating func checkRegistration(_ registration: AgendaFrontMatter.Registration?) -> AgendaRegistration? {
        guard let registration else { return nil }
        let here: NodePath = [.key("registration")]
        guard let required = registration.required else {
            missing(
                here, key: "required",
                hint: "write 'required: true' when people must sign up, 'required: false' when it is welcome")
            return nil
        }
        let how = trimmed(registration.how)
        if required && how == nil {
            missing(here, key: "how", hint: "say how to sign up: 'how: Bel Gerda Wiersma, 0999 123 456'")
            return nil
        }
        return AgendaRegistration(required: required, how: how, until: registration.until)
    }

    private mutating func checkStatus(_ front: AgendaFrontMatter) -> AgendaStatus? {
        let word = front.status ?? .running
        if word != .paused {
            for (key, given) in [
                ("paused_until", front.pausedUntil != nil), ("pause_reason", front.pauseReason != nil),
            ]
            where given {
                error(
                    [.key(key)], "'\(key)' is only for 'status: paused'",
                    hint: "write 'status: paused', or leave out '\(key)'")
            }
        }
        switch word {
        case .running: return .running
        case .stopped: return .stopped
        case .paused:
            guard let until = front.pausedUntil else {
                missing(
                    [], key: "paused_until",
                    hint: "write the first day it happens again: 'paused_until: 2027-01-05'")
                return nil
            }
            return .paused(until: until, reason: trimmed(front.pauseReason))
        }
    }
}
