"""The sociale kaart's filters in headless Chromium, on the example municipality's output.

kaart.js (with filters.js) turns the filter links into checkboxes: OR within one filter, AND between filters, the choice
kept in the address (?onderwerp=zorg,geld&soort=formeel). What the browser shows is compared with what
the static filter pages say, which are built without any JavaScript.
"""

from __future__ import annotations

import html.parser
import sys
import urllib.parse
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import check_output as co  # noqa: E402


class KaartHomeParser(html.parser.HTMLParser):
    """The checkboxes of the filter form ({facet: [values]}) and each listed entry's link and values."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facets: dict[str, list[str]] = {}
        self.entries: list[dict] = []
        self._item: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "input" and a.get("type") == "checkbox" and "filter-check__input" in a.get("class", ""):
            self.facets.setdefault(a["name"], []).append(a["value"])
        if tag == "li" and "kaart-item" in a.get("class", "").split():
            values = {k[len("data-kaart-"):]: v.split() for k, v in a.items() if k.startswith("data-kaart-")}
            self._item = {"values": values, "href": None}
            self.entries.append(self._item)
        if tag == "a" and self._item is not None and self._item["href"] is None:
            self._item["href"] = a["href"]


class ListParser(html.parser.HTMLParser):
    """The entry links of a filter page's list."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self._in_item = False

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "li" and "kaart-item" in a.get("class", "").split():
            self._in_item = True
        elif tag == "a" and self._in_item:
            self.hrefs.append(a["href"])
            self._in_item = False


def site_path(root: Path, page: Path, href: str) -> str:
    """An entry link on `page` as a path inside the output folder: "molenkamp/wegwijzer/taalcafe/"."""
    target = (page.parent / href).resolve()
    return target.relative_to(root.resolve()).as_posix().rstrip("/") + "/"


def kaart_homes(root: Path) -> list[Path]:
    """Every buurt's kaart home: the pages with the filter form."""
    return sorted(p for p in root.glob("*/*/index.html") if "data-kaart-form" in p.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kaart(example_site: Path) -> dict:
    """The buurt kaart with the most entries, and two values of two filters whose combination narrows the list."""
    homes = kaart_homes(example_site)
    assert homes, "no kaart home in the example site"
    parsed = []
    for home in homes:
        parser = KaartHomeParser()
        parser.feed(home.read_text(encoding="utf-8"))
        parsed.append((home, parser))
    home, parser = max(parsed, key=lambda hp: len(hp[1].entries))
    entries = {site_path(example_site, home, e["href"]): e["values"] for e in parser.entries}

    def static_filter_page(facet: str, value: str) -> set[str]:
        """The entries the static filter page of a value lists (no JavaScript involved)."""
        page = home.parent / facet / value / "index.html"
        assert page.is_file(), f"no filter page {page}"
        p = ListParser()
        p.feed(page.read_text(encoding="utf-8"))
        return {site_path(example_site, page, h) for h in p.hrefs}

    facets = list(parser.facets)
    for i, first in enumerate(facets):
        for second in facets[i + 1:]:
            for v1 in parser.facets[first]:
                for v2 in parser.facets[second]:
                    a, b = static_filter_page(first, v1), static_filter_page(second, v2)
                    if a & b and a & b != a and a & b != b:
                        others = [v for v in parser.facets[first] if v != v1 and static_filter_page(first, v) - a]
                        return {"home": home, "entries": entries, "first": (first, v1), "second": (second, v2),
                                "first_only": a, "both": a & b, "second_only": b,
                                "or_value": others[0] if others else None, "filter_page": static_filter_page}
    pytest.fail(f"{home}: no two filter values of different filters narrow the list")


def visible_entries(driver, root_url: str) -> set[str]:
    hrefs = driver.execute_script(
        "return Array.from(document.querySelectorAll('.kaart-item'))"
        ".filter(function (e) { return e.offsetParent !== null; })"
        ".map(function (e) { return e.querySelector('a').href; });")
    return {urllib.parse.unquote(urllib.parse.urlsplit(h).path)[len(urllib.parse.urlsplit(root_url).path):].lstrip("/")
            for h in hrefs}


def choose(driver, facet: str, value: str) -> None:
    box = driver.find_element("id", f"_filter-{facet}_{value}")
    assert box.is_displayed(), "the checkboxes are shown once the script runs"
    box.click()


def query(driver) -> dict[str, list[str]]:
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(driver.current_url).query)
    return {k: sorted(",".join(v).split(",")) for k, v in params.items()}


def status_text(driver) -> str:
    return driver.find_element("css selector", "[data-kaart-status]").text


@pytest.fixture()
def kaart_page(browser, site_url, example_site, kaart):
    rel = kaart["home"].relative_to(example_site).parent.as_posix() + "/"
    url = f"{site_url}/{rel}"
    browser.get(url)
    return url


