# buurtsite — `make site` builds the example municipality into public/, `make test` runs every test.
# Each target installs what it is missing first (Debian packages as root, a Python 3.12 venv).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# apt and SwiftPM each take a lock of their own; swift build is parallel inside
.NOTPARALLEL:
MAKEFLAGS += --no-print-directory

SWIFT        ?= swift
# any python3 runs scripts/bench.py (stdlib only)
BENCH_PYTHON ?= python3
# Python >= 3.12 with the e2e checkers, made by `make venv` (PYTHON=/path/to/python3.12 picks one)
VENV_PY      := .venv/bin/python
OUTPUT       ?= public
# `make test` builds the example site with these flags
E2E_BUILD_FLAGS ?= --strict
E2E_DAY         ?= 2026-11-22

# libstemmer-dev: Snowball's stemmers (the search's Dutch stems, Sources/Engines/CStemmer); zlib1g-dev: the search
# index measures its files gzipped
BUILD_DEBS := libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev libmimalloc-dev libstemmer-dev zlib1g-dev \
              pkg-config
# `java` = keep any java on PATH, else install default-jre-headless (for vnu.jar); wdutch (Dutch word list) and
# nodejs: the parity test of the search's Dutch analysis in Swift and JavaScript (Tests/DutchTextTests); nginx: the
# example served with the configuration of `buurtsite hosting --nginx` (Tests/e2e/test_hosting_nginx.py); apache2: the
# same with the .htaccess files of the build (test_hosting_apache.py)
TEST_DEBS  := chromium chromium-driver poppler-utils java wdutch nodejs nginx apache2
BENCH_DEBS := hugo time

.PHONY: help deps deps-build deps-test deps-bench venv site test test-swift test-e2e test-e2e-init test-ci-examples lint format bench \
	clean distclean

help:
	@echo "make site        build the example municipality into $(OUTPUT)/ (release build)"
	@echo "make test        every test: swift test, then HTML/axe/no-external-requests checks of the example site"
	@echo "make test-e2e-init  the output checks on a municipality made by buurtsite init and new"
	@echo "make lint        check the formatting (.swift-format) and that no line is over 120 characters (code, docs/)"
	@echo "make format      format the Swift code with swift format (.swift-format)"
	@echo "make bench       10,000-page benchmark against Hugo, the search against Pagefind, then kaart (2,000 entries), toolkit (500 articles) and agenda (2,000 activities) for 20 buurten; then 100,000 pages whole and in 4 shards; serve's latencies"
	@echo "make deps        install the missing Debian packages (deps-build, deps-test, deps-bench)"
	@echo "make venv        Python >= 3.12 virtualenv in .venv/ for the output checks"
	@echo "make clean       remove .build/, $(OUTPUT)/ and .bench/ (distclean: also .venv/)"

deps: deps-build deps-test deps-bench

deps-build:
	@scripts/ensure-debs.sh $(BUILD_DEBS)

deps-test:
	@scripts/ensure-debs.sh $(TEST_DEBS)

deps-bench:
	@scripts/ensure-debs.sh $(BENCH_DEBS)

venv:
	@scripts/venv.sh

site: deps-build
	$(SWIFT) build -c release
	.build/release/buurtsite build --root . --output $(OUTPUT)
	@echo
	@echo "The sites are in $(OUTPUT)/ (portal: $(OUTPUT)/index.html; buurt sites: $(OUTPUT)/<buurt>/index.html)."
	@echo "Pretty URLs (molenkamp/) need a web server to browse them; serve the folder and open the address:"
	@echo "  python3 -m http.server -d $(OUTPUT) 8000    → http://localhost:8000/"

test: deps-build deps-test venv
	$(MAKE) lint
	$(MAKE) test-swift
	$(MAKE) test-e2e
	$(MAKE) test-ci-examples

# The CI examples of docs/ci/ against the published schemas of GitHub workflows and .gitlab-ci.yml, as
# check-jsonschema ships them (nothing downloaded).
test-ci-examples: venv
	$(VENV_PY) -m check_jsonschema --builtin-schema vendor.github-workflows docs/ci/github-actions.yml
	$(VENV_PY) -m check_jsonschema --builtin-schema vendor.gitlab-ci docs/ci/gitlab-ci.yml

