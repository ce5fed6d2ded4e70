"""`buurtsite serve` as an editor uses it: a copy of the example municipality served from memory, a buurt page open
in headless Chromium; editing the page's Markdown shows the new text by itself, breaking a buurt.yml shows the
problems overlay with file, line and column, fixing it takes the overlay away. The same server answers unknown
paths with the site's own 404 page, calendars and CSV files with their content types, and refuses paths outside
the root (`..`, `%2e%2e`, a symlink in content/ that points outside)."""

import http.client
import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BUILD_DAY, REPO

BINARY = REPO / ".build" / "debug" / "buurtsite"
PAGE = "content/buurten/molenkamp/pages/contact.md"
BUURT_YML = "content/buurten/molenkamp/buurt.yml"
SECRET = "GEHEIM-buiten-de-map-7731"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A copy of the example (site.yml, content/, themes/) served by `buurtsite serve`; killed at the end."""
    if not BINARY.exists():
        pytest.fail(f"{BINARY} not found: run `swift build` first (or `make test`)")
    base = tmp_path_factory.mktemp("serve")
    root = base / "gemeente"
    root.mkdir()
    shutil.copy2(REPO / "site.yml", root / "site.yml")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "themes", root / "themes")
    # A file outside the root, and a symlink to it inside content/ (where no content kind reads it).
    (base / "buiten").mkdir()
    (base / "buiten" / "geheim.txt").write_text(SECRET + "\n")
    os.symlink(base / "buiten" / "geheim.txt", root / "content" / "geheim.txt")
    port = free_port()
    log = (base / "serve.log").open("w")
    process = subprocess.Popen(
        [str(BINARY), "serve", "--root", str(root), "--port", str(port), "--today", BUILD_DAY, "--timing"],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 180
        while "serving" not in (base / "serve.log").read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("serve did not start:\n" + (base / "serve.log").read_text())
            time.sleep(0.2)
        yield {"root": root, "port": port, "url": f"http://127.0.0.1:{port}", "log": base / "serve.log"}
    finally:
        process.kill()
        process.wait(timeout=10)
        log.close()


def get(served, raw_path: str) -> tuple[int, dict, bytes]:
    """Sends the path exactly as written (no client-side clean-up of `..`)."""
    connection = http.client.HTTPConnection("127.0.0.1", served["port"], timeout=10)
    connection.putrequest("GET", raw_path, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    headers = {name.lower(): value for name, value in response.getheaders()}
    connection.close()
    return response.status, headers, body


def test_pages_folders_and_content_types(served):
    status, headers, body = get(served, "/molenkamp/contact/")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert b"/__buurtsite/live.js" in body
    status, headers, _ = get(served, "/molenkamp")
    assert status == 301 and headers["location"] == "/molenkamp/"
    status, headers, body = get(served, "/de-weide/agenda/energiespreekuur/energiespreekuur.ics")
    assert status == 200 and headers["content-type"] == "text/calendar; charset=utf-8"
    assert body.startswith(b"BEGIN:VCALENDAR")
    status, headers, _ = get(served, "/molenkamp/wegwijzer/open-data/kaart.csv")
    assert status == 200 and headers["content-type"] == "text/csv; charset=utf-8"
    # The stylesheet is named after its content (site.<hash>.css), as the page names it.
    _, _, home = get(served, "/molenkamp/")
    stylesheet = re.search(rb'href="(assets/site\.[0-9a-f]{8}\.css)"', home).group(1).decode()
    status, headers, _ = get(served, "/molenkamp/" + stylesheet)
    assert status == 200 and headers["content-type"] == "text/css; charset=utf-8"


def test_unknown_paths_get_the_sites_own_404_page(served):
    status, headers, body = get(served, "/molenkamp/bestaat-niet/")
    assert status == 404 and headers["content-type"] == "text/html; charset=utf-8"
    assert b"<title>Pagina niet gevonden | Hart van Molenkamp" in body
    # Beekdal lives on a domain of its own: its 404 page's root-relative links point into /beekdal/ here.
    status, _, body = get(served, "/beekdal/nergens")
    stylesheet = re.search(rb'href="(/beekdal/assets/site\.[0-9a-f]{8}\.css)"', body)
    assert status == 404 and stylesheet
    assert b'href="/assets/site.' not in body
    status, _, css = get(served, stylesheet.group(1).decode())
    assert status == 200 and len(css) > 1000


@pytest.mark.parametrize("raw", [
    "/../site.yml", "/molenkamp/../../site.yml", "/%2e%2e/site.yml", "/molenkamp/%2E%2E/%2e%2e/site.yml",
    "/molenkamp%2f..%2f..%2fsite.yml", "/index.html%00", "/geheim.txt", "/content/geheim.txt",
    "/molenkamp/../content/geheim.txt", "/site.yml", "/content/buurten/molenkamp/buurt.yml",
])
def test_paths_outside_the_root_are_refused(served, raw):
    status, _, body = get(served, raw)
    assert status in (400, 404), f"{raw}: {status}"
    assert SECRET.encode() not in body and b"cbs_code" not in body and b"base_url:" not in body


def overlay_text(browser) -> str:
    """The overlay's text; "" when there is none. The script replaces the overlay as problems come (and a reload
    replaces the page), so an element found a moment ago may be gone: then look again."""
    for _ in range(10):
        try:
            boxes = browser.find_elements(By.ID, "buurtsite-problems")
            return boxes[0].text if boxes else ""
        except StaleElementReferenceException:
            time.sleep(0.05)
    return ""


def wait(browser, seconds: float, poll: float = 0.1) -> WebDriverWait:
    """Waits through the moment a reload replaces the page's elements."""
    return WebDriverWait(browser, seconds, poll_frequency=poll, ignored_exceptions=[StaleElementReferenceException])


