#!/usr/bin/env bash
# The bench's own setup step: what a like-for-like comparison needs beyond the `bench` extra.
#
#   pip install -e ".[bench]" && bash bench/setup.sh
#
# urlwatch reads PDFs with its pdf2text filter, which needs the `pdftotext` module; that
# module builds against poppler's C++ library. From Debian: poppler-utils (the pdftotext
# tool, to check by hand), libpoppler-cpp-dev, pkg-config and a C++ compiler to build the
# module; then the module from PyPI into the Python that runs the bench (PYTHON, default
# .venv/bin/python if there is one, else python3). Needs root (or sudo) for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-}"
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
packages=(poppler-utils libpoppler-cpp-dev pkg-config g++)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "Error: install ${missing[*]} (poppler's C++ library, headers and a compiler) first" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
"$python" -m pip install --quiet "pdftotext>=2.2,<4"
"$python" -c "import pdftotext, urlwatch; print('bench setup: pdftotext', pdftotext.__name__, 'and urlwatch', urlwatch.__version__, 'ready')"
