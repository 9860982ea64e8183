#!/usr/bin/env bash
# Create .venv (once) and install scopewatch into it with the given extras, e.g. "test", pinned
# to the tested versions in constraints.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
spec="."
[ -n "$extras" ] && spec=".[$extras]"
.venv/bin/python -m pip install --quiet -c constraints.txt -e "$spec"