SWIFT_FILES = Package.swift Sources Tests
# The Markdown of docs/ (long tables are lists there); README.md may keep its long table rows.
DOC_FILES = $(wildcard docs/*.md)

# swift format (part of the Swift toolchain) with .swift-format; it cannot break a long string literal,
# so the line length is checked on its own too.
lint:
	$(SWIFT) format lint --strict --recursive --parallel $(SWIFT_FILES)
	@# bytes, as most tools count them: a line with "→" counts that arrow as three
	@# every text file of Sources/ and Tests/ (Swift, Python, JavaScript, Markdown), not only the Swift ones, and docs/
	@if LC_ALL=C grep -rnIE '^.{121,}' $(SWIFT_FILES) $(DOC_FILES); then \
	   echo "lines of more than 120 characters (above): split them"; exit 1; fi

format:
	$(SWIFT) format format --in-place --recursive --parallel $(SWIFT_FILES)

test-swift:
	$(SWIFT) build
	$(SWIFT) test

# A fresh build of the example, the output checks on it, then pytest: the checker's own tests (it must be
# able to fail) and the feature tests in a real browser (kaart filters, toolkit PDF) on that same build.
# The example is built as on E2E_DAY, so that which kaart entries are overdue does not change with the calendar.
# pytest's temporary folders (tmp_path) are in the same folder: removed with it, kept with it when a test failed.
test-e2e:
	@out="$$(mktemp -d "$${TMPDIR:-/tmp}/buurtsite-e2e.XXXXXX")"; \
	 echo ".build/debug/buurtsite build --root . --output $$out/public --today $(E2E_DAY) $(E2E_BUILD_FLAGS)"; \
	 if .build/debug/buurtsite build --root . --output "$$out/public" --today $(E2E_DAY) $(E2E_BUILD_FLAGS) \
	    && $(VENV_PY) Tests/e2e/check_output.py "$$out/public" \
	    && BUURTSITE_SITE="$$out/public" $(VENV_PY) -m pytest -q -p no:cacheprovider --basetemp "$$out/pytest" \
	       Tests/e2e; then \
	   rm -rf "$$out"; \
	 else \
	   echo "e2e failed; the generated site is kept in $$out/public"; exit 1; \
	 fi
	$(MAKE) test-e2e-init

# What a new municipality's web team starts from passes the same output checks: `init`, then a page of every
# kind from `new` with its draft line taken out (so that it is published), `check --strict`, build, check_output.py.
test-e2e-init:
	@out="$$(mktemp -d "$${TMPDIR:-/tmp}/buurtsite-init.XXXXXX")"; bin="$$PWD/.build/debug/buurtsite"; \
	 echo "buurtsite init $$out/gemeente; new pagina, kaart, activiteit, toolkit; check; build; check_output.py"; \
	 if "$$bin" init --root "$$out" gemeente \
	    && (cd "$$out/gemeente" \
	        && "$$bin" new pagina --buurt centrum "Over de buurt" \
	        && "$$bin" new kaart "Taalcafé in de bibliotheek" \
	        && "$$bin" new activiteit --buurt centrum "Koffie-ochtend" \
	        && "$$bin" new toolkit "Een straatfeest organiseren" \
	        && sed -i '/^draft: true$$/d' $$(find content -name '*.md') \
	        && "$$bin" check --strict \
	        && "$$bin" build --strict --output "$$out/public") \
	    && $(VENV_PY) Tests/e2e/check_output.py "$$out/public"; then \
	   rm -rf "$$out"; \
	 else \
	   echo "e2e of an init'ed municipality failed; it is kept in $$out"; exit 1; \
	 fi

# The search figures run Pagefind (PyPI pagefind-bin) and headless Chromium from the venv.
bench: deps-build deps-bench deps-test venv
	$(SWIFT) build -c release
	@# then builds at scale (scripts/bench_shards.py): 100,000 pages (50 buurten) and a kaart of 2,000 entries,
	@# whole and as 4 shards + merge; it runs also when a goal of bench.py was missed
	status=0; $(BENCH_PYTHON) scripts/bench.py --binary .build/release/buurtsite || status=$$?; \
	 $(BENCH_PYTHON) scripts/bench_shards.py --binary .build/release/buurtsite || status=$$?; exit $$status

clean:
	rm -rf .build $(OUTPUT) .bench

distclean: clean
	rm -rf .venv
