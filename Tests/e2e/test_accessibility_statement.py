"""The accessibility statement's data in the example municipality's output: every site's statement page shows that
website's status as text, and lists every website of the municipality (the portal and each buurt site) with its own,
each row linking to a site that exists."""

from __future__ import annotations

import re
from pathlib import Path

from test_security_txt import site_addresses

STATUS = re.compile(r"<dt>Status</dt>\n<dd>([A-E]): ([^<]+)</dd>")
ROW = re.compile(r'<th scope="row"><a href="([^"]+)">([^<]+)</a>[^<]*</th>\n<td>([A-E]): ')


def statement(folder: Path) -> str:
    page = (folder / "toegankelijkheid" / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<section class="statement">.*?</section>', page, re.S)
    assert section, f"{folder}: no statement data"
    return section.group(0)


def test_every_site_shows_its_own_status_and_every_website(example_site: Path):
    addresses = site_addresses(example_site)
    expected_status = {folder: ("C" if folder.name == "de-weide" else "B") for folder in addresses}
    for folder, address in addresses.items():
        text = statement(folder)
        own = STATUS.search(text)
        assert own and own.group(1) == expected_status[folder], folder
        rows = ROW.findall(text)
        # Every website once, each row linking to the home page of a site of the output, with that site's status.
        assert sorted(url for url, _, _ in rows) == sorted(addresses.values())
        by_url = {url: status for url, _, status in rows}
        for other, other_address in addresses.items():
            assert by_url[other_address] == expected_status[other]
        assert "<img" not in text, "text only: no image from the register"
        assert 'href="https://www.toegankelijkheidsverklaring.nl/register/' in text
