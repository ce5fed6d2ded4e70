"""Shared pytest fixtures for the end-to-end tests: the example municipality built once, served
over HTTP, and a headless Chromium to look at it.

The Makefile builds the example site first and passes its folder in BUURTSITE_SITE; run on its own
(`.venv/bin/python -m pytest Tests/e2e`), the fixture builds it with the debug binary instead.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import check_output as co  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
# The example content's review dates are judged against this day, so the tests do not change with the calendar.
BUILD_DAY = "2026-11-22"


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    """The output folder of the example municipality (portal at its root, a folder per buurt)."""
    given = os.environ.get("BUURTSITE_SITE")
    if given:
        return Path(given)
    binary = REPO / ".build" / "debug" / "buurtsite"
    if not binary.exists():
        pytest.fail(f"{binary} not found: run `swift build` first (or `make test`)")
    out = tmp_path_factory.mktemp("site") / "public"
    result = subprocess.run([str(binary), "build", "--root", str(REPO), "--output", str(out), "--today", BUILD_DAY],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail("building the example site failed:\n" + result.stdout + result.stderr)
    return out


@pytest.fixture(scope="session")
def site_url(example_site):
    """Base URL of a local HTTP server on the example site's output folder (pretty URLs need one)."""
    with co.serve(example_site, co.SiteMap(example_site, {})) as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium (Debian's chromium + chromedriver) for the session; no request leaves the machine."""
    driver = co.make_driver()
    yield driver
    driver.quit()