def test_edit_break_and_fix_in_an_open_page(served, browser):
    root = served["root"]
    browser.get(served["url"] + "/molenkamp/contact/")
    assert "Contact" in browser.title
    assert overlay_text(browser) == ""
    time.sleep(1)  # the page's event stream connects

    # Saving the page's Markdown shows the new text in the open page, within 2 seconds, without a reload by hand.
    page = root / PAGE
    original = page.read_text()
    page.write_text(original + "\nDeze zin is net toegevoegd door de test.\n")
    saved = time.monotonic()
    wait(browser, 2, 0.05).until(
        lambda b: "Deze zin is net toegevoegd door de test." in b.find_element(By.TAG_NAME, "main").text)
    print(f"new text shown {time.monotonic() - saved:.2f} s after saving")

    # Breaking buurt.yml: the open page shows the problems over it, with file, line and column.
    buurt = root / BUURT_YML
    good = buurt.read_text()
    lines = good.splitlines(keepends=True)
    buurt.write_text("".join(lines[:2] + ["kleur: <b>rood</b>\n"] + lines[2:]))
    wait(browser, 20).until(lambda b: "buurt.yml:3:1: error" in overlay_text(b))
    text = overlay_text(browser)
    assert "content/buurten/molenkamp/buurt.yml:3:1: error: unknown key 'kleur'" in text
    assert "hint:" in text
    # The last good page stays under it, and every page sent while the build is broken carries the overlay.
    wait(browser, 5).until(
        lambda b: "Deze zin is net toegevoegd door de test." in b.find_element(By.TAG_NAME, "main").text)
    status, _, body = get(served, "/oude-dorp/")
    assert status == 200 and b'id="buurtsite-problems"' in body
    assert b"content/buurten/molenkamp/buurt.yml:3:1: error: unknown key" in body

    # Fixing it takes the overlay away by itself, and the page is back.
    buurt.write_text(good)
    wait(browser, 20).until(lambda b: overlay_text(b) == "")
    wait(browser, 5).until(
        lambda b: "Deze zin is net toegevoegd door de test." in b.find_element(By.TAG_NAME, "main").text)
    status, _, body = get(served, "/oude-dorp/")
    assert b'id="buurtsite-problems"' not in body
    page.write_text(original)

    # A change to the theme's stylesheet reloads the open page too: its HTML stayed the same, its look did not.
    stylesheet = root / "themes" / "default" / "assets" / "site.css"
    stylesheet.write_text(stylesheet.read_text() + "\nmain { outline: 3px solid rgb(1, 2, 3); }\n")
    wait(browser, 20).until(
        lambda b: "rgb(1, 2, 3)" in b.execute_script(
            "return getComputedStyle(document.querySelector('main')).outlineColor"))


def test_built_output_has_no_live_reload_script(example_site):
    for path in Path(example_site).rglob("*.html"):
        assert "__buurtsite" not in path.read_text(encoding="utf-8"), path
