"""`scopewatch serve`: Datasette on a real SQLite file, started as a real process, read over HTTP."""

from __future__ import annotations

import csv
import html
import io
import json
import os
import select
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.dbfactory import add_check, two_runs
from tracker.outputs.web import DATABASE, QUERIES, metadata, refresh_jurisdictions
from tracker.store.db import open_db, utcnow


@dataclass
class Server:
    proc: subprocess.Popen[str]
    url: str  # http://127.0.0.1:PORT/scopewatch

    @property
    def root(self) -> str:
        return self.url.rsplit("/", 1)[0]

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.root + path, timeout=10) as resp:
            return resp.read().decode("utf-8")

    def json(self, path: str) -> Any:
        return json.loads(self.get(path))

    def csv(self, path: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(self.get(path))))

    def stop(self) -> tuple[int, str]:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            _, err = self.proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return self.proc.returncode, err


def free_port() -> int:
    """A port nobody listens on now (``serve --port`` takes 1-65535, not 0)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, timeout: float = 30, *extra: str) -> Server:
    """``scopewatch serve --db DB --port N`` as a subprocess; wait for its URL and first answer."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tracker", "serve", "--db", str(db), "--port", str(free_port()), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    deadline = time.monotonic() + timeout
    line = ""
    while time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            break
    if "http://" not in line:
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"serve did not print its URL: {line!r} {out!r} {err!r}")
    server = Server(proc, line.split("web UI: ", 1)[1].split()[0])
    while True:
        try:
            server.get("/-/versions.json")
            return server
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline or proc.poll() is not None:
                server.stop()
                raise
            time.sleep(0.1)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Server]:
    db = two_runs(tmp_path / "sw.db")
    # CA answered a moment ago: fresh, so not stale whatever the day
    add_check(db, 2, "ca-pt-statute", "not_modified", utcnow(), http_status=304)
    db.close()
    server = start_server(tmp_path / "sw.db")
    yield server
    code, err = server.stop()
    assert code == 0, err


