"""The search in headless Chromium, on the example municipality's output.

A Dutch test table runs queries on the search page of a buurt site (and of the portal) and checks the ORDER of the
results: exact words, plural and singular, parts of closed compounds, diacritics, the ĳ ligature, a soft hyphen,
typos and swapped letters, a plain sentence, synonyms, kaart entries, toolkit articles, and precision cases where an
unrelated page must not come first. Then the address (?q=), reload and back button, the status region, the filters,
the list without JavaScript against what the build collected, and the Nu checker and axe-core on a page with results.
"""

from __future__ import annotations

import html.parser
import json
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import check_output as co  # noqa: E402

SOFT_HYPHEN = "\u00ad"


def titles_of(browser) -> list[str]:
    return [a.text.replace(SOFT_HYPHEN, "") for a in
            browser.find_elements("css selector", "[data-search-results] .search-result__title a")]


def wait_for_results(browser, query: str, timeout: float = 20) -> str:
    """Waits until the status names the query and the result cards are there; gives the status text."""
    end = time.time() + timeout
    while time.time() < end:
        status = browser.find_element("css selector", "[data-search-status]").text
        if query in status:
            if status.startswith("Geen"):
                return status
            if browser.find_elements("css selector", "[data-search-results] li"):
                return status
        time.sleep(0.05)
    raise AssertionError(f"no results shown for {query!r}: status {status!r}")


def search(browser, site_url: str, site: str, query: str) -> list[str]:
    browser.get(f"{site_url}/{site}zoeken/?q={urllib.parse.quote(query)}")
    wait_for_results(browser, query)
    return titles_of(browser)


