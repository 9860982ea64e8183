#!/usr/bin/env bash
# The main job, offline: replay every night of the bundled mirror in order (oldest first)
# into a fresh demo database, write each night's change report, and rewrite the article's
# list of states. No network is used after the install step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
sw=.venv/bin/scopewatch
db=data/demo.db
rm -f "$db" "$db-wal" "$db-shm"
for night in data/mirror/*/; do
  echo "== night ${night%/}"
  "$sw" run --db "$db" --replay "${night%/}" --reports reports
done
echo
"$sw" status --db "$db"
echo
echo "== the article's list (our sample article, rewritten into reports/latest/)"
mkdir -p reports/latest
cp docs/article/acupuncture-vs-dry-needling.md reports/latest/article.md
"$sw" article --db "$db" reports/latest/article.md --write || true
shared=../shared/article/acupuncture-vs-dry-needling.txt
if [ -f "$shared" ]; then
  echo
  echo "== the clinic's article (read only): what would change"
  "$sw" article --db "$db" "$shared" || true
fi
echo
echo "database: $db   newest report: reports/latest/change-report.md   overview: reports/latest/index.html"
