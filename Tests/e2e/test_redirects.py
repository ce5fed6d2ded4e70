"""Old addresses (`aliases:` in front matter) in the example municipality's output: every redirect page leads to a
page that exists, says so in its canonical link, keeps out of search engines and needs no JavaScript; no sitemap or
search index lists an old address."""

from __future__ import annotations

import html.parser
import posixpath
import re
import urllib.parse
from pathlib import Path

# Old addresses the example's content gives, with the page each leads to (output paths).
EXPECTED = {
    "molenkamp/aed/index.html": "molenkamp/initiatieven/aed/index.html",
    "molenkamp/initiatieven/aed-plan.html": "molenkamp/initiatieven/aed/index.html",
    "molenkamp/wegwijzer/de-molensteen/index.html": "molenkamp/wegwijzer/wijkhuiskamer-de-molensteen/index.html",
    "beekdal/stoelgym/index.html": "beekdal/agenda/gym-op-de-stoel/index.html",
    # A municipality-wide toolkit article: its old address works on every buurt site that shows it.
    "beekdal/toolkit/liftkoffie/index.html": "beekdal/toolkit/ontmoeten/liftkoffie-in-je-flat/index.html",
    "de-weide/toolkit/liftkoffie/index.html": "de-weide/toolkit/ontmoeten/liftkoffie-in-je-flat/index.html",
    "molenkamp/toolkit/liftkoffie/index.html": "molenkamp/toolkit/ontmoeten/liftkoffie-in-je-flat/index.html",
    "oude-dorp/toolkit/liftkoffie/index.html": "oude-dorp/toolkit/ontmoeten/liftkoffie-in-je-flat/index.html",
}


class RedirectParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refresh: str | None = None
        self.canonical: str | None = None
        self.robots: str | None = None
        self.links: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            self.refresh = a.get("content", "")
        if tag == "meta" and a.get("name") == "robots":
            self.robots = a.get("content")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "script":
            self.scripts += 1


def parse(path: Path) -> RedirectParser:
    parser = RedirectParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def canonical_of(path: Path) -> str | None:
    return parse(path).canonical


def redirect_pages(site: Path) -> dict[str, RedirectParser]:
    pages = {}
    for path in sorted(site.rglob("*.html")):
        parsed = parse(path)
        if parsed.refresh is not None:
            pages[path.relative_to(site).as_posix()] = parsed
    return pages


def resolve(page: str, link: str) -> str:
    """The output file a relative link on `page` leads to."""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), urllib.parse.unquote(link)))
    return target + "/index.html" if link.endswith("/") else target


def test_every_old_address_has_a_redirect_page(example_site: Path):
    assert sorted(redirect_pages(example_site)) == sorted(EXPECTED)


def test_each_redirect_page_leads_to_a_page_that_exists(example_site: Path):
    for page, parsed in redirect_pages(example_site).items():
        delay, _, url = parsed.refresh.partition(";")
        assert delay.strip() == "0", page
        link = url.strip().removeprefix("url=")
        target = resolve(page, link)
        assert target == EXPECTED[page]
        assert (example_site / target).is_file(), f"{page} leads to {target}, which is missing"
        # A redirect leads to a page, never to another redirect.
        assert parse(example_site / target).refresh is None, f"{page} leads to the redirect page {target}"
        # The visible link for browsers that do not follow the refresh goes to the same page.
        assert link in parsed.links, page
        # The canonical address is the new page's own.
        assert parsed.canonical == canonical_of(example_site / target), page
        assert parsed.robots == "noindex", page
        assert parsed.scripts == 0, f"{page} has a script"


def test_old_addresses_stay_out_of_sitemaps_and_search(example_site: Path):
    listed = set()
    for sitemap in example_site.rglob("sitemap*.xml"):
        listed |= set(re.findall(r"<loc>([^<]*)</loc>", sitemap.read_text(encoding="utf-8")))
    assert len(listed) > 100
    for page in redirect_pages(example_site):
        site, _, inside = page.partition("/")
        old_url = canonical_of(example_site / site / "index.html") + inside.removesuffix("index.html")
        assert old_url not in listed, f"{page} is in a sitemap"
    search_files = [p for p in example_site.rglob("*") if p.is_file() and "zoeken" in p.parts and p.suffix != ".html"]
    assert search_files, "no search index found"
    for path in search_files:
        text = path.read_bytes()
        for old in (b"stoelgym", b"aed-plan", b"toolkit/liftkoffie/", b"wegwijzer/de-molensteen/"):
            assert old not in text, f"{path} names the old address {old.decode()}"
