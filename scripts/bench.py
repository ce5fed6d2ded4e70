#!/usr/bin/env python3
"""`make bench`: buurtsite against Hugo on one buurt with 10,000 Markdown pages.

    python3 scripts/bench.py --binary .build/release/buurtsite [--pages 10000] [--runs 3]

1. Generates (deterministically, fixed seed) a municipality under .bench/site/ (gitignored, never
   committed): site.yml, a copy of the repository's themes/default, content/buurten/bench/ with
   buurt.yml and pages/p00001.md … (about 3 KB each: headings, lists, emphasis, relative links to
   other pages' .md files, a table on every 10th page).
2. Times cold builds (output folder deleted first) of `buurtsite build` with /usr/bin/time -v:
   wall time and "Maximum resident set size".
3. Builds a Hugo site from the SAME Markdown files (hard links) under .bench/hugo/ with minimal
   layouts giving a similar page shell, and times `hugo --quiet` cold (public/, resources/ and its
   cache folder deleted first) the same way.
4. Each build runs --runs times (default 3); the MEDIAN is reported, with the ratios ours/Hugo and
   whether the goals hold: wall time ≤ 1/3 of Hugo's and peak memory ≤ 1/4 of Hugo's.
   Exits 1 when a goal is missed (or a build fails), 0 otherwise. Results: .bench/results.json.
5. Three feature scenarios, timed the same way (median of --runs), figures only: a municipality of 20
   buurten sharing 2,000 sociale-kaart entries (each serving all, a list of buurten or CBS buurtcodes;
   every buurt site renders the entries that serve it, with filter pages and exports), one of 20
   buurten sharing a toolkit of 500 articles (every site renders all of them and the booklets), and
   an agenda of 2,000 activities over 20 buurten (most in a buurt's own folder, a quarter
   municipality-wide; weekly, every other week, nth weekday, one-offs, cancelled, moved and extra
   dates), expanded over 6 weeks on every buurt site and the portal, with the feeds.

Hugo setup (kept comparable on purpose):
  - disableKinds = taxonomy, term, RSS: buurtsite makes no tag pages; Hugo's RSS would add a
    10,000-item feed. Kept: home, the section list (like our buurt home listing every page),
    10,000 pages, sitemap.xml.
  - A render-link hook resolves `xyz.md` links with relref (an error if the page doesn't exist),
    as buurtsite resolves and checks .md links; without it Hugo would emit the raw `.md` hrefs.
  - Hugo's default goldmark renderer (GFM tables, typographer), no minify, no syntax highlighting
    work (the pages have no code blocks).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = 20261122
TIME = "/usr/bin/time"

WORDS = """
buurt wijk straat plein park speeltuin bankje boom bomen tuin moestuin geveltuin stoep fiets fietsen
fietspad auto parkeren bus halte station school kinderen ouders buren bewoners ouderen jongeren
vrijwilliger vrijwilligers gemeente wethouder raad plan plannen idee ideeën overleg avond ochtend
middag week maand jaar zomer winter voorjaar najaar koffie thee soep maaltijd samen elkaar helpen
hulp zorg mantelzorg buurthuis wijkcentrum bibliotheek markt winkel bakker groente afval container
glas papier plastic groen water regen zon wind dijk sloot brug pad route wandeling ommetje hond
katten vogels bijen bloemen struiken gras veld sport voetbal zwemmen dansen zingen koor muziek
feest festival kraam activiteit bijeenkomst vergadering project initiatief budget subsidie
aanvraag formulier melding klacht veiligheid verlichting lantaarnpaal drempel snelheid verkeer
oversteek zebrapad kruispunt rotonde gezellig rustig druk mooi schoon veilig nieuw oud groot klein
eerste laatste volgende vorige iedere elke alle veel weinig meer minder graag vaak soms altijd
nooit nu straks morgen gisteren vandaag hier daar binnen buiten boven onder naast tussen achter
voor met zonder over door tot van naar bij in op uit om aan
""".split()
VERBS = """helpen komen gaan maken doen zien horen vragen geven nemen bouwen planten opruimen
verbeteren bespreken organiseren ontmoeten delen lenen repareren koken eten wandelen fietsen
spelen leren lezen schrijven bellen mailen melden aanvragen kiezen stemmen""".split()
TOPICS = """Buurtmoestuin Speeltuin Repair-café Buurtbus Koffieochtend Straatfeest Zwerfafval
Geveltuinen Verkeersveiligheid Buurtpreventie Burendag Wijkbudget Boomspiegels Ommetje Leesclub
Taalcafé Buurtkoor Kledingruil Bijenlint Wadi Laadpaal Buurtkast Jeugdhonk Seniorenlunch""".split()


def sentence(rng: random.Random, links: list[str]) -> str:
    n = rng.randint(6, 16)
    words = [rng.choice(WORDS) for _ in range(n)]
    words.insert(rng.randint(1, n - 1), rng.choice(VERBS))
    r = rng.random()
    i = rng.randrange(1, len(words))
    if r < 0.15:
        words[i] = f"*{words[i]}*"
    elif r < 0.25:
        words[i] = f"**{words[i]}**"
    elif r < 0.32:
        words[i] = f"`{words[i]}`"
    if links and rng.random() < 0.2:
        j = rng.randrange(1, len(words))
        words[j] = f"[{words[j]} {rng.choice(WORDS)}]({links.pop()})"
    s = " ".join(words)
    return s[0].upper() + s[1:] + rng.choice([".", ".", ".", "!", "?"])


def paragraph(rng: random.Random, links: list[str]) -> str:
    return " ".join(sentence(rng, links) for _ in range(rng.randint(2, 5)))


def title_words(rng: random.Random, k: int) -> str:
    s = " ".join(rng.choice(WORDS) for _ in range(k))
    return s[0].upper() + s[1:]


def page_markdown(i: int, n_pages: int, rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    title = f"{topic} {title_words(rng, rng.randint(2, 4)).lower()} {i}"
    desc = title_words(rng, rng.randint(8, 14)) + "."
    others = [f"p{rng.randint(1, n_pages):05d}.md" for _ in range(rng.randint(3, 6))]
    body = [paragraph(rng, others)]
    size = len(body[0])
    section = 0
    while size < 2550:
        section += 1
        head = "##" if section == 1 or rng.random() < 0.7 else "###"
        parts = [f"{head} {title_words(rng, rng.randint(2, 5))}", paragraph(rng, others)]
        r = rng.random()
        if r < 0.35:
            parts.append("\n".join(f"- {sentence(rng, others)}" for _ in range(rng.randint(3, 6))))
        elif r < 0.5:
            parts.append("\n".join(f"{k}. {sentence(rng, others)}" for k in range(1, rng.randint(3, 6))))
        elif r < 0.6:
            parts.append("> " + sentence(rng, others))
        if i % 10 == 0 and section == 2:
            cols = ["Wat", "Wanneer", "Waar", "Wie"]
            rows = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
            for _ in range(5):
                rows.append("| " + " | ".join(title_words(rng, rng.randint(1, 3)) for _ in cols) + " |")
            parts.append("\n".join(rows))
        parts.append(paragraph(rng, others))
        block = "\n\n".join(parts)
        body.append(block)
        size += len(block)
    if others:  # every page links at least once
        body.append("Lees ook: " + ", ".join(f"[pagina {o[1:6].lstrip('0')}]({o})" for o in others) + ".")
    return f"---\ntitle: {title}\ndescription: {desc}\n---\n\n" + "\n\n".join(body) + "\n"


def shown(path: Path) -> Path:
    """A path as printed: relative to the repository when inside it."""
    return path.relative_to(REPO) if path.is_relative_to(REPO) else path


def generate(bench: Path, n_pages: int) -> Path:
    site = bench / "site"
    stamp = site / ".generated"
    key = json.dumps({"pages": n_pages, "seed": SEED, "generator": _generator_hash()})
    if stamp.exists() and stamp.read_text() == key:
        print(f"Using the generated site in {shown(site)} ({n_pages} pages)")
    else:
        print(f"Generating {n_pages} pages in {shown(site)} …")
        shutil.rmtree(site, ignore_errors=True)
        pages = site / "content" / "buurten" / "bench" / "pages"
        pages.mkdir(parents=True)
        # Hugo's bench site has no search: like for like, this one has none either (the search site below has).
        (site / "site.yml").write_text(
            "name: Gemeente Benchmark\ncbs_code: GM9999\ntheme: default\nbase_url: https://bench.example/\n"
            "search:\n  enabled: false\n")
        (pages.parent / "buurt.yml").write_text(
            "name: Benchmark\ntagline: x\nbase_url: https://bench.example/bench/\n")
        rng = random.Random(SEED)
        total = 0
        for i in range(1, n_pages + 1):
            text = page_markdown(i, n_pages, rng)
            total += len(text.encode())
            (pages / f"p{i:05d}.md").write_text(text)
        stamp.write_text(key)
        print(f"   {total / n_pages / 1024:.1f} KB per page on average, {total / 2**20:.1f} MB in all")
    # The theme is copied fresh every run: it is part of what is being measured.
    shutil.rmtree(site / "themes", ignore_errors=True)
    src_theme = REPO / "themes" / "default"
    if src_theme.is_dir():
        shutil.copytree(src_theme, site / "themes" / "default")
    else:
        print(f"   warning: {src_theme} does not exist yet", file=sys.stderr)
    return site


def search_site(bench: Path, site: Path) -> Path:
    """The same municipality with its search switched on: the same Markdown files (hard links), site.yml without
    `search: enabled: false`."""
    target = bench / "site-search"
    shutil.rmtree(target, ignore_errors=True)
    pages = target / "content" / "buurten" / "bench" / "pages"
    pages.mkdir(parents=True)
    (target / "site.yml").write_text(
        "name: Gemeente Benchmark\ncbs_code: GM9999\ntheme: default\nbase_url: https://bench.example/\n")
    source = site / "content" / "buurten" / "bench"
    shutil.copy2(source / "buurt.yml", pages.parent / "buurt.yml")
    for md in sorted((source / "pages").glob("*.md")):
        try:
            os.link(md, pages / md.name)
        except OSError:
            shutil.copy2(md, pages / md.name)
    shutil.copytree(site / "themes", target / "themes")
    return target


def _generator_hash() -> str:
    import hashlib
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


# --------------------------------------------------------------------------------------------
# Hugo

HUGO_CONFIG = """\
baseURL = "https://bench.example/"
languageCode = "nl"
title = "Gemeente Benchmark"
# Comparable work: no tag/category pages, no RSS (see scripts/bench.py). Kept: home, section, pages, sitemap.
disableKinds = ["taxonomy", "term", "RSS"]
"""

HUGO_BASEOF = """\
<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
</head>
<body>
<a class="skip-link" href="#inhoud">Naar de inhoud</a>
<header class="site-header">
<p class="site-name"><a href="{{ "bench/" | relURL }}">Benchmark</a></p>
<p class="tagline">x</p>
<nav aria-label="Hoofdmenu"><ul><li><a href="{{ "bench/" | relURL }}">Home</a></li></ul></nav>
</header>
<main id="inhoud">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p>{{ .Site.Title }} · gemaakt met Hugo</p></footer>
</body>
</html>
"""

HUGO_SINGLE = """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>
{{ end }}
"""

HUGO_LIST = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="page-list">
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>
{{ end }}
</ul>
{{ end }}
"""

