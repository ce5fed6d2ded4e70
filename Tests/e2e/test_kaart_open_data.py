"""The kaart's open data in the example municipality, as a consumer reads it: every HSDS object of every export
conforms to HSDS 3.0 (hsds_rules.py), the static HSDS API holds exactly what hsds.json holds, the CSV stays as it
was, ids stay the same when unrelated things change, and the licence and the DCAT-AP-NL description are there."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

import hsds_rules as rules
from conftest import BUILD_DAY, REPO

LICENSES = {
    "CC0-1.0": ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/deed.nl"),
    "CC-BY-4.0": ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/deed.nl"),
}
CSV_HEADER = [
    "naam", "samenvatting", "soort", "onderwerpen", "doelgroepen", "organisatie", "website organisatie", "telefoon",
    "e-mail", "website", "adressen", "kanalen", "openingstijden", "kosten", "talen", "voorwaarden", "buurten",
    "gecontroleerd op", "beheerder", "adres van de pagina",
]


@pytest.fixture(scope="module")
def site_config() -> dict:
    return yaml.safe_load((REPO / "site.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def folders(example_site: Path) -> list[Path]:
    found = rules.open_data_folders(example_site)
    buurten = [p for p in (REPO / "content" / "buurten").iterdir() if (p / "buurt.yml").is_file()]
    assert len(found) == len(buurten) + 1, "an open-data folder for every buurt and one for the portal"
    return found


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def bulk(folder: Path) -> list[dict]:
    return load(folder / "hsds.json")["contents"]


def list_items(folder: Path, name: str) -> list[dict]:
    """Every item of a static API list, page after page, checking that the pages are numbered without gaps."""
    first = load(folder / name / "index.json")
    items = list(first["contents"])
    for number in range(2, first["total_pages"] + 1):
        page = load(folder / name / f"page-{number}.json")
        assert page["page_number"] == number and page["total_items"] == first["total_items"]
        items += page["contents"]
    assert not (folder / name / f"page-{first['total_pages'] + 1}.json").exists()
    assert len(items) == first["total_items"]
    return items


def own_files(folder: Path, name: str) -> dict[str, dict]:
    return {p.stem: load(p) for p in (folder / name).glob("*.json") if p.stem != "index" and not
            p.stem.startswith("page-")}


def ids_in(value, found: set[str] | None = None) -> set[str]:
    found = set() if found is None else found
    if isinstance(value, dict):
        if isinstance(value.get("id"), str):
            found.add(value["id"])
        for item in value.values():
            ids_in(item, found)
    elif isinstance(value, list):
        for item in value:
            ids_in(item, found)
    return found


def test_every_export_conforms_to_hsds_3(example_site, folders):
    report = rules.check_site(example_site)
    assert report.problems == [], "\n".join(report.problems[:40])
    counts = report.counts
    # Every service, organization, location, address, schedule and taxonomy term of all five exports and APIs.
    assert counts["service"] >= 300 and counts["organization"] >= 300 and counts["location"] >= 100
    assert counts["address"] >= 100 and counts["schedule"] >= 150 and counts["taxonomy_term"] >= 800
    assert counts["file"] > 5 * 40, "the static API's files were checked too"


def page_url(service: dict) -> str:
    extra = [u["url"] for u in service.get("additional_urls", [])]
    return extra[0] if extra else service["url"]


def test_the_static_api_holds_exactly_what_hsds_json_holds(folders):
    for folder in folders:
        services = bulk(folder)
        # /services: every service in the same order, with its own fields and organization, no lists.
        listed = list_items(folder, "services")
        assert listed == [{k: v for k, v in s.items() if not isinstance(v, list)} for s in services], folder
        # /services/{id}: each service in full, as in hsds.json, and no other.
        files = own_files(folder, "services")
        assert files == {s["id"]: s for s in services}, folder
        # /organizations: each organization of the services once, as the services show it, with its services.
        organizations = {}
        for s in services:
            organizations.setdefault(s["organization"]["id"], (s["organization"], []))[1].append(s["id"])
        listed = list_items(folder, "organizations")
        assert sorted(o["id"] for o in listed) == sorted(organizations), folder
        assert all(o == organizations[o["id"]][0] for o in listed)
        for identifier, organization in own_files(folder, "organizations").items():
            own, service_ids = organizations.pop(identifier)
            assert {k: v for k, v in organization.items() if k != "services"} == own
            assert [s["id"] for s in organization["services"]] == service_ids
        assert organizations == {}, f"{folder}: organizations without a file"
        # /taxonomy_terms: each term the services use, once, as the services show it.
        terms = {a["taxonomy_term"]["id"]: a["taxonomy_term"] for s in services for a in s["attributes"]}
        listed = list_items(folder, "taxonomy_terms")
        assert len(listed) == len({t["id"] for t in listed}), f"{folder}: a term listed twice"
        assert {t["id"]: t for t in listed} == terms == own_files(folder, "taxonomy_terms"), folder
        root = load(folder / "index.json")
        assert root["version"] == "3.0" and root["license"] == load(folder / "hsds.json")["license"]


def test_the_csv_stays_as_it_was_with_the_same_entries(folders, site_config):
    separator = site_config["kaart"].get("csv_separator", ";")
    for folder in folders:
        raw = (folder / "kaart.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, so Excel reads the accents right"
        text = raw[3:].decode("utf-8")
        assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")[:200]
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
        assert rows[0] == CSV_HEADER, "the configured separator and the same columns"
        services = bulk(folder)
        assert [row[0] for row in rows[1:]] == [s["name"] for s in services], f"{folder}: the same entries in order"
        assert [row[-1] for row in rows[1:]] == [page_url(s) for s in services]


def build(root: Path, output: Path) -> None:
    binary = REPO / ".build" / "debug" / "buurtsite"
    result = subprocess.run([str(binary), "build", "--root", str(root), "--output", str(output), "--today", BUILD_DAY],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def copy_of_the_example(target: Path) -> Path:
    target.mkdir(parents=True)
    shutil.copy(REPO / "site.yml", target / "site.yml")
    for folder in ("content", "themes"):
        shutil.copytree(REPO / folder, target / folder)
    return target


def open_data_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for folder in rules.open_data_folders(root)
            for p in folder.rglob("*") if p.is_file() and p.suffix != ".html"}


def test_ids_stay_the_same_when_unrelated_things_change(example_site, tmp_path):
    # The same input gives the same bytes.
    same = copy_of_the_example(tmp_path / "same")
    build(same, tmp_path / "same-out")
    assert open_data_files(tmp_path / "same-out") == open_data_files(example_site)

    # Unrelated changes: the kaart renamed, a label and a summary reworded, a new entry, a page edited.
    changed = copy_of_the_example(tmp_path / "changed")
    config = (changed / "site.yml").read_text(encoding="utf-8")
    (changed / "site.yml").write_text(config.replace("  name: Wegwijzer", "  name: Buurtgids")
                                      .replace("label: Zorg en gezondheid", "label: Gezondheid"), encoding="utf-8")
    entry = next((changed / "content" / "kaart").rglob("*.md"))
    text = entry.read_text(encoding="utf-8")
    entry.write_text(re.sub(r"(?m)^summary: .*$", "summary: Een andere samenvatting.", text, count=1),
                     encoding="utf-8")
    (changed / "content" / "kaart" / "nieuw-spreekuur.md").write_text(
        "---\nname: Nieuw spreekuur\nsummary: Een nieuw spreekuur.\nkind: formeel\ncategories: [zorg]\n"
        "organization:\n  name: Welzijn Lindeveen\nchannels: [telefoon]\ncontact:\n  phone: 0999 123 456\n"
        "reviewed: 2026-10-01\nowner: wegwijzer@lindeveen.nl\n---\n", encoding="utf-8")
    page = next((changed / "content").rglob("pages/*.md"))
    page.write_text(page.read_text(encoding="utf-8") + "\nEen nieuwe alinea.\n", encoding="utf-8")
    build(changed, tmp_path / "changed-out")

    before = {page_url(s).rstrip("/").rsplit("/", 1)[1]: s for s in bulk(rules.open_data_folders(example_site)[-1])}
    after = {page_url(s).rstrip("/").rsplit("/", 1)[1]: s for s in
             bulk(rules.open_data_folders(tmp_path / "changed-out")[-1])}
    assert set(after) - set(before) == {"nieuw-spreekuur"}
    for slug, service in before.items():
        assert ids_in(after[slug]) == ids_in(service), f"{slug}: its ids changed"
    new_ids = ids_in(after["nieuw-spreekuur"]) - ids_in(list(before.values()))
    assert new_ids and len(new_ids) >= 3, "the new entry's own objects get new ids"


def test_the_licence_is_shown_and_carried_in_the_exports(example_site, folders, site_config):
    name, url = LICENSES[site_config["open_data"]["license"]]
    contact = site_config["open_data"]["contact"]
    for folder in folders:
        assert load(folder / "hsds.json")["license"] == {"name": name, "url": url}
        assert load(folder / "services" / "index.json")["license"] == {"name": name, "url": url}
        page = folder / "index.html"
        if page.exists():  # the buurt sites' open-data page; the portal shows it on its home
            html = page.read_text(encoding="utf-8")
            assert f'<a href="{url}">{name}</a>' in html and contact in html
    portal = (example_site / "index.html").read_text(encoding="utf-8")
    assert f'<a href="{url}">{name}</a>' in portal


DCAT_AP_NL_MANDATORY = ["dct:identifier", "dct:title", "dct:description", "dct:publisher", "dct:creator",
                        "dcat:contactPoint", "dct:accessRights", "dcat:theme"]


def test_each_folder_has_a_dcat_ap_nl_description_of_its_files(folders, site_config):
    _, url = LICENSES[site_config["open_data"]["license"]]
    for folder in folders:
        dataset = load(folder / "dcat.jsonld")
        assert dataset["@type"] == "dcat:Dataset"
        assert {"dcat", "dct", "foaf", "vcard"} <= set(dataset["@context"])
        for key in DCAT_AP_NL_MANDATORY:
            assert dataset.get(key), f"{folder}: DCAT-AP-NL requires {key}"
        assert dataset["dct:publisher"]["foaf:name"] == site_config["name"]
        code = site_config["cbs_code"].lower()
        assert dataset["dct:publisher"]["@id"] == f"https://identifier.overheid.nl/tooi/id/gemeente/{code}"
        files = []
        for distribution in dataset["dcat:distribution"]:
            assert distribution["dct:license"]["@id"] == "http" + url.removeprefix("https")
            files.append(distribution["dcat:accessURL"]["@id"].rsplit("/open-data/", 1)[1])
        assert files == ["hsds.json", "kaart.csv", "index.json"]
        assert all((folder / f).is_file() for f in files)
