"""What the agenda's end-to-end tests share (test_agenda_feeds.py, test_agenda_browser.py).

- the agenda's settings from site.yml and the window of a build: from the build's day through day + 7 × weeks − 1;
- the example's activities as its content describes them (content/agenda/, content/buurten/<buurt>/agenda/ and kaart
  schedules with `agenda: true`): which sites show them, their UIDs, their cancellations and their status;
- the occurrences a page shows: every element marked `data-occurrence`, with the `<time datetime>` of its start,
  the text of its link (the activity's title), `data-cancelled`, `data-categories` and `data-audiences`;
- the occurrences a feed gives: parsed with the PyPI `icalendar` package and expanded with `recurring-ical-events`.

The contract these follow is the agenda's spec (the files, the output paths, the markup); an occurrence is
compared by its title and its start in Amsterdam time ("2026-11-23T10:00", or "2026-12-19" for an all-day one).
"""

from __future__ import annotations

import collections
import datetime as dt
import html.parser
import json
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
import yaml

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# The week sheet's folder, beside the facet segments, under the agenda's segment.
WEEK_SHEET = "afdrukken"


# --------------------------------------------------------------------------------------------
# Settings and the window


@dataclass(frozen=True)
class AgendaSettings:
    segment: str
    weeks: int
    facets: dict[str, str]  # field ("categories", "audiences") → its segment ("onderwerp", "voor-wie")
    base_url: str  # the municipality's base_url: the portal's address
    host: str  # its host, the right-hand side of every UID

    @property
    def category_segment(self) -> str:
        return self.facets["categories"]


def read_front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]) or {}


def agenda_settings(repo: Path) -> AgendaSettings:
    site = yaml.safe_load((repo / "site.yml").read_text(encoding="utf-8"))
    agenda = site.get("agenda") or {}
    base_url = site["base_url"]
    return AgendaSettings(
        segment=agenda.get("segment", "agenda"),
        weeks=int(agenda.get("weeks", 6)),
        facets={facet["field"]: facet["segment"] for facet in agenda.get("facets", [])},
        base_url=base_url if base_url.endswith("/") else base_url + "/",
        host=base_url.split("://", 1)[1].split("/", 1)[0].lower(),
    )


