"""The toolkit's booklets on paper: a booklet of the example municipality printed by headless Chromium with the
theme's print stylesheet, then read back with poppler (pdfinfo, pdftotext).

    swift build && .venv/bin/python -m pytest Tests/e2e/test_toolkit_pdf.py

A booklet must print on A4, hold every article with each one starting on a new page, and show nothing of the
site's navigation. `buurtsite build --pdf` must make the same PDFs itself and link them.
"""

from __future__ import annotations

import html.parser
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import check_output as co  # noqa: E402
from conftest import BUILD_DAY, REPO  # noqa: E402

A4 = (595.0, 842.0)
NO_TOOLS = [tool for tool in ("pdfinfo", "pdftotext") if shutil.which(tool) is None]
pytestmark = [
    pytest.mark.skipif(bool(NO_TOOLS), reason=f"poppler-utils not installed ({', '.join(NO_TOOLS)})"),
    pytest.mark.skipif(not Path(co.CHROMIUM).exists(), reason=f"{co.CHROMIUM} not found"),
]


class BookletParser(html.parser.HTMLParser):
    """What a booklet page holds: its article titles in order, the texts of what only belongs on screen (header
    menu, footer links, breadcrumbs, skip link, print box), and the texts that are meant to be printed."""

    SCREEN_ONLY_CLASSES = {"skip-link", "booklet-screen-only", "toolkit-breadcrumbs", "toolkit-print"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    TEXT_TAGS = {"a", "button", "p", "li", "dt", "dd", "td", "th", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.titles: list[str] = []
        self.screen_texts: set[str] = set()
        self.printed_texts: set[str] = set()
        self._stack: list[dict] = []  # per open element: tag, screen_only, title, text (None: not collected)

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        screen_only = bool(self._stack and self._stack[-1]["screen_only"]) or bool(classes & self.SCREEN_ONLY_CLASSES) \
            or (tag == "nav" and "booklet__toc" not in classes)
        self._stack.append({"tag": tag, "screen_only": screen_only, "title": "booklet-article__title" in classes,
                            "text": "" if tag in self.TEXT_TAGS else None})

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in self.VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID or not any(entry["tag"] == tag for entry in self._stack):
            return
        while self._stack:
            entry = self._stack.pop()
            if entry["text"] is not None:
                text = " ".join(entry["text"].split())
                if entry["title"]:
                    self.titles.append(text)
                if text:
                    (self.screen_texts if entry["screen_only"] else self.printed_texts).add(text)
            if entry["tag"] == tag:
                break

    def handle_data(self, data):
        for entry in self._stack:
            if entry["text"] is not None:
                entry["text"] += data


def is_booklet(page: Path) -> bool:
    """A toolkit booklet, not another feature's print page (the agenda's week sheet is at <agenda>/afdrukken/ too)."""
    return 'class="booklet' in page.read_text(encoding="utf-8")


def booklets(site: Path) -> list[Path]:
    return sorted(page for page in site.glob("*/*/afdrukken/index.html") if is_booklet(page))


def whole_toolkit_booklet(site: Path) -> Path:
    """The buurt's whole-toolkit booklet with the most articles (every buurt shows the municipality's articles)."""
    found = booklets(site)
    if not found:
        pytest.fail(f"no toolkit booklet (<buurt>/<segment>/afdrukken/index.html) in {site}")
    return max(found, key=lambda page: (page.read_text(encoding="utf-8").count('class="booklet-article"'), str(page)))


def print_to_pdf(page: Path, pdf: Path, profile: Path) -> None:
    result = subprocess.run(
        [co.CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", page.resolve().as_uri()],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and pdf.exists(), f"Chromium could not print {page}:\n{result.stderr[-2000:]}"


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "100000", str(pdf)],
                         capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)]


def page_texts(pdf: Path) -> list[str]:
    """The text of each page (pdftotext ends every page with a form feed)."""
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squeeze(text: str) -> str:
    return " ".join(text.split())


def starts_page(title: str, page: str) -> bool:
    """Whether the page begins with the title (a long title may wrap over two or three lines)."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return squeeze(" ".join(lines[:4])).startswith(squeeze(title))


@pytest.fixture(scope="module")
def printed(example_site, tmp_path_factory):
    """The whole-toolkit booklet of a buurt, parsed, and printed to PDF."""
    page = whole_toolkit_booklet(example_site)
    parser = BookletParser()
    parser.feed(page.read_text(encoding="utf-8"))
    folder = tmp_path_factory.mktemp("booklet")
    pdf = folder / "booklet.pdf"
    print_to_pdf(page, pdf, folder / "profile")
    return page, parser, pdf


def test_every_page_is_a4(printed):
    _, parser, pdf = printed
    sizes = page_sizes(pdf)
    assert len(sizes) >= len(parser.titles) + 2, "a cover, the contents and at least a page per article"
    wrong = [(number, size) for number, size in enumerate(sizes, 1)
             if abs(size[0] - A4[0]) > 1 or abs(size[1] - A4[1]) > 1]
    assert not wrong, f"pages that are not A4 (595×842 pt): {wrong}"


def test_every_article_is_in_the_booklet_and_starts_a_page(printed):
    page, parser, pdf = printed
    assert len(parser.titles) >= 2, f"{page} holds too few articles to test page breaks: {parser.titles}"
    texts = page_texts(pdf)
    everything = squeeze(" ".join(texts))
    missing = [title for title in parser.titles if squeeze(title) not in everything]
    assert not missing, f"article titles not in the PDF's text: {missing}"

    first_pages = []
    for title in parser.titles:
        starting = [number for number, text in enumerate(texts) if starts_page(title, text)]
        assert starting, f"'{title}' does not start at the top of any page"
        first_pages.append(starting[-1])
    assert len(set(first_pages)) == len(first_pages), \
        f"two articles start on the same page: {list(zip(parser.titles, first_pages))}"
    assert first_pages == sorted(first_pages), "the articles are printed in the order of the contents"
    assert min(first_pages) >= 2, "the cover and the contents come first"


def test_no_navigation_is_printed(printed):
    page, parser, pdf = printed
    assert "Naar de inhoud" in parser.screen_texts, "the parser finds the skip link"
    # pdftotext -layout puts things side by side on one line, separated by runs of spaces ("Home     Over ons").
    lines = {squeeze(part) for text in page_texts(pdf) for line in text.splitlines()
             for part in re.split(r"\s{2,}", line) if part.strip()}
    everything = squeeze(" ".join(page_texts(pdf)))
    assert "Naar de inhoud" not in everything
    assert "Kruimelpad" not in everything and "Hoofdmenu" not in everything
    # Menu entries, footer links, breadcrumbs and buttons would print as lines of their own; a text that the booklet
    # prints anyway (the platform's name on the cover, the toolkit's name as its title) may of course appear.
    leaked = sorted(text for text in parser.screen_texts - parser.printed_texts if text in lines)
    assert not leaked, f"navigation printed in {page}: {leaked}"


def test_build_with_pdf_makes_and_links_the_booklets(tmp_path):
    """`buurtsite build --pdf` for one buurt: a PDF beside every booklet, A4, linked from the pages."""
    binary = REPO / ".build" / "debug" / "buurtsite"
    if not binary.exists():
        pytest.fail(f"{binary} not found: run `swift build` first")
    buurten = sorted(p.parent.name for p in (REPO / "content" / "buurten").glob("*/buurt.yml"))
    assert buurten, "the example municipality has buurten"
    out = tmp_path / "public"
    env = dict(os.environ, BUURTSITE_CHROMIUM=co.CHROMIUM)
    result = subprocess.run([str(binary), "build", "--root", str(REPO), "--output", str(out), "--today", BUILD_DAY,
                             "--buurt", buurten[0], "--pdf"], capture_output=True, text=True, env=env, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    pages = booklets(out) + sorted(page for page in out.glob("*/*/*/afdrukken/index.html") if is_booklet(page))
    assert pages, f"no booklets in {out}"
    for page in pages:
        pdfs = list(page.parent.glob("*.pdf"))
        assert len(pdfs) == 1, f"one PDF beside {page}: {pdfs}"
        assert f'href="{pdfs[0].name}"' in page.read_text(encoding="utf-8"), f"{page} links its PDF"
        sizes = page_sizes(pdfs[0])
        assert sizes and all(abs(w - A4[0]) <= 1 and abs(h - A4[1]) <= 1 for w, h in sizes), f"{pdfs[0]}: {sizes}"
    assert re.search(r"^note: made \d+ PDF booklets? with ", result.stdout, re.M), result.stdout
