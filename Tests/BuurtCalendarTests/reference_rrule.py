#!/usr/bin/env python3
"""Checks BuurtCalendar's recurrence expansion against python-dateutil's rrule, the reference for RFC 5545.

ReferenceRecurrenceTests.swift writes a JSON file of random rules with what Swift made of them (a key whose
value is nil is left out):

    {"time_zone": "Europe/Amsterdam",
     "rules": [{"id": 7, "freq": "monthly", "interval": 2, "byday": ["2WE", "-1FR"],
                "opens_at": "10:00", "closes_at": "12:00", "valid_from": "2026-01-20", "valid_to": "2027-06-30",
                "closed": ["2026-12-25"], "window": ["2026-01-01", "2028-12-31"],
                "days": ["2026-03-11", ...], "first_day": "2026-03-11",
                "occurrences": [["2026-03-11T10:00:00+01:00", "2026-03-11T12:00:00+01:00"], ...]}]}

`days` is Recurrence.days(from: window[0], through: window[1]), `first_day` Recurrence.firstDay, and
`occurrences` (on a sample of the rules) the start and end of Recurrence.occurrences(...) in ISO 8601 with
their UTC offsets. For every rule this builds the equivalent rrule, expands the same window and prints every
difference: the rule, its RFC 5545 form and both results. Exit status 1 on any difference, or when the rules
did not cover what they are meant to (leap day, five of a weekday in a month, both changes of the clocks, ...).

    .venv/bin/python Tests/BuurtCalendarTests/reference_rrule.py rules.json

Standard library and python-dateutil only (Tests/e2e/requirements.txt).
"""

import datetime as dt
import json
import re
import sys
from zoneinfo import ZoneInfo

from dateutil.rrule import MO, MONTHLY, WEEKLY, rrule, rruleset, weekday

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
BYDAY = re.compile(r"^([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)$")
UTC = dt.timezone.utc


def parse_day(text):
    return None if text is None else dt.date.fromisoformat(text)


def parse_time(text):
    hour, minute = text.split(":")
    return dt.time(int(hour), int(minute))


def local(day, time, zone):
    """The wall-clock time `time` on `day` in `zone`. fold=0: in the hour repeated when summer time ends the
    first of the two, and in the hour skipped when it starts the offset from before the gap. That is what
    RFC 5545 section 3.3.5 says, and what LocalDateTime.utcOffset(in:) documents."""
    return dt.datetime.combine(day, time, tzinfo=zone)


def byday(rule):
    """BYDAY as dateutil weekdays: "2WE" is weekday(2, 2), "-1FR" weekday(4, -1), "TU" weekday(1)."""
    result = []
    for item in rule["byday"]:
        match = BYDAY.match(item)
        if not match:
            raise ValueError(f"rule {rule['id']}: byday item {item!r}")
        nth = int(match.group(1)) if match.group(1) else None
        # Deliberate (Occurrences.swift: "an ordinal on a weekly day is ignored"): RFC 5545 forbids an ordinal
        # in BYDAY with FREQ=WEEKLY, and Recurrence reads "2TU" in a weekly rule as every Tuesday. Modelled
        # here rather than left to how dateutil happens to read a rule the RFC does not allow.
        if rule["freq"] == "weekly":
            nth = None
        result.append(weekday(WEEKDAYS.index(match.group(2)), nth))
    return result


def until(rule, zone):
    """UNTIL: valid_to at the opening time, in UTC as RFC 5545 demands when DTSTART has a time zone; inclusive."""
    valid_to = parse_day(rule.get("valid_to"))
    return local(valid_to, parse_time(rule["opens_at"]), zone).astimezone(UTC) if valid_to else None


