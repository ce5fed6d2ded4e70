"""The agenda in headless Chromium, on the example municipality's output (built as on the e2e day).

    swift build && .venv/bin/python -m pytest Tests/e2e/test_agenda_browser.py

- The in-page filter: choosing a category hides the occurrences without it, as the static filter page lists them,
  and axe-core finds nothing wrong with the filtered page.
- The week sheet prints on A4: Chrome DevTools' Page.printToPDF with preferCSSPageSize (the page's own @page size),
  read back with poppler's pdfinfo and pdftotext.
"""

from __future__ import annotations

import base64
import collections
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import agenda_support as ag  # noqa: E402
import check_output as co  # noqa: E402
from conftest import BUILD_DAY, REPO  # noqa: E402

SETTINGS = ag.agenda_settings(REPO)
A4 = (595.0, 842.0)
NO_TOOLS = [tool for tool in ("pdfinfo", "pdftotext") if shutil.which(tool) is None]


def url_of(site_url: str, example_site: Path, page: Path) -> str:
    return co.page_url(site_url, example_site.resolve(), page.resolve())


@pytest.fixture(scope="module")
def agenda(example_site) -> dict:
    """The buurt agenda with the most occurrences, and a category that some of them have and some not."""
    roots = ag.agenda_roots(example_site, REPO, SETTINGS, portal=False)
    root = max(roots, key=lambda r: len(ag.page_occurrences(r.home)) if r.home.is_file() else -1)
    if not root.home.is_file():
        pytest.fail(f"no agenda home in {example_site}")
    occurrences = ag.page_occurrences(root.home)
    for value in root.filter_pages(SETTINGS.category_segment):
        chosen = [o for o in occurrences if value in o.values.get("categories", [])]
        if 0 < len(chosen) < len(occurrences):
            return {"root": root, "all": occurrences, "value": value, "chosen": chosen}
    pytest.fail(f"{root.home}: no category that some occurrences have and some not")


def counted(occurrences) -> collections.Counter:
    return collections.Counter(o.key for o in occurrences)


def shown(driver) -> collections.Counter:
    """(title, start) of the occurrences the browser shows (an element that is hidden has no client rects)."""
    rows = driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-occurrence]')).map(function (e) {"
        "  var time = e.querySelector('time'), link = e.querySelector('a');"
        "  return [link ? link.textContent.trim() : '', time ? time.getAttribute('datetime') : '',"
        "          e.getClientRects().length > 0];"
        "});")
    return collections.Counter((title, start) for title, start, visible in rows if visible)


def category_box(driver, value: str):
    segment = SETTINGS.category_segment
    boxes = driver.find_elements("css selector", f"input[type=checkbox][name='{segment}'][value='{value}']")
    assert boxes, f"no checkbox name={segment} value={value} once the script has run"
    return boxes[0]


def toggle(driver, box) -> None:
    """Clicks the checkbox, or its label when the theme draws the box itself."""
    if box.is_displayed():
        box.click()
        return
    labels = driver.find_elements("css selector", f"label[for='{box.get_attribute('id')}']")
    assert labels and labels[0].is_displayed(), "neither the checkbox nor its label can be clicked"
    labels[0].click()


@pytest.fixture()
def agenda_page(browser, site_url, example_site, agenda):
    url = url_of(site_url, example_site, agenda["root"].home)
    browser.get(url)
    return url


def test_choosing_a_category_hides_the_other_occurrences(browser, agenda, agenda_page):
    assert shown(browser) == counted(agenda["all"]), "without a choice every occurrence shows"
    box = category_box(browser, agenda["value"])
    toggle(browser, box)
    assert box.is_selected()
    assert shown(browser) == counted(agenda["chosen"]), f"only the occurrences about {agenda['value']}"
    # The static filter page (no JavaScript) lists the same.
    page = agenda["root"].filter_pages(SETTINGS.category_segment)[agenda["value"]]
    assert counted(ag.page_occurrences(page)) == counted(agenda["chosen"])

    toggle(browser, box)
    assert not box.is_selected()
    assert shown(browser) == counted(agenda["all"]), "clearing the choice shows everything again"


def test_no_accessibility_problems_with_a_category_chosen(browser, agenda, agenda_page):
    toggle(browser, category_box(browser, agenda["value"]))
    violations = co.axe_violations(browser)
    assert not violations, "\n".join(co.format_violation(v) for v in violations)


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "1000", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)]


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


@pytest.mark.skipif(bool(NO_TOOLS), reason=f"poppler-utils not installed ({', '.join(NO_TOOLS)})")
def test_the_week_sheet_prints_on_a4(browser, site_url, example_site, tmp_path):
    """Every buurt's week sheet, printed by Chromium at the size its stylesheet asks for, is A4 and holds the
    titles of the week's occurrences but not the site's navigation."""
    problems = ag.Problems()
    for root in ag.agenda_roots(example_site, REPO, SETTINGS):
        if not root.week_sheet.is_file():
            problems.add(f"{root.name}: no week sheet")
            continue
        browser.get(url_of(site_url, example_site, root.week_sheet))
        printed = browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
        pdf = tmp_path / f"{root.name}.pdf"
        pdf.write_bytes(base64.b64decode(printed["data"]))
        sizes = page_sizes(pdf)
        wrong = [(n, size) for n, size in enumerate(sizes, 1) if abs(size[0] - A4[0]) > 1 or abs(size[1] - A4[1]) > 1]
        if not sizes or wrong:
            problems.add(f"{root.name}: pages that are not A4 (595×842 pt): {wrong or 'no pages'}")
        text = pdf_text(pdf)
        squeezed = text.replace(" ", "")
        titles = {o.title for o in ag.page_occurrences(root.week_sheet) if not o.cancelled}
        if not titles:
            problems.add(f"{root.name}: the week sheet shows no occurrences")
        missing = sorted(t for t in titles if t.replace(" ", "") not in squeezed)
        if missing:
            problems.add(f"{root.name}: titles not in the printed text: {missing}")
        if "Naar de inhoud" in text:
            problems.add(f"{root.name}: the skip link is printed")
    assert not problems.items, problems.report()


def test_the_build_day_is_the_e2e_day():
    """The window these tests expect starts on the day the Makefile builds the example as."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(rf"^E2E_DAY\s*\?=\s*{re.escape(BUILD_DAY)}\s*$", makefile, re.M)
