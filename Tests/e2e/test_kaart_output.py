"""The sociale kaart's output in the example municipality: schema.org data on every entry page, and open
data (HSDS JSON and CSV) that holds exactly the entries each buurt's kaart shows, no more, no fewer."""

from __future__ import annotations

import csv
import html.parser
import io
import json
import re
import urllib.parse
from pathlib import Path

import pytest

# Every schema.org type the entry pages may use.
SCHEMA_TYPES = {
    "Service", "GovernmentService", "Organization", "GovernmentOrganization", "Place", "PostalAddress",
    "GeoCoordinates", "ServiceChannel", "ContactPoint", "OpeningHoursSpecification", "Audience", "Offer",
}
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class PageParser(html.parser.HTMLParser):
    """What a kaart page says about itself: canonical URL, JSON-LD, h1, and (on the home) its entry links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical: str | None = None
        self.json_ld = ""
        self.h1 = ""
        self.is_entry = False
        self.entry_links: list[str] = []
        self._in = None  # "json" or "h1" while inside one
        self._in_item = False

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a["href"]
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in = "json"
        elif tag == "h1":
            self._in = "h1"
        elif tag == "article" and "kaart-entry" in classes:
            self.is_entry = True
        elif tag == "li" and "kaart-item" in classes:
            self._in_item = True
        elif tag == "a" and self._in_item:
            self.entry_links.append(a["href"])
            self._in_item = False

    def handle_endtag(self, tag):
        if tag in ("script", "h1"):
            self._in = None

    def handle_data(self, data):
        if self._in == "json":
            self.json_ld += data
        elif self._in == "h1":
            self.h1 += data


def parse(page: Path) -> PageParser:
    p = PageParser()
    p.feed(page.read_text(encoding="utf-8"))
    return p


def kaart_homes(root: Path) -> list[Path]:
    """Every buurt's kaart home: <buurt>/<segment>/index.html with the filter form."""
    return sorted(p for p in root.glob("*/*/index.html") if "data-kaart-form" in p.read_text(encoding="utf-8"))


def entry_pages(home: Path) -> dict[str, PageParser]:
    """The entry pages of one buurt's kaart by canonical URL."""
    pages = {}
    for page in sorted(home.parent.glob("*/index.html")):
        p = parse(page)
        if p.is_entry:
            pages[p.canonical] = p
    return pages


def hsds(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["total_items"] == len(data["contents"]) and data["total_pages"] == 1
    return data["contents"]


def hsds_page_url(service: dict) -> str:
    """The address of the service's page on the kaart: its url, or the kaart's additional url when it has a website."""
    extra = [u["url"] for u in service.get("additional_urls") or []]
    return extra[0] if extra else service["url"]


def csv_rows(path: Path, separator: str = ";") -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so Excel reads the accents right"
    text = raw[3:].decode("utf-8")
    assert "\r\n" in text, "CSV lines end in CRLF (RFC 4180)"
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=separator))


@pytest.fixture(scope="module")
def homes(example_site: Path) -> list[Path]:
    found = kaart_homes(example_site)
    assert found, "no kaart in the example site"
    return found


def test_every_entry_page_describes_a_schema_org_service(homes):
    def types_in(value):
        if isinstance(value, dict):
            if "@type" in value:
                yield value["@type"]
            for item in value.values():
                yield from types_in(item)
        elif isinstance(value, list):
            for item in value:
                yield from types_in(item)

    checked = 0
    for home in homes:
        for url, page in entry_pages(home).items():
            data = json.loads(page.json_ld)
            assert data["@context"] == "https://schema.org", url
            assert data["@type"] in ("Service", "GovernmentService"), url
            assert data["name"] == page.h1.strip(), url
            assert data["url"] == url
            assert data["provider"]["@type"] in ("Organization", "GovernmentOrganization") and data["provider"]["name"]
            assert (data["@type"] == "GovernmentService") == (data["provider"]["@type"] == "GovernmentOrganization")
            assert data["areaServed"]["@type"] == "Place" and data["areaServed"]["name"]
            assert data["availableChannel"] and all(c["@type"] == "ServiceChannel" for c in data["availableChannel"])
            for channel in data["availableChannel"]:
                if "serviceLocation" in channel:
                    address = channel["serviceLocation"]["address"]
                    assert address["@type"] == "PostalAddress"
                    assert re.fullmatch(r"[1-9]\d{3} [A-Z]{2}", address["postalCode"]), url
            for hours in data.get("hoursAvailable", []):
                assert all(day.startswith("https://schema.org/") for day in hours["dayOfWeek"]), url
                assert re.fullmatch(r"\d\d:\d\d", hours["opens"]) and re.fullmatch(r"\d\d:\d\d", hours["closes"]), url
            unknown = set(types_in(data)) - SCHEMA_TYPES
            assert not unknown, f"{url}: types that are not schema.org's: {unknown}"
            checked += 1
    assert checked >= 30, f"only {checked} entry pages: the example should have at least 30 entries"


