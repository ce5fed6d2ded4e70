#!/usr/bin/env python3
"""Expands an agenda feed with the PyPI packages icalendar and recurring-ical-events, the way a calendar app
reads it, and prints what it finds, for ICalendarFeedTests.swift to compare with the agenda's own dates.

    .venv/bin/python Tests/AgendaTests/reference_ical.py FEED.ics FIRST_DAY LAST_DAY

Prints one line per occurrence from FIRST_DAY through LAST_DAY (both included): "SUMMARY|YYYY-MM-DDTHH:MM" in
Europe/Amsterdam time (or "SUMMARY|YYYY-MM-DD" for an all-day event), then one line per EXDATE:
"EXDATE|SUMMARY|YYYY-MM-DDTHH:MM", sorted.
"""

import datetime as dt
import sys
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def stamp(value):
    if isinstance(value, dt.datetime):
        return value.astimezone(AMSTERDAM).strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def main(path, first, last):
    with open(path, "rb") as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    first = dt.date.fromisoformat(first)
    last = dt.date.fromisoformat(last) + dt.timedelta(days=1)
    lines = [f"{event['SUMMARY']}|{stamp(event['DTSTART'].dt)}"
             for event in recurring_ical_events.of(calendar).between(first, last)]
    for event in calendar.walk("VEVENT"):
        exdates = event.get("EXDATE")
        for group in exdates if isinstance(exdates, list) else [exdates] if exdates else []:
            lines += [f"EXDATE|{event['SUMMARY']}|{stamp(item.dt)}" for item in group.dts]
    print("\n".join(sorted(lines)))


if __name__ == "__main__":
    main(*sys.argv[1:])
