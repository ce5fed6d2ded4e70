"""The agenda of the example municipality, built as on the e2e day: its pages against its iCalendar feeds.

    swift build && .venv/bin/python -m pytest Tests/e2e/test_agenda_feeds.py

Every .ics file is parsed with the PyPI `icalendar` package and expanded with `recurring-ical-events` over the
agenda's window. What a feed gives must be exactly what its page shows as not cancelled (the `data-occurrence`
elements without `data-cancelled`, by title and start): a buurt's agenda home and its feed, a category's filter page
and that category's feed, the portal's agenda and the portal's feed, an activity page's next dates and its own
`.ics`. A cancelled occurrence on a page is an EXDATE in the feed. Feeds are RFC 5545 text (CRLF, folded at 75
octets), byte-identical over two builds, and an unrelated change of the content leaves them and their UIDs alone.
"""

from __future__ import annotations

import collections
import datetime as dt
import mimetypes
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import agenda_support as ag  # noqa: E402
import check_output as co  # noqa: E402
from conftest import BUILD_DAY, REPO  # noqa: E402

SETTINGS = ag.agenda_settings(REPO)
WINDOW = ag.window(BUILD_DAY, SETTINGS)
DAY = WINDOW.first
ACTIVITIES = ag.activities(REPO)
# How far ahead an activity page's "next dates" may reach: ten monthly dates fit in it.
HORIZON = DAY + dt.timedelta(days=2 * 366)
# DTSTAMP is the build's day at 00:00 UTC, so that two builds of one day are byte-identical.
DTSTAMP = DAY.strftime("%Y%m%dT000000Z")


@pytest.fixture(scope="module")
def roots(example_site) -> list[ag.AgendaRoot]:
    return ag.agenda_roots(example_site, REPO, SETTINGS)


@pytest.fixture(scope="module")
def buurt_roots(roots) -> list[ag.AgendaRoot]:
    return [root for root in roots if root.buurt is not None]


def feeds(site: Path) -> list[Path]:
    return sorted(site.rglob("*.ics"))


def rel(site: Path, path: Path) -> str:
    return path.relative_to(site).as_posix()


def by_title() -> dict[str, ag.Activity]:
    return {activity.title: activity for activity in ACTIVITIES}


def page_feed_pairs(roots: list[ag.AgendaRoot]) -> list[tuple[Path, Path]]:
    """(page, feed) for every agenda home and every category filter page, on the buurt sites and the portal."""
    pairs = []
    for root in roots:
        pairs.append((root.home, root.feed))
        for page in root.filter_pages(SETTINGS.category_segment).values():
            pairs.append((page, page.parent / "agenda.ics"))
    return pairs


