"""`buurtsite serve`'s latency, for `make bench` (scripts/bench.py) or on its own.

From the file-system event of a saved change to the new bytes in the server's memory, as the server measures it
(`serve --timing` prints one JSON line per render): the debounce (events gathered until 20 ms pass without one)
is reported apart from the latency after it. Medians of 20 one-page edits on the example municipality (goal
≤ 50 ms) and on the 10,000-page bench site (goal ≤ 150 ms), and of 5 theme changes on the example (goal ≤ 1 s).
Each edit waits until the complete render that follows a change (search index, sitemaps) is done, so that edits
do not queue behind it.
"""

import json
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOALS = {"example": 50.0, "bench": 150.0, "theme": 1000.0}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`buurtsite serve --timing` on a root; its timing lines as they come."""

    def __init__(self, binary: Path, root: Path, log: Path, today: str = "2026-11-22"):
        self.log = log
        self.handle = log.open("w")
        self.process = subprocess.Popen(
            [str(binary), "serve", "--root", str(root), "--port", str(free_port()), "--today", today, "--timing"],
            stdout=self.handle, stderr=subprocess.STDOUT)
        self.seen = 0
        self.wait_for(lambda line: line.get("kind") == "initial", timeout=600)

    def lines(self) -> list[dict]:
        return [json.loads(line.split(" ", 1)[1]) for line in self.log.read_text().splitlines()
                if line.startswith("serve-timing ")]

    def wait_for(self, matches, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            lines = self.lines()
            for index in range(self.seen, len(lines)):
                if matches(lines[index]):
                    self.seen = index + 1
                    return lines[index]
            if self.process.poll() is not None:
                raise SystemExit("serve stopped:\n" + self.log.read_text()[-3000:])
            time.sleep(0.01)
        raise SystemExit(f"serve: no timing line within {timeout} s:\n" + self.log.read_text()[-3000:])

    def edit(self, path: Path, text: str, relative: str) -> dict:
        """Writes `text` to `path`; returns the change's timing line, after the complete render that follows."""
        path.write_text(text)
        change = self.wait_for(lambda line: line.get("kind") == "change" and relative in line.get("files", []), 120)
        if not change["ok"]:
            raise SystemExit(f"serve: the edit of {relative} broke the build:\n" + self.log.read_text()[-3000:])
        self.wait_for(lambda line: line.get("kind") == "complete", 600)
        return change

    def stop(self):
        self.process.kill()
        self.process.wait()
        self.handle.close()


def summary(changes: list[dict]) -> dict:
    def median(key):
        return round(statistics.median(change[key] for change in changes), 1)
    return {"edits": len(changes), "latency_ms": median("latency_ms"), "debounce_ms": median("debounce_ms"),
            "prepare_ms": median("prepare_ms"), "plan_ms": median("plan_ms"), "render_ms": median("render_ms"),
            "rendered": median("rendered"), "latencies_ms": [change["latency_ms"] for change in changes]}


def page_edits(server: Server, root: Path, relative: str, count: int) -> list[dict]:
    page = root / relative
    original = page.read_text()
    changes = []
    for i in range(count):
        changes.append(server.edit(page, original + f"\nBewerking {i + 1} van de bench.\n", relative))
    page.write_text(original)
    return changes


def copy_example(target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copy2(REPO / "site.yml", target / "site.yml")
    shutil.copytree(REPO / "content", target / "content")
    shutil.copytree(REPO / "themes", target / "themes")
    return target


def run(binary: Path, bench: Path, bench_site: Path, edits: int = 20, theme_edits: int = 5) -> dict:
    results = {}
    example = copy_example(bench / "serve-example")
    server = Server(binary, example, bench / "serve-example.log")
    try:
        results["example"] = summary(
            page_edits(server, example, "content/buurten/molenkamp/pages/boodschappen.md", edits))
        # A theme change: a template every page uses; the pages render again (a Mustache comment: same bytes).
        relative = "themes/default/templates/page.mustache"
        template = example / relative
        original = template.read_text()
        results["theme"] = summary(
            [server.edit(template, original + "{{! bench " + str(i) + " }}\n", relative) for i in range(theme_edits)])
        template.write_text(original)
    finally:
        server.stop()
    server = Server(binary, bench_site, bench / "serve-bench.log")
    try:
        results["bench"] = summary(page_edits(server, bench_site, "content/buurten/bench/pages/p05000.md", edits))
    finally:
        server.stop()
    names = {"example": "one-page edit, example", "bench": "one-page edit, 10,000 pages",
             "theme": "theme change, example"}
    print(f"\nserve: from the file-system event to new bytes in memory (medians; debounce apart)")
    print(f"{'':30}{'latency ms':>11}{'debounce':>10}{'prepare':>9}{'plan':>7}{'render':>8}{'files':>7}  goal")
    for key in ("example", "bench", "theme"):
        r = results[key]
        met = "MET" if r["latency_ms"] <= GOALS[key] else "MISSED"
        r["goal_ms"], r["goal_met"] = GOALS[key], met == "MET"
        print(f"{names[key]:30}{r['latency_ms']:>11.1f}{r['debounce_ms']:>10.1f}{r['prepare_ms']:>9.1f}"
              f"{r['plan_ms']:>7.1f}{r['render_ms']:>8.1f}{r['rendered']:>7.0f}  ≤ {GOALS[key]:.0f} ms {met}")
    return results


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "scripts"))
    import bench as main_bench  # noqa: E402
    directory = (REPO / ".bench").resolve()
    directory.mkdir(exist_ok=True)
    site = main_bench.generate(directory, 10_000)
    run(REPO / ".build" / "release" / "buurtsite", directory, site)
