"""The example's output served by Apache 2.4 (Debian's apache2) with the `.htaccess` files the build writes.

The test cannot offer HTTPS, and every generated `.htaccess` redirects plain HTTP to HTTPS: so the test serves a
copy of the output in which the two redirect lines are taken out of every `.htaccess` but Oude Dorp's, which shows
the redirect. Apache runs in the foreground on a free port with a configuration of the test's own (the portal under
/buurten/ of www.lindeveen.nl, Beekdal at the root of beekdalverbindt.nl, `AllowOverride FileInfo Indexes`).
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from nginx_support import free_port  # noqa: E402

APACHE = shutil.which("apache2") or "/usr/sbin/apache2"
MODULES = ["mpm_event", "authz_core", "dir", "mime", "rewrite", "headers", "alias"]
HTTPS_REDIRECT = ("RewriteCond %{HTTPS} !=on", "RewriteRule ^ https://")


@pytest.fixture(scope="module")
def apache(example_site):
    if not Path(APACHE).exists():
        pytest.fail("apache2 not found: make deps-test installs it")
    # World-readable, since Apache's workers run as www-data when the test runs as root.
    folder = Path(tempfile.mkdtemp(prefix="buurtsite-apache-"))
    site = folder / "public"
    shutil.copytree(example_site, site)
    for htaccess in site.rglob(".htaccess"):
        if htaccess.parent.name != "oude-dorp":
            lines = htaccess.read_text(encoding="utf-8").split("\n")
            htaccess.write_text("\n".join(l for l in lines if not l.startswith(HTTPS_REDIRECT)), encoding="utf-8")
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o777 if path == folder else (0o755 if path.is_dir() else 0o644))
    (folder / "empty").mkdir(mode=0o755)
    port = free_port()
    user = "User www-data\nGroup www-data\n" if os.geteuid() == 0 else ""
    modules = "".join(f"LoadModule {m}_module /usr/lib/apache2/modules/mod_{m}.so\n" for m in MODULES)
    (folder / "httpd.conf").write_text(
        f"ServerName localhost\nListen 127.0.0.1:{port}\nPidFile {folder}/httpd.pid\nErrorLog {folder}/error.log\n"
        f"{modules}TypesConfig /etc/mime.types\nDirectoryIndex index.html\n{user}"
        "<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>\n"
        f"<Directory {site}>\n  AllowOverride FileInfo Indexes\n  Require all granted\n</Directory>\n"
        f"<VirtualHost 127.0.0.1:{port}>\n  ServerName www.lindeveen.nl\n  DocumentRoot {folder}/empty\n"
        f"  Alias /buurten/ {site}/\n</VirtualHost>\n"
        f"<VirtualHost 127.0.0.1:{port}>\n  ServerName beekdalverbindt.nl\n  DocumentRoot {site}/beekdal\n"
        "</VirtualHost>\n", encoding="utf-8")
    process = subprocess.Popen([APACHE, "-f", str(folder / "httpd.conf"), "-DFOREGROUND"],
                               env={**os.environ, "APACHE_RUN_DIR": str(folder)})
    end = time.time() + 10
    while time.time() < end and not (folder / "httpd.pid").exists():
        time.sleep(0.05)
    time.sleep(0.2)

    def get(host: str, path: str):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", path, headers={"Host": host})
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body

    yield get
    process.terminate()
    process.wait(timeout=10)
    shutil.rmtree(folder, ignore_errors=True)


def test_apache_sends_the_headers_types_and_caching(apache, example_site):
    status, headers, _ = apache("www.lindeveen.nl", "/buurten/molenkamp/")
    assert status == 200
    assert headers["content-security-policy"].startswith("default-src 'self'; object-src 'none'")
    assert headers["x-content-type-options"] == "nosniff" and headers["cache-control"] == "public, max-age=300"
    stylesheet = next((example_site / "molenkamp" / "assets").glob("site.*.css")).name
    _, headers, _ = apache("www.lindeveen.nl", f"/buurten/molenkamp/assets/{stylesheet}")
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    for path, expected in [("/buurten/molenkamp/agenda/breiclub/breiclub.ics", "text/calendar; charset=utf-8"),
                           ("/buurten/molenkamp/wegwijzer/open-data/kaart.csv", "text/csv; charset=utf-8"),
                           ("/buurten/molenkamp/wegwijzer/open-data/hsds.json", "application/json"),
                           ("/buurten/molenkamp/wegwijzer/open-data/dcat.jsonld", "application/ld+json")]:
        status, headers, _ = apache("www.lindeveen.nl", path)
        assert (status, headers["content-type"]) == (200, expected), path
        assert ("access-control-allow-origin" in headers) == ("/open-data/" in path), path


def test_apache_answers_the_hsds_api_and_each_sites_404(apache, example_site):
    status, headers, body = apache("beekdalverbindt.nl", "/wegwijzer/open-data/services")
    assert status == 200 and headers["access-control-allow-origin"] == "*"
    service_id = json.loads(body)["contents"][0]["id"]
    status, _, body = apache("beekdalverbindt.nl", f"/wegwijzer/open-data/services/{service_id}")
    assert status == 200 and json.loads(body)["id"] == service_id
    for host, path, folder in [("www.lindeveen.nl", "/buurten/weg/", "."),
                               ("www.lindeveen.nl", "/buurten/molenkamp/weg/", "molenkamp"),
                               ("beekdalverbindt.nl", "/weg", "beekdal")]:
        status, headers, body = apache(host, path)
        assert status == 404 and body == (example_site / folder / "404.html").read_bytes(), path
        assert "content-security-policy" in headers


def test_apache_redirects_plain_http_to_https(apache):
    status, headers, _ = apache("www.lindeveen.nl", "/buurten/oude-dorp/agenda/")
    assert status == 301 and headers["location"] == "https://www.lindeveen.nl/buurten/oude-dorp/agenda/"


def test_apache_redirects_old_addresses_permanently(apache):
    for host, old, new in [("www.lindeveen.nl", "/buurten/molenkamp/aed", "/buurten/molenkamp/initiatieven/aed/"),
                           ("www.lindeveen.nl", "/buurten/molenkamp/initiatieven/aed-plan.html",
                            "/buurten/molenkamp/initiatieven/aed/"),
                           ("beekdalverbindt.nl", "/stoelgym/", "/agenda/gym-op-de-stoel/")]:
        status, headers, _ = apache(host, old)
        assert status == 301 and headers["location"].endswith(new), old
