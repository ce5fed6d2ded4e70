"""The example's output served by a real nginx with the configuration `buurtsite hosting --nginx` prints
(nginx_support.py says what the test changes: only where it listens).

With HTTP requests: the security headers, content types, caching, CORS on the open data, the static HSDS API's
addresses, each buurt's own 404 page and the redirect to HTTPS. Then headless Chromium opens every kind of page
through that nginx, under its Content-Security-Policy, and must see no violation and no console error.
"""

from __future__ import annotations

import html.parser
import json
import os
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from nginx_support import Nginx  # noqa: E402

PORTAL = "www.lindeveen.nl"  # the portal at /buurten/, with molenkamp and oude-dorp under it
OWN_DOMAIN = "beekdalverbindt.nl"  # a buurt on a host of its own


@pytest.fixture(scope="module")
def nginx(example_site, tmp_path_factory):
    server = Nginx(example_site, tmp_path_factory.mktemp("nginx"))
    yield server
    server.stop()


def test_a_page_has_the_security_headers(nginx):
    status, headers, body = nginx.get(PORTAL, "/buurten/molenkamp/")
    assert status == 200 and b"<html" in body
    csp = headers["content-security-policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert {"base-uri", "form-action", "frame-ancestors"} <= directives.keys()
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert headers["strict-transport-security"] == "max-age=31536000"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["permissions-policy"]
    assert headers["cache-control"] == "public, max-age=300", "a page is kept only a short while"
    assert "access-control-allow-origin" not in headers, "pages are not open data"


def test_http_redirects_to_https(nginx):
    status, headers, _ = nginx.get(PORTAL, "/buurten/molenkamp/agenda/?x=1", port=nginx.redirect_port)
    assert status == 301
    assert headers["location"] == "https://www.lindeveen.nl/buurten/molenkamp/agenda/?x=1"
    status, headers, _ = nginx.get(OWN_DOMAIN, "/", port=nginx.redirect_port)
    assert (status, headers["location"]) == (301, "https://beekdalverbindt.nl/")


def test_old_addresses_redirect_permanently(nginx):
    for host, old, new in [(PORTAL, "/buurten/molenkamp/aed/", "/buurten/molenkamp/initiatieven/aed/"),
                           (PORTAL, "/buurten/molenkamp/aed", "/buurten/molenkamp/initiatieven/aed/"),
                           (PORTAL, "/buurten/molenkamp/initiatieven/aed-plan.html",
                            "/buurten/molenkamp/initiatieven/aed/"),
                           (OWN_DOMAIN, "/stoelgym/", "/agenda/gym-op-de-stoel/")]:
        status, headers, _ = nginx.get(host, old)
        assert status == 301, old
        assert headers["location"].split(f":{nginx.port}", 1)[-1] == new, old
        assert nginx.get(host, new)[0] == 200, new


def test_content_types_of_feeds_and_open_data(nginx, example_site):
    feed = next((example_site / "molenkamp" / "agenda").glob("*/*.ics")).relative_to(example_site / "molenkamp")
    cases = {
        f"/buurten/molenkamp/{feed.as_posix()}": "text/calendar; charset=utf-8",
        "/buurten/molenkamp/wegwijzer/open-data/kaart.csv": "text/csv; charset=utf-8",
        "/buurten/molenkamp/wegwijzer/open-data/hsds.json": "application/json",
        "/buurten/molenkamp/wegwijzer/open-data/dcat.jsonld": "application/ld+json",
        "/buurten/molenkamp/sitemap.xml": "text/xml",
    }
    for path, expected in cases.items():
        status, headers, _ = nginx.get(PORTAL, path)
        assert status == 200, path
        assert headers["content-type"].split("; charset")[0] == expected.split("; charset")[0], path
        if "charset" in expected:
            assert headers["content-type"] == expected, path
        assert headers["x-content-type-options"] == "nosniff"


def test_open_data_may_be_read_by_any_website(nginx):
    for host, path in [(PORTAL, "/buurten/wegwijzer/open-data/hsds.json"),
                       (PORTAL, "/buurten/molenkamp/wegwijzer/open-data/kaart.csv"),
                       (OWN_DOMAIN, "/wegwijzer/open-data/index.json")]:
        status, headers, _ = nginx.get(host, path)
        assert status == 200, path
        assert headers["access-control-allow-origin"] == "*", path
        assert "content-security-policy" in headers


def test_the_static_hsds_api_answers_at_its_own_addresses(nginx):
    status, headers, body = nginx.get(OWN_DOMAIN, "/wegwijzer/open-data/services")
    assert status == 200 and headers["content-type"].startswith("application/json")
    services = json.loads(body)
    assert services["page_number"] == 1 and services["contents"]
    service_id = services["contents"][0]["id"]
    status, _, body = nginx.get(OWN_DOMAIN, f"/wegwijzer/open-data/services/{service_id}")
    assert status == 200 and json.loads(body)["id"] == service_id
    status, _, _ = nginx.get(OWN_DOMAIN, "/wegwijzer/open-data/services?page=99")
    assert status == 404


def test_a_hashed_asset_is_kept_for_a_year(nginx, example_site):
    stylesheet = next((example_site / "molenkamp" / "assets").glob("site.*.css")).name
    status, headers, _ = nginx.get(PORTAL, f"/buurten/molenkamp/assets/{stylesheet}")
    assert status == 200 and headers["content-type"].startswith("text/css")
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["strict-transport-security"] == "max-age=31536000", "every answer has the security headers"
    index = next((example_site / "molenkamp" / "zoeken" / "index").iterdir()).name
    _, headers, _ = nginx.get(PORTAL, f"/buurten/molenkamp/zoeken/index/{index}")
    assert headers["cache-control"] == "public, max-age=31536000, immutable", "the search index is named by content"


def test_a_missing_page_shows_the_sites_own_404_page(nginx, example_site):
    for host, path, folder in [(PORTAL, "/buurten/bestaat-niet/", "."),
                               (PORTAL, "/buurten/molenkamp/bestaat-niet/", "molenkamp"),
                               (PORTAL, "/buurten/oude-dorp/wegwijzer/weg.html", "oude-dorp"),
                               (OWN_DOMAIN, "/bestaat/niet", "beekdal")]:
        status, headers, body = nginx.get(host, path)
        assert status == 404, path
        assert body == (example_site / folder / "404.html").read_bytes(), f"{path}: {folder}'s own 404 page"
        assert headers["content-security-policy"].startswith("default-src 'self'")
        assert headers["content-type"].startswith("text/html")


# ---------- Every kind of page in Chromium, through nginx, under the Content-Security-Policy ----------

# Recorded from the first line of every document, before any of the page's own scripts run.
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at "
    + e.sourceFile + ":" + e.lineNumber);
});
"""


@pytest.fixture(scope="module")
def chromium(nginx):
    from selenium import webdriver

    import check_output as co

    os.environ.setdefault("SE_OFFLINE", "true")
    opts = webdriver.ChromeOptions()
    opts.binary_location = co.CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                "--no-first-run", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=nl-NL",
                # The sites' hosts are the local nginx; nothing else resolves.
                f"--host-resolver-rules=MAP {PORTAL} 127.0.0.1, MAP {OWN_DOMAIN} 127.0.0.1, MAP * ~NOTFOUND, "
                "EXCLUDE 127.0.0.1"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = co.start_chromium(opts)
    driver.set_page_load_timeout(60)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LISTEN})
    yield driver
    driver.quit()


def wait_for(driver, css: str, timeout: float = 20):
    end = time.time() + timeout
    while time.time() < end:
        found = [e for e in driver.find_elements("css selector", css) if e.is_displayed()]
        if found:
            return found
        time.sleep(0.1)
    pytest.fail(f"{driver.current_url}: nothing shows as {css}")


def click_first(css: str):
    def act(driver):
        wait_for(driver, css)[0].click()
        time.sleep(0.3)
    return act


PAGES = [
    ("portal", PORTAL, "/buurten/", None),
    ("portal agenda", PORTAL, "/buurten/agenda/", None),
    ("buurt home", PORTAL, "/buurten/molenkamp/", None),
    ("page", PORTAL, "/buurten/molenkamp/over-ons/", None),
    ("accessibility statement", PORTAL, "/buurten/molenkamp/toegankelijkheid/", None),
    ("old address", PORTAL, "/buurten/molenkamp/aed/", None),
    ("kaart list with a filter chosen", PORTAL, "/buurten/molenkamp/wegwijzer/",
     click_first("input.filter-check__input")),
    ("kaart entry", PORTAL, "/buurten/molenkamp/wegwijzer/taalcafe/", None),
    ("agenda with a filter chosen", PORTAL, "/buurten/molenkamp/agenda/",
     click_first("[data-agenda-form] input[type=checkbox]")),
    ("activity", PORTAL, "/buurten/molenkamp/agenda/breiclub/", None),
    ("agenda week sheet", PORTAL, "/buurten/molenkamp/agenda/afdrukken/", lambda d: wait_for(d, "[data-print]")),
    ("toolkit", PORTAL, "/buurten/molenkamp/toolkit/", None),
    ("toolkit topic", PORTAL, "/buurten/molenkamp/toolkit/energie/", None),
    ("toolkit article", PORTAL, "/buurten/molenkamp/toolkit/energie/energiecafe-organiseren/",
     lambda d: wait_for(d, "[data-print]")),
    ("toolkit booklet", PORTAL, "/buurten/molenkamp/toolkit/energie/afdrukken/", None),
    ("search with results", PORTAL, "/buurten/molenkamp/zoeken/?q=taalcafe",
     lambda d: wait_for(d, "[data-search-results] li")),
    ("portal search with results", PORTAL, "/buurten/zoeken/?q=repair",
     lambda d: wait_for(d, "[data-search-results] li")),
    ("404 page", PORTAL, "/buurten/molenkamp/bestaat-niet/", None),
    ("portal's 404 page", PORTAL, "/buurten/weg/", None),
    ("buurt on its own domain", OWN_DOMAIN, "/", None),
    ("its search", OWN_DOMAIN, "/zoeken/?q=koffie", lambda d: wait_for(d, "[data-search-results] li")),
    ("its 404 page", OWN_DOMAIN, "/bestaat/niet/", None),
]


@pytest.mark.parametrize("kind, host, path, act", PAGES, ids=[page[0] for page in PAGES])
def test_every_kind_of_page_works_under_the_policy(chromium, nginx, kind, host, path, act):
    chromium.get_log("browser")  # what earlier pages logged
    chromium.get(f"http://{host}:{nginx.port}{path}")
    assert chromium.execute_script("return Array.isArray(window.__violations)"), "the listener ran before the page"
    if act:
        act(chromium)
    violations = chromium.execute_script("return window.__violations")
    assert violations == [], f"{kind}: Content-Security-Policy violations"
    url = f"http://{host}:{nginx.port}{path}"
    # On a 404 page the browser logs the page's own status: meant, and the one error allowed there.
    errors = [entry["message"] for entry in chromium.get_log("browser") if entry["level"] == "SEVERE"
              and not ("404" in kind and entry["message"].startswith(url) and "404" in entry["message"])]
    assert errors == [], f"{kind}: console errors"


def test_the_policy_is_enforced_and_a_violation_seen(chromium, nginx):
    """The check above must be able to fail: an inline script and a style attribute are refused and reported."""
    chromium.get(f"http://{PORTAL}:{nginx.port}/buurten/molenkamp/")
    chromium.execute_script("""
        const script = document.createElement("script");
        script.textContent = "window.__ran = true";
        document.body.appendChild(script);
        const box = document.createElement("div");
        box.innerHTML = '<p style="color: red">x</p>';
        document.body.appendChild(box);
    """)
    time.sleep(0.3)
    violations = chromium.execute_script("return window.__violations")
    assert chromium.execute_script("return window.__ran === undefined"), "the inline script did not run"
    assert any(v.startswith("script-src") for v in violations), violations
    assert any(v.startswith("style-src") for v in violations), violations


class InlineCode(html.parser.HTMLParser):
    """What a strict Content-Security-Policy refuses in a page: style elements and attributes, scripts without a
    file (JSON-LD, data, is allowed), event handler attributes and javascript: addresses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refused: list[str] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "style":
            self.refused.append("<style> element")
        if "style" in a:
            self.refused.append(f"style attribute on <{tag}>")
        self.refused += [f"{k} on <{tag}>" for k in a if k.startswith("on")]
        self.refused += [f"javascript: in {k}" for k, v in a.items() if v.strip().lower().startswith("javascript:")]
        if tag == "script" and not a.get("src") and a.get("type") != "application/ld+json":
            self.refused.append("inline <script>")


def test_no_page_has_inline_code(example_site):
    pages = sorted(example_site.rglob("*.html"))
    assert len(pages) > 400
    refused = {}
    for page in pages:
        parser = InlineCode()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.refused:
            refused[str(page.relative_to(example_site))] = sorted(set(parser.refused))
    assert refused == {}