# Resolve links to other pages' .md files, as buurtsite does (relref fails the build on a broken one).
HUGO_RENDER_LINK = """\
{{- $u := urls.Parse .Destination -}}
{{- $href := .Destination -}}
{{- if and (not $u.IsAbs) (strings.HasSuffix $u.Path ".md") -}}
{{- $href = relref .Page $u.Path -}}
{{- end -}}
<a href="{{ $href | safeURL }}"{{ with .Title }} title="{{ . }}"{{ end }}>{{ .Text | safeHTML }}</a>
{{- /**/ -}}
"""


def setup_hugo(bench: Path, site: Path) -> Path:
    hugo = bench / "hugo"
    shutil.rmtree(hugo, ignore_errors=True)
    layouts = hugo / "layouts" / "_default"
    (layouts / "_markup").mkdir(parents=True)
    (hugo / "hugo.toml").write_text(HUGO_CONFIG)
    (layouts / "baseof.html").write_text(HUGO_BASEOF)
    (layouts / "single.html").write_text(HUGO_SINGLE)
    (layouts / "list.html").write_text(HUGO_LIST)
    (layouts / "_markup" / "render-link.html").write_text(HUGO_RENDER_LINK)
    content = hugo / "content" / "bench"
    content.mkdir(parents=True)
    (content / "_index.md").write_text("---\ntitle: Benchmark\ndescription: x\n---\n")
    # The same Markdown files: hard links (Hugo reads them as ordinary files), copies across devices.
    for md in sorted((site / "content" / "buurten" / "bench" / "pages").glob("*.md")):
        try:
            os.link(md, content / md.name)
        except OSError:
            shutil.copy2(md, content / md.name)
    static = hugo / "static" / "assets"
    static.mkdir(parents=True)
    css = site / "themes" / "default" / "assets"
    for f in sorted(css.rglob("*.css")) if css.is_dir() else []:
        shutil.copy2(f, static / f.name)
    if not (static / "site.css").exists():
        (static / "site.css").write_text("body { font-family: sans-serif; }\n")
    return hugo


