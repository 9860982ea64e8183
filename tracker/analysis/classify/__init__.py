"""Classify a page's text: is dry needling permitted, prohibited or unaddressed?

The public entry points are :func:`classify_text` and, for local files, :func:`classify_file`;
the phrasings it knows are the rows of :mod:`tracker.analysis.classify.rules`, and the meaning of
``confidence`` is documented in :mod:`tracker.analysis.classify.engine`.
"""

from __future__ import annotations

from pathlib import Path

from tracker.analysis.classify.engine import classify_text
from tracker.errors import UsageError
from tracker.models import Finding, Profession

__all__ = ["classify_file", "classify_text"]


def classify_file(path: Path, profession: Profession, *, board: str | None = None) -> Finding:
    """Classify a local HTML, PDF or text file, extracted as the crawler extracts pages."""
    from tracker.fetch.extract import ExtractError, extract_text

    try:
        body = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = extract_text(body, url=Path(path).name)
    except ExtractError as exc:
        raise UsageError(f"{path}: {exc}") from None
    return classify_text(text, profession, board=board)
