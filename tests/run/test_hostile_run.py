"""A whole run against a site that mixes every hostile source with good ones.

The crawl layer's own tests (test_crawl.py) check each fault's outcome and reason; this one
checks what the pipeline makes of them: a bounded run, status partial, the good pages
classified, nothing hostile classified or turned into a change, and no orphaned crawler.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.pages import board_page, registry
from tests.site import HOSTS_ENV, PUBLIC_HOST, Route, TestSite, make_pdf

GOOD = "The Board has determined that dry needling is within the scope of practice of physical therapy."
CHALLENGE = (
    "<html><title>Just a moment...</title><body>Checking your browser before accessing. "
    "Enable JavaScript and cookies to continue.</body></html>"
)

HOSTILE = {
    "hang": Route("<p>late</p>", delay=60),
    "reset": Route(reset=True),
    "loop": Route(redirect="/loop2"),
    "random": Route(os.urandom(4096), "text/html"),
    "huge": Route(stream_bytes=11 * 1024 * 1024),
    "badpdf": Route(b"%PDF-1.4\n" + b"\x00\xff" * 200, "application/pdf"),
    "empty": Route("<html><body> </body></html>"),
    "forbidden": Route("no", status=403),
    "toomany": Route("slow down", status=429, headers={"Retry-After": "1"}),
    "challenge": Route(CHALLENGE, status=503),
    "tohome": Route(redirect="/"),
    "tologin": Route(redirect="/login?next=/x"),
    "private": Route("<p>robots say no</p>"),
}


def test_hostile_mix_finishes_partial_and_classifies_the_good(site: TestSite, tmp_path: Path) -> None:
    site.routes["/robots.txt"] = Route("User-agent: *\nDisallow: /private\n", "text/plain")
    site.routes["/good"] = Route(board_page("Board", "Dry needling", GOOD))
    site.routes["/good.pdf"] = Route(
        make_pdf("Rule 4.", "A physical therapist may perform dry needling."), "application/pdf"
    )
    site.routes["/html-as-pdf"] = Route(board_page("Board", "DN", GOOD), "application/pdf")
    site.routes["/pdf-as-html"] = Route(
        make_pdf("A physical therapist may perform dry needling."), "text/html"
    )
    site.routes["/loop2"] = Route(redirect="/loop")
    site.routes["/"] = Route("<p>Welcome</p>")
    site.routes["/login"] = Route("<p>Sign in</p>")
    site.routes["/to-private"] = Route(redirect=site.url("/good"))
    for name, route in HOSTILE.items():
        site.routes[f"/{name}"] = route
    codes = [
        "VT",
        "NH",
        "ME",
        "RI",
        "CT",
        "DE",
        "NJ",
        "NY",
        "PA",
        "OH",
        "MI",
        "IN",
        "IL",
        "WI",
        "MN",
        "IA",
        "MO",
        "KS",
        "NE",
        "SD",
    ]
    entries = [
        ("good-html", "VT", "board_position", "/good", "main"),
        ("good-pdf", "NH", "rule", "/good.pdf", ""),
        ("html-as-pdf", "ME", "board_position", "/html-as-pdf", ""),
        ("pdf-as-html", "RI", "board_position", "/pdf-as-html", ""),
    ]
    entries += [(name, codes[4 + i], "board_position", f"/{name}", "") for i, name in enumerate(HOSTILE)]
    reg = registry(tmp_path / "sources.toml", site, entries)
    text = reg.read_text()
    # one source on a "public" host that redirects to a loopback address
    text += (
        f'\n[[source]]\nid = "public-to-private"\njurisdiction = "IA"\nprofession = "physical_therapist"\n'
        f'authority = "faq"\nboard = "Iowa"\nurl = "{site.url("/to-private", host=PUBLIC_HOST)}"\n'
    )
    reg.write_text(text)

    db = tmp_path / "sw.db"
    env = {**os.environ, HOSTS_ENV[0]: HOSTS_ENV[1]}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tracker",
            "run",
            "--sources",
            str(reg),
            "--db",
            str(db),
            "--reports",
            str(tmp_path / "reports"),
            "--delay",
            "0",
            "--timeout",
            "2",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=150,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "partial" in result.stdout

    conn = sqlite3.connect(db)
    outcomes = dict(conn.execute("select source_id, outcome from checks"))
    good = {"good-html", "good-pdf", "html-as-pdf", "pdf-as-html"}
    assert {k for k, v in outcomes.items() if v == "fetched"} == good
    assert {outcomes[k] for k in ("forbidden", "toomany", "challenge")} == {"blocked"}
    assert outcomes["tohome"] == outcomes["tologin"] == "moved"
    assert outcomes["private"] == "skipped"
    for name in ("hang", "reset", "loop", "random", "huge", "badpdf", "empty", "public-to-private"):
        assert outcomes[name] == "failed", name
    errors = dict(conn.execute("select source_id, error from checks"))
    assert (
        "cap" in errors["huge"] and "timed out" in errors["hang"] and "refused" in errors["public-to-private"]
    )
    classified = {r[0] for r in conn.execute("select source_id from findings")}
    assert classified == good
    statuses = dict(conn.execute("select source_id, status from findings"))
    assert set(statuses.values()) == {"permitted"}
    assert conn.execute("select count(*) from changes").fetchone()[0] == 0
    assert {r[0] for r in conn.execute("select jurisdiction from legality")} == {"VT", "NH", "ME", "RI"}


def test_killing_a_run_leaves_no_process_behind(site: TestSite, tmp_path: Path) -> None:
    """The run crawls in its own process; the worker it starts to read pages (forced here:
    SCOPEWATCH_READ_HERE_FIRST=0) dies with it."""
    site.routes["/slow"] = Route(board_page("Board", "DN", GOOD), delay=30)
    reg = registry(tmp_path / "sources.toml", site, [("slow", "VT", "board_position", "/slow", "main")])
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tracker",
            "run",
            "--sources",
            str(reg),
            "--db",
            str(tmp_path / "sw.db"),
            "--reports",
            str(tmp_path / "r"),
            "--delay",
            "0",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "SCOPEWATCH_READ_HERE_FIRST": "0"},
    )
    deadline = time.monotonic() + 30
    while site.hits["/slow"] < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    children = _children(proc.pid, "multiprocessing.spawn")
    while not children and time.monotonic() < deadline:
        time.sleep(0.1)
        children = _children(proc.pid, "multiprocessing.spawn")
    assert children, "no worker process found"
    # one interpreter: the run fetched /slow itself, with no crawler child beside the worker
    assert _children(proc.pid, "scrapers.runner") == []
    proc.send_signal(signal.SIGKILL)  # the run alone, not its process group
    proc.wait(timeout=10)
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in children)


def _children(parent: int, marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == parent and marker in cmdline:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