# (site, query, what must hold). `first`: the first result's title; `firsts`: the titles of the first results, in
# any order (items that are equally about the word); `top`: (n, title) within the first n;
# `above`: (a, b) a ranks above b (or b is not found); `not_first`: a title that must not be first;
# `suggest`: the "Bedoelde je …?" word; `like`: a query whose first results (up to four) this one's must be;
# `kind`: the first result's kind as shown.
CASES = [
    # exact words, a kaart entry and a page with the same name
    ("molenkamp/", "huiswerkklas", {"first": "Huiswerkklas", "kind": "Wegwijzer"}),
    # a name that starts with the word before an activity that names it ("Sinterklaas in de wijkhuiskamer")
    ("molenkamp/", "wijkhuiskamer", {"first": "Wijkhuiskamer De Molensteen",
                                     "not_first": "Sinterklaas in de wijkhuiskamer"}),
    # plural and singular
    ("molenkamp/", "formulier", {"first": "Hulp bij formulieren"}),
    # No item is about activities (the agenda home is a listing, not an item): the page that says "activiteit"
    # twice ("een nieuwe activiteit", "hoe je een activiteit opzet") before the longer one that says it once.
    ("molenkamp/", "activiteit", {"first": "Buurtverbinder worden", "top": (3, "Wijkhuiskamer De Molensteen")}),
    # the plural finds the pages that only say the singular, in the same order
    ("molenkamp/", "activiteiten", {"like": "activiteit"}),
    # parts of closed compounds, and a query word split into the parts the index knows
    ("molenkamp/", "armoede", {"first": "Energiefixers Lindeveen"}),
    ("molenkamp/", "hulpverlening", {"first": "Schuldhulp Gemeente Lindeveen"}),
    ("molenkamp/", "ondersteuning", {"top": (3, "Mantelzorgsteunpunt Lindeveen")}),
    ("molenkamp/", "kinderopvang", {"first": "Na school samen spelen"}),
    # diacritics, the ĳ ligature, a soft hyphen
    ("beekdal/", "cafe", {"top": (2, "Repair Café Beekdal"), "not_first": "Mantelzorg in Beekdal"}),
    ("molenkamp/", "ideeen", {"mark": "ideeën"}),
    ("molenkamp/", "bijeenkomst", {"first": "Bĳeenkomst over het Wiekenpark"}),
    ("molenkamp/", "bĳeenkomst", {"first": "Bĳeenkomst over het Wiekenpark"}),
    ("molenkamp/", "informatieavond", {"first": "Informatieavond over zonnepanelen"}),
    ("molenkamp/", "avond", {"top": (3, "Informatieavond over zonnepanelen")}),
    # one typo, swapped letters
    ("molenkamp/", "voedselbenk", {"first": "Voedselhulp Lindeveen", "suggest": "voedselbank"}),
    ("beekdal/", "tuiszorg", {"first": "Thuiszorg De Lindeboom", "suggest": "thuiszorg"}),
    ("molenkamp/", "huisatrs", {"first": "Huisartsenpraktijk Molenkamp"}),
    # a word one swap away ranks as the word itself, above "buurtbus" (two typos away)
    ("beekdal/", "buurthius", {"suggest": "buurthuis", "like": "buurthuis", "first_mark": "buurthuis",
                               "above": ("Repair café Beekdal", "Nieuwjaarsbijeenkomst voor vrijwilligers")}),
    # two words, one with a typo
    ("molenkamp/", "hulp formulieen", {"first": "Hulp bij formulieren", "suggest": "hulp formulieren"}),
    # a plain sentence: not every word needs to be there
    ("molenkamp/", "ik zoek hulp met boodschappen", {"first": "Hulp met boodschappen doen"}),
    # the municipality's synonyms (site.yml search.synonyms)
    # (the huisarts before the Rijdende Linde, which drives you to the dokter)
    ("molenkamp/", "dokter", {"first": "Huisartsenpraktijk Molenkamp", "not_first": "Rijdende Linde"}),
    ("molenkamp/", "hulp thuis", {"first": "Wmo-loket Gemeente Lindeveen"}),
    # where it is: the activities named after the buurthuis before the entries that only meet there
    ("beekdal/", "beekpunt", {"top": (10, "Gym op de stoel"),
                              "above": ("Koffieochtend in De Beekpunt", "Gym op de stoel")}),
    # who it is for: "Voor ouderen en mensen met een beperking" (the entry's eligibility)
    ("molenkamp/", "beperking", {"first": "Klussendienst Lindeveen", "not_first": "Toegankelijkheidsverklaring"}),
    # a kaart category, and agenda activities by what you do there
    ("molenkamp/", "vervoer", {"firsts": {"Deeltaxi Lindeveen", "Rijdende Linde"}}),
    ("molenkamp/", "breien", {"first": "Breiclub De Molensteen", "kind": "Agenda"}),
    ("molenkamp/", "sjoelen", {"first": "Spelletjesmiddag",
                               "above": ("Wijkhuiskamer De Molensteen", "Buren leren kennen met een straatlunch")}),
    # toolkit articles
    ("molenkamp/", "insectenhotel", {"first": "Een insectenhotel bouwen met de buurt", "kind": "Toolkit"}),
    ("molenkamp/", "geveltuin", {"first": "Een geveltuin aanleggen"}),
    # precision: an unrelated page must not come first
    ("molenkamp/", "gezin", {"first": "Opvoeden in Molenkamp", "not_first": "Zin in een praatje?"}),
    ("molenkamp/", "beleid", {"first": "Over Hart van Molenkamp"}),
    ("molenkamp/", "woning", {"first_mark": "woning"}),
    # the entries for ouderen alone, or that say so ("Voor ouderen en mensen met een beperking"), before those for
    # "Iedereen, Ouderen"; not "oudere teksten"
    ("molenkamp/", "ouderen", {"firsts": {"Belcirkel Lindeveen", "Rijdende Linde", "Klussendienst Lindeveen"},
                               "above": ("Breiclub De Molensteen", "Toegankelijkheidsverklaring")}),
    ("molenkamp/", "zon", {"first": "Informatieavond over zonnepanelen"}),
    # the Wmo-loket's name starts with it, the Energieloket's "Spreekuur van het Energieloket" does not
    ("molenkamp/", "loket", {"first": "Wmo-loket Gemeente Lindeveen",
                             "not_first": "Spreekuur van het Energieloket"}),
    # the portal: every buurt site at once
    ("", "repair cafe", {"top": (2, "Repair Café Beekdal")}),
    ("", "ik zoek hulp met boodschappen", {"first": "Hulp met boodschappen doen"}),
]


