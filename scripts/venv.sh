#!/usr/bin/env bash
# Create or refresh .venv/ (Python >= 3.12) with Tests/e2e/requirements.txt.
#
# Skips all work when .venv/.stamp holds the hash of the requirements file and the python
# that made it still runs. Set PYTHON=/path/to/python3.12 to choose the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv
req=Tests/e2e/requirements.txt
stamp="$venv/.stamp"

ok_python() { # a python >= 3.12 with venv+ensurepip, quietly
    "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1
}

want="$(sha256sum "$req" | cut -d' ' -f1)"
if [[ -x "$venv/bin/python" ]] && ok_python "$venv/bin/python" \
    && [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    exit 0
fi

python=""
candidates=()
[[ -n "${PYTHON:-}" ]] && candidates+=("$PYTHON")
candidates+=(python3.12 python3.13 python3.14 python3)
shopt -s nullglob
candidates+=("$HOME"/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/local/bin/python3.1[2-9] /opt/python*/bin/python3)
shopt -u nullglob
for c in "${candidates[@]}"; do
    # `command -v` is not enough: a pyenv shim exists even when that version is not selected.
    if ok_python "$c"; then
        python="$(command -v "$c" 2>/dev/null || echo "$c")"
        break
    fi
done
if [[ -z "$python" ]]; then
    cat >&2 <<'EOF'
No Python >= 3.12 found (axe-selenium-python 3.x needs it; Debian 12's python3 is 3.11).
Get one, then run make again, e.g.:
  pyenv install 3.12 && export PYTHON="$(pyenv root)/versions/$(pyenv latest 3.12)/bin/python3"
or point PYTHON at any python3.12+ binary.
EOF
    exit 1
fi

echo "Creating $venv with $python ($("$python" --version 2>&1))"
rm -rf "$venv"
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
echo "$want" >"$stamp"
