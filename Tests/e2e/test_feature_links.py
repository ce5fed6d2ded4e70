"""Links in the example's pages to the features' items (README "Links to other pages"): written as links to Markdown
files and folders, they lead to the built pages of a kaart entry, a toolkit article and the agenda, whose titles
are what the link promises. check_output.py checks every internal link of the output too; this test names the ones
an editor wrote, so that it fails if they stop being links at all."""

from __future__ import annotations

import html.parser
import urllib.parse
from pathlib import Path

import pytest


class Links(html.parser.HTMLParser):
    """Every <a href> of the page's main content, with its text; and the page's <h1>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: dict[str, str] = {}
        self.h1 = ""
        self._href: str | None = None
        self._text = ""
        self._in_h1 = False
        self._in_main = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "main":
            self._in_main = True
        elif tag == "a" and self._in_main and a.get("href"):
            self._href, self._text = a["href"], ""
        elif tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag):
        if tag == "main":
            self._in_main = False
        elif tag == "a" and self._href is not None:
            self.links[self._text.strip()] = self._href
            self._href = None
        elif tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if self._href is not None:
            self._text += data
        if self._in_h1:
            self.h1 += data


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def target(page: Path, href: str) -> Path:
    """The index.html a relative link of `page` leads to."""
    path = urllib.parse.unquote(urllib.parse.urlsplit(href).path)
    return (page.parent / path / "index.html").resolve()


@pytest.mark.parametrize(
    "page, text, expected_path, expected_h1",
    [
        ("molenkamp/wijkhuiskamer", "hulp bij formulieren", "molenkamp/wegwijzer/hulp-bij-formulieren",
         "Hulp bij formulieren"),
        ("molenkamp/wijkhuiskamer", "zo werkt onze wijkhuiskamer",
         "molenkamp/toolkit/ontmoeten/zo-werkt-onze-wijkhuiskamer", "Zo werkt onze wijkhuiskamer"),
        ("molenkamp/wijkhuiskamer", "agenda van Hart van Molenkamp", "molenkamp/agenda", None),
        ("molenkamp/boodschappen", "Voedselhulp Lindeveen", "molenkamp/wegwijzer/voedselhulp", "Voedselhulp Lindeveen"),
    ],
)
def test_a_link_to_an_items_file_leads_to_its_page(example_site: Path, page, text, expected_path, expected_h1):
    source = example_site / page / "index.html"
    links = parse(source).links
    assert text in links, f"{page}: no link '{text}' in {sorted(links)}"
    built = target(source, links[text])
    assert built == (example_site / expected_path / "index.html").resolve(), links[text]
    assert built.is_file(), f"{links[text]} leads to no file"
    if expected_h1:
        assert parse(built).h1.strip() == expected_h1
