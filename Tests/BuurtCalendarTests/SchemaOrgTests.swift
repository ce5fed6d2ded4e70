import BuurtCalendar
import Testing

/// Moved from KaartTests (SchemaOrgTests) with their assertions, now on the rule itself.
@Suite struct RecurrenceSchemaOrgTests {
    @Test func weeklySchedulesBecomeOpeningHoursSpecifications() throws {
        let spec = try #require(
            weekly([.thursday, .tuesday], "09:00", "12:00", from: "2026-01-06", to: "2026-06-30")
                .openingHoursSpecification)
        #expect(spec["@type"] as? String == "OpeningHoursSpecification")
        #expect(spec["dayOfWeek"] as? [String] == ["https://schema.org/Tuesday", "https://schema.org/Thursday"])
        #expect(spec["opens"] as? String == "09:00")
        #expect(spec["closes"] as? String == "12:00")
        #expect(spec["validFrom"] as? String == "2026-01-06")
        #expect(spec["validThrough"] as? String == "2026-06-30")
    }

    @Test func rulesSchemaOrgCannotExpressAreLeftOut() {
        #expect(weekly([.tuesday], "10:00", "12:00", interval: 2, from: "2026-01-06").openingHoursSpecification == nil)
        #expect(monthly(["2WE"], "14:00", "16:00").openingHoursSpecification == nil)
    }
}
