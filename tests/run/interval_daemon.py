"""``python -m tests.run.interval_daemon SECONDS DB SOURCES REPORTS LOG_DIR``: the real daemon,
fired by an IntervalTrigger every SECONDS (cron cannot fire more often than once a minute)."""

from __future__ import annotations

import sys
from pathlib import Path

from apscheduler.triggers.interval import IntervalTrigger

from tracker.run.schedule import ScheduleOptions, run_daemon


def main(argv: list[str]) -> int:
    every, db, sources, reports, log_dir = argv
    options = ScheduleOptions(
        db_path=Path(db), sources_path=Path(sources), reports_dir=Path(reports), log_dir=Path(log_dir)
    )
    run_daemon(options, IntervalTrigger(seconds=float(every)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