@pytest.mark.parametrize("site,query,expect", CASES, ids=[f"{s or 'portal/'}{q}" for s, q, _ in CASES])
def test_dutch_search_table(browser, site_url, site, query, expect):
    like = search(browser, site_url, site, expect["like"])[:4] if "like" in expect else None
    titles = search(browser, site_url, site, query)
    assert titles, f"{query!r} found nothing"
    shown = f"{query!r} gave {titles[:5]}"
    if "first" in expect:
        assert titles[0] == expect["first"], shown
    if "firsts" in expect:
        assert set(titles[:len(expect["firsts"])]) == expect["firsts"], shown
    if like is not None:
        assert titles[:len(like)] == like, f"{shown}, {expect['like']!r} gave {like}"
    if "top" in expect:
        n, title = expect["top"]
        assert title in titles[:n], shown
    if "above" in expect:
        a, b = expect["above"]
        assert a in titles and (b not in titles or titles.index(a) < titles.index(b)), shown
    if "not_first" in expect:
        assert titles[0] != expect["not_first"], shown
    if "kind" in expect:
        kind = browser.find_element("css selector", "[data-search-results] .search-result__kind").text
        assert kind.startswith(expect["kind"]), f"{shown}, kind {kind!r}"
    if "suggest" in expect:
        suggestion = browser.find_element("css selector", "[data-search-suggestion]")
        assert suggestion.is_displayed() and expect["suggest"] in suggestion.text, shown
    marks = [m.text.lower().replace(SOFT_HYPHEN, "") for m in
             browser.find_elements("css selector", "[data-search-results] li:first-child mark")]
    if "first_mark" in expect:
        assert any(m.startswith(expect["first_mark"]) for m in marks), f"{shown}, marked {marks}"
    if "mark" in expect:
        every = [m.text.lower() for m in browser.find_elements("css selector", "[data-search-results] mark")]
        assert expect["mark"] in every, f"{shown}, marked {every}"


def test_every_result_has_a_title_link_a_kind_and_a_marked_snippet(browser, site_url):
    search(browser, site_url, "molenkamp/", "koffie")
    items = browser.find_elements("css selector", "ol[data-search-results] > li")
    assert len(items) >= 3
    for item in items:
        link = item.find_element("css selector", "a")
        assert link.text and link.get_attribute("href")
        assert item.find_element("css selector", ".search-result__kind").text
    assert browser.find_elements("css selector", "[data-search-results] .search-result__snippet mark")


def test_the_address_holds_the_query_reload_and_back_restore_it(browser, site_url):
    page = f"{site_url}/molenkamp/zoeken/"
    browser.get(page)
    field = browser.find_element("css selector", "[data-search-input]")
    field.send_keys("voedselbank")
    # Results come while typing, after a short pause, and the address follows.
    status = wait_for_results(browser, "voedselbank")
    assert "resultaat" in status or "resultaten" in status
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query)["q"] == ["voedselbank"]
    first = titles_of(browser)
    browser.refresh()
    wait_for_results(browser, "voedselbank")
    assert browser.find_element("css selector", "[data-search-input]").get_attribute("value") == "voedselbank"
    assert titles_of(browser) == first

    field = browser.find_element("css selector", "[data-search-input]")
    field.clear()
    field.send_keys("insectenhotel\n")
    wait_for_results(browser, "insectenhotel")
    assert "q=insectenhotel" in browser.current_url
    browser.back()
    wait_for_results(browser, "voedselbank")
    assert browser.find_element("css selector", "[data-search-input]").get_attribute("value") == "voedselbank"
    assert titles_of(browser) == first


def test_the_status_region_announces_the_count(browser, site_url):
    search(browser, site_url, "molenkamp/", "wijkhuiskamer")
    status = browser.find_element("css selector", "[data-search-status]")
    assert status.get_attribute("role") == "status"
    count = len(browser.find_elements("css selector", "[data-search-results] li"))
    more = browser.find_element("css selector", "[data-search-more]")
    number = int(status.text.split()[0])
    assert number >= count and (number == count or more.is_displayed())
    search(browser, site_url, "molenkamp/", "xqzwv")
    assert browser.find_element("css selector", "[data-search-status]").text.startswith("Geen resultaten")