def build(root: Path, output: Path) -> None:
    binary = REPO / ".build" / "debug" / "buurtsite"
    if not binary.exists():
        pytest.fail(f"{binary} not found: run `swift build` first (or `make test`)")
    result = subprocess.run([str(binary), "build", "--root", str(root), "--output", str(output), "--today", BUILD_DAY],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def copy_of_repository(target: Path) -> Path:
    """What a build reads (site.yml, content/, themes/), copied, so that a test can change it."""
    target.mkdir(parents=True)
    shutil.copy2(REPO / "site.yml", target / "site.yml")
    for folder in ("content", "themes"):
        shutil.copytree(REPO / folder, target / folder)
    return target


# --------------------------------------------------------------------------------------------
# The example content and where it lands


def test_the_example_has_every_kind_of_activity():
    """The example shows what the agenda can do (issue #13): at least 28 activities of every kind."""
    kinds = collections.Counter()
    for a in ACTIVITIES:
        schedule = a.front if a.from_kaart else a.front.get("schedule")
        if schedule:
            byday = [str(d) for d in schedule.get("byday", [])]
            if schedule["freq"] == "weekly":
                kinds["every other week" if schedule.get("interval", 1) == 2 else "weekly"] += 1
            elif any(d.startswith("-1") for d in byday):
                kinds["last weekday of the month"] += 1
            else:
                kinds["nth weekday of the month"] += 1
        elif a.front.get("end_date"):
            kinds["over several days"] += 1
        elif a.front.get("all_day"):
            kinds["all day"] += 1
        else:
            kinds["one-off"] += 1
        kinds["from a kaart schedule"] += a.from_kaart
        kinds[a.status] += 1
        kinds["for several buurten"] += 1 < len(a.serves) < 4
        kinds["with cancellations"] += bool(a.front.get("cancelled"))
        kinds["with a moved date"] += bool(a.front.get("moved"))
        kinds["with extra dates"] += bool(a.front.get("extra"))
        kinds["organiser from the kaart"] += isinstance(a.front.get("organiser"), dict)
        kinds["location from the kaart"] += isinstance(a.front.get("location"), dict) and "kaart" in a.front["location"]
        kinds["with registration"] += bool(a.front.get("registration"))
        kinds["with an image"] += bool(a.front.get("image"))
    assert len(ACTIVITIES) >= 28, f"{len(ACTIVITIES)} activities"
    missing = [kind for kind in ("weekly", "every other week", "nth weekday of the month", "last weekday of the month",
                                 "over several days", "all day", "one-off", "from a kaart schedule", "running",
                                 "paused", "stopped", "for several buurten", "with cancellations",
                                 "with a moved date", "with extra dates", "organiser from the kaart",
                                 "location from the kaart", "with registration", "with an image") if not kinds[kind]]
    assert not missing, f"the example has no activity {missing}: {dict(kinds)}"
    for slug in ag.buurt_codes(REPO):
        assert sum(1 for a in ACTIVITIES if a.buurt == slug) >= 4, f"{slug} has fewer than 4 activities of its own"


def test_every_site_has_its_agenda_pages_feeds_and_activity_pages(example_site, roots):
    problems = ag.Problems()
    for root in roots:
        for path in (root.home, root.feed, root.week_sheet):
            if not path.is_file():
                problems.add(f"{root.name}: no {rel(example_site, path)}")
        for field, segment in SETTINGS.facets.items():
            # A filter page for every value of the activities listed on the site (all but the stopped ones).
            values = {v for a in ag.activities_of(root.buurt, ACTIVITIES) if a.status != "stopped"
                      for v in a.front.get(field, [])}
            pages = set(root.filter_pages(segment))
            if pages != values:
                problems.add(f"{root.name}: filter pages under {rel(example_site, root.folder / segment)}/ for "
                             f"{sorted(pages - values)} that no listed activity has; none for {sorted(values - pages)}")
        expected = ag.pages_of(root.buurt, ACTIVITIES, SETTINGS.host)
        pages = root.activity_pages(SETTINGS)
        if set(pages) != set(expected):
            problems.add(f"{root.name}: activity pages {sorted(set(pages) - set(expected))} that the content does not "
                         f"have, and none for {sorted(set(expected) - set(pages))}")
        for slug, activity in expected.items():
            own_feed = root.folder / slug / f"{slug}.ics"
            if activity.status != "stopped" and not own_feed.is_file():
                problems.add(f"{root.name}: no {rel(example_site, own_feed)} for {activity.source}")
    assert not problems.items, problems.report()


def test_the_window_is_rich_and_holds_a_cancellation(buurt_roots):
    """On the e2e day every buurt's agenda has something on several days of each week, and shows a cancellation."""
    problems = ag.Problems()
    for root in buurt_roots:
        occurrences = ag.page_occurrences(root.home)
        for first, last in WINDOW.weeks():
            shown = [o for o in occurrences if first <= o.day <= last and not o.cancelled]
            if len(shown) < 3 or len({o.day for o in shown}) < 3:
                problems.add(f"{root.name}: only {len(shown)} occurrences on {len({o.day for o in shown})} days "
                             f"in the week of {first}")
        if not any(o.cancelled for o in occurrences):
            problems.add(f"{root.name}: no cancelled occurrence in the window")
    assert not problems.items, problems.report()


# --------------------------------------------------------------------------------------------
# Feeds as files


def test_every_feed_is_icalendar_with_the_amsterdam_time_zone(example_site):
    found = feeds(example_site)
    assert found, f"no .ics files in {example_site}"
    problems = ag.Problems()
    for path in found:
        name = rel(example_site, path)
        try:
            calendar = ag.read_feed(path)
        except ValueError as error:
            problems.add(f"{name}: icalendar cannot parse it: {error}")
            continue
        if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
            problems.add(f"{name}: VERSION:2.0 and a PRODID are required")
        zones = [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")]
        if zones != ["Europe/Amsterdam"]:
            problems.add(f"{name}: expected one VTIMEZONE Europe/Amsterdam, found {zones}")
        events = calendar.walk("VEVENT")
        if path.name != "agenda.ics" and not events:
            problems.add(f"{name}: an activity's own feed without a VEVENT")
        for event in events:
            summary = str(event.get("SUMMARY", ""))
            for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL", "LOCATION"):
                if key not in event:
                    problems.add(f"{name}: VEVENT {summary!r} has no {key}")
            if "DTSTAMP" in event and event["DTSTAMP"].to_ical().decode() != DTSTAMP:
                problems.add(f"{name}: {summary!r} DTSTAMP {event['DTSTAMP'].to_ical().decode()}, expected {DTSTAMP}")
            start = event.get("DTSTART")
            if (start is not None and isinstance(start.dt, dt.datetime)
                    and start.params.get("TZID") != "Europe/Amsterdam"):
                problems.add(f"{name}: {summary!r} DTSTART without TZID=Europe/Amsterdam: {start.to_ical().decode()}")
            url = str(event.get("URL", ""))
            if url and not url.startswith(("https://", "http://")):
                problems.add(f"{name}: {summary!r} URL is not absolute: {url}")
    print(f"\n{len(found)} feeds parsed with icalendar")
    assert not problems.items, problems.report()


def test_feeds_are_crlf_lines_of_at_most_75_octets(example_site):
    problems = ag.Problems()
    for path in feeds(example_site):
        data, name = path.read_bytes(), rel(example_site, path)
        if not data.endswith(b"\r\n"):
            problems.add(f"{name}: does not end with CRLF")
        if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
            problems.add(f"{name}: a line break that is not CRLF")
        for number, line in enumerate(ag.property_lines(data), 1):
            if len(line) > 75:
                problems.add(f"{name}:{number}: {len(line)} octets, more than 75: {line[:80]!r}")
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                problems.add(f"{name}:{number}: folded inside a UTF-8 character: {line!r}")
            if number == 1 and line != b"BEGIN:VCALENDAR":
                problems.add(f"{name}: starts with {line!r}")
    assert not problems.items, problems.report()


def test_feeds_are_served_as_text_calendar(example_site, site_url, buurt_roots):
    """A static site gets its content type from the file's extension: .ics is text/calendar."""
    assert mimetypes.guess_type("agenda.ics")[0] == "text/calendar"
    feed = buurt_roots[0].feed
    with urllib.request.urlopen(f"{site_url}/{urllib.parse.quote(rel(example_site, feed))}") as response:
        assert response.headers.get_content_type() == "text/calendar"
        assert response.read() == feed.read_bytes()


# --------------------------------------------------------------------------------------------
# Pages against feeds


def test_each_page_shows_exactly_what_its_feed_gives(example_site, roots):
    """Agenda homes and category filter pages, of the buurt sites and the portal, against their feeds."""
    problems = ag.Problems()
    compared = occurrences = 0
    for page, feed in page_feed_pairs(roots):
        name = rel(example_site, page)
        if not feed.is_file():
            problems.add(f"{name}: no feed beside it ({rel(example_site, feed)})")
            continue
        shown = ag.page_occurrences(page)
        outside = [o.key for o in shown if o.day not in WINDOW]
        if outside:
            problems.add(f"{name}: occurrences outside the window {WINDOW.first}..{WINDOW.last}: {outside[:5]}")
        on_page = collections.Counter(o.key for o in shown if not o.cancelled)
        in_feed = ag.feed_keys(ag.read_feed(feed), WINDOW.first, WINDOW.last)
        if on_page != in_feed:
            problems.add(f"{name} against {feed.name}:\n  only on the page: {sorted((on_page - in_feed).elements())}"
                         f"\n  only in the feed: {sorted((in_feed - on_page).elements())}")
        if not on_page and page.name == "index.html" and page.parent.name == SETTINGS.segment:
            problems.add(f"{name}: no occurrences at all")
        compared += 1
        occurrences += sum(on_page.values())
    print(f"\n{compared} pages compared with their feeds, {occurrences} occurrences")
    assert not problems.items, problems.report()


def test_every_cancelled_occurrence_is_an_exdate_and_shows_its_reason(example_site, roots):
    problems = ag.Problems()
    activities = by_title()
    cancelled = 0
    for page, feed in page_feed_pairs(roots):
        name = rel(example_site, page)
        if not feed.is_file():
            continue
        excluded = collections.defaultdict(set)
        for event in ag.masters(ag.read_feed(feed)):
            excluded[str(event["SUMMARY"])] |= ag.exdates(event)
        for o in ag.page_occurrences(page):
            if not o.cancelled:
                continue
            cancelled += 1
            if o.start not in excluded.get(o.title, set()):
                problems.add(f"{name}: {o.title} on {o.start} is cancelled on the page but no EXDATE in {feed.name} "
                             f"(EXDATEs: {sorted(excluded.get(o.title, set()))})")
            activity = activities.get(o.title)
            reason = activity.cancel_reason(o.day) if activity else None
            if activity is None:
                problems.add(f"{name}: cancelled occurrence of {o.title!r}, which the content does not have")
            elif reason and " ".join(reason.split()) not in o.text:
                problems.add(f"{name}: {o.title} on {o.start} does not show its reason {reason!r}: {o.text!r}")
    assert cancelled, "no cancelled occurrence on any agenda page of the example"
    assert not problems.items, problems.report()


def test_filter_pages_show_the_homes_occurrences_with_their_value(example_site, roots):
    """Both facets' filter pages (no JavaScript) list exactly the home's occurrences that carry the value."""
    problems = ag.Problems()
    for root in roots:
        home = ag.page_occurrences(root.home)
        for field, segment in SETTINGS.facets.items():
            for value, page in root.filter_pages(segment).items():
                expected = collections.Counter((o.key, o.cancelled) for o in home if value in o.values.get(field, []))
                shown = collections.Counter((o.key, o.cancelled) for o in ag.page_occurrences(page))
                if shown != expected:
                    problems.add(f"{rel(example_site, page)}: only here {sorted((shown - expected).elements())[:5]}, "
                                 f"missing {sorted((expected - shown).elements())[:5]}")
    assert not problems.items, problems.report()


def test_occurrences_link_to_their_activity_and_carry_its_values(example_site, roots):
    problems = ag.Problems()
    activities = by_title()
    for root in roots:
        folders = {a.title: folder for folder, a in ag.pages_of(root.buurt, ACTIVITIES, SETTINGS.host).items()}
        for o in ag.page_occurrences(root.home):
            activity = activities.get(o.title)
            if activity is None or o.title not in folders:
                problems.add(f"{root.name}: an occurrence titled {o.title!r}, which no activity of the site has")
                continue
            target = (root.home.parent / (o.href or "")).resolve()
            if target != (root.folder / folders[o.title]).resolve():
                problems.add(f"{root.name}: {o.title} links to {o.href}, not to its page {folders[o.title]}/")
            for field in SETTINGS.facets:
                if sorted(o.values.get(field, [])) != sorted(activity.front.get(field, [])):
                    problems.add(f"{root.name}: {o.title} data-{field}={o.values.get(field)}, "
                                 f"the content says {activity.front.get(field)}")
    assert not problems.items, problems.report()


def test_the_week_sheet_shows_the_coming_seven_days(example_site, roots):
    problems = ag.Problems()
    for root in roots:
        last = DAY + dt.timedelta(days=6)
        expected = collections.Counter((o.key, o.cancelled) for o in ag.page_occurrences(root.home) if o.day <= last)
        shown = collections.Counter((o.key, o.cancelled) for o in ag.page_occurrences(root.week_sheet))
        if shown != expected or not shown:
            problems.add(f"{rel(example_site, root.week_sheet)}: only here {sorted((shown - expected).elements())}, "
                         f"missing {sorted((expected - shown).elements())}")
    assert not problems.items, problems.report()


def test_the_buurt_home_shows_the_next_five_occurrences(example_site, buurt_roots):
    problems = ag.Problems()
    for root in buurt_roots:
        home = example_site / root.name / "index.html"
        if not ag.has_attribute(home, "data-agenda-next"):
            problems.add(f"{root.name}/index.html: no element marked data-agenda-next")
            continue
        shown = ag.page_occurrences(home, within="data-agenda-next")
        coming = sorted(ag.feed_keys(ag.read_feed(root.feed), WINDOW.first, WINDOW.last).elements(),
                        key=lambda key: (key[1], key[0]))
        if any(o.cancelled for o in shown) or len(shown) != min(5, len(coming)):
            problems.add(f"{root.name}/index.html: {len(shown)} occurrences, cancelled ones among them: "
                         f"{[o.key for o in shown if o.cancelled]}")
            continue
        starts = [o.start for o in shown]
        if starts != sorted(starts):
            problems.add(f"{root.name}/index.html: the next occurrences are not in order: {starts}")
        # The five soonest; at the last start several may tie, any of them may be shown.
        before = collections.Counter(key for key in coming if key[1] < starts[-1])
        tied = {key for key in coming if key[1] == starts[-1]}
        keys = collections.Counter(o.key for o in shown)
        if before - keys or any(key[1] == starts[-1] and key not in tied for key in keys):
            problems.add(f"{root.name}/index.html shows {[o.key for o in shown]}, the feed's first are {coming[:6]}")
    assert not problems.items, problems.report()


def test_the_portal_feed_holds_every_buurt_feeds_activities(roots):
    def uids(feed: Path) -> set[str]:
        return {str(e["UID"]) for e in ag.masters(ag.read_feed(feed))}

    portal = next(root for root in roots if root.buurt is None)
    buurten = set().union(*(uids(root.feed) for root in roots if root.buurt is not None))
    assert uids(portal.feed) == buurten


# --------------------------------------------------------------------------------------------
# UIDs, stopped and finished activities


def test_uids_say_where_an_activity_comes_from_and_are_the_same_in_every_feed(example_site, roots):
    problems = ag.Problems()
    summaries: dict[str, set[str]] = collections.defaultdict(set)
    for path in feeds(example_site):
        for event in ag.masters(ag.read_feed(path)):
            summaries[str(event["UID"])].add(str(event["SUMMARY"]))
    for uid, titles in summaries.items():
        if len(titles) != 1:
            problems.add(f"UID {uid} has several titles: {sorted(titles)}")
    for root in roots:
        in_feed = {str(e["UID"]): str(e["SUMMARY"]) for e in ag.masters(ag.read_feed(root.feed))}
        expected = {a.uid(SETTINGS.host): a for a in ag.activities_of(root.buurt, ACTIVITIES) if a.status != "stopped"}
        for uid in set(in_feed) - set(expected):
            problems.add(f"{root.name}: feed has UID {uid} ({in_feed[uid]}), which is no activity of this site")
        for uid in set(expected) - set(in_feed):
            if not expected[uid].finished(DAY):
                problems.add(f"{root.name}: {expected[uid].source} (UID {uid}) is not in the feed")
        for uid in set(in_feed) & set(expected):
            if in_feed[uid] != expected[uid].title:
                problems.add(f"{root.name}: SUMMARY {in_feed[uid]!r} is not the title {expected[uid].title!r}")
        pages = ag.pages_of(root.buurt, ACTIVITIES, SETTINGS.host)
        for slug, page in root.activity_pages(SETTINGS).items():
            own = page.parent / f"{slug}.ics"
            if own.is_file():
                own_uids = {str(e["UID"]) for e in ag.masters(ag.read_feed(own))}
                activity = pages.get(slug)
                if activity and own_uids != {activity.uid(SETTINGS.host)}:
                    problems.add(f"{rel(example_site, own)}: UIDs {own_uids}, expected {activity.uid(SETTINGS.host)}")
    assert not problems.items, problems.report()


def test_stopped_activities_are_in_no_feed_and_on_no_agenda(example_site, roots):
    stopped = {a.title for a in ACTIVITIES if a.status == "stopped"}
    assert stopped, "the example has a stopped activity"
    problems = ag.Problems()
    for path in feeds(example_site):
        found = {str(e["SUMMARY"]) for e in ag.read_feed(path).walk("VEVENT")} & stopped
        if found:
            problems.add(f"{rel(example_site, path)} holds {sorted(found)}")
    for page, _ in page_feed_pairs(roots):
        found = {o.title for o in ag.page_occurrences(page)} & stopped
        if found:
            problems.add(f"{rel(example_site, page)} shows {sorted(found)}")
    assert not problems.items, problems.report()


# --------------------------------------------------------------------------------------------
# Activity pages


def test_an_activity_pages_next_dates_are_its_own_feeds(example_site, roots):
    problems = ag.Problems()
    compared = 0
    for root in roots:
        for slug, page in root.activity_pages(SETTINGS).items():
            name, own = rel(example_site, page), page.parent / f"{slug}.ics"
            within = "data-activity-dates" if ag.has_attribute(page, "data-activity-dates") else None
            shown = ag.page_occurrences(page, within=within)
            if not own.is_file():
                if any(not o.cancelled for o in shown):
                    problems.add(f"{name}: dates on the page, but no {own.name}")
                continue
            calendar = ag.read_feed(own)
            coming = sorted(ag.local_start(e["DTSTART"].dt) for e in ag.expand(calendar, DAY, HORIZON))
            dates = [o.start for o in shown if not o.cancelled]
            if len(shown) > 10:
                problems.add(f"{name}: {len(shown)} dates, more than the next 10")
            # All ten may be cancelled (a pause): then the feed's first dates lie beyond them.
            if dates != coming[:len(dates)] or (len(shown) < 10 and len(dates) != len(coming)) \
                    or (coming and not shown):
                problems.add(f"{name}: the page's next dates {dates} are not the first of {own.name}'s {coming[:10]}")
            excluded = set().union(*(ag.exdates(e) for e in ag.masters(calendar)))
            for o in shown:
                if o.cancelled and o.start not in excluded:
                    problems.add(f"{name}: {o.start} is cancelled on the page but no EXDATE in {own.name}")
            compared += 1
    print(f"\n{compared} activity pages compared with their own feeds")
    assert compared, "no activity page with its own feed"
    assert not problems.items, problems.report()


def test_every_activity_page_describes_an_event_in_json_ld(example_site, roots):
    problems = ag.Problems()
    for root in roots:
        titles = ag.pages_of(root.buurt, ACTIVITIES, SETTINGS.host)
        for slug, page in root.activity_pages(SETTINGS).items():
            name = rel(example_site, page)
            events = [thing for thing in ag.json_ld_things(page) if ag.has_type(thing, "Event")]
            if len(events) != 1:
                problems.add(f"{name}: {len(events)} Event objects in its JSON-LD")
                continue
            event = events[0]
            if slug in titles and event.get("name") != titles[slug].title:
                problems.add(f"{name}: Event name {event.get('name')!r}, title {titles[slug].title!r}")
            try:
                start = dt.datetime.fromisoformat(str(event["startDate"]))
            except (KeyError, ValueError) as error:
                problems.add(f"{name}: startDate missing or not ISO 8601: {error}")
                start = None
            own = page.parent / f"{slug}.ics"
            if start is not None and own.is_file():
                calendar = ag.read_feed(own)
                coming = sorted(ag.local_start(e["DTSTART"].dt) for e in ag.expand(calendar, DAY, HORIZON))
                if coming and not str(event["startDate"]).startswith(coming[0]):
                    problems.add(f"{name}: startDate {event['startDate']}, the next occurrence is {coming[0]}")
                recurring = any("RRULE" in e for e in ag.masters(calendar))
                if recurring and not event.get("eventSchedule"):
                    problems.add(f"{name}: a recurring activity without eventSchedule")
            location = event.get("location") or {}
            address = location.get("address") if isinstance(location, dict) else None
            if not (isinstance(location, dict) and ag.has_type(location, "Place") and location.get("name")):
                problems.add(f"{name}: location is not a Place with a name: {location}")
            elif not (isinstance(address, dict) and ag.has_type(address, "PostalAddress")
                      and address.get("streetAddress") and address.get("addressLocality")):
                problems.add(
                    f"{name}: the Place has no PostalAddress with streetAddress and addressLocality: {address}")
    assert not problems.items, problems.report()


def test_every_activity_page_offers_its_ics_and_a_webcal_subscription(example_site, roots):
    problems = ag.Problems()
    for root in roots:
        for slug, page in root.activity_pages(SETTINGS).items():
            own = page.parent / f"{slug}.ics"
            if not own.is_file():
                continue
            hrefs = [link.get("href", "") for link in ag.page_links(page)]
            local = [h for h in hrefs if (page.parent / h.split("#")[0]).resolve() == own.resolve()]
            webcal = [h for h in hrefs if h.startswith("webcal://")]
            if not local:
                problems.add(f"{rel(example_site, page)}: no link to {own.name}")
            if not webcal or not all(h.endswith(f"/{slug}/{slug}.ics") for h in webcal):
                problems.add(f"{rel(example_site, page)}: no webcal:// link to {own.name}: {webcal}")
    assert not problems.items, problems.report()


# --------------------------------------------------------------------------------------------
# Stable output


def test_two_builds_give_byte_identical_feeds(example_site, tmp_path):
    again = tmp_path / "public"
    build(REPO, again)
    first = {rel(example_site, p): p.read_bytes() for p in feeds(example_site)}
    second = {rel(again, p): p.read_bytes() for p in feeds(again)}
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert not differ, f"feeds that differ between two builds: {differ}"


NEW_ACTIVITY = """---
title: Schaakclub De Molensteen
summary: Op zondagmiddag schaken met buren, voor beginners en gevorderden.
categories: [ontmoeten]
audiences: [iedereen]
organiser: Hart van Molenkamp
location: { kaart: wijkhuiskamer-de-molensteen }
schedule:
  freq: weekly
  byday: [SU]
  start: "14:00"
  end: "16:00"
reviewed: 2026-11-16
owner: anouk.molenkamp@lindeveen.nl
---
Schaken leer je het best door het te doen.
"""


def test_an_unrelated_change_leaves_feeds_and_uids_alone(example_site, tmp_path):
    """A changed page and kaart entry change no feed; a new activity only adds its own VEVENT to the feeds that
    show it, and every other VEVENT stays byte for byte the same (UIDs do not depend on what else there is)."""
    root = copy_of_repository(tmp_path / "repo")
    colofon = root / "content" / "pages" / "colofon.md"
    colofon.write_text(colofon.read_text(encoding="utf-8") + "\nEen zin die er eerst niet stond.\n", encoding="utf-8")
    entry = root / "content" / "kaart" / "taal" / "taalcafe.md"
    entry.write_text(entry.read_text(encoding="utf-8") + "\nOok deze zin is nieuw.\n", encoding="utf-8")
    (root / "content" / "buurten" / "molenkamp" / "agenda" / "schaakclub.md").write_text(NEW_ACTIVITY, encoding="utf-8")
    changed = tmp_path / "public"
    build(root, changed)

    new_uid = f"molenkamp-schaakclub@{SETTINGS.host}"
    before = {rel(example_site, p): p.read_bytes() for p in feeds(example_site)}
    after = {rel(changed, p): p.read_bytes() for p in feeds(changed)}
    added = set(after) - set(before)
    # Its own .ics on Molenkamp's site and on the portal (where a buurt's activity is <buurt>-<slug>).
    assert added == {f"molenkamp/{SETTINGS.segment}/schaakclub/schaakclub.ics",
                     f"{SETTINGS.segment}/molenkamp-schaakclub/molenkamp-schaakclub.ics"}, sorted(added)
    assert not set(before) - set(after)
    with_new = []
    for name, old in before.items():
        new = after[name]
        if new == old:
            continue
        blocks = ag.vevent_blocks(new)
        assert new_uid in blocks, f"{name} changed, but does not hold the new activity"
        without = new
        for block in blocks[new_uid]:
            without = without.replace(block, b"", 1)
        assert without == old, f"{name}: apart from the new activity's VEVENT, the feed changed"
        with_new.append(name)
    assert f"molenkamp/{SETTINGS.segment}/agenda.ics" in with_new and f"{SETTINGS.segment}/agenda.ics" in with_new
    assert not any(name.startswith(("beekdal/", "de-weide/", "oude-dorp/")) for name in with_new)


# --------------------------------------------------------------------------------------------
# The output checks see every agenda page


def test_the_output_checks_cover_every_agenda_page(example_site, roots):
    """check_output.py (Nu checker, axe with the page's script running, no external requests) reads every page
    that co.html_pages lists; the agenda's pages must be among them."""
    checked = set(co.html_pages(example_site.resolve()))
    pages = []
    for root in roots:
        pages += [root.home, root.week_sheet]
        for segment in SETTINGS.facets.values():
            pages += root.filter_pages(segment).values()
        pages += root.activity_pages(SETTINGS).values()
    missing = [rel(example_site, p) for p in pages if p.resolve() not in checked]
    assert pages and not missing, f"agenda pages the output checks skip: {missing}"
    print(f"\n{len(pages)} agenda pages among the {len(checked)} pages the output checks read")
