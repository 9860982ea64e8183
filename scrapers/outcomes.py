"""How a response or a download error becomes a :class:`FetchOutcome` and a reason.

Pure functions (no Scrapy objects), so the mapping table is readable in one place and
testable on plain values.
"""

from __future__ import annotations

import email.utils
import ipaddress
import re
import socket
import time
from urllib.parse import urlsplit

from tracker.models import FetchOutcome

_HOME_PATH = re.compile(r"/?((index|default|home)(\.\w+)?)?/?", re.IGNORECASE)
_LOGIN = re.compile(
    r"(?<![a-z])(log[-_]?in|log[-_]?on|sign[-_]?in|sso|auth|oauth2?|authenticate|"
    r"authentication|authorize|saml|cas)(?![a-z])"
)
# Markers of a bot-challenge interstitial (Cloudflare, Incapsula, PerimeterX, captchas).
_CHALLENGE_MARKERS = (
    "cf-browser-verification",
    "cf_chl_",
    "challenge-platform",
    "/cdn-cgi/challenge",
    "checking your browser",
    "checking if the site connection is secure",
    "enable javascript and cookies to continue",
    "attention required! | cloudflare",
    "ddos protection by",
    "_incapsula_resource",
    "request unsuccessful. incapsula",
    "px-captcha",
    "g-recaptcha",
    "h-captcha",
    "hcaptcha.com",
    "verify you are human",
    "verify you are a human",
    "are you a robot",
    "please complete the security check",
)
_CHALLENGE_TITLE = re.compile(
    r"<title[^>]*>\s*(just a moment|access denied|attention required"
    r"|security check|captcha)",
    re.IGNORECASE,
)
_CHALLENGE_MARKERS_BYTES = tuple(m.encode() for m in _CHALLENGE_MARKERS)
_CHALLENGE_TITLE_BYTES = re.compile(_CHALLENGE_TITLE.pattern.encode(), re.IGNORECASE)
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def format_bytes(n: int) -> str:
    """10485760 -> '10 MB', 2048 -> '2 KB', 1000 -> '1000 bytes'."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= size and n % size == 0:
            return f"{n // size} {unit}"
    return f"{n} bytes"


def cap_reason(max_bytes: int) -> str:
    return f"larger than the {format_bytes(max_bytes)} cap"


def is_private_host(host: str | None) -> bool:
    """A loopback, private, link-local or unspecified address, literal or ``localhost``.

    Names are not resolved: the guard is about literal targets that a public page could
    use to reach the crawler's own network.
    """
    if not host:
        return False
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(host)
    except ValueError:
        try:  # the forms resolvers also accept: 127.1, 2130706433, 0x7f000001
            ip = ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_unspecified


def moved_reason(url: str, final_url: str) -> str | None:
    """Why a redirect from ``url`` to ``final_url`` lost the page, or None."""
    if not final_url or final_url == url:
        return None
    start, end = urlsplit(url), urlsplit(final_url)
    if _HOME_PATH.fullmatch(end.path or "/") and not _HOME_PATH.fullmatch(start.path or "/"):
        root = f"{end.scheme}://{end.netloc}/"
        return f"redirected to the site's home page ({root})"
    where = f"{end.path}?{end.query}".lower()
    if _LOGIN.search(where) and end.path.rstrip("/") != start.path.rstrip("/"):
        return f"redirected to a login page ({final_url})"
    return None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def challenge_reason(status: int, headers: dict[str, str], body: bytes) -> str | None:
    """A bot-challenge interstitial in place of the page, or None."""
    if headers.get("cf-mitigated", "").lower() == "challenge":
        return f"bot challenge (HTTP {status}, cf-mitigated: challenge)"
    # looked for in the raw bytes (the markers are ASCII); the text is decoded only when one
    # is there: decoding and searching 64 KB of every page as text cost 0.7 ms a page
    raw = body[:65536]
    low = raw.lower()
    marker = next((m for m in _CHALLENGE_MARKERS_BYTES if m in low), None)
    title = _CHALLENGE_TITLE_BYTES.search(raw) if b"<title" in low else None
    if not marker and not title:
        return None
    sample = raw.decode("utf-8", errors="replace")
    # a real page can carry a captcha'd contact form; an interstitial has little text
    visible = re.sub(r"\s+", " ", _TAGS.sub(" ", sample)).strip()
    if len(visible) > 2000:
        return None
    what = marker.decode() if marker else (title.group(1).decode().lower() if title else "")
    return f"bot challenge page (HTTP {status}, {what!r})"


def status_outcome(status: int) -> tuple[FetchOutcome, str | None]:
    """The outcome of a final HTTP status before the body is looked at."""
    if status == 304:
        return FetchOutcome.NOT_MODIFIED, None
    if 200 <= status < 300:
        return FetchOutcome.FETCHED, None
    if status in (404, 410):
        return FetchOutcome.GONE, f"HTTP {status}"
    if status in (401, 403, 429):
        return FetchOutcome.BLOCKED, f"HTTP {status}"
    return FetchOutcome.FAILED, f"HTTP {status}"


def error_reason(
    exc: BaseException,
    *,
    url: str,
    timeout: float,
    max_bytes: int,
    max_redirects: int,
    redirect_urls: list[str],
) -> tuple[FetchOutcome, str]:
    """The outcome and reason for a download that raised instead of answering."""
    name = type(exc).__name__
    message = str(exc)
    host = urlsplit(url).hostname or url
    if getattr(exc, "scopewatch_reason", None):
        return FetchOutcome.FAILED, str(exc.scopewatch_reason)  # type: ignore[attr-defined]
    if name == "IgnoreRequest":
        if "robots.txt" in message:
            return FetchOutcome.SKIPPED, f"robots.txt disallows {url}"
        if "max redirections" in message:
            loop = len({*redirect_urls, url}) < len(redirect_urls) + 1
            kind = "redirect loop" if loop else f"more than {max_redirects} redirects"
            return FetchOutcome.FAILED, f"{kind} (last at {url})"
        if "DOWNLOAD_MAXSIZE" in message:
            return FetchOutcome.FAILED, cap_reason(max_bytes) + " once decompressed"
        return FetchOutcome.FAILED, f"request dropped: {message}"
    if name == "DownloadCancelledError":
        return FetchOutcome.FAILED, cap_reason(max_bytes)
    if name in ("DownloadTimeoutError", "TimeoutError", "TCPTimedOutError"):
        return FetchOutcome.FAILED, f"timed out after {timeout:g} s"
    if name in ("DownloadConnectionRefusedError", "ConnectionRefusedError"):
        return FetchOutcome.FAILED, f"connection refused by {host}"
    if name in ("CannotResolveHostError", "DNSLookupError"):
        return FetchOutcome.FAILED, f"DNS lookup failed for {host}"
    if name in ("ResponseDataLossError",):
        return FetchOutcome.FAILED, f"response from {host} was cut short (data loss)"
    if name in (
        "DownloadFailedError",
        "ConnectionLost",
        "ConnectionDone",
        "ResponseFailed",
        "ResponseNeverReceived",
        "ConnectError",
        "ConnectionResetError",
    ):
        inner = re.findall(r"twisted\.\w+\.error\.(\w+)", message)
        detail = f" ({', '.join(dict.fromkeys(inner))})" if inner else ""
        reason = f"connection to {host} reset or closed before the response completed{detail}"
        return FetchOutcome.FAILED, reason
    return FetchOutcome.FAILED, f"{name}: {message}"[:300] if message else name