def reference_rule(rule, dtstart_day, zone, last=None, closed=True):
    """The rrule for `rule` counted from `dtstart_day`, with its closed dates as EXDATEs (at the rule's own time
    of day) unless `closed` is False; with `last` (a moment) it ends there too, so that a search stops at the
    end of the window.

    RFC 5545 counts INTERVAL from DTSTART: weekly in weeks that start on WKST (Monday, as Recurrence does),
    monthly in calendar months. Recurrence counts from the week or month of valid_from, so valid_from's day is
    a DTSTART that counts the same weeks and months; and dateutil lists only the days of the rule from DTSTART
    on, valid_from's other role (the first day it applies). Strict RFC 5545 also lists DTSTART itself when the
    rule does not match it; `Expected.first_day_problems` checks that Recurrence.firstDay is a DTSTART that the
    rule matches and that counts the same, as an iCalendar or HSDS export writes it.

    The plain days of BYDAY ("SA") and the nth days ("2TH") are two rrules of one set. By RFC 5545 one RRULE
    with BYDAY=SA,2TH lists every Saturday and the 2nd Thursday, as Recurrence does; dateutil keeps only the days
    that are both (none here), as its JavaScript port rrule.js does (its open issue #71). The set lists what the
    one RRULE should.
    """
    end = min(filter(None, (until(rule, zone), last)), default=None)
    days = byday(rule)
    rules = rruleset()
    for part in ([day for day in days if day.n is None], [day for day in days if day.n is not None]):
        if part:
            rules.rrule(rrule(WEEKLY if rule["freq"] == "weekly" else MONTHLY,
                              dtstart=local(dtstart_day, parse_time(rule["opens_at"]), zone),
                              interval=rule["interval"], wkst=MO, byweekday=part, until=end))
    for day in rule["closed"] if closed else []:
        rules.exdate(local(parse_day(day), parse_time(rule["opens_at"]), zone))
    return rules


def rfc5545(rule, dtstart_day, zone):
    """The rule as an iCalendar file writes it, to show in a report."""
    opens = parse_time(rule["opens_at"])

    def stamp(moment):  # 20260329T100000; %Y does not pad years before 1000
        return f"{moment.year:04d}{moment:%m%dT%H%M%S}"

    text = (f"DTSTART;TZID={zone.key}:{stamp(local(dtstart_day, opens, zone))} "
            f"RRULE:FREQ={rule['freq'].upper()};INTERVAL={rule['interval']};WKST=MO;BYDAY={','.join(rule['byday'])}")
    if rule.get("valid_to"):
        text += f";UNTIL={stamp(until(rule, zone))}Z"
    if rule["closed"]:
        text += f" EXDATE;TZID={zone.key}:" + ",".join(stamp(local(parse_day(day), opens, zone))
                                                       for day in rule["closed"])
    return text


def window(rule, zone):
    first, last = (parse_day(text) for text in rule["window"])
    return local(first, dt.time(0, 0), zone), local(last, dt.time(23, 59, 59), zone)


def dtstart_day(rule):
    """valid_from; for an interval of 1 every week or month counts, so without it the window's first day."""
    return parse_day(rule.get("valid_from") or rule["window"][0])


class Expected:
    """What rrule gives for a rule in its window: `days` and `occurrences` (ISO 8601 start and end with their
    UTC offsets), `removed` (how many of its days the closed dates took out) and `first_day` (the first
    occurrence from valid_from on, closed or not)."""

    def __init__(self, rule, zone):
        self.days, self.instances, self.occurrences, self.removed, self.first_day = [], [], [], 0, None
        # Deliberate (Recurrence.canListOccurrences): an interval above 1 counts from valid_from, so a rule
        # without it does not say which weeks or months it means and lists nothing rather than guess.
        # RFC 5545 always has a DTSTART, so there is no rrule to compare with.
        if rule["interval"] > 1 and not rule.get("valid_from"):
            return
        if rule.get("valid_from"):
            first = next(iter(reference_rule(rule, dtstart_day(rule), zone, closed=False)), None)
            self.first_day = first and first.date()
        lowest, highest = window(rule, zone)
        self.instances = reference_rule(rule, dtstart_day(rule), zone, last=highest).between(lowest, highest, True)
        if rule["closed"]:
            everything = reference_rule(rule, dtstart_day(rule), zone, last=highest, closed=False)
            self.removed = len(everything.between(lowest, highest, inc=True)) - len(self.instances)
        self.days = [moment.date().isoformat() for moment in self.instances]
        opens, closes = parse_time(rule["opens_at"]), parse_time(rule["closes_at"])
        for start in self.instances:
            # Deliberate (Recurrence.occurrences): a closing time not after the opening time is on the next day.
            end_day = start.date() + dt.timedelta(days=0 if closes > opens else 1)
            self.occurrences.append([start.isoformat(), local(end_day, closes, zone).isoformat()])

    def first_day_problems(self, rule, zone):
        """Problems when the rrule counted from `first_day` (Recurrence.firstDay, as exports write DTSTART)
        does not list `first_day` itself, or lists other days in the window than the one from valid_from."""
        lowest, highest = window(rule, zone)
        problems = []
        first = next(iter(reference_rule(rule, self.first_day, zone, closed=False)), None)
        if first != local(self.first_day, parse_time(rule["opens_at"]), zone):
            problems.append(f"DTSTART {self.first_day} is not an occurrence of its own rule")
        from_first_day = reference_rule(rule, self.first_day, zone, last=highest)
        if from_first_day.between(lowest, highest, inc=True) != self.instances:
            problems.append(f"DTSTART {self.first_day} counts other weeks or months than valid_from")
        return problems