def test_two_filters_show_exactly_the_entries_with_both_values(browser, site_url, kaart, kaart_page):
    (f1, v1), (f2, v2) = kaart["first"], kaart["second"]
    assert not browser.find_element("css selector", "[data-kaart-links]").is_displayed(), \
        "the links give way to checkboxes"
    assert visible_entries(browser, site_url) == set(kaart["entries"]), "without a choice every entry shows"

    choose(browser, f1, v1)
    assert visible_entries(browser, site_url) == kaart["first_only"]
    assert query(browser) == {f1: [v1]}
    # The count beside the other filter's value says how many the combination gives.
    count = browser.find_element("css selector", f"label[for='_filter-{f2}_{v2}'] [data-kaart-count]").text
    assert count == f"({len(kaart['both'])})"

    choose(browser, f2, v2)
    assert visible_entries(browser, site_url) == kaart["both"]
    assert query(browser) == {f1: [v1], f2: [v2]}
    assert str(len(kaart["both"])) in status_text(browser)
    live = browser.find_element("css selector", "[data-kaart-status]")
    assert live.get_attribute("role") == "status", "a polite live region announces the number"


def test_values_of_one_filter_add_up(browser, site_url, kaart, kaart_page):
    (f1, v1), other = kaart["first"], kaart["or_value"]
    if other is None:
        pytest.skip("the first filter has no second value with other entries")
    choose(browser, f1, v1)
    choose(browser, f1, other)
    assert visible_entries(browser, site_url) == kaart["first_only"] | kaart["filter_page"](f1, other)
    assert query(browser) == {f1: sorted([v1, other])}


def test_the_address_keeps_the_choice_through_reload_and_back(browser, site_url, kaart, kaart_page):
    (f1, v1), (f2, v2) = kaart["first"], kaart["second"]
    choose(browser, f1, v1)
    choose(browser, f2, v2)
    browser.refresh()
    assert browser.find_element("id", f"_filter-{f1}_{v1}").is_selected()
    assert browser.find_element("id", f"_filter-{f2}_{v2}").is_selected()
    assert visible_entries(browser, site_url) == kaart["both"], "a reload restores the filtered list"

    browser.back()
    assert query(browser) == {f1: [v1]}
    assert not browser.find_element("id", f"_filter-{f2}_{v2}").is_selected()
    assert visible_entries(browser, site_url) == kaart["first_only"], "back restores the previous choice"
    browser.back()
    assert query(browser) == {}
    assert visible_entries(browser, site_url) == set(kaart["entries"])

    # A shared link with the choice opens filtered.
    browser.get(f"{kaart_page}?{f2}={v2}&{f1}={v1}")
    assert visible_entries(browser, site_url) == kaart["both"]


def test_clearing_the_filters_shows_everything_again(browser, site_url, kaart, kaart_page):
    (f1, v1), (f2, v2) = kaart["first"], kaart["second"]
    reset = browser.find_element("css selector", "[data-kaart-reset]")
    assert not reset.is_displayed(), "nothing to clear yet"
    choose(browser, f1, v1)
    choose(browser, f2, v2)
    reset = browser.find_element("css selector", "[data-kaart-reset]")
    assert reset.text == "Wis filters"
    reset.click()
    assert visible_entries(browser, site_url) == set(kaart["entries"])
    assert query(browser) == {}
    assert browser.switch_to.active_element.get_attribute("type") == "checkbox", "focus stays in the filters"


def test_no_accessibility_problems_with_filters_applied(browser, kaart, kaart_page):
    (f1, v1), (f2, v2) = kaart["first"], kaart["second"]
    choose(browser, f1, v1)
    choose(browser, f2, v2)
    violations = co.axe_violations(browser)
    assert not violations, "\n".join(co.format_violation(v) for v in violations)


def test_on_a_phone_the_filters_fold_behind_a_button(browser, kaart, kaart_page):
    (f1, v1) = kaart["first"]
    size = browser.get_window_size()
    try:
        browser.set_window_size(400, 900)
        browser.refresh()
        toggle = browser.find_element("css selector", "[data-kaart-toggle]")
        box = browser.find_element("id", f"_filter-{f1}_{v1}")
        assert toggle.is_displayed() and toggle.get_attribute("aria-expanded") == "false"
        assert not box.is_displayed(), "the filters are folded away above the list"
        toggle.click()
        assert toggle.get_attribute("aria-expanded") == "true" and box.is_displayed()
        box.click()
        assert toggle.text == "Filters kiezen (1 gekozen)", "the button says how many filters are chosen"
    finally:
        browser.set_window_size(size["width"], size["height"])