def test_each_buurts_exports_hold_exactly_the_entries_on_its_kaart(homes):
    for home in homes:
        pages = entry_pages(home)
        listed = {urllib.parse.urljoin(parse(home).canonical, href) for href in parse(home).entry_links}
        assert listed == set(pages), f"{home}: the list and the entry pages differ"

        services = hsds(home.parent / "open-data" / "hsds.json")
        assert sorted(hsds_page_url(s) for s in services) == sorted(pages), \
            f"{home}: HSDS entries differ from the kaart"
        assert sorted(s["name"] for s in services) == sorted(p.h1.strip() for p in pages.values())

        rows = csv_rows(home.parent / "open-data" / "kaart.csv")
        assert sorted(r["adres van de pagina"] for r in rows) == sorted(pages), \
            f"{home}: CSV rows differ from the kaart"
        assert sorted(r["naam"] for r in rows) == sorted(p.h1.strip() for p in pages.values())


def test_the_municipality_wide_export_holds_every_entry(example_site, homes):
    segment = homes[0].parent.name
    slugs_on_sites = {url.rstrip("/").rsplit("/", 1)[1] for home in homes for url in entry_pages(home)}
    services = hsds(example_site / segment / "open-data" / "hsds.json")
    assert sorted(hsds_page_url(s).rstrip("/").rsplit("/", 1)[1] for s in services) == sorted(slugs_on_sites)
    rows = csv_rows(example_site / segment / "open-data" / "kaart.csv")
    assert sorted(r["adres van de pagina"].rstrip("/").rsplit("/", 1)[1] for r in rows) == sorted(slugs_on_sites)
    # An entry for several buurten names them all.
    assert any(len(s["service_areas"]) > 1 for s in services)


def test_hsds_uses_the_specifications_field_names_and_nesting(example_site, homes):
    segment = homes[0].parent.name
    services = hsds(example_site / segment / "open-data" / "hsds.json")
    ids = set()
    for s in services:
        for key in ("id", "name", "description", "status", "organization", "phones", "schedules", "service_areas",
                    "service_at_locations", "languages", "attributes", "assured_date"):
            assert key in s, f"{s['name']}: no {key}"
        assert UUID.match(s["id"]) and s["id"] not in ids
        ids.add(s["id"])
        assert s["status"] == "active"
        assert s["organization"]["id"] == s["organization_id"] and s["organization"]["name"]
        for phone in s["phones"]:
            assert phone["service_id"] == s["id"] and phone["number"]
        for schedule in s["schedules"]:
            assert schedule["service_id"] == s["id"]
            assert schedule["freq"] in ("WEEKLY", "MONTHLY")
            assert re.fullmatch(r"(-?\d)?(MO|TU|WE|TH|FR|SA|SU)(,(-?\d)?(MO|TU|WE|TH|FR|SA|SU))*", schedule["byday"])
            assert re.fullmatch(r"\d\d:\d\d", schedule["opens_at"])
            assert re.fullmatch(r"\d\d:\d\d", schedule["closes_at"])
        for at in s["service_at_locations"]:
            assert at["service_id"] == s["id"] and at["location_id"] == at["location"]["id"]
            for address in at["location"]["addresses"]:
                assert {"address_1", "city", "postal_code", "country"} <= set(address)
                assert address["location_id"] == at["location"]["id"]
        for attribute in s["attributes"]:
            assert attribute["link_id"] == s["id"] and attribute["link_entity"] == "service"
            assert {"code", "name", "taxonomy"} <= set(attribute["taxonomy_term"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", s["assured_date"])
    assert any(s["schedules"] for s in services) and any(s["service_at_locations"] for s in services)
