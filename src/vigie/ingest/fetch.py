"""Fetching URLs politely and safely: timeouts, a size cap, an honest user agent,
and no private or loopback addresses unless the caller allows them."""
from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlparse

from vigie import __version__
from vigie.config import setting
from vigie.ingest.decode import ReadError, max_bytes

USER_AGENT = f"vigie/{__version__} (news research tool; reads public articles once)"


@dataclass
class Page:
    url: str
    data: bytes
    content_type: str


def check_address(url: str, allow_private: bool) -> None:
    """Refuse URLs that are not http(s), and (unless allowed) hosts on private or loopback networks."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ReadError(f"not an http(s) URL: {url}")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except socket.gaierror as err:
        raise ReadError(f"cannot resolve {parts.hostname}: {err}") from err
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise ReadError(f"refused: {parts.hostname} is a private or loopback address ({address})")


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_address(newurl, self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, allow_private: bool = False, timeout: float | None = None) -> Page:
    """The bytes at `url` (raises ReadError with the reason on any failure)."""
    check_address(url, allow_private)
    timeout = timeout if timeout is not None else float(setting("VIGIE_FETCH_TIMEOUT"))
    opener = urllib.request.build_opener(_SafeRedirects(allow_private))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    limit = max_bytes()
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read(limit + 1)
            if len(data) > limit:
                raise ReadError(f"too large (over {limit / 1e6:.0f} MB)")
            return Page(response.geturl(), data, response.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as err:
        raise ReadError(f"HTTP {err.code} {err.reason}") from err
    except (urllib.error.URLError, TimeoutError, socket.timeout, ConnectionError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise ReadError(f"cannot fetch: {reason}") from err