# --------------------------------------------------------------------------------------------
# Timing


def parse_time_v(text: str) -> tuple[float, float]:
    """(wall seconds, max RSS in MB) from /usr/bin/time -v output."""
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text)
    r = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if not m or not r:
        raise ValueError("no /usr/bin/time -v figures in:\n" + text[-2000:])
    secs = 0.0
    for part in m.group(1).split(":"):
        secs = secs * 60 + float(part)
    return secs, int(r.group(1)) / 1024


def timed(cmd: list[str], cwd: Path, clean: list[Path], log: Path) -> tuple[float, float]:
    # A cold build starts without its output folder. The old one is moved aside, not deleted, and
    # deleted at the end: ext4 makes creating files slow for a while after many were deleted,
    # which would charge one tool for the other's clean-up.
    trash = log.parent / "trash"
    trash.mkdir(exist_ok=True)
    for p in clean:
        if p.exists():
            p.rename(trash / f"{p.name}-{time.monotonic_ns()}")
    subprocess.run(["sync"])
    tfile = log.with_suffix(".time")
    with open(log, "w") as out:
        proc = subprocess.run([TIME, "-v", "-o", str(tfile), *cmd], cwd=cwd, stdout=out,
                              stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        sys.stderr.write(log.read_text()[-4000:])
        raise SystemExit(f"bench: `{' '.join(cmd)}` failed with exit code {proc.returncode} (log: {log})")
    return parse_time_v(tfile.read_text())


def count_pages(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html"))


def report(name: str, walls: list[float], mems: list[float], out: Path) -> dict:
    pages = count_pages(out)
    wall, mem = statistics.median(walls), statistics.median(mems)
    print(f"   {name}: median {wall:.2f} s wall, {pages / wall:,.0f} pages/s, peak {mem:.0f} MB "
          f"({pages} HTML files)")
    return {"wall_s": wall, "max_rss_mb": mem, "pages": pages, "pages_per_s": pages / wall,
            "runs_wall_s": walls, "runs_max_rss_mb": mems}


def measure(tools: list[dict], runs: int, bench: Path) -> dict:
    """Runs every tool once per round, `runs` rounds, alternating, so that neither tool always
    runs on a busier or fresher disk than the other."""
    walls: dict[str, list[float]] = {t["name"]: [] for t in tools}
    mems: dict[str, list[float]] = {t["name"]: [] for t in tools}
    for k in range(1, runs + 1):
        for t in tools:
            wall, mem = timed(t["cmd"], t["cwd"], t["clean"], bench / f"{t['name']}-{k}.log")
            walls[t["name"]].append(wall)
            mems[t["name"]].append(mem)
            print(f"   {t['name']} run {k}: {wall:.2f} s, {mem:.0f} MB")
    return {t["name"]: report(t["name"], walls[t["name"]], mems[t["name"]], t["out"]) for t in tools}


def file_system_floor(bench: Path, n_pages: int, runs: int) -> float:
    """Seconds to create n_pages folders with one 10 KB index.html each on this disk, cold, with nothing
    else: the part of a build no generator can avoid here. Median of `runs`."""
    floor = bench / "out-floor"
    trash = bench / "trash"
    trash.mkdir(exist_ok=True)
    data = b"x" * 10_240
    times = []
    for k in range(runs):
        if floor.exists():
            floor.rename(trash / f"out-floor-{time.monotonic_ns()}")
        subprocess.run(["sync"])
        start = time.perf_counter()
        floor.mkdir()
        for i in range(n_pages):
            page = floor / f"p{i:05d}"
            page.mkdir()
            (page / "index.html").write_bytes(data)
        times.append(time.perf_counter() - start)
    floor.rename(trash / f"out-floor-{time.monotonic_ns()}")
    return statistics.median(times)


# --------------------------------------------------------------------------------------------
# Search: buurtsite's index against Pagefind on the same output

VENV_PYTHON = REPO / ".venv" / "bin" / "python"


def pagefind_runs(site_folder: Path, runs: int, bench: Path, name: str) -> dict:
    """Pagefind (PyPI pagefind-bin, in the venv) indexing one site folder, `runs` times, its bundle removed first."""
    bundle = site_folder / "pagefind"
    walls, mems = [], []
    for k in range(1, runs + 1):
        wall, mem = timed([str(VENV_PYTHON), "-m", "pagefind_bin", "--site", str(site_folder),
                           "--output-subdir", "pagefind"], bench, [bundle], bench / f"{name}-{k}.log")
        walls.append(wall)
        mems.append(mem)
        print(f"   {name} run {k}: {wall:.2f} s, {mem:.0f} MB")
    files = [p for p in bundle.rglob("*") if p.is_file()]
    return {"wall_s": statistics.median(walls), "max_rss_mb": statistics.median(mems), "runs_wall_s": walls,
            "runs_max_rss_mb": mems, "files": len(files), "bytes": sum(p.stat().st_size for p in files)}


def search_figures(args, bench: Path, results: dict) -> dict:
    """The goal table of the search: Pagefind on the same output (the buurt site without our search), our index,
    both measured in headless Chromium; and buurtsite with search against Hugo + Pagefind."""
    if not VENV_PYTHON.exists():
        raise SystemExit("bench: .venv/bin/python not found (make venv): it runs Pagefind and the browser")
    version = subprocess.run([str(VENV_PYTHON), "-m", "pagefind_bin", "--version"], capture_output=True,
                             text=True).stdout.strip()
    print(f"\nSearch: {version} (PyPI pagefind-bin) on the same 10,000 pages, {args.runs}× each")
    plain, searched = results["buurtsite"], results["buurtsite+search"]
    site_folder = bench / "out-buurtsite" / "bench"
    pf = pagefind_runs(site_folder, args.runs, bench, "pagefind")
    pf_hugo = None
    if "hugo" in results:
        pf_hugo = pagefind_runs(bench / "hugo" / "public" / "bench", args.runs, bench, "pagefind-hugo")
    index = bench / "out-search" / "bench" / "zoeken" / "index"
    ours_files = [p for p in index.iterdir() if p.is_file()]
    print("   measuring both in headless Chromium …", flush=True)
    probe = subprocess.run([str(VENV_PYTHON), str(REPO / "scripts" / "bench_search.py"),
                            "--ours", str(bench / "out-search"), "--pagefind", str(bench / "out-buurtsite"),
                            "--site", "bench/"], capture_output=True, text=True)
    if probe.returncode != 0:
        raise SystemExit("bench: scripts/bench_search.py failed:\n" + probe.stdout[-3000:] + probe.stderr[-3000:])
    browser = json.loads(probe.stdout)
    ours, theirs = browser["ours"], browser["pagefind"]

    kib = lambda b: b / 1024  # noqa: E731
    time_added = searched["wall_s"] / plain["wall_s"] - 1
    memory_added = searched["max_rss_mb"] - plain["max_rss_mb"]
    goals = {
        "index files ≤ 500": len(ours_files) <= 500,
        "first query ≤ 60 KiB": ours["first_query_gzip_bytes"] <= 60 * 1024,
        "largest file ≤ 32 KiB": ours["largest_fetched_gzip_bytes"] <= 32 * 1024,
        "build with search ≤ 1/4 of Pagefind's indexing": searched["wall_s"] <= pf["wall_s"] / 4,
        "index adds ≤ 25 % time": time_added <= 0.25,
        "index adds ≤ 100 MB": memory_added <= 100,
        "query p95 ≤ 50 ms": ours["query_ms_p95"] <= 50,
    }
    rows = [
        ("index files", f"{pf['files']:,}", f"{len(ours_files):,}", "≤ 500"),
        ("first query, gzip incl. script", f"{kib(theirs['first_query_gzip_bytes']):.0f} KiB",
         f"{kib(ours['first_query_gzip_bytes']):.0f} KiB", "≤ 60 KiB"),
        ("largest file one query fetches", f"{kib(theirs['largest_fetched_gzip_bytes']):.0f} KiB",
         f"{kib(ours['largest_fetched_gzip_bytes']):.0f} KiB", "≤ 32 KiB"),
        ("indexing / whole build with index", f"{pf['wall_s']:.2f} s", f"{searched['wall_s']:.2f} s",
         f"≤ {pf['wall_s'] / 4:.2f} s (1/4)"),
        ("peak memory", f"{pf['max_rss_mb']:.0f} MB", f"{searched['max_rss_mb']:.0f} MB", ""),
        ("build without → with search, time", "", f"{plain['wall_s']:.2f} → {searched['wall_s']:.2f} s "
         f"({time_added * 100:+.0f} %)", "≤ +25 %"),
        ("build without → with search, memory", "", f"{plain['max_rss_mb']:.0f} → {searched['max_rss_mb']:.0f} MB "
         f"({memory_added:+.0f} MB)", "≤ +100 MB"),
        ("query in the browser, files loaded, p95", f"{theirs['query_ms_p95']:.1f} ms",
         f"{ours['query_ms_p95']:.1f} ms", "≤ 50 ms"),
        ("index size on disk", f"{pf['bytes'] / 2**20:.1f} MB",
         f"{sum(p.stat().st_size for p in ours_files) / 2**20:.1f} MB", ""),
    ]
    print(f"\n   {'measure':<42}{'Pagefind':>14}{'buurtsite':>28}   goal")
    for name, a, b, goal in rows:
        print(f"   {name:<42}{a:>14}{b:>28}   {goal}")
    if pf_hugo and "hugo" in results:
        hugo = results["hugo"]
        peer_wall = hugo["wall_s"] + pf_hugo["wall_s"]
        peer_mem = max(hugo["max_rss_mb"], pf_hugo["max_rss_mb"])
        print(f"\n   searchable site: buurtsite with search {searched['wall_s']:.2f} s, {searched['max_rss_mb']:.0f} MB"
              f" against Hugo + Pagefind {hugo['wall_s']:.2f} + {pf_hugo['wall_s']:.2f} = {peer_wall:.2f} s,"
              f" {peer_mem:.0f} MB peak (ratio {searched['wall_s'] / peer_wall:.2f} time,"
              f" {searched['max_rss_mb'] / peer_mem:.2f} memory)")
    print()
    for goal, met in goals.items():
        print(f"   {goal}: {'MET' if met else 'MISSED'}")
    return {"pagefind_version": version, "pagefind": {**pf, **theirs}, "pagefind_on_hugo": pf_hugo,
            "ours": {**ours, "files": len(ours_files),
                     "bytes": sum(p.stat().st_size for p in ours_files)},
            "build_time_added": time_added, "build_memory_added_mb": memory_added, "goals": goals,
            "all_goals_met": all(goals.values())}


# --------------------------------------------------------------------------------------------
# Feature scenarios: the sociale kaart, the toolkit and the agenda at the scale of a large municipality

N_BUURTEN = 20
CATEGORIES = ["zorg", "geld", "wonen", "ontmoeten", "taal", "mantelzorg", "vervoer", "repareren"]
AUDIENCES = ["iedereen", "ouderen", "jongeren", "gezinnen", "mantelzorgers", "nieuwkomers"]
TOPIC_SLUGS = ["ontmoeten", "organiseren", "energie", "groen", "veiligheid", "spelen", "wonen", "vervoer"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA"]


def feature_site_yml(kind: str) -> str:
    lines = ["name: Gemeente Benchmark", "cbs_code: GM9999", "theme: default", "base_url: https://bench.example/"]
    if kind == "kaart":
        # What the kaart's open data needs: the province of its addresses, a licence and a contact.
        lines += ["province: Utrecht", "open_data:", "  license: CC0-1.0", "  contact: opendata@bench.example"]
        # The municipality's shared lists, then the kaart's own settings.
        lines += ["categories:"] + [f"  - value: {c}\n    label: {c.capitalize()}" for c in CATEGORIES]
        lines += ["audiences:"] + [f"  - value: {a}\n    label: {a.capitalize()}" for a in AUDIENCES]
        lines += ["kaart:", "  name: Wegwijzer", "  segment: wegwijzer", "  review_interval_days: 365",
                  "  hide_overdue_after_days: 730"]
    elif kind == "agenda":
        lines += ["categories:"] + [f"  - value: {c}\n    label: {c.capitalize()}" for c in CATEGORIES]
        lines += ["audiences:"] + [f"  - value: {a}\n    label: {a.capitalize()}" for a in AUDIENCES]
        lines += ["agenda:", "  name: Agenda", "  segment: agenda", "  weeks: 6"]
    else:
        lines += ["toolkit:", "  name: Toolkit", "  segment: toolkit", "  topics:"]
        lines += [f"    - slug: {t}\n      title: {t.capitalize()}\n      description: Artikelen over {t}." for t in TOPIC_SLUGS]
    return "\n".join(lines) + "\n"


def kaart_entry(i: int, rng: random.Random) -> str:
    buurten = [f"b{k:02d}" for k in range(1, N_BUURTEN + 1)]
    roll = i % 4
    if roll == 0:
        serves = "all"
    elif roll == 3:
        serves = "[" + ", ".join(f"BU9999{k:02d}01" for k in sorted(rng.sample(range(1, N_BUURTEN + 1), rng.randint(2, 6)))) + "]"
    else:
        serves = "[" + ", ".join(sorted(rng.sample(buurten, rng.randint(3, 10)))) + "]"
    kind = "formeel" if i % 3 == 0 else "informeel"
    day = rng.choice(DAYS)
    schedule = (f"  - freq: weekly\n    byday: [{day}]\n    opens_at: \"09:00\"\n    closes_at: \"12:00\"\n" if i % 2 else
                f"  - freq: monthly\n    byday: [{rng.choice(['1', '2', '3', '-1'])}{day}]\n    opens_at: \"14:00\"\n    closes_at: \"16:30\"\n")
    location = (f"locations:\n  - name: Buurthuis {title_words(rng, 1)}\n    address: {title_words(rng, 1)}straat {i % 120 + 1}\n"
                f"    postcode: 99{i % 90 + 10} AB\n    place: Benchmark\n    accessibility: Rolstoeltoegankelijk.\n")
    # Checked before the build date (2026-11-22), one in ten long enough ago to be overdue.
    reviewed = f"2026-{(i % 10) + 1:02d}-{(i % 28) + 1:02d}" if i % 10 else "2025-03-03"
    return (f"---\nname: {title_words(rng, 3)} {i}\nsummary: {json.dumps(sentence(rng, []), ensure_ascii=False)}\nkind: {kind}\n"
            f"categories: [{', '.join(sorted(rng.sample(CATEGORIES, rng.randint(1, 2))))}]\n"
            f"audiences: [{', '.join(sorted(rng.sample(AUDIENCES, rng.randint(1, 2))))}]\n"
            f"organization:\n  name: Stichting {title_words(rng, 2)}\n  website: https://org{i}.example.nl/\n"
            f"{location}contact:\n  phone: 0999 {100000 + i}\n  email: info{i}@example.nl\n"
            f"schedules:\n{schedule}serves: {serves}\nreviewed: {reviewed}\nowner: beheer{i % 17}@example.nl\n---\n\n"
            + "\n\n".join(paragraph(rng, []) for _ in range(2)) + "\n")


def agenda_activity(i: int, rng: random.Random, shared: bool) -> str:
    """An activity of the bench's build week (the build is on Sunday 22 November 2026): weekly, every other week,
    an nth weekday of the month or a one-off, some with cancelled, moved or extra dates."""
    roll = i % 20
    day = rng.choice(DAYS)
    start = rng.choice(["09:30", "10:00", "13:30", "14:00", "19:00", "19:30"])
    end = {"09:30": "11:30", "10:00": "12:00", "13:30": "15:30", "14:00": "16:30", "19:00": "21:00", "19:30": "22:00"}[start]
    if roll < 10:
        when = f"schedule:\n  freq: weekly\n  byday: [{day}]\n  start: \"{start}\"\n  end: \"{end}\"\n"
    elif roll < 12:
        when = (f"schedule:\n  freq: weekly\n  interval: 2\n  byday: [{day}]\n  start: \"{start}\"\n  end: \"{end}\"\n"
                f"  valid_from: 2026-09-0{rng.randint(1, 7)}\n")
    elif roll < 16:
        when = (f"schedule:\n  freq: monthly\n  byday: [{rng.choice(['1', '2', '3', '4', '-1'])}{day}]\n"
                f"  start: \"{start}\"\n  end: \"{end}\"\n")
    elif roll < 19:
        date = f"2026-{rng.choice(['11', '12'])}-{rng.randint(1, 28):02d}"
        when = f"date: {date}\nstart: \"{start}\"\nend: \"{end}\"\n"
    else:
        when = f"date: 2026-12-{rng.randint(1, 27):02d}\nend_date: 2026-12-28\nall_day: true\n"
    if roll in (0, 1, 2):
        # A weekly one with a cancelled date, a moved one and an extra one, on and off the days of its rule.
        import datetime as dt
        first = dt.date(2026, 11, 23) + dt.timedelta(days=(DAYS.index(day) - dt.date(2026, 11, 23).weekday()) % 7)
        cancelled, moved = first + dt.timedelta(days=7 * rng.randint(1, 3)), first + dt.timedelta(days=7 * 4)
        when += (f"cancelled:\n  - date: {cancelled}\n    reason: Vakantie\n"
                 f"moved:\n  - from: {moved}\n    to: {moved + dt.timedelta(days=1)}\n"
                 f"extra:\n  - date: {moved + dt.timedelta(days=2)}\n")
    serves = ""
    if shared:
        serves = "serves: all\n" if i % 8 == 0 else (
            "serves: [" + ", ".join(sorted(rng.sample([f"b{k:02d}" for k in range(1, N_BUURTEN + 1)], rng.randint(2, 6)))) + "]\n")
    return (f"---\ntitle: {title_words(rng, 2)} {i}\nsummary: {json.dumps(sentence(rng, []), ensure_ascii=False)}\n"
            f"categories: [{', '.join(sorted(rng.sample(CATEGORIES, rng.randint(1, 2))))}]\n"
            f"audiences: [{', '.join(sorted(rng.sample(AUDIENCES, rng.randint(1, 2))))}]\n{serves}"
            f"organiser: Stichting {title_words(rng, 2)}\n"
            f"location:\n  name: Buurthuis {title_words(rng, 1)}\n  address: {title_words(rng, 1)}straat {i % 120 + 1}\n"
            f"  postcode: 99{i % 90 + 10} AB\n  place: Benchmark\n"
            f"cost: Gratis\n{when}reviewed: 2026-{(i % 10) + 1:02d}-{(i % 28) + 1:02d}\nowner: agenda{i % 17}@example.nl\n---\n\n"
            + paragraph(rng, []) + "\n")


def toolkit_article(i: int, rng: random.Random) -> str:
    body = []
    for h in range(rng.randint(3, 6)):
        body.append(f"## {title_words(rng, rng.randint(2, 4))}")
        body.extend(paragraph(rng, []) for _ in range(rng.randint(1, 3)))
    return (f"---\ntitle: {title_words(rng, 3)} {i}\ntopic: {TOPIC_SLUGS[i % len(TOPIC_SLUGS)]}\n"
            f"summary: {json.dumps(sentence(rng, []), ensure_ascii=False)}\ndate: 2026-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}\n"
            f"author: Bewoners van {title_words(rng, 1)}\n---\n\n" + "\n\n".join(body) + "\n")


def generate_feature(bench: Path, kind: str, count: int) -> Path:
    """A municipality of N_BUURTEN buurten with `count` kaart entries or toolkit articles, all in the
    municipality-wide folder: each buurt site renders what serves it (kaart) or everything (toolkit)."""
    site = bench / f"site-{kind}"
    stamp = site / ".generated"
    key = json.dumps({"kind": kind, "count": count, "seed": SEED, "generator": _generator_hash()})
    if not (stamp.exists() and stamp.read_text() == key):
        print(f"Generating {kind}: {count} items for {N_BUURTEN} buurten in {shown(site)} …")
        shutil.rmtree(site, ignore_errors=True)
        (site / "content").mkdir(parents=True)
        (site / "site.yml").write_text(feature_site_yml(kind))
        for k in range(1, N_BUURTEN + 1):
            folder = site / "content" / "buurten" / f"b{k:02d}"
            (folder / "pages").mkdir(parents=True)
            (folder / "buurt.yml").write_text(f"name: Buurt {k:02d}\ntagline: x\nbase_url: https://bench.example/b{k:02d}/\n"
                                              f"cbs_codes: [BU9999{k:02d}01]\n")
            (folder / "pages" / "over.md").write_text("---\ntitle: Over ons\n---\nDe buurt.\n")
        rng = random.Random(SEED)
        items = site / "content" / kind
        items.mkdir()
        for i in range(1, count + 1):
            if kind == "agenda":
                # A quarter municipality-wide, the rest in the buurten's own folders, round the buurten.
                shared = i % 4 == 0
                own = i - i // 4  # how many of the buurten's own activities so far, this one included
                folder = items if shared else site / "content" / "buurten" / f"b{own % N_BUURTEN + 1:02d}" / "agenda"
                folder.mkdir(exist_ok=True)
                (folder / f"{kind}-{i:05d}.md").write_text(agenda_activity(i, rng, shared))
                continue
            text = kaart_entry(i, rng) if kind == "kaart" else toolkit_article(i, rng)
            (items / f"{kind}-{i:05d}.md").write_text(text)
        stamp.write_text(key)
    shutil.rmtree(site / "themes", ignore_errors=True)
    shutil.copytree(REPO / "themes" / "default", site / "themes" / "default")
    return site


def measure_feature(binary: Path, bench: Path, kind: str, count: int, runs: int) -> dict:
    site = generate_feature(bench, kind, count)
    out = bench / f"out-{kind}"
    cmd = [str(binary), "build", "--root", str(site), "--output", str(out), "--today", "2026-11-22"]
    walls, mems = [], []
    for k in range(1, runs + 1):
        wall, mem = timed(cmd, site, [out], bench / f"{kind}-{k}.log")
        walls.append(wall)
        mems.append(mem)
        print(f"   {kind} run {k}: {wall:.2f} s, {mem:.0f} MB")
    result = report(kind, walls, mems, out)
    segment = {"kaart": "wegwijzer", "agenda": "agenda"}.get(kind, "toolkit")
    per_buurt = [sum(1 for _ in (out / f"b{k:02d}" / segment).rglob("index.html")) for k in range(1, N_BUURTEN + 1)]
    result.update(items=count, buurten=N_BUURTEN, pages_per_buurt_median=statistics.median(per_buurt),
                  files=sum(1 for p in out.rglob("*") if p.is_file()),
                  output_mb=sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 2**20)
    print(f"   {kind}: {count} items, {N_BUURTEN} buurten, median {result['pages_per_buurt_median']:.0f} {segment} pages per buurt, "
          f"{result['files']:,} files, {result['output_mb']:.0f} MB output")
    return result


# ext4 without a journal (as on this VM) skips inodes freed in the last 60 s, or 360 s while their
# inode table block is dirty, when it allocates new ones: creating 10,000 folders right after a bench
# deleted 200,000 files takes several times longer, and more so for the faster tool, whose time is
# mostly the file system then. So a bench deletes its old output only at its very end, and the next
# one waits until that clean-up is that long ago.
CLEANED_STAMP = "cleaned-at"
SETTLE_SECONDS = 370


def settle(bench: Path) -> None:
    stamp = bench / CLEANED_STAMP
    try:
        cleaned = float(stamp.read_text())
    except (OSError, ValueError):
        return
    wait = cleaned + SETTLE_SECONDS - time.time()
    if wait > 0:
        print(f"The previous bench deleted its output {SETTLE_SECONDS - wait:.0f} s ago; waiting {wait:.0f} s more, "
              f"as the file system creates files slowly for a few minutes after a mass delete (--no-settle skips this).",
              flush=True)
        time.sleep(wait)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", type=Path, default=REPO / ".build" / "release" / "buurtsite")
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", type=Path, default=REPO / ".bench")
    ap.add_argument("--skip-hugo", action="store_true")
    ap.add_argument("--skip-buurtsite", action="store_true")
    ap.add_argument("--skip-search", action="store_true", help="no search figures (no Pagefind, no browser)")
    ap.add_argument("--generate-only", action="store_true")
    ap.add_argument("--kaart-entries", type=int, default=2_000, help="kaart scenario: entries shared by 20 buurten (0 skips it)")
    ap.add_argument("--toolkit-articles", type=int, default=500, help="toolkit scenario: articles shared by 20 buurten (0 skips it)")
    ap.add_argument("--agenda-activities", type=int, default=2_000, help="agenda scenario: activities over 20 buurten (0 skips it)")
    ap.add_argument("--features-only", action="store_true", help="run only the kaart, toolkit and agenda scenarios")
    ap.add_argument("--skip-serve", action="store_true", help="no `buurtsite serve` latencies (scripts/bench_serve.py)")
    ap.add_argument("--no-settle", action="store_true",
                    help="do not wait for the file system to settle after the previous run's clean-up")
    args = ap.parse_args()

    bench = args.dir.resolve()
    bench.mkdir(parents=True, exist_ok=True)
    site = generate(bench, args.pages)
    if args.generate_only:
        return 0
    if not args.no_settle:
        settle(bench)
    print(f"Machine: {os.cpu_count()} cores; each build {args.runs}× cold (output folder absent), alternating tools, median reported")
    results: dict = {"pages": args.pages, "runs": args.runs, "cores": os.cpu_count()}
    if args.features_only:
        args.skip_hugo = args.skip_buurtsite = True

    tools = []
    if not args.skip_buurtsite:
        binary = args.binary.resolve()
        if not os.access(binary, os.X_OK):
            raise SystemExit(f"bench: {binary} not found: run `swift build -c release` first")
        out = bench / "out-buurtsite"
        print(f"buurtsite: {binary.relative_to(REPO) if binary.is_relative_to(REPO) else binary} build")
        tools.append({"name": "buurtsite", "cmd": [str(binary), "build", "--root", str(site), "--output", str(out)],
                      "cwd": site, "out": out, "clean": [out]})
        if not args.skip_search:
            with_search = search_site(bench, site)
            out_search = bench / "out-search"
            tools.append({"name": "buurtsite+search",
                          "cmd": [str(binary), "build", "--root", str(with_search), "--output", str(out_search)],
                          "cwd": with_search, "out": out_search, "clean": [out_search]})

    if not args.skip_hugo:
        hugo_bin = shutil.which("hugo")
        if not hugo_bin:
            raise SystemExit("bench: hugo not found (make deps-bench)")
        version = subprocess.run([hugo_bin, "version"], capture_output=True, text=True).stdout.strip()
        hugo = setup_hugo(bench, site)
        out = hugo / "public"
        print(f"hugo: {version}")
        tools.append({"name": "hugo", "cmd": [hugo_bin, "--quiet", "--cacheDir", str(hugo / "cache")],
                      "cwd": hugo, "out": out, "clean": [out, hugo / "resources", hugo / "cache"]})

    results.update(measure(tools, args.runs, bench))
    if "hugo" in results:
        results["hugo"]["version"] = version

    floor = file_system_floor(bench, args.pages, args.runs)
    results["file_system_floor_s"] = floor
    print(f"file system alone: {floor:.2f} s to create {args.pages:,} folders with an index.html each (median), "
          f"single-threaded, nothing else")

    ok = True
    if "buurtsite" in results and "hugo" in results:
        ours, theirs = results["buurtsite"], results["hugo"]
        wall_ratio = ours["wall_s"] / theirs["wall_s"]
        mem_ratio = ours["max_rss_mb"] / theirs["max_rss_mb"]
        wall_ok, mem_ok = wall_ratio <= 1 / 3, mem_ratio <= 1 / 4
        ok = wall_ok and mem_ok
        results.update(wall_ratio=wall_ratio, mem_ratio=mem_ratio, wall_goal_met=wall_ok, mem_goal_met=mem_ok)
        print(textwrap.dedent(f"""
            {'':12}{'wall (s)':>10}{'pages/s':>10}{'peak MB':>10}
            {'buurtsite':12}{ours['wall_s']:>10.2f}{ours['pages_per_s']:>10,.0f}{ours['max_rss_mb']:>10.0f}
            {'hugo':12}{theirs['wall_s']:>10.2f}{theirs['pages_per_s']:>10,.0f}{theirs['max_rss_mb']:>10.0f}
            {'ours/hugo':12}{wall_ratio:>10.2f}{'':>10}{mem_ratio:>10.2f}

            wall time   ≤ 1/3 of Hugo's (ratio ≤ 0.33): {'MET' if wall_ok else 'MISSED'}
            peak memory ≤ 1/4 of Hugo's (ratio ≤ 0.25): {'MET' if mem_ok else 'MISSED'}"""))
    if "buurtsite+search" in results:
        search = search_figures(args, bench, results)
        results["search"] = search
        ok = search["all_goals_met"] and ok
    # The kaart, the toolkit and the agenda at the scale of a large municipality: figures only, no peer to compare with.
    binary = args.binary.resolve()
    for kind, count in (("kaart", args.kaart_entries), ("toolkit", args.toolkit_articles), ("agenda", args.agenda_activities)):
        if count > 0:
            items = {"kaart": "entries shared by", "toolkit": "articles shared by", "agenda": "activities over"}[kind]
            print(f"\n{kind} scenario: {count} {items} {N_BUURTEN} buurten")
            results[kind] = measure_feature(binary, bench, kind, count, args.runs)
    # `buurtsite serve`: from a saved change to new bytes in memory (scripts/bench_serve.py).
    if not args.skip_serve and not args.features_only:
        import bench_serve
        results["serve"] = bench_serve.run(binary, bench, site)
        ok = all(results["serve"][key]["goal_met"] for key in ("example", "bench", "theme")) and ok
    # Old output is deleted only now, at the very end (see settle()).
    trash = bench / "trash"
    if trash.exists():
        print(f"\nDeleting old output in {shown(trash)}.")
        shutil.rmtree(trash, ignore_errors=True)
        (bench / CLEANED_STAMP).write_text(f"{time.time():.0f}\n")
    (bench / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nResults in {(bench / 'results.json').relative_to(REPO) if bench.is_relative_to(REPO) else bench / 'results.json'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