def test_the_more_button_shows_only_when_there_are_more(browser, site_url):
    search(browser, site_url, "molenkamp/", "hulp")
    more = browser.find_element("css selector", "[data-search-more]")
    assert more.is_displayed(), "many results: the first page and a button for more"
    search(browser, site_url, "molenkamp/", "buurthius")
    shown = len(browser.find_elements("css selector", "[data-search-results] li"))
    assert int(browser.find_element("css selector", "[data-search-status]").text.split()[0]) == shown
    assert not browser.find_element("css selector", "[data-search-more]").is_displayed(), "all shown: no button"
    search(browser, site_url, "molenkamp/", "xqzwv")
    assert not browser.find_element("css selector", "[data-search-layout]").is_displayed(), "nothing found"
    assert not browser.find_element("css selector", "[data-search-more]").is_displayed()


def test_filters_narrow_by_kind_with_counts(browser, site_url):
    search(browser, site_url, "molenkamp/", "hulp")
    total = int(browser.find_element("css selector", "[data-search-status]").text.split()[0])
    boxes = browser.find_elements("css selector", "[data-search-filters] input[type=checkbox]")
    kaart = next(b for b in boxes if b.get_attribute("value") == "Wegwijzer")
    label = browser.find_element("css selector", f"label[for='{kaart.get_attribute('id')}']").text
    count = int(label.rsplit("(", 1)[1].rstrip(")"))
    assert 0 < count < total
    kaart.click()
    end = time.time() + 10
    while time.time() < end and int(browser.find_element("css selector", "[data-search-status]")
                                    .text.split()[0]) != count:
        time.sleep(0.05)
    assert int(browser.find_element("css selector", "[data-search-status]").text.split()[0]) == count
    kinds = [k.text for k in browser.find_elements("css selector", "[data-search-results] .search-result__kind")]
    assert kinds and all(k.startswith("Wegwijzer") for k in kinds)
    # The kaart's own filters appear, with counts.
    legends = [legend.text for legend in browser.find_elements("css selector", "[data-search-filters] legend")]
    assert "Onderwerp" in legends

    # The filter is in the address: a reload keeps it, the back button goes to the results without it.
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query)
    assert params == {"q": ["hulp"], "soort": ["Wegwijzer"]}
    browser.refresh()
    wait_for_count(browser, count)
    assert browser.find_element("css selector", "[data-search-filters] input[value=Wegwijzer]").is_selected()
    browser.back()
    wait_for_count(browser, total)
    assert "soort=" not in browser.current_url
    assert not browser.find_element("css selector", "[data-search-filters] input[value=Wegwijzer]").is_selected()
    browser.forward()
    wait_for_count(browser, count)


def wait_for_count(browser, count: int, timeout: float = 10) -> None:
    """Waits until the status region announces `count` results."""
    end = time.time() + timeout
    while time.time() < end:
        text = browser.find_element("css selector", "[data-search-status]").text
        if text.split()[:1] == [str(count)]:
            return
        time.sleep(0.05)
    raise AssertionError(f"status {text!r}, expected {count} results")


def test_a_kaart_facet_narrows_with_counts_and_stays_in_the_address(browser, site_url):
    search(browser, site_url, "molenkamp/", "hulp")
    boxes = browser.find_elements("css selector", "[data-search-filters] fieldset")
    facet = next(f for f in boxes if f.find_element("css selector", "legend").text == "Onderwerp")
    box = facet.find_elements("css selector", "input[type=checkbox]")[0]
    label = browser.find_element("css selector", f"label[for='{box.get_attribute('id')}']").text
    value, count = box.get_attribute("value"), int(label.rsplit("(", 1)[1].rstrip(")"))
    box.click()
    wait_for_count(browser, count)
    field = urllib.parse.parse_qs(urllib.parse.urlsplit(browser.current_url).query)
    assert [k for k, v in field.items() if v == [value]], f"{value!r} not in {browser.current_url}"
    # Every result shown is a kaart entry (only they have the facet).
    kinds = [k.text for k in browser.find_elements("css selector", "[data-search-results] .search-result__kind")]
    assert kinds and all(k.startswith("Wegwijzer") for k in kinds)
    shared = browser.current_url
    browser.get(shared)
    wait_for_count(browser, count)