def test_metadata_describes_every_column_of_the_schema(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sw.db")
    refresh_jurisdictions(tmp_path / "sw.db")
    tables = metadata()["databases"][DATABASE]["tables"]
    for name in db.table_names():
        if name == "migrations" or "_fts" in name:
            assert tables[name]["hidden"] is True
            continue
        meta = tables[name]
        assert meta["title"] and meta["description"], name
        missing = set(db[name].columns_dict) - set(meta["columns"])
        assert not missing, f"{name}: no description for {sorted(missing)}"
        for key in ("sort", "sort_desc"):
            if key in meta:
                assert meta[key] in db[name].columns_dict, (name, key)
        for facet in meta.get("facets", []):
            assert facet in db[name].columns_dict, (name, facet)


def test_jurisdictions_lookup_is_derived_and_refreshed(tmp_path: Path) -> None:
    two_runs(tmp_path / "sw.db").close()
    assert refresh_jurisdictions(tmp_path / "sw.db") == refresh_jurisdictions(tmp_path / "sw.db")
    db = open_db(tmp_path / "sw.db", create=False)
    rows = {r["jurisdiction"]: r for r in db["jurisdictions"].rows}
    assert rows["CA"]["name"] == "California" and rows["CA"]["core"] == 1
    assert rows["DC"]["name"] == "District of Columbia" and rows["DC"]["core"] == 1
    assert rows["PR"]["core"] == 0
    assert sum(r["core"] for r in rows.values()) == 51


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "serve", "--db", str(tmp_path / "nope.db"), "--port", "8999"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"Error: no database at {tmp_path / 'nope.db'}" in result.stderr
    assert not (tmp_path / "nope.db").exists()


def test_serve_answers_tables_and_downloads(served: Server) -> None:
    assert served.url.startswith("http://127.0.0.1:") and served.url.endswith("/scopewatch")

    rows = served.json("/scopewatch/legality.json?_shape=array")
    assert {(r["jurisdiction"], r["status"]) for r in rows} == {
        ("CA", "prohibited"),
        ("CO", "prohibited"),
        ("NY", "prohibited"),
        ("TX", "permitted"),
        ("WA", "permitted"),
    }
    # the metadata's facets are computed without asking
    data = served.json("/scopewatch/legality.json")
    assert {"status", "profession", "authority", "review_state"} <= set(data["facet_results"])
    statuses = {f["value"]: f["count"] for f in data["facet_results"]["status"]["results"]}
    assert statuses == {"prohibited": 3, "permitted": 2}
    changes = served.json("/scopewatch/changes.json")
    assert {"kind", "review_state", "new_status"} <= set(changes["facet_results"])
    assert [r[0] for r in changes["rows"]] == [3, 2, 1]  # newest first

    table = served.csv("/scopewatch/legality.csv")
    assert list(table[0])[:3] == ["jurisdiction", "profession", "status"]
    assert {r["jurisdiction"] for r in table} == {"CA", "CO", "NY", "TX", "WA"}


def test_serve_shows_titles_descriptions_and_escapes_page_text(served: Server) -> None:
    home = served.get("/")
    assert "scopewatch: dry needling legality" in home
    db_page = served.get("/scopewatch")
    for name, query in QUERIES.items():
        assert f'href="/scopewatch/{name}"' in db_page
        assert query["title"] in html.unescape(db_page)
    table = served.get("/scopewatch/legality")
    assert "Legality: one row per jurisdiction and profession" in table
    assert "The deciding sentence, quoted from the source page" in table  # column description
    changes = served.get("/scopewatch/changes")
    assert "<script>alert" not in changes and "&lt;script&gt;alert" in changes
    meta = served.json("/-/metadata.json")
    assert meta["title"] == "scopewatch: dry needling legality"


def test_canned_queries(served: Server) -> None:
    prohibited = served.csv("/scopewatch/prohibited_states.csv")
    assert list(prohibited[0])[:5] == [
        "jurisdiction",
        "state_name",
        "published_status",
        "sources_say",
        "pending",
    ]
    assert {"evidence", "url", "authority", "effective_date"} <= set(prohibited[0])
    # published: CO's move to prohibited and WA's to permitted both await review
    assert [
        (r["jurisdiction"], r["published_status"], r["sources_say"], r["pending"]) for r in prohibited
    ] == [
        ("CA", "prohibited", "prohibited", ""),
        ("NY", "prohibited", "prohibited", ""),
        ("WA", "prohibited", "permitted", "● awaiting review"),
    ]

    waiting = served.json("/scopewatch/changes_awaiting_review.json?_shape=array")
    assert [(r["id"], r["jurisdiction"], r["kind"], r["review_state"]) for r in waiting] == [
        (1, "CO", "status", "pending"),
        (2, "WA", "status", "pending"),
        (3, "TX", "needs_review", "pending"),
    ]
    assert waiting[2]["note"] == "page gone (404)"  # the legality row's reason when the change has none

    article = served.json("/scopewatch/article_list.json?_shape=array")
    assert [(r["state_name"], r["published_status"], r["sources_say"]) for r in article] == [
        ("California", "prohibited", "prohibited"),
        ("New York", "prohibited", "prohibited"),
        ("Washington", "prohibited", "permitted"),
        ("Colorado", "permitted", "prohibited"),
    ]


def test_full_text_search_over_pages_and_findings(served: Server) -> None:
    hits = served.json("/scopewatch/search.json?_shape=array&q=" + quote('"shall not perform"'))
    kinds = {(r["kind"], r["jurisdiction"]) for r in hits}
    assert ("finding", "CO") in kinds
    assert all("[" in r["snippet"] for r in hits)
    assert served.json("/scopewatch/search.json?_shape=array&q=zyzzyva") == []
    table = served.json("/scopewatch/snapshots.json?_search=needling&_shape=array")
    assert table and all("needling" in r["text"].lower() for r in table)


def test_stale_sources_defaults_to_seven_days(served: Server) -> None:
    default = served.json("/scopewatch/stale_sources.json?_shape=array")
    ids = [r["source_id"] for r in default]
    # FL never succeeded (listed first), the 2024 successes are stale, CA was checked just now
    assert ids[0] == "fl-pt-statute" and default[0]["last_success"] is None
    assert default[0]["last_outcome"] == "failed" and default[0]["last_error"] == "timeout after 30 s"
    assert set(ids) == {"fl-pt-statute", "co-pt-rule-11", "ny-pt-board", "tx-pt-faq", "wa-pt-rule"}
    assert served.json("/scopewatch/stale_sources.json?_shape=array&days=7") == default
    lenient = served.json("/scopewatch/stale_sources.json?_shape=array&days=100000")
    assert [r["source_id"] for r in lenient] == ["fl-pt-statute"]


def test_serve_sees_what_a_run_commits_while_it_is_up(served: Server, tmp_path: Path) -> None:
    before = served.json("/scopewatch/changes_awaiting_review.json?_shape=array")
    db = open_db(tmp_path / "sw.db", create=False)
    db["changes"].update(1, {"review_state": "accepted"})  # what `scopewatch review accept 1` writes
    db.close()
    after = served.json("/scopewatch/changes_awaiting_review.json?_shape=array")
    assert [r["id"] for r in before] == [1, 2, 3] and [r["id"] for r in after] == [2, 3]


def test_serve_refuses_a_port_in_use(tmp_path: Path) -> None:
    two_runs(tmp_path / "sw.db").close()
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "tracker", "serve", "--db", str(tmp_path / "sw.db"), "--port", str(port)],
            check=False,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert (
        f"Error: cannot listen on 127.0.0.1:{port}: Address already in use; pass another --port"
        in result.stderr
    )


def test_csv_downloads_neutralise_formulas(tmp_path: Path) -> None:
    """The web UI's CSV, like `export`, never hands a spreadsheet a formula from page text."""
    db = two_runs(tmp_path / "t.db")
    db.execute("update legality set evidence = ? where jurisdiction = 'CO'", ['=HYPERLINK("http://x.test")'])
    db.conn.commit()
    db.close()
    server = start_server(tmp_path / "t.db")
    try:
        rows = {r["jurisdiction"]: r for r in server.csv("/scopewatch/legality.csv?_size=max")}
        queried = server.csv("/scopewatch.csv?sql=select+evidence+from+legality+where+jurisdiction='CO'")
    finally:
        server.stop()
    assert rows["CO"]["evidence"] == '\'=HYPERLINK("http://x.test")'
    assert queried[0]["evidence"].startswith("'=")
    assert rows["CA"]["evidence"] and not rows["CA"]["evidence"].startswith("'")


def test_foreign_keys_link_rows_in_the_web_ui(served: Server) -> None:
    row = served.get("/scopewatch/legality?jurisdiction=CO")
    assert 'href="/scopewatch/sources/co-pt-rule-11"' in row and 'href="/scopewatch/runs/2"' in row
    changes = served.get("/scopewatch/changes?jurisdiction=CO")
    assert 'href="/scopewatch/runs/2"' in changes and 'href="/scopewatch/sources/co-pt-rule-11"' in changes
