#!/usr/bin/env python3
"""`make bench`, builds at scale: a municipality of 100,000 pages, built whole and in shards.

    python3 scripts/bench_shards.py --binary .build/release/buurtsite [--buurten 50] [--pages-per-buurt 2000]
        [--kaart-entries 2000] [--shards 4] [--scale 5,25,50]

1. Generates (fixed seed, once; reused while the generator is unchanged) under .bench/shards/site/ a municipality of
   --buurten buurten with --pages-per-buurt pages each (bench.py's pages: about 3 KB of Markdown, links to other
   pages of the same buurt) and a sociale kaart of --kaart-entries entries serving them (bench.py's entries), with
   the search on, as a real municipality has it.
2. Builds it whole; then as --shards shards one after another (`build --shard i/n`), each into a folder of its own;
   hard-links the shards' folders into one (what a CI merge job downloads) and runs `buurtsite merge` on it. Each
   step runs under /usr/bin/time -v: wall time and peak memory (maximum resident set size). Then `diff -r` of the
   whole build and the merged union: they must be identical.
3. Scale: the first 5, 25 and 50 buurten of the same pages, search on, no kaart (10,000, 50,000 and 100,000
   pages): wall time and peak memory, and both per 10,000 pages, to show how they grow.

Exits 1 when the union differs from the whole build, when a build fails, or when the peak memory of a
100,000-page build reaches 1 GB. Results: .bench/shards/results.json. The output is deleted at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (bench.py's page and kaart generators and its timing)

REPO = bench.REPO
TODAY = "2026-11-22"
MEMORY_LIMIT_MB = 1024


def site_yml(with_kaart: bool) -> str:
    # bench.py's kaart settings (with the shared categories and audiences); the search is on by default.
    text = bench.feature_site_yml("kaart")
    return text if with_kaart else "\n".join(text.splitlines()[:4]) + "\n"


def generate(root: Path, buurten: int, pages: int, entries: int) -> Path:
    """The municipality of step 1 in root/site; its pages are generated once and hard-linked into the variants."""
    site = root / "site"
    stamp = site / ".generated"
    key = json.dumps({"buurten": buurten, "pages": pages, "entries": entries, "seed": bench.SEED,
                      "generator": bench._generator_hash()})
    if stamp.exists() and stamp.read_text() == key:
        print(f"Using the generated municipality in {bench.shown(site)}")
    else:
        print(f"Generating {buurten} buurten × {pages} pages and {entries} kaart entries in {bench.shown(site)} …",
              flush=True)
        shutil.rmtree(site, ignore_errors=True)
        (site / "content").mkdir(parents=True)
        (site / "site.yml").write_text(site_yml(entries > 0))
        rng = random.Random(bench.SEED)
        for k in range(1, buurten + 1):
            folder = site / "content" / "buurten" / f"b{k:02d}"
            (folder / "pages").mkdir(parents=True)
            (folder / "buurt.yml").write_text(
                f"name: Buurt {k:02d}\ntagline: x\nbase_url: https://bench.example/b{k:02d}/\n"
                f"cbs_codes: [BU9999{k:02d}01]\n")
            for i in range(1, pages + 1):
                (folder / "pages" / f"p{i:05d}.md").write_text(bench.page_markdown(i, pages, rng))
        bench.N_BUURTEN = buurten  # the kaart entries serve these buurten
        (site / "content" / "kaart").mkdir()
        for i in range(1, entries + 1):
            (site / "content" / "kaart" / f"kaart-{i:05d}.md").write_text(bench.kaart_entry(i, rng))
        stamp.write_text(key)
    shutil.rmtree(site / "themes", ignore_errors=True)
    shutil.copytree(REPO / "themes" / "default", site / "themes" / "default")
    return site


def variant(root: Path, site: Path, buurten: int) -> Path:
    """The first `buurten` buurten of the site, without the kaart: hard links, so nothing is copied."""
    target = root / f"scale-{buurten}"
    shutil.rmtree(target, ignore_errors=True)
    (target / "content" / "buurten").mkdir(parents=True)
    (target / "site.yml").write_text(site_yml(False))
    for k in range(1, buurten + 1):
        source = site / "content" / "buurten" / f"b{k:02d}"
        folder = target / "content" / "buurten" / f"b{k:02d}"
        (folder / "pages").mkdir(parents=True)
        os.link(source / "buurt.yml", folder / "buurt.yml")
        for page in (source / "pages").iterdir():
            os.link(page, folder / "pages" / page.name)
    shutil.copytree(site / "themes", target / "themes")
    return target


def run(name: str, cmd: list[str], root: Path, clean: list[Path]) -> dict:
    log = root / ("".join(c if c.isalnum() else "-" for c in name) + ".log")
    wall, mem = bench.timed(cmd, root, clean, log)
    print(f"   {name}: {wall:.2f} s, peak {mem:.0f} MB", flush=True)
    return {"wall_s": wall, "max_rss_mb": mem}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", type=Path, default=REPO / ".build" / "release" / "buurtsite")
    ap.add_argument("--dir", type=Path, default=REPO / ".bench" / "shards")
    ap.add_argument("--buurten", type=int, default=50)
    ap.add_argument("--pages-per-buurt", type=int, default=2_000)
    ap.add_argument("--kaart-entries", type=int, default=2_000)
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--scale", default="5,25,50", help="numbers of buurten of the scale runs (0: none)")
    ap.add_argument("--no-settle", action="store_true", help="do not wait after the previous run's clean-up")
    ap.add_argument("--generate-only", action="store_true")
    args = ap.parse_args()

    binary = args.binary.resolve()
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"bench: {binary} not found: run `swift build -c release` first")
    root = args.dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    site = generate(root, args.buurten, args.pages_per_buurt, args.kaart_entries)
    if args.generate_only:
        return 0
    if not args.no_settle:
        bench.settle(root)
    pages = args.buurten * args.pages_per_buurt
    results: dict = {"buurten": args.buurten, "pages": pages, "kaart_entries": args.kaart_entries,
                     "shards": args.shards, "cores": os.cpu_count()}
    build = [str(binary), "build", "--root", str(site), "--today", TODAY, "--output"]

    print(f"\nWhole: {args.buurten} buurten, {pages:,} pages, {args.kaart_entries:,} kaart entries, search on")
    whole = root / "out-whole"
    results["whole"] = run("whole", build + [str(whole)], root, [whole])
    results["whole"]["html_files"] = bench.count_pages(whole)
    print(f"   {results['whole']['html_files']:,} HTML files")

    print(f"\n{args.shards} shards, one after another, then the merge")
    union = root / "out-union"
    results["shard_runs"] = []
    shard_folders = []
    for index in range(1, args.shards + 1):
        out = root / f"out-shard-{index}"
        figures = run(f"shard {index}/{args.shards}", build + [str(out), "--shard", f"{index}/{args.shards}"],
                      root, [out])
        figures["buurten"] = sum(1 for p in out.iterdir() if p.is_dir() and p.name.startswith("b"))
        results["shard_runs"].append(figures)
        shard_folders.append(out)
    if union.exists():
        (root / "trash").mkdir(exist_ok=True)
        union.rename(root / "trash" / f"out-union-{time.monotonic_ns()}")
    union.mkdir()
    for out in shard_folders:  # hard links: a union without copying a byte
        subprocess.run(["cp", "-al", f"{out}/.", str(union)], check=True)
    results["merge"] = run("merge", [str(binary), "merge", "--root", str(site), "--output", str(union)], root, [])
    same = subprocess.run(["diff", "-r", "-q", str(whole), str(union)], capture_output=True, text=True)
    results["union_equals_whole"] = same.returncode == 0
    print(f"   shards' buurten: {[r['buurten'] for r in results['shard_runs']]}; "
          f"slowest shard {max(r['wall_s'] for r in results['shard_runs']):.2f} s + merge "
          f"{results['merge']['wall_s']:.2f} s; peak {max(r['max_rss_mb'] for r in results['shard_runs']):.0f} MB")
    print("   union of the shards after the merge = the whole build, byte for byte: "
          + ("YES" if results["union_equals_whole"] else "NO\n" + same.stdout[:2000]))

    scale = [int(n) for n in args.scale.split(",") if int(n) > 0]
    results["scale"] = []
    if scale:
        print("\nScale: the first buurten of the same pages, search on, no kaart")
    for buurten in scale:
        source = variant(root, site, buurten)
        out = root / f"out-scale-{buurten}"
        n = buurten * args.pages_per_buurt
        figures = run(f"{n:,} pages", build[:3] + [str(source), "--today", TODAY, "--output", str(out)], root, [out])
        figures.update(pages=n, s_per_10k=figures["wall_s"] / n * 10_000, mb_per_10k=figures["max_rss_mb"] / n * 10_000)
        results["scale"].append(figures)
    if scale:
        print(f"\n{'pages':>10}{'wall (s)':>10}{'s/10k':>8}{'peak MB':>9}{'MB/10k':>8}")
        for r in results["scale"]:
            print(f"{r['pages']:>10,}{r['wall_s']:>10.2f}{r['s_per_10k']:>8.2f}{r['max_rss_mb']:>9.0f}"
                  f"{r['mb_per_10k']:>8.0f}")

    big = [results["whole"]] + [r for r in results["scale"] if r["pages"] >= 100_000]
    results["memory_goal_met"] = all(r["max_rss_mb"] < MEMORY_LIMIT_MB for r in big)
    print(f"\npeak memory of a 100,000-page build < {MEMORY_LIMIT_MB} MB: "
          + ("MET" if results["memory_goal_met"] else "MISSED")
          + " (" + ", ".join(f"{r['max_rss_mb']:.0f} MB" for r in big) + ")")

    trash = root / "trash"
    trash.mkdir(exist_ok=True)
    for out in [whole, union, *shard_folders, *(root / f"out-scale-{b}" for b in scale),
                *(root / f"scale-{b}" for b in scale)]:
        if out.exists():
            out.rename(trash / f"{out.name}-{time.monotonic_ns()}")
    shutil.rmtree(trash, ignore_errors=True)
    (root / bench.CLEANED_STAMP).write_text(f"{time.time():.0f}\n")
    (root / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"Results in {bench.shown(root / 'results.json')}")
    return 0 if results["union_equals_whole"] and results["memory_goal_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