@dataclass(frozen=True)
class Window:
    first: dt.date
    last: dt.date  # inclusive

    def __contains__(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def weeks(self) -> list[tuple[dt.date, dt.date]]:
        """The window's weeks of seven days from its first day, each as (first, last)."""
        out, day = [], self.first
        while day <= self.last:
            out.append((day, min(day + dt.timedelta(days=6), self.last)))
            day += dt.timedelta(days=7)
        return out


def window(build_day: str, settings: AgendaSettings) -> Window:
    first = dt.date.fromisoformat(build_day)
    return Window(first, first + dt.timedelta(days=7 * settings.weeks - 1))


# --------------------------------------------------------------------------------------------
# The example's activities, as the content describes them


@dataclass
class Activity:
    slug: str
    title: str
    source: str  # repository path of the file that describes it
    buurt: str | None  # the buurt whose folder holds it; None for content/agenda/ and municipality kaart entries
    serves: set[str]  # the buurt sites that show it
    front: dict  # its front matter (for a kaart schedule: the schedule, with the entry's name, categories, ...)
    from_kaart: bool = False

    def uid(self, host: str) -> str:
        return f"{self.buurt}-{self.slug}@{host}" if self.buurt else f"{self.slug}@{host}"

    @property
    def status(self) -> str:
        return self.front.get("status", "running")

    def finished(self, day: dt.date) -> bool:
        """A one-off before `day`, or a recurring activity whose valid_to passed: nothing left to show."""
        if self.from_kaart or "schedule" in self.front:
            schedule = self.front if self.from_kaart else self.front["schedule"]
            valid_to = schedule.get("valid_to")
            return valid_to is not None and as_date(valid_to) < day
        last = self.front.get("end_date") or self.front.get("date")
        return last is not None and as_date(last) < day

    def cancel_reason(self, day: dt.date) -> str | None:
        """Why the occurrence on `day` is cancelled, as the content says (a pause gives its pause_reason)."""
        for item in self.front.get("cancelled") or []:
            if as_date(item["date"]) == day:
                return item.get("reason")
        if self.from_kaart and day in {as_date(closed) for closed in self.front.get("closed") or []}:
            return "Gesloten"  # the kaart entry's closed dates
        paused_until = self.front.get("paused_until")
        if self.status == "paused" and paused_until is not None and day < as_date(paused_until):
            return self.front.get("pause_reason")
        return None


def as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def buurt_codes(repo: Path) -> dict[str, set[str]]:
    """Every buurt's slug with its CBS buurtcodes (buurt.yml cbs_codes)."""
    out = {}
    for config in sorted((repo / "content" / "buurten").glob("*/buurt.yml")):
        data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
        out[config.parent.name] = {str(code).upper() for code in data.get("cbs_codes") or []}
    return out


def served(serves, own: str | None, buurten: dict[str, set[str]]) -> set[str]:
    """The kaart's rule: a buurt's own item serves that buurt; otherwise `all` (the default) or a list of buurt
    slugs and CBS buurtcodes."""
    if own is not None:
        return {own}
    if serves is None or serves == "all":
        return set(buurten)
    names = {str(name) for name in serves}
    return {slug for slug, codes in buurten.items() if slug in names or codes & {n.upper() for n in names}}


def activities(repo: Path) -> list[Activity]:
    content = repo / "content"
    buurten = buurt_codes(repo)
    found: list[Activity] = []

    def add_files(folder: Path, own: str | None) -> None:
        for path in sorted(folder.rglob("*.md")):
            front = read_front_matter(path)
            found.append(Activity(
                slug=path.stem, title=front["title"], source=path.relative_to(repo).as_posix(), buurt=own,
                serves=served(front.get("serves"), own, buurten), front=front))

    def add_kaart(folder: Path, own: str | None) -> None:
        for path in sorted(folder.rglob("*.md")):
            front = read_front_matter(path)
            for schedule in front.get("schedules") or []:
                if schedule.get("agenda") is True:
                    # The schedule, with what the activity takes from its entry.
                    described = dict(schedule, title=front["name"], **{key: front[key] for key in
                                     ("categories", "audiences", "reviewed", "owner", "closed") if key in front})
                    found.append(Activity(
                        slug=path.stem, title=front["name"], source=path.relative_to(repo).as_posix(), buurt=own,
                        serves=served(front.get("serves"), own, buurten), front=described, from_kaart=True))

    add_files(content / "agenda", None)
    add_kaart(content / "kaart", None)
    for slug in buurten:
        add_files(content / "buurten" / slug / "agenda", slug)
        add_kaart(content / "buurten" / slug / "kaart", slug)
    return found


def activities_of(site: str | None, all_activities: list[Activity]) -> list[Activity]:
    """The activities a buurt site shows (site = its slug), or the portal (None): every activity once."""
    if site is None:
        return list(all_activities)
    return [a for a in all_activities if site in a.serves]


def pages_of(site: str | None, all_activities: list[Activity], host: str) -> dict[str, Activity]:
    """{folder of its activity page: activity} on a buurt site (the slug) or the portal (a buurt's own activity
    as `<buurt>-<slug>`, the left-hand side of its UID)."""
    if site is None:
        return {a.uid(host).split("@")[0]: a for a in all_activities}
    return {a.slug: a for a in activities_of(site, all_activities)}


# --------------------------------------------------------------------------------------------
# Where the agenda is in the output


@dataclass(frozen=True)
class AgendaRoot:
    """The agenda of one site: a buurt's (`<buurt>/<segment>/`) or the portal's (`<segment>/`)."""

    name: str  # the buurt's slug, or "portal"
    buurt: str | None
    folder: Path

    @property
    def home(self) -> Path:
        return self.folder / "index.html"

    @property
    def feed(self) -> Path:
        return self.folder / "agenda.ics"

    @property
    def week_sheet(self) -> Path:
        return self.folder / WEEK_SHEET / "index.html"

    def filter_pages(self, facet_segment: str) -> dict[str, Path]:
        """{value: its filter page} of one facet."""
        return {page.parent.name: page for page in sorted((self.folder / facet_segment).glob("*/index.html"))}

    def activity_pages(self, settings: AgendaSettings) -> dict[str, Path]:
        """{slug: its activity page}: every folder of the agenda except the facets' and the week sheet's."""
        reserved = set(settings.facets.values()) | {WEEK_SHEET}
        return {page.parent.name: page for page in sorted(self.folder.glob("*/index.html"))
                if page.parent.name not in reserved}


def agenda_roots(site: Path, repo: Path, settings: AgendaSettings, portal: bool = True) -> list[AgendaRoot]:
    roots = [AgendaRoot(slug, slug, site / slug / settings.segment) for slug in buurt_codes(repo)]
    if portal:
        roots.append(AgendaRoot("portal", None, site / settings.segment))
    return roots


# --------------------------------------------------------------------------------------------
# What a page shows


@dataclass
class Occurrence:
    title: str  # the text of its link
    start: str  # its <time datetime>: "2026-11-23T10:00" or "2026-12-19"
    href: str | None
    cancelled: bool
    values: dict[str, list[str]]  # "categories" / "audiences" → the values of data-categories / data-audiences
    text: str = ""  # all its text, whitespace squeezed

    @property
    def key(self) -> tuple[str, str]:
        return (self.title, self.start)

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.start[:10])


