"""security.txt (RFC 9116) in the example municipality's output: a file at /.well-known/security.txt of exactly the
sites at the root of a host, each valid for PyPI `sectxt` (required fields, formats, Expires in the future on the real
clock, Canonical = where the file stands)."""

from __future__ import annotations

import html.parser
import urllib.parse
from pathlib import Path

import sectxt

# What sectxt may still recommend: the example's Expires lies more than a year ahead (so that it stays valid while the
# tests build as on a fixed day), and the file is not signed with OpenPGP.
ALLOWED_RECOMMENDATIONS = {"long_expiry", "not_signed"}


class Canonical(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.url: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and a.get("rel") == "canonical":
            self.url = a.get("href")


def site_addresses(site: Path) -> dict[Path, str]:
    """Each site's folder (the portal's and every buurt's) with its address, from its home page's canonical link."""
    homes = [site / "index.html"] + sorted(p / "index.html" for p in site.iterdir() if (p / "404.html").is_file())
    addresses = {}
    for home in homes:
        parser = Canonical()
        parser.feed(home.read_text(encoding="utf-8"))
        addresses[home.parent] = parser.url
    return addresses


def test_exactly_the_sites_at_the_root_of_a_host_have_one(example_site: Path):
    addresses = site_addresses(example_site)
    assert len(addresses) == 5, "the portal and four buurten"
    with_file = {folder.name for folder in addresses if (folder / ".well-known" / "security.txt").is_file()}
    at_root = {folder.name for folder, url in addresses.items() if urllib.parse.urlsplit(url).path == "/"}
    assert with_file == at_root == {"beekdal", "de-weide"}
    # No other file of that name anywhere (a sub-path's would never be read).
    assert len(list(example_site.rglob("security.txt"))) == 2


def test_each_file_is_valid_rfc_9116(example_site: Path):
    for folder, address in site_addresses(example_site).items():
        path = folder / ".well-known" / "security.txt"
        if not path.is_file():
            continue
        url = address + ".well-known/security.txt"
        parser = sectxt.Parser(path.read_bytes(), urls=url)
        assert parser.is_valid(), f"{path}: {parser.errors}"
        recommendations = {r["code"] for r in parser.recommendations}
        assert recommendations <= ALLOWED_RECOMMENDATIONS, f"{path}: {parser.recommendations}"
        fields = [line.split(": ", 1) for line in path.read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#")]
        names = [name for name, _ in fields]
        assert names.count("Expires") == 1 and names.count("Preferred-Languages") == 1
        assert dict(fields)["Canonical"] == url
        assert parser.preferred_languages == ["nl", "en"]
        assert parser.contact_emails, "the example gives e-mail addresses"


def test_a_buurt_with_its_own_domain_overrides_the_contact(example_site: Path):
    weide = sectxt.Parser((example_site / "de-weide/.well-known/security.txt").read_bytes())
    beekdal = sectxt.Parser((example_site / "beekdal/.well-known/security.txt").read_bytes())
    assert weide.contact_emails == ["beveiliging@wijindeweide.nl", "security@lindeveen.nl"]
    assert beekdal.contact_emails == ["security@lindeveen.nl"]
    assert beekdal.contact_urls == ["https://www.lindeveen.nl/kwetsbaarheid-melden"]
    # What de-weide does not set comes from site.yml.
    for parser in (weide, beekdal):
        assert [line["value"] for line in parser.lines if line["field_name"] == "policy"] == [
            "https://www.lindeveen.nl/kwetsbaarheid-melden"]
