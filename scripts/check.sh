#!/usr/bin/env bash
# The quality gates, run by .ci/run before the tests and by pre-commit (.pre-commit-config.yaml):
# lint, formatting, and strict typing of the library and the crawler. Needs the dev extras
# (bash scripts/setup.sh test,dev).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
[ -x "$bin/ruff" ] && [ -x "$bin/mypy" ] || { echo "run: bash scripts/setup.sh test,dev" >&2; exit 2; }
"$bin/ruff" check .
"$bin/ruff" format --check .
"$bin/mypy" --strict tracker scrapers
