"""`buurtsite schema` on the example municipality, checked with PyPI check-jsonschema as an editor would.

1. Every file of the example is valid against its schema: site.yml, every buurt.yml, every theme.yml, and the
   front matter of every Markdown file of every kind (pages, kaart entries, agenda activities, toolkit articles).
2. The schemas and the decoder agree: each unknown key or wrong type that `buurtsite check` refuses is refused by
   the schema too, and check-jsonschema names the path of the wrong key.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BINARY = REPO / ".build" / "debug" / "buurtsite"
CHECKER = REPO / ".venv" / "bin" / "check-jsonschema"

# Which schema the front matter of a Markdown file answers to, by its folder under content/ (or a buurt's folder).
KINDS = {"pages": "page", "kaart": "kaart-entry", "agenda": "agenda-activity", "toolkit": "toolkit-article"}


def copy_example(to: Path) -> Path:
    to.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "site.yml", to / "site.yml")
    shutil.copytree(REPO / "content", to / "content")
    shutil.copytree(REPO / "themes", to / "themes")
    return to


def run(*args, cwd=None):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    """A copy of the example with its schemas in schemas/."""
    if not BINARY.exists():
        pytest.fail(f"{BINARY} not found: run `swift build` first (or `make test`)")
    root = copy_example(tmp_path_factory.mktemp("schema") / "site")
    result = run(BINARY, "schema", "--root", root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def front_matter(markdown: Path) -> str:
    """The YAML between the opening and closing '---' lines."""
    lines = markdown.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].strip() == "---", f"{markdown} has no front matter"
    end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    return "\n".join(lines[1:end]) + "\n"


def kind_of(relative: Path) -> str:
    parts = relative.parts  # content/<folder>/… or content/buurten/<slug>/<folder>/…
    folder = parts[3] if parts[1] == "buurten" else parts[1]
    return KINDS[folder]


def validate(schema: Path, files: list[Path]):
    return run(CHECKER, "--schemafile", schema, *files)


def test_every_file_of_the_example_is_valid_against_its_schema(example, tmp_path):
    config = {
        "site": [example / "site.yml"],
        "buurt": sorted((example / "content" / "buurten").glob("*/buurt.yml")),
        "theme": sorted((example / "themes").glob("*/theme.yml")),
    }
    extracted: dict[str, list[Path]] = {kind: [] for kind in KINDS.values()}
    for markdown in sorted((example / "content").rglob("*.md")):
        relative = markdown.relative_to(example)
        kind = kind_of(relative)
        target = tmp_path / kind / (str(relative).replace("/", "__") + ".yml")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(front_matter(markdown), encoding="utf-8")
        extracted[kind].append(target)
    counts = {}
    for name, files in {**config, **extracted}.items():
        assert files, f"no {name} files in the example"
        result = validate(example / "schemas" / f"{name}.schema.json", files)
        assert result.returncode == 0, f"{name}:\n{result.stdout}{result.stderr}"
        counts[name] = len(files)
    # The example has every kind, and the counts say how much was checked.
    assert counts["site"] == 1 and counts["buurt"] >= 4 and counts["theme"] == 2
    assert sum(counts.values()) == 3 + counts["buurt"] + sum(len(f) for f in extracted.values())
    print("validated:", counts, "total", sum(counts.values()))


def test_the_editor_settings_map_the_config_schemas_to_their_files(example):
    import json

    settings = json.loads((example / ".vscode" / "settings.json").read_text())
    assert settings["yaml.schemas"] == {
        "./schemas/site.schema.json": ["site.yml"],
        "./schemas/buurt.schema.json": ["content/buurten/*/buurt.yml"],
        "./schemas/theme.schema.json": ["themes/*/theme.yml"],
    }


# Each case: a file of the example, a change that the build refuses for an unknown key or a wrong type, and the
# path check-jsonschema must name. (old, new) replaces the first `old` in the file; (None, text) writes it whole.
BUURT = "content/buurten/molenkamp/buurt.yml"
PAGE = "content/pages/privacy.md"
KAART = "content/kaart/zorg/opvoedpunt.md"
TOOLKIT = "content/toolkit/groen/geveltuin-aanleggen/geveltuin-aanleggen.md"
CASES = [
    # buurt.yml
    ("buurt: unknown key", BUURT, ("name:", "nmae:"), "$"),
    ("buurt: unknown key of a connector", BUURT, ("  - name:", "  - naam:"), "$.connectors[0]"),
    ("buurt: cbs_codes not a list", BUURT, ("cbs_codes: [BU99990101, BU99990102]", "cbs_codes: BU99990101"),
     "$.cbs_codes"),
    ("buurt: unknown feature section", BUURT, ("name:", "agendaa: {}\nname:"), "$"),
    ("buurt: unknown key in the toolkit section", BUURT, ("name:", "toolkit: {hide: [groen]}\nname:"),
     "$.toolkit"),
    # site.yml
    ("site: unknown key", "site.yml", ("portal_intro:", "portal_introo:"), "$"),
    ("site: unsafe_html not true/false", "site.yml", ("unsafe_html: false", "unsafe_html: nee"),
     "$.markdown.unsafe_html"),
    ("site: unknown licence", "site.yml", ("license: CC0-1.0", "license: MIT"), "$.open_data.license"),
    ("site: weeks not a number", "site.yml", ("weeks: 6", "weeks: zes"), "$.agenda.weeks"),
    ("site: unknown kaart setting", "site.yml", ("\nkaart:\n", "\nkaart:\n  colour: groen\n"), "$.kaart"),
    ("site: a synonym group of one word", "site.yml", ("[dokter, huisarts]", "[dokter]"), "$.search.synonyms[0]"),
    ("site: search enabled not true/false", "site.yml", ("\nsearch:\n", "\nsearch:\n  enabled: ja\n"),
     "$.search.enabled"),
    # theme.yml
    ("theme: unknown key", "themes/lindeveen/theme.yml", ("extends:", "parent: default\nextends:"), "$"),
    # front matter
    ("page: unknown key", PAGE, ("title:", "titel: x\ntitle:"), "$"),
    ("page: menu not true/false", PAGE, ("title:", "menu: ja\ntitle:"), "$.menu"),
    ("page: order not a whole number", PAGE, ("order: 1", "order: 2.5"), "$.order"),
    ("page: updated not a date", PAGE, ("updated: 2026-02-02", "updated: 2026-13-45"), "$.updated"),
    ("kaart: unknown key", KAART, ("name:", "naam: x\nname:"), "$"),
    ("kaart: unknown kind", KAART, ("kind: formeel", "kind: professioneel"), "$.kind"),
    ("kaart: unknown key of the contact", KAART, ("  phone: 0999 210 350", "  fax: 0999 210 350"),
     "$.contact"),
    ("kaart: latitude not a number", KAART, ("name:", "locations:\n  - latitude: noord\nname:"),
     "$.locations[0].latitude"),
    ("toolkit: an alias that is a full web address", "content/toolkit/ontmoeten/liftkoffie-in-je-flat/"
     "liftkoffie-in-je-flat.md", ("aliases: [toolkit/liftkoffie/]", "aliases: [https://x.nl/liftkoffie/]"),
     "$.aliases[0]"),
    ("page: an alias that is a list", PAGE, ("toc: true", "aliases: [[oud/]]"), "$.aliases[0]"),
    ("toolkit: unknown key", TOOLKIT, ("title:", "titel: x\ntitle:"), "$"),
    ("toolkit: related not a list", TOOLKIT,
     ("related: [insectenhotel-bouwen, buurtmoestuin-beginnen]", "related: {a: b}"), "$.related"),
    ("toolkit: attachment without title", TOOLKIT, ("    title: Voorbeeldbrief", "    titel: Voorbeeldbrief"),
     "$.attachments[0]"),
]


AGENDA = "content/agenda/buurtfeesten/kerstmarkt-oude-dorp.md"
CASES += [
    ("activity: unknown key", AGENDA, ("title:", "titel: x\ntitle:"), "$"),
    ("activity: unknown status", AGENDA, ("title:", "status: misschien\ntitle:"), "$.status"),
    ("activity: all_day not true/false", AGENDA, ("all_day: true", "all_day: soms"), "$.all_day"),
    ("activity: unknown key of the registration", AGENDA, ("title:", "registration: {needed: true}\ntitle:"),
     "$.registration"),
    ("activity: serves an empty list", AGENDA, ("serves: [oude-dorp, molenkamp, BU99990201]", "serves: []"),
     "$.serves"),
    ("activity: serves an unknown buurt", AGENDA, ("serves: [oude-dorp,", "serves: [oude-dorpje,"), "$.serves"),
    ("activity: unknown key of the location", AGENDA, ("  place: Lindeveen", "  plaats: Lindeveen"),
     "$.location"),
]

# The cases of Tests/PipelineTests/BadInputTests.swift that are about an unknown key, a wrong type or a value in
# the wrong form, with the file written as there (into the example's files of the same kind).
BUURT_OWN = "content/buurten/molenkamp/pages/repair-cafe.md"
BAD_INPUT = [
    ("BadInputTests: unknown key", BUURT, "name: Noord Samen\ntaglin: Buren\nbase_url: https://x.nl/noord/\n", "$"),
    ("BadInputTests: wrong type", BUURT_OWN, "---\ntitle: Over\nmenu: misschien\n---\nTekst\n", "$.menu"),
    ("BadInputTests: not a web address", BUURT, "name: Noord Samen\ntagline: Buren\nbase_url: www.testdorp.nl/noord\n",
     "$.base_url"),
    ("BadInputTests: buurtverbinder's e-mail address", BUURT,
     "name: Noord Samen\ntagline: Buren\nbase_url: https://x.nl/noord/\nconnectors:\n  - name: An\n"
     "    email: an@voorbeeld\n", "$.connectors[0].email"),
    ("BadInputTests: slug containing ..", BUURT_OWN, "---\ntitle: Weg\nslug: ../../etc\n---\nTekst\n", "$.slug"),
]
CASES += [(name, relative, (None, text), path) for name, relative, text, path in BAD_INPUT]
CASES.append(("BadInputTests: unknown open-data licence", "site.yml", ("license: CC0-1.0", "license: CC-BY"),
              "$.open_data.license"))


def schema_for(relative: str) -> str:
    if relative == "site.yml":
        return "site"
    if relative.endswith("buurt.yml"):
        return "buurt"
    if relative.endswith("theme.yml"):
        return "theme"
    return kind_of(Path(relative))


@pytest.mark.parametrize("name,relative,change,path", CASES, ids=[case[0] for case in CASES])
def test_what_the_build_refuses_the_schema_refuses_too(example, tmp_path, name, relative, change, path):
    root = copy_example(tmp_path / "site")
    file = root / relative
    old, new = change
    if old is None:  # the whole file
        file.write_text(new, encoding="utf-8")
    else:
        text = file.read_text(encoding="utf-8")
        assert old in text, f"{relative} has no {old!r}"
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    checked = run(BINARY, "check", "--root", root, "--today", "2026-11-22")
    assert checked.returncode == 1, f"the build accepts it:\n{checked.stdout}{checked.stderr}"
    assert relative in checked.stderr

    target = file
    if file.suffix == ".md":
        target = tmp_path / "front-matter.yml"
        target.write_text(front_matter(file), encoding="utf-8")
    validated = validate(example / "schemas" / f"{schema_for(relative)}.schema.json", [target])
    assert validated.returncode == 1, f"the schema accepts it:\n{validated.stdout}"
    assert f"{path}:" in validated.stdout, validated.stdout


def test_an_optional_key_left_empty_is_accepted_by_both(example, tmp_path):
    """`description:` with nothing after it is no description to the build, so the schema allows it too."""
    root = copy_example(tmp_path / "site")
    page = root / "content" / "pages" / "privacy.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("toc: true", "toc:\nslug:", 1), encoding="utf-8")
    checked = run(BINARY, "check", "--root", root, "--today", "2026-11-22")
    assert checked.returncode == 0, checked.stderr
    target = tmp_path / "front-matter.yml"
    target.write_text(front_matter(page), encoding="utf-8")
    assert validate(example / "schemas" / "page.schema.json", [target]).returncode == 0


def test_a_wrong_key_in_buurt_yml_is_named_with_its_path(example, tmp_path):
    root = copy_example(tmp_path / "site")
    buurt = root / BUURT
    buurt.write_text(buurt.read_text(encoding="utf-8").replace("  - name:", "  - naam:", 1), encoding="utf-8")
    result = validate(example / "schemas" / "buurt.schema.json", [buurt])
    assert result.returncode == 1
    assert "$.connectors[0]: Additional properties are not allowed ('naam' was unexpected)" in result.stdout


def test_what_init_and_new_write_is_valid_against_the_schemas(tmp_path):
    """A new municipality's files, and a file of every kind from `new`, answer to the schemas of that municipality."""
    assert run(BINARY, "init", "--root", tmp_path, "gemeente").returncode == 0
    root = tmp_path / "gemeente"
    for args in (["pagina", "--buurt", "centrum", "Over de buurt"], ["kaart", "Taalcafé"],
                 ["activiteit", "--buurt", "centrum", "Koffie-ochtend"], ["toolkit", "Een straatfeest"]):
        made = run(BINARY, "new", *args, cwd=root)
        assert made.returncode == 0, made.stderr
    assert run(BINARY, "schema", cwd=root).returncode == 0
    files = {"site": [root / "site.yml"], "buurt": sorted(root.glob("content/buurten/*/buurt.yml")),
             "theme": sorted(root.glob("themes/*/theme.yml"))}
    for markdown in sorted((root / "content").rglob("*.md")):
        target = tmp_path / "front-matter" / (str(markdown.relative_to(root)).replace("/", "__") + ".yml")
        target.parent.mkdir(exist_ok=True)
        target.write_text(front_matter(markdown), encoding="utf-8")
        files.setdefault(kind_of(markdown.relative_to(root)), []).append(target)
    assert set(files) == {"site", "buurt", "theme", "page", "kaart-entry", "agenda-activity", "toolkit-article"}
    for name, paths in files.items():
        result = validate(root / "schemas" / f"{name}.schema.json", paths)
        assert result.returncode == 0, f"{name}:\n{result.stdout}"
