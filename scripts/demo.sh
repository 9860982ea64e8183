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
cat <<EOF

Done. To look at the results, from $(pwd):

  export SCOPEWATCH_DB=$db
  .venv/bin/scopewatch status                # every state: published beside what the sources say
  .venv/bin/scopewatch status FL             # one state's story: evidence, sources, dates, history
  .venv/bin/scopewatch changes               # the status changes, dated by night
  .venv/bin/scopewatch review list           # what awaits an editor's review
  .venv/bin/scopewatch editors add NAME      # an editor account, to review in the browser
  .venv/bin/scopewatch serve                 # web UI: http://127.0.0.1:8001/scopewatch, review at /-/review

  reports/latest/index.html                  # overview and map (open it in a browser)
  reports/latest/change-report.md            # the newest night's change report
  reports/latest/changes.atom                # feed of status changes
EOF
