"""The example's output served by a real nginx with the configuration `buurtsite hosting --nginx` prints
(nginx_support.py says what the test changes: only where it listens).

With HTTP requests: the security headers, content types, caching, CORS on the open data, the static HSDS API's
addresses, each buurt's own 404 page and the redirect to HTTPS. Then headless Chromium opens every kind of page
through that nginx, under its Content-Security-Policy, and must see no violation and no console error.
"""

from __future__ import annotations

import json
import sys
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


def test_content_types_of_feeds_and_open_data(nginx, example_site):
    feed = next((example_site / "molenkamp" / "agenda").glob("*/*.ics")).relative_to(example_site / "molenkamp")
    cases = {
        f"/buurten/molenkamp/{feed.as_posix()}": "text/calendar; charset=utf-8",
        "/buurten/molenkamp/wegwijzer/open-data/kaart.csv": "text/csv; charset=utf-8",
        "/buurten/molenkamp/wegwijzer/open-data/hsds.json": "application/json",
        "/buurten/molenkamp/wegwijzer/open-data/dcat.jsonld": "application/ld+json",
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


def test_a_missing_page_shows_the_buurts_own_404_page(nginx, example_site):
    for host, path, folder in [(PORTAL, "/buurten/molenkamp/bestaat-niet/", "molenkamp"),
                               (PORTAL, "/buurten/oude-dorp/wegwijzer/weg.html", "oude-dorp"),
                               (OWN_DOMAIN, "/bestaat/niet", "beekdal")]:
        status, headers, body = nginx.get(host, path)
        assert status == 404, path
        assert body == (example_site / folder / "404.html").read_bytes(), f"{path}: {folder}'s own 404 page"
        assert headers["content-security-policy"].startswith("default-src 'self'")
        assert headers["content-type"].startswith("text/html")