class OccurrenceParser(html.parser.HTMLParser):
    """Every element marked `data-occurrence` (only inside an element with the attribute `within`, if given)."""

    def __init__(self, within: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.within = within
        self.regions = 0  # how many elements with the attribute `within` the page has
        self.occurrences: list[Occurrence] = []
        self._stack: list[str] = []
        self._region_depth: int | None = None
        self._current: tuple[int, Occurrence] | None = None
        self._link_depth: int | None = None
        self._title: list[str] = []
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        depth = len(self._stack)
        if tag not in VOID:
            self._stack.append(tag)
        if self.within and self.within in a and self._region_depth is None:
            self.regions += 1
            self._region_depth = depth
        inside = self.within is None or self._region_depth is not None
        if "data-occurrence" in a and inside and self._current is None and tag not in VOID:
            values = {name[len("data-"):]: value.split() for name, value in a.items()
                      if name in ("data-categories", "data-audiences")}
            self._current = (depth, Occurrence("", "", None, "data-cancelled" in a, values))
            self._title, self._text = [], []
        elif self._current is not None:
            occurrence = self._current[1]
            if tag == "time" and not occurrence.start:
                occurrence.start = a.get("datetime", "")
            if tag == "a" and occurrence.href is None:
                occurrence.href = a.get("href")
                self._link_depth = depth

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID or tag not in self._stack:
            return
        while self._stack:
            popped = self._stack.pop()
            depth = len(self._stack)
            if self._link_depth is not None and depth == self._link_depth:
                self._link_depth = None
                if self._current is not None:
                    self._current[1].title = "".join(self._title).strip()
            if self._current is not None and depth == self._current[0]:
                occurrence = self._current[1]
                occurrence.text = " ".join("".join(self._text).split())
                self.occurrences.append(occurrence)
                self._current = None
            if self._region_depth is not None and depth == self._region_depth:
                self._region_depth = None
            if popped == tag:
                break

    def handle_data(self, data):
        if self._current is not None:
            self._text.append(data)
            if self._link_depth is not None:
                self._title.append(data)


def page_occurrences(page: Path, within: str | None = None) -> list[Occurrence]:
    parser = OccurrenceParser(within)
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser.occurrences


def has_attribute(page: Path, attribute: str) -> bool:
    parser = OccurrenceParser(attribute)
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.regions > 0


class JSONLDParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self._in = False

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self._in = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = False

    def handle_data(self, data):
        if self._in:
            self.scripts[-1] += data


def json_ld_things(page: Path) -> list[dict]:
    """Every schema.org object at the top of the page's JSON-LD (items of "@graph" included)."""
    parser = JSONLDParser()
    parser.feed(page.read_text(encoding="utf-8"))
    things = []
    for script in parser.scripts:
        data = json.loads(script)
        for item in data if isinstance(data, list) else [data]:
            things.extend(item.get("@graph", [item]) if isinstance(item, dict) else [])
    return things


def has_type(thing: dict, name: str) -> bool:
    kind = thing.get("@type")
    return name in kind if isinstance(kind, list) else kind == name


class LinkParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append({k: v or "" for k, v in attrs})


def page_links(page: Path) -> list[dict[str, str]]:
    parser = LinkParser()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


# --------------------------------------------------------------------------------------------
# What a feed gives


def read_feed(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def local_start(value) -> str:
    """A DTSTART (or EXDATE, RECURRENCE-ID) as the page writes it: Amsterdam wall-clock time, or a date."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(AMSTERDAM)
        return value.strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def expand(calendar: icalendar.Calendar, first: dt.date, last: dt.date) -> list[icalendar.Event]:
    """The occurrences whose start day (in Amsterdam) is in first..last, each as an event (recurring-ical-events
    applies RRULE, RDATE, EXDATE and the overrides with RECURRENCE-ID)."""
    found = recurring_ical_events.of(calendar).between(first - dt.timedelta(days=7), last + dt.timedelta(days=8))
    return [event for event in found
            if first <= dt.date.fromisoformat(local_start(event["DTSTART"].dt)[:10]) <= last]


def feed_keys(calendar: icalendar.Calendar, first: dt.date, last: dt.date) -> collections.Counter:
    """(SUMMARY, start) of every occurrence in first..last, counted."""
    return collections.Counter((str(e["SUMMARY"]), local_start(e["DTSTART"].dt)) for e in expand(calendar, first, last))


def masters(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    """The VEVENTs that describe an activity (not the overrides of one occurrence, which have RECURRENCE-ID)."""
    return [event for event in calendar.walk("VEVENT") if "RECURRENCE-ID" not in event]


def exdates(event: icalendar.Event) -> set[str]:
    value = event.get("EXDATE")
    if value is None:
        return set()
    lists = value if isinstance(value, list) else [value]
    return {local_start(item.dt) for dates in lists for item in dates.dts}


def property_lines(data: bytes) -> list[bytes]:
    """The physical lines of an .ics file (split at CRLF; the last, empty piece after the final CRLF dropped)."""
    lines = data.split(b"\r\n")
    return lines[:-1] if lines and lines[-1] == b"" else lines


def vevent_blocks(data: bytes) -> dict[str, list[bytes]]:
    """The raw text of the file's VEVENTs by UID: {uid: [block, ...]} (an activity with overrides has several)."""
    blocks: dict[str, list[bytes]] = collections.defaultdict(list)
    current: list[bytes] | None = None
    for line in property_lines(data):
        if line == b"BEGIN:VEVENT":
            current = [line]
        elif current is not None:
            current.append(line)
            if line == b"END:VEVENT":
                text = b"\r\n".join(current) + b"\r\n"
                unfolded = text.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
                uid = next((l[4:].decode() for l in unfolded.split(b"\r\n") if l.startswith(b"UID:")), "")
                blocks[uid].append(text)
                current = None
    return dict(blocks)


@dataclass
class Problems:
    """Problems gathered over many files, so that one test run reports all of them."""

    items: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        self.items.append(message)

    def report(self, limit: int = 60) -> str:
        shown = self.items[:limit]
        more = f"\n… and {len(self.items) - limit} more" if len(self.items) > limit else ""
        return f"{len(self.items)} problems:\n" + "\n".join(shown) + more