def test_the_portal_shows_the_platform_and_filters_by_it(browser, site_url):
    search(browser, site_url, "", "repair cafe")
    kinds = [k.text for k in browser.find_elements("css selector", "[data-search-results] .search-result__kind")]
    assert any("Beekdal Verbindt" in k for k in kinds)
    legends = [legend.text for legend in browser.find_elements("css selector", "[data-search-filters] legend")]
    assert "Buurtplatform" in legends


# ---------- Without JavaScript: the A–Z list against what the build collected ----------


class ListParser(html.parser.HTMLParser):
    """The links of the A–Z list (inside data-search-all) and the index's address."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.index: str | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-search-index" in a:
            self.index = a["data-search-index"]
        if "data-search-all" in a:
            self._depth = 1
        elif self._depth:
            if tag == "section":
                self._depth += 1
            if tag == "a" and not a.get("href", "").startswith("#"):
                self.links.append(a["href"])

    def handle_endtag(self, tag):
        if self._depth and tag == "section":
            self._depth -= 1


def collected(folder: Path, index: str) -> list[str]:
    """Every card's link in the index the build wrote: what the collector kept."""
    base = folder / Path(index).parent
    meta = json.loads((folder / index).read_text(encoding="utf-8"))
    hrefs = []
    for number, (_, hash_) in enumerate(meta["cards"]):
        hrefs += [card[1] for card in json.loads((base / f"c{number}.{hash_}.json").read_text(encoding="utf-8"))]
    assert len(hrefs) == meta["documents"]
    return hrefs


def sitemap_paths(site_folder: Path) -> set[str]:
    text = (site_folder / "sitemap.xml").read_text(encoding="utf-8")
    locs = [loc.split("</loc>")[0] for loc in text.split("<loc>")[1:]]
    base = locs[0]
    return {urllib.parse.unquote(loc[len(base):]) for loc in locs}


# Pages that list items rather than being one (homes, filter pages, booklets, open data): not in the A–Z list.
LISTINGS = ("", "wegwijzer/", "toolkit/", "agenda/")
LISTING_PARTS = ("/onderwerp/", "/voor-wie/", "/soort/", "/afdrukken/", "/open-data/")


@pytest.mark.parametrize("site", ["molenkamp/", "beekdal/", ""])
def test_the_list_without_javascript_holds_every_item(example_site, site):
    folder = example_site / site / "zoeken"
    parser = ListParser()
    parser.feed((folder / "index.html").read_text(encoding="utf-8"))
    assert parser.index and parser.links
    assert sorted(parser.links) == sorted(collected(folder, parser.index)), "the list is what the index holds"
    if site:
        listed = {urllib.parse.unquote(link.removeprefix("../")) for link in parser.links}
        # The colofon says `search: false`.
        items = {p for p in sitemap_paths(example_site / site)
                 if p not in LISTINGS and not any(part in "/" + p for part in LISTING_PARTS)} - {"colofon/"}
        assert items - listed == set(), "every page, kaart entry and toolkit article of the sitemap is listed"
        assert listed - items == set(), "nothing is listed that the sitemap does not have"


def test_a_page_with_search_false_is_left_out(example_site):
    # The colofon is in every site's sitemap (and its footer) but says `search: false`.
    parser = ListParser()
    parser.feed((example_site / "molenkamp" / "zoeken" / "index.html").read_text(encoding="utf-8"))
    assert "colofon/" in sitemap_paths(example_site / "molenkamp")
    assert parser.links and "../colofon/" not in parser.links


# ---------- Nu checker and axe-core with results shown ----------


def test_the_search_page_with_results_passes_nu_and_axe(browser, site_url):
    from axe_selenium_python import Axe

    search(browser, site_url, "molenkamp/", "hulp")
    browser.find_element("css selector", "[data-search-more]").click()
    time.sleep(0.3)
    axe = Axe(browser)
    axe.inject()
    result = axe.run(options=json.dumps({"runOnly": {"type": "tag", "values": co.AXE_TAGS},
                                         "resultTypes": ["violations"]}))
    assert result["violations"] == [], "\n".join(co.format_violation(v) for v in result["violations"])

    html = browser.execute_script("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "zoeken.html"
        page.write_text(html, encoding="utf-8")
        check = co.Check("html", "Nu Html Checker")
        co.check_html(Path(folder), [page], [], check, with_css=False)
        assert check.ran and not check.failures, "\n".join(check.failures)
