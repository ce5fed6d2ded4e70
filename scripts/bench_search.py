#!/usr/bin/env python3
"""The browser half of `make bench`'s search figures: run by scripts/bench.py with the venv's python (selenium).

    .venv/bin/python scripts/bench_search.py --ours OUT --pagefind OUT2 --site bench/ [--runs 5]

OUT is buurtsite's output with search; OUT2 an output with a Pagefind bundle in <site>pagefind/. For each, in
headless Chromium over a local HTTP server:
  - first query: a fresh browser loads the search page with ?q=vrijwilligers (ours) or imports pagefind.js and runs
    the same query with its first 5 results' data (Pagefind's own UI shows 5); every script and index file fetched is
    counted at its gzip size (zlib level 6, as servers send it; files that are compressed already count as they are);
  - the largest file any query of QUERIES fetches, gzipped;
  - query time once the files are loaded: each query run once to load, then `--runs` times, p95 in ms.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "Tests" / "e2e"))

import check_output as co  # noqa: E402

# Every path the test server serves, in order: what a page and its workers fetch (Pagefind fetches in a Web Worker,
# whose requests the page's Resource Timing does not list).
SERVED: list[str] = []
co.SiteHandler.log_request = lambda self, code="-", size="-": SERVED.append(self.path)

FIRST = "vrijwilligers"
QUERIES = ["vrijwilligers", "buurthuis", "koffie", "fietsen", "de", "moestuin", "hulp bij de aanvraag",
           "wijkcentrum", "vrijwiliger", "buurtmoestuin", "samen koken", "speeltuin", "lantaarnpaal",
           "zebrapad", "bijeenkomst", "ommetje", "subsidie aanvraag", "veiligheid verkeer", "bomen", "koor"]


def gz_size(path: Path) -> int:
    data = path.read_bytes()
    return min(len(data), len(gzip.compress(data, compresslevel=6, mtime=0)))


def local(root: Path, base: str, url: str) -> Path | None:
    if not url.startswith(base):
        return None
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path).lstrip("/")
    target = root / path
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def resources(driver) -> list[str]:
    """Every address served since the last call (and forgets them)."""
    served = list(SERVED)
    SERVED.clear()
    return [BASE[0] + path for path in served]


BASE = [""]


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))] if values else float("nan")


def wait_for_status(driver, query: str, timeout: float = 30) -> str:
    end = time.time() + timeout
    while time.time() < end:
        text = driver.execute_script("return document.querySelector('[data-search-status]').textContent")
        if query in text and driver.execute_script("return !document.querySelector('[data-search-results]')"
                                                   ".closest('[hidden]') || /Geen/.test(arguments[0])", text):
            return text
        time.sleep(0.02)
    raise SystemExit(f"bench_search: no results shown for {query!r} within {timeout} s")


def ours(root: Path, site: str, runs: int) -> dict:
    with co.serve(root, co.SiteMap(root, {})) as base:
        BASE[0] = base
        page = f"{base}/{site}zoeken/"
        driver = co.make_driver()
        try:
            resources(driver)
            driver.get(page + "?q=" + urllib.parse.quote(FIRST))
            status = wait_for_status(driver, FIRST)
            # The cards of the first ten results come after the ranking: wait for them.
            end = time.time() + 30
            while time.time() < end and driver.execute_script(
                    "return document.querySelectorAll('[data-search-results] li').length") < min(10, 1):
                time.sleep(0.02)
            time.sleep(0.5)
            fetched = [u for u in resources(driver) if u.endswith(".js") or "/zoeken/index/" in u]
            files = [local(root, base, u) for u in fetched]
            first = sum(gz_size(f) for f in files if f)
            largest = max(gz_size(f) for f in files if f)
            times, ranks = [], []
            for query in QUERIES:
                for k in range(runs + 1):
                    driver.execute_script("performance.clearMeasures();"
                                          "var i = document.querySelector('[data-search-input]');"
                                          "i.value = arguments[0]; i.form.requestSubmit();", query)
                    wait_for_status(driver, query)
                    measures = driver.execute_script(
                        "return performance.getEntriesByType('measure').map(m => [m.name, m.duration])")
                    if k > 0:  # the first run loads the files
                        times += [d for n, d in measures if n == "buurtsite-search-query"]
                        ranks += [d for n, d in measures if n == "buurtsite-search-rank"]
            for url in resources(driver):
                f = local(root, base, url)
                if f and "/zoeken/index/" in url:
                    largest = max(largest, gz_size(f))
            return {"first_query_gzip_bytes": first, "first_query_files": len([f for f in files if f]),
                    "first_query_status": status, "largest_fetched_gzip_bytes": largest,
                    "query_ms_p95": p95(times), "rank_ms_p95": p95(ranks), "query_ms_median": statistics.median(times),
                    "queries": len(QUERIES), "runs": runs}
        finally:
            driver.quit()


PAGEFIND_SCRIPT = """
const done = arguments[arguments.length - 1];
(async () => {
  const pf = await import(arguments[0]);
  await pf.init();
  const s = await pf.search(arguments[1]);
  const data = await Promise.all(s.results.slice(0, 5).map(r => r.data()));
  done({count: s.results.length, titles: data.map(d => d.meta.title)});
})().catch(e => done({error: String(e)}));
"""

PAGEFIND_TIMED = """
const done = arguments[arguments.length - 1];
(async () => {
  const pf = await import(arguments[0]);
  const times = [];
  for (const q of arguments[1]) {
    let s = await pf.search(q);
    await Promise.all(s.results.slice(0, 5).map(r => r.data()));
    for (let k = 0; k < arguments[2]; k++) {
      const t = performance.now();
      s = await pf.search(q);
      times.push(performance.now() - t);
    }
  }
  done(times);
})().catch(e => done({error: String(e)}));
"""


def pagefind(root: Path, site: str, runs: int) -> dict:
    with co.serve(root, co.SiteMap(root, {})) as base:
        BASE[0] = base
        driver = co.make_driver()
        try:
            driver.set_script_timeout(300)
            driver.get(f"{base}/{site}")
            resources(driver)  # the page itself is not the search's
            script = f"{base}/{site}pagefind/pagefind.js"
            result = driver.execute_async_script(PAGEFIND_SCRIPT, script, FIRST)
            if "error" in result:
                raise SystemExit(f"bench_search: Pagefind failed: {result['error']}")
            time.sleep(0.5)
            files = [local(root, base, u) for u in resources(driver) if "/pagefind/" in u]
            first = sum(gz_size(f) for f in files if f)
            largest = max(gz_size(f) for f in files if f)
            times = driver.execute_async_script(PAGEFIND_TIMED, script, QUERIES, runs)
            if isinstance(times, dict):
                raise SystemExit(f"bench_search: Pagefind failed: {times['error']}")
            for url in resources(driver):
                f = local(root, base, url)
                if f and "/pagefind/" in url:
                    largest = max(largest, gz_size(f))
            return {"first_query_gzip_bytes": first, "first_query_files": len([f for f in files if f]),
                    "first_query_results": result["count"], "largest_fetched_gzip_bytes": largest,
                    "query_ms_p95": p95(times), "query_ms_median": statistics.median(times)}
        finally:
            driver.quit()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ours", type=Path, required=True)
    ap.add_argument("--pagefind", type=Path)
    ap.add_argument("--site", default="bench/")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    out = {"ours": ours(args.ours, args.site, args.runs)}
    if args.pagefind:
        out["pagefind"] = pagefind(args.pagefind, args.site, args.runs)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
