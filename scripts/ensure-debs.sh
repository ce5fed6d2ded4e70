#!/usr/bin/env bash
# Install the Debian packages named on the command line that are not installed yet.
#
#   scripts/ensure-debs.sh libyaml-dev pkg-config java ...
#
# A package counts as installed when `dpkg -s` says "install ok installed".
# The pseudo-name `java` means "any java on PATH, else default-jre-headless".
# As root: apt-get update && apt-get install -y (noninteractive), only when something is missing.
# Not root: prints the exact sudo command and exits 1.
set -euo pipefail

missing=()
for pkg in "$@"; do
    if [[ "$pkg" == java ]]; then
        command -v java >/dev/null 2>&1 && continue
        pkg=default-jre-headless
    fi
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Missing Debian packages: ${missing[*]}"
if [[ "$(id -u)" != 0 ]]; then
    echo "Install them first (needs root):" >&2
    echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# Another apt run (another engineer, unattended-upgrades) may hold the lock: wait for it.
apt_opts=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
apt-get "${apt_opts[@]}" update -qq
apt-get "${apt_opts[@]}" install -y -qq "${missing[@]}"
