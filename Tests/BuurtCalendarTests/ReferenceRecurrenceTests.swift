import BuurtCalendar
import Foundation
import Testing

/// The package's root, three folders up from this file (Tests/BuurtCalendarTests/…).
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The checker beside this file: python-dateutil's `rrule`, the reference for RFC 5545 recurrence.
private let checker = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("reference_rrule.py")

/// `make venv`'s python when it has python-dateutil (Tests/e2e/requirements.txt), else nil.
private let referencePython: URL? = {
    let python = packageRoot.appendingPathComponent(".venv/bin/python")
    guard FileManager.default.isExecutableFile(atPath: python.path) else { return nil }
    let process = Process()
    process.executableURL = python
    process.arguments = ["-c", "import dateutil.rrule"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    return process.terminationStatus == 0 ? python : nil
}()

/// SplitMix64: the same rules on every run and every machine. `below` uses its own modulo rather than
/// `Int.random(in:using:)`, whose way of drawing may change with the standard library.
private struct SeededGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0..<bound, for a small bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func percent(_ chance: Int) -> Bool { below(100) < chance }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// One rule, what Swift made of it in its window, as reference_rrule.py reads it (keys in snake case; a nil is
/// left out).
private struct ReferenceCase: Encodable {
    var id: Int
    var freq: String
    var interval: Int
    var byday: [String]
    var opensAt: String
    var closesAt: String
    var validFrom: String?
    var validTo: String?
    var closed: [String]
    var window: [String]
    var days: [String]
    var firstDay: String?
    /// Start and end in ISO 8601 with their UTC offsets, for a sample of the rules.
    var occurrences: [[String]]?
}

private struct ReferenceFile: Encodable {
    var timeZone: String
    var rules: [ReferenceCase]
}

/// Random rules of every kind the expansion handles. Windows of one to three years from 2025 to 2031 take in
/// leap day 2028 (a Tuesday), months with five of a weekday, and the changes of the clocks in March and October.
private func randomRule(_ random: inout SeededGenerator, sampled: Bool) -> (Recurrence, Day, Day) {
    let first = Day(year: 2025, month: 1, day: 1)!.adding(days: random.below(3 * 365 + 31))
    let last = first.adding(days: 365 + random.below(2 * 365))
    let frequency: Frequency = random.percent(50) ? .weekly : .monthly
    let interval = 1 + random.below(4)
    var byDay: [ByDay] = []
    for _ in 0...random.below(3) {
        let weekday = random.pick(Weekday.allCases)
        switch frequency {
        case .weekly:
            // Mostly plain days; an ordinal on a weekly day is ignored (Occurrences.swift).
            byDay.append(ByDay(ordinal: random.percent(10) ? random.pick([1, 2, -1]) : nil, weekday: weekday))
        case .monthly:
            // What the checks accept (1…4, -1), and what the expansion also handles: -2 and beyond, a 5th, and a
            // plain day (every one of that weekday in the month).
            let ordinal: Int? =
                random.percent(10)
                ? nil : random.percent(10) ? random.pick([5, -3, -4, -5]) : random.pick([1, 2, 3, 4, -1, -2])
            byDay.append(ByDay(ordinal: ordinal, weekday: weekday))
        }
    }
    if sampled && random.percent(60) {
        // Sundays, and for monthly rules the last one: the days the clocks change.
        byDay[0] = ByDay(ordinal: frequency == .monthly ? -1 : nil, weekday: random.pick([.sunday, .saturday]))
    }
    // Interval > 1 needs valid_from; now and then leave it out, and the rule lists nothing (by design).
    let validFrom =
        (interval > 1 ? random.percent(95) : random.percent(50))
        ? first.adding(days: random.below(700) - 400) : nil
    var validTo: Day?
    if random.percent(50) {
        let from = validFrom ?? first
        // Now and then before valid_from, which the checks refuse and which lists nothing.
        validTo = random.percent(3) ? from.adding(days: -1 - random.below(30)) : from.adding(days: random.below(900))
    }
    var closedDates: [Day] = []
    for _ in 0..<random.below(5) {
        // A random day of the window, mostly moved on to a day of the rule's weekdays, so that some are days
        // the rule has.
        let closed = first.adding(days: random.below(last.days(since: first) + 1))
        let weekday = random.pick(byDay).weekday
        closedDates.append(
            random.percent(80) ? closed.adding(days: (weekday.index - closed.weekday.index + 7) % 7) : closed)
    }
    // For the sample, mostly times around the changes of the clocks (02:00–03:00 is skipped in March and shown
    // twice in October); a closing time not after the opening time is on the next day.
    let hours = sampled && random.percent(70) ? [0, 1, 2, 2, 2, 3, 22, 23] : Array(0...23)
    let opens = TimeOfDay(hour: random.pick(hours), minute: random.pick([0, 15, 30, 59]))!
    let closes = TimeOfDay(hour: random.pick(hours), minute: random.pick([0, 30, 45]))!
    let (startTime, endTime) =
        random.percent(15) || opens == closes ? (opens, closes) : (min(opens, closes), max(opens, closes))
    let rule = Recurrence(
        frequency: frequency, interval: interval, byDay: byDay, startTime: startTime,
        endTime: endTime, validFrom: validFrom, validTo: validTo, closedDates: closedDates)
    return (rule, first, last)
}

/// The project's rule: an algorithm of our own is tested against the reference on a large input. This expands
/// `ruleCount` seeded random rules with `Recurrence.days(from:through:)`, `firstDay` and, for a sample,
/// `occurrences(from:through:in:)` in Europe/Amsterdam, writes them as JSON and has reference_rrule.py compare
/// each with python-dateutil's `rrule` (how a rule maps to DTSTART, UNTIL and EXDATE, and the deliberate
/// differences, are explained there). By hand: keep the JSON of a failing run (its folder is in the message)
/// and run `.venv/bin/python Tests/BuurtCalendarTests/reference_rrule.py rules.json`.
///
/// Skipped without `.venv/bin/python` and python-dateutil (`make venv`), except in CI (`CI` set), where `make test`
/// always makes them and their absence is a failure.
@Suite struct ReferenceRecurrenceTests {
    static let ruleCount = 3000
    /// Every `sampleEvery`-th rule also compares its occurrences' local times and UTC offsets.
    static let sampleEvery = 4

    @Test(
        .enabled(
            if: referencePython != nil || ProcessInfo.processInfo.environment["CI"] != nil,
            "needs \(packageRoot.path)/.venv/bin/python with python-dateutil: run make venv"))
    func expansionAgreesWithDateutilsRRule() throws {
        let python = try #require(referencePython, "CI must have .venv/bin/python with python-dateutil (make venv)")
        var random = SeededGenerator(seed: 20_260_329)
        var cases: [ReferenceCase] = []
        var dayCount = 0
        for id in 0..<Self.ruleCount {
            let sampled = id % Self.sampleEvery == 0
            let (rule, first, last) = randomRule(&random, sampled: sampled)
            let days = rule.days(from: first, through: last)
            dayCount += days.count
            cases.append(
                ReferenceCase(
                    id: id, freq: rule.frequency.rawValue, interval: rule.interval,
                    byday: rule.byDay.map(\.description),
                    opensAt: rule.startTime.description, closesAt: rule.endTime.description,
                    validFrom: rule.validFrom?.description, validTo: rule.validTo?.description,
                    closed: rule.closedDates.map(\.description), window: [first.description, last.description],
                    days: days.map(\.description), firstDay: rule.firstDay?.description,
                    occurrences: sampled
                        ? rule.occurrences(from: first, through: last).map { [$0.startISO8601, $0.endISO8601] } : nil))
        }
        #expect(dayCount > 100_000, "the rules list enough days to compare")

        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("buurtsite-rrule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let input = folder.appendingPathComponent("rules.json")
        let output = folder.appendingPathComponent("checker.txt")
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        try encoder.encode(ReferenceFile(timeZone: TimeZone.europeAmsterdam.identifier, rules: cases)).write(to: input)
        try Data().write(to: output)

        let process = Process()
        process.executableURL = python
        process.arguments = [checker.path, input.path]
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let report = try String(contentsOf: output, encoding: .utf8)
        let passed = process.terminationStatus == 0
        #expect(
            passed,
            """
            reference_rrule.py exited with \(process.terminationStatus); rules and report kept in \(folder.path)
            \(report.prefix(20_000))
            """)
        #expect(report.contains("\(Self.ruleCount) rules, \(dayCount) days"), "the checker read every rule")
        if passed { try FileManager.default.removeItem(at: folder) }
        // The counts and what the rules covered, for the test log.
        let summary = report.split(separator: "\n").filter {
            $0.hasPrefix("reference_rrule:") || $0.hasPrefix("covered:")
        }
        print(summary.joined(separator: "\n"))
    }
}