def in_gap_or_fold(text, zone):
    """'gap' for a local time the clocks skip, 'fold' for one they show twice, else None."""
    moment = dt.datetime.fromisoformat(text[:19]).replace(tzinfo=zone)
    if moment.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != moment.replace(tzinfo=None):
        return "gap"
    if moment.utcoffset() != moment.replace(fold=1).utcoffset():
        return "fold"
    return None


def main(path):
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    zone = ZoneInfo(data["time_zone"])
    mismatches = days_compared = occurrences_compared = first_days_compared = 0
    # What the rules must take in, so that a change of the generator cannot quietly test less.
    covered = dict.fromkeys([
        "leap day 2028-02-29", "a 5th weekday of a month", "a closed date that removes a day",
        "a start or end in the skipped hour", "a start or end in the repeated hour", "a rule with interval > 1",
        "a monthly rule with a negative ordinal", "a monthly rule mixing plain and nth days",
        "a rule with interval > 1 and no valid_from"], 0)

    def report(rule, what, swift, reference):
        nonlocal mismatches
        mismatches += 1
        shown = {key: value for key, value in rule.items() if key not in ("days", "occurrences")}
        print(f"MISMATCH in {what} of rule {rule['id']}: {json.dumps(shown)}")
        if rule["interval"] > 1 and not rule.get("valid_from"):
            print("  interval > 1 without valid_from: Recurrence lists nothing, by design")
        else:
            print("  " + rfc5545(rule, dtstart_day(rule), zone))
        if isinstance(swift, list) and isinstance(reference, list):
            print(f"  only in Swift:     {[item for item in swift if item not in reference]}")
            print(f"  only in reference: {[item for item in reference if item not in swift]}")
        print(f"  Swift:     {swift}")
        print(f"  reference: {reference}")

    for rule in data["rules"]:
        reference = Expected(rule, zone)
        days = rule["days"]
        days_compared += len(days)
        if days != reference.days:
            report(rule, "days", days, reference.days)
        first_day = reference.first_day and reference.first_day.isoformat()
        first_days_compared += first_day is not None
        if rule.get("first_day") != first_day:
            report(rule, "first_day", rule.get("first_day"), first_day)
        elif first_day and "occurrences" in rule:  # for the sample: it expands the rule once more
            for problem in reference.first_day_problems(rule, zone):
                report(rule, "first_day as DTSTART", problem, "")
        if "occurrences" in rule:
            occurrences_compared += len(rule["occurrences"])
            if rule["occurrences"] != reference.occurrences:
                report(rule, "occurrences", rule["occurrences"], reference.occurrences)
            for pair in reference.occurrences:
                # The clocks change on the last Sunday of March and of October, from the 25th to the 31st.
                changes = [text for text in pair if text[5:7] in ("03", "10") and text[8:10] >= "25"]
                for kind in filter(None, (in_gap_or_fold(text, zone) for text in changes)):
                    covered[f"a start or end in the {'skipped' if kind == 'gap' else 'repeated'} hour"] += 1
        listed = bool(reference.days)
        covered["leap day 2028-02-29"] += "2028-02-29" in reference.days
        covered["a closed date that removes a day"] += reference.removed
        covered["a rule with interval > 1"] += listed and rule["interval"] > 1
        covered["a rule with interval > 1 and no valid_from"] += rule["interval"] > 1 and not rule.get("valid_from")
        if rule["freq"] == "monthly":
            covered["a 5th weekday of a month"] += sum(int(day[8:]) >= 29 for day in reference.days)
            covered["a monthly rule with a negative ordinal"] += listed and any(
                item.startswith("-") for item in rule["byday"])
            plain = [BYDAY.match(item).group(1) is None for item in rule["byday"]]
            covered["a monthly rule mixing plain and nth days"] += listed and any(plain) and not all(plain)

    uncovered = [what for what, count in covered.items() if count == 0]
    for what in uncovered:
        print(f"NOT COVERED: no rule had {what}; the rules no longer test what they should")
    print(f"reference_rrule: {len(data['rules'])} rules, {days_compared} days, {first_days_compared} first days, "
          f"{occurrences_compared} occurrences with UTC offsets compared; {mismatches} mismatches")
    print("covered: " + ", ".join(f"{what} ({count})" for what, count in covered.items()))
    return 1 if mismatches or uncovered else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} RULES.json")
    sys.exit(main(sys.argv[1]))
