"""The search's Dutch analysis in a real browser: the `assets/search/dutch-text.js` the example site ships, loaded
into one of its pages in headless Chromium, must answer as Node does (which WordListParityTests holds equal to the
Swift side on the whole word list).

    swift build && .venv/bin/python -m pytest Tests/e2e/test_dutch_text_browser.py

Chromium brings its own ICU and Node uses the system's, so this is where a difference in `normalize`,
`toLowerCase` or the Unicode classes between the two would show: the inputs are every 20th word of wdutch and
every character outside ASCII that Unicode 15.0 assigns (Python 3.12's unicodedata; no private use), each between
two letters.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import check_output as co  # noqa: E402
from conftest import REPO  # noqa: E402

NODE = shutil.which("node") or shutil.which("nodejs")
WORD_LIST = Path("/usr/share/dict/dutch")
pytestmark = [
    pytest.mark.skipif(NODE is None, reason="node not installed (make deps-test)"),
    pytest.mark.skipif(not Path(co.CHROMIUM).exists(), reason=f"{co.CHROMIUM} not found"),
]

# The same answer in both engines: each term as kind:text:stem:start:end, one line per text.
ANSWER = """
function answer(texts) {
  return texts.map(function (text) {
    return DutchText.terms(text).map(function (t) {
      return t.kind + ":" + t.text + ":" + t.stem + ":" + t.start + ":" + t.end;
    }).join(" ");
  });
}
"""


def inputs() -> list[str]:
    assert unicodedata.unidata_version == "15.0.0", unicodedata.unidata_version
    texts = []
    if WORD_LIST.exists():
        words = WORD_LIST.read_text(encoding="utf-8").split("\n")
        texts += [word for word in words[::20] if word]
    for value in range(0x80, 0x110000):
        character = chr(value)
        if unicodedata.category(character) not in ("Cn", "Cs", "Co"):
            texts.append(f"a{character}b Z{character}")
    return texts


def test_the_shipped_script_answers_in_chromium_as_in_node(example_site, site_url, browser, tmp_path):
    # Named after its content, as every asset: dutch-text.<8 hex digits>.js
    shipped = sorted((example_site / "molenkamp" / "assets" / "search").glob("dutch-text.*.js"))
    assert len(shipped) == 1, "every buurt site ships the theme's assets/search/dutch-text.js, named after its content"
    script = shipped[0]
    texts = inputs()

    given = tmp_path / "texts.json"
    given.write_text(json.dumps(texts), encoding="utf-8")
    node_program = (f"const DutchText = require({json.dumps(str(script))});\n{ANSWER}\n"
                    f"const texts = JSON.parse(require('fs').readFileSync({json.dumps(str(given))}, 'utf8'));\n"
                    "process.stdout.write(JSON.stringify(answer(texts)));")
    result = subprocess.run([NODE, "-e", node_program], capture_output=True, text=True, check=True)
    in_node = json.loads(result.stdout)

    # A page of the site, then the script from the site's own assets (what script-src 'self' allows).
    browser.get(f"{site_url}/molenkamp/")
    browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const script = document.createElement("script");
        script.src = arguments[0];
        script.onload = () => done(true);
        script.onerror = () => done(false);
        document.head.appendChild(script);
    """, f"assets/search/{script.name}")
    in_chromium = []
    for start in range(0, len(texts), 20_000):
        in_chromium += browser.execute_script(ANSWER + "return answer(arguments[0]);", texts[start:start + 20_000])

    assert len(in_chromium) == len(texts)
    differ = [(text, node, chromium) for text, node, chromium in zip(texts, in_node, in_chromium) if node != chromium]
    shown = "\n".join(f"{text!r}\n  node:     {node}\n  chromium: {chromium}" for text, node, chromium in differ[:10])
    assert not differ, f"{len(differ)} of {len(texts)} texts differ between Node and Chromium:\n{shown}"
    print(f"dutch-text.js: {len(texts)} texts, Chromium and Node equal")
