import Foundation

/// A TestSite with a small sociale kaart: two buurten (noord, zuid) and four entries.
///  - repair-cafe: municipality-wide, informeel, repareren + ontmoeten, weekly on Tuesday, reviewed recently
///  - schuldhulp: municipality-wide, the municipality itself (GovernmentService), formeel, geld, overdue
///  - taalcafe: only noord's own folder, informeel, taal, every 2nd Wednesday of the month
///  - buurtbus: municipality-wide, serves only zuid, informeel, vervoer
extension TestSite {
    static func withKaart() throws -> TestSite {
        let site = try TestSite()
        site.write(
            "site.yml",
            """
            name: Gemeente Testdorp
            cbs_code: GM9998
            theme: default
            base_url: https://www.testdorp.nl/buurten/
            province: Utrecht
            open_data:
              license: CC-BY-4.0
              contact: https://www.testdorp.nl/contact
            categories:
              - {value: geld, label: Geld en administratie}
              - {value: repareren, label: Repareren}
              - {value: ontmoeten, label: Ontmoeten}
              - {value: taal, label: Taal}
              - {value: vervoer, label: Vervoer}
            audiences:
              - {value: iedereen, label: Iedereen}
              - {value: ouderen, label: Ouderen}
            kaart:
              name: Wegwijzer
              segment: wegwijzer
              intro: Hulp en activiteiten bij jou in de buurt.
              review_interval_days: 365
            """)
        site.write(
            "content/buurten/zuid/buurt.yml",
            """
            name: Zuid Verbindt
            tagline: Buren in Zuid
            base_url: https://www.testdorp.nl/buurten/zuid/
            """)
        site.write(
            "content/kaart/Repair Café.md",
            """
            ---
            name: Repair Café Testdorp
            summary: Samen kapotte spullen repareren.
            kind: informeel
            categories: [repareren, ontmoeten]
            audiences: [iedereen]
            organization:
              name: Stichting Repair Café
              website: https://repaircafe.example.nl
            cost: Gratis
            languages: [nl, en]
            locations:
              - name: Buurthuis De Beek
                address: Beekstraat 12
                postcode: 9999 AB
                place: Testdorp
                latitude: 52.0912
                longitude: 5.1234
                accessibility: Rolstoeltoegankelijk.
            contact:
              phone: 0999 123 456
              email: info@repaircafe.example.nl
            schedules:
              - freq: weekly
                byday: [TU]
                opens_at: "10:00"
                closes_at: "12:00"
            closed: [2026-12-29]
            reviewed: 2026-10-01
            owner: kaart@testdorp.nl
            ---
            Neem je kapotte spullen mee. Lees ook [over Noord](../buurten/noord/pages/over.md).
            """)
        site.write(
            "content/kaart/schuldhulp.md",
            """
            ---
            name: Schuldhulp van de gemeente
            summary: Hulp bij geldzorgen en schulden.
            kind: formeel
            categories: [geld]
            audiences: [iedereen, ouderen]
            organization:
              name: Gemeente Testdorp
              website: https://www.testdorp.nl
              government: true
            channels: [telefoon, aan-huis]
            contact:
              phone: 14 0999
              email: geld@testdorp.nl
            reviewed: 2025-01-15
            owner: geld@testdorp.nl
            ---
            """)
        site.write(
            "content/buurten/noord/kaart/taalcafe.md",
            """
            ---
            name: Taalcafé Noord
            summary: Nederlands oefenen met buren.
            kind: informeel
            categories: [taal, ontmoeten]
            organization:
              name: Buurthuis Noord
            locations:
              - name: Buurthuis Noord
                address: Noordweg 1
                postcode: 9999 CD
                place: Testdorp
            schedules:
              - freq: monthly
                byday: [2WE]
                opens_at: "14:00"
                closes_at: "16:00"
            reviewed: 2026-09-01
            owner: noord@example.org
            ---
            """)
        site.write(
            "content/kaart/buurtbus.md",
            """
            ---
            name: Buurtbus Zuid
            summary: Vrijwilligers rijden je naar de dokter.
            kind: informeel
            categories: [vervoer]
            organization:
              name: Vereniging Buurtbus
            channels: [telefoon]
            contact:
              phone: 0999 765 432
            serves: [zuid]
            reviewed: 2026-08-01
            owner: bus@example.org
            ---
            """)
        return site
    }
}
