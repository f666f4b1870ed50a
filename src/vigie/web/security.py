"""What keeps `vigie serve` safe: inert articles, write tokens, CSRF checks and known hosts.

Articles are untrusted: the templates escape everything (Jinja2 autoescape) and
the Content-Security-Policy allows no inline script, so a payload that slipped
through would still not run. Writes need the VIGIE_TOKEN when the server
listens beyond loopback. Forms carry a CSRF token signed with a per-process
secret and bound to a cookie; JSON writes must be sent as application/json,
which a foreign page cannot do without a CORS preflight the server never grants.
On loopback, only loopback host names are answered, which defeats DNS rebinding.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from urllib.parse import urlparse

CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
                           "frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # "no-referrer" would make browsers send Origin: null on our own forms
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
CSRF_COOKIE = "vigie_csrf"
AUTH_COOKIE = "vigie_auth"
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1", "[::1]")


def is_loopback(host: str) -> bool:
    """True when `host` (a name or an address the server binds to) is reachable from this machine only."""
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Guard:
    """The security settings of one running app: its secret, its token and the hosts it answers."""

    def __init__(self, bind_host: str, token: str | None):
        self.secret = secrets.token_bytes(32)
        self.loopback = is_loopback(bind_host)
        self.token = token or None
        # Beyond loopback, writes need a token; without one configured, the server is read-only.
        self.writes_need_token = not self.loopback
        self.allowed_hosts = set(LOOPBACK_NAMES) | {bind_host} if self.loopback else None

    # Hosts

    def host_allowed(self, host_header: str | None) -> bool:
        if self.allowed_hosts is None:
            return True
        host = (host_header or "").lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if host.startswith("["):
            name = host.split("]")[0] + "]"
        return name in self.allowed_hosts

    # CSRF

    @staticmethod
    def new_cookie() -> str:
        return secrets.token_urlsafe(24)

    def form_token(self, cookie: str) -> str:
        """The token a form must carry for the browser holding `cookie`."""
        return hmac.new(self.secret, cookie.encode(), hashlib.sha256).hexdigest()

    def form_token_valid(self, cookie: str | None, token: str | None) -> bool:
        return bool(cookie and token) and hmac.compare_digest(self.form_token(cookie), token)

    @staticmethod
    def same_origin(origin: str | None, host_header: str | None) -> bool:
        """False when the browser says the request comes from another site's page."""
        if not origin:
            return True
        if origin == "null":
            return False
        return urlparse(origin).netloc.lower() == (host_header or "").lower()

    # Write token

    def auth_cookie(self) -> str:
        return hmac.new(self.secret, b"auth:" + (self.token or "").encode(), hashlib.sha256).hexdigest()

    def token_valid(self, given: str | None) -> bool:
        return bool(self.token and given) and hmac.compare_digest(self.token.encode(), given.encode())

    def may_write(self, bearer: str | None, auth_cookie: str | None) -> bool:
        """Whether a request may change the store: always on loopback, else with the token."""
        if not self.writes_need_token:
            return True
        if not self.token:
            return False
        return self.token_valid(bearer) or (bool(auth_cookie) and hmac.compare_digest(self.auth_cookie(),
                                                                                      auth_cookie))
