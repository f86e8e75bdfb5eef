"""The grammar of an RTMP(S) ingest URL: one parser for `--url`, saved destinations, the
engine's publisher and the redactor.

A platform hands a creator `rtmp[s]://HOST[:PORT]/APP/STREAM-NAME`, and the servers read it
the way FFmpeg's rtmp protocol and OBS do (FFmpeg libavformat/rtmpproto.c, `rtmp_open`):

- the *application* is the first path element, plus any query that follows it
  (`live2?backup=1` for YouTube's backup ingest, `live?vhost=v` for SRS): it goes into the
  `connect` command and the tcUrl;
- the *stream name* is everything after the slash that ends the application, verbatim: `/`,
  `?`, `&`, `=`, `%` and `#` included (Facebook and TikTok put signed parameters after a `?`,
  and a key may hold a `#`, which a general URL parser would cut off as a fragment); it goes
  into `publish` and is the secret part (the stream key);
- a single path element publishes with an empty name (MediaMTX's `rtmp://host/mystream`);
- `rtmp` (default port 1935) and `rtmps` (default port 443); IPv6 literals in brackets;
  leading and trailing whitespace from a paste are dropped.

`parse` validates and returns an `IngestUrl`; `mask` hides the secret parts of anything that
looks like an ingest URL, valid or not, and never raises. The product's own example text
(`EXAMPLE_KEY`) is left readable by `mask`, so a hint can show what a URL should look like.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field

from studio import i18n
from studio.errors import BadUrl

MASK = "****"
SCHEMES = {"rtmp": 1935, "rtmps": 443}
# The placeholder our own hints and help use for a stream key: never a secret, never masked.
EXAMPLE_KEY = "STREAM-KEY"
EXAMPLE_URL = f"rtmp://live.example.com/live/{EXAMPLE_KEY}"


def _hint() -> str:
    """The usual hint under a bad URL, in the interface language."""
    return i18n._(
        "It should look like {example} (or rtmps://...), as your platform gives it."
    ).format(example=EXAMPLE_URL)


_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(//)?")
_HOST_RE = re.compile(r"^\w([\w.-]*\w)?\.?$")
# Query parameters whose value grants access (MediaMTX `pass=`, signed URLs' `sign=` ...).
_SECRET_PARAM_RE = re.compile(
    r"(?i)(^|[?&;])((?:[^=&;]*(?:key|token|secret|pass|pwd|auth|sig|sign|signature|"
    r"credential|session)[^=&;]*)=)([^&;#]*)"
)


@dataclass(frozen=True)
class IngestUrl:
    """A parsed ingest URL (see the module docstring for the grammar).

    `host` is without brackets (an IPv6 literal is bare), `port` the port to connect to (the
    scheme's default when none is written), `app` the application verbatim with its query,
    `name` the stream name verbatim ("" for a single path element): a secret, so `repr` never
    shows it. `netloc` is the host and port as written, for the tcUrl.
    """

    scheme: str  # "rtmp" | "rtmps", lower case
    host: str
    port: int
    app: str
    name: str = field(repr=False)
    netloc: str = ""

    @property
    def key(self) -> str:
        """The stream key: the stream name, verbatim (a secret; "" when there is none)."""
        return self.name

    @property
    def tls(self) -> bool:
        """True for rtmps:// (TLS, certificate verified)."""
        return self.scheme == "rtmps"

    @property
    def where(self) -> str:
        """'host:port' ('[v6]:port' for IPv6), safe to show."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def tc_url(self) -> str:
        """The tcUrl announced in `connect`: scheme, host as written, application (no key)."""
        return f"{self.scheme}://{self.netloc}/{self.app}"

    @property
    def base(self) -> str:
        """The URL without the stream name: what a saved destination stores."""
        return self.tc_url

    @property
    def url(self) -> str:
        """The whole URL to publish to, stream key included: never log or show it."""
        return f"{self.base}/{self.name}" if self.name else self.base

    @property
    def app_name(self) -> str:
        """The application without its query ('live2' for 'live2?backup=1')."""
        return self.app.split("?", 1)[0]

    @property
    def shown(self) -> str:
        """The URL with the key (and secret query values) masked: safe for logs and errors."""
        return mask(self.url)

    def describe(self) -> str:
        """How the URL was read, in words, the key masked ('server h:1935 (rtmp), application
        'live', stream key **** (12 characters)')."""
        if self.name:
            key = f"stream key {_masked_name(self.name)} ({len(self.name)} characters)"
        else:
            key = "no stream key (publishes with an empty stream name)"
        return (
            f"server {self.where} ({self.scheme}{', TLS' if self.tls else ''}), "
            f"application {_mask_query(self.app)!r}, {key}"
        )

    def with_name(self, name: str) -> IngestUrl:
        """The same server and application with another stream name."""
        return IngestUrl(self.scheme, self.host, self.port, self.app, name, self.netloc)

    def redirected(self, target: IngestUrl) -> IngestUrl:
        """Where a server's redirect sends this stream: the target's server and application
        (a redirect names a tcUrl), this URL's stream name."""
        return target.with_name(self.name)


def secret_forms(name: str) -> list[str]:
    """The forms in which a stream name may come back in a server's words or logs: the name
    itself, the part before its first '?' (servers split 'KEY?args' into name and args) and
    before a '#'. Short forms (under 4 characters) are left out: they would mask ordinary
    words."""
    forms = [name, name.split("?", 1)[0], name.split("#", 1)[0]]
    return [f for f in dict.fromkeys(forms) if len(f) >= 4 and f != EXAMPLE_KEY]


def secrets_of(address: IngestUrl) -> list[str]:
    """Every secret an ingest URL holds, for the redactor: the stream name's forms
    (`secret_forms`) and the values of secret-looking parameters in the application's query
    (MediaMTX's `pass=`)."""
    found = secret_forms(address.name)
    _, _, query = address.app.partition("?")
    for m in _SECRET_PARAM_RE.finditer(query):
        if len(m.group(3)) >= 4:
            found.append(m.group(3))
    return found


def parse(text: str) -> IngestUrl:
    """Read an ingest URL; raises BadUrl (message + hint, the key never repeated)."""
    shown = mask(text.strip())
    s = text.strip()
    m = _SCHEME_RE.match(s)
    if m is None or m.group(1).lower() not in SCHEMES:
        raise BadUrl(
            i18n._("The stream URL {shown} is not an RTMP address.").format(shown=shown),
            i18n._("Use rtmp:// or rtmps://. {HINT}").format(HINT=_hint()),
        )
    if m.group(2) is None:
        raise BadUrl(
            i18n._("The stream URL {shown} has no host name.").format(shown=shown), _hint()
        )
    scheme = m.group(1).lower()
    rest = s[m.end() :]
    bad = next((c for c in rest if c.isspace() or ord(c) < 32 or ord(c) == 127), None)
    if bad is not None:
        raise BadUrl(
            i18n._("The stream URL {shown} contains a space or a control character.").format(
                shown=shown
            ),
            i18n._("Copy the URL and the stream key again from your platform."),
        )
    cut = _authority_end(rest)
    authority, path = rest[:cut], rest[cut:]
    if "@" in authority:
        raise BadUrl(
            i18n._("The stream URL {shown} has a user name or password before the host.").format(
                shown=shown
            ),
            i18n._(
                "Studio sends the stream key in the URL's path, as platforms give it. {hint}"
            ).format(hint=_hint()),
        )
    host, port = _host_port(authority, scheme, shown)
    if not path.startswith("/"):
        raise BadUrl(
            i18n._("The stream URL {shown} has no application after the host.").format(shown=shown),
            _hint(),
        )
    app, _, name = path[1:].partition("/")
    if not app or app.startswith("?"):
        raise BadUrl(
            i18n._("The stream URL {shown} has no application after the host.").format(shown=shown),
            _hint(),
        )
    return IngestUrl(scheme, host, port, app, name, authority)


def _authority_end(rest: str) -> int:
    """Where host[:port] ends: at the first '/', or a '?'/'#' (which leave no application)."""
    if rest.startswith("["):
        close = rest.find("]")
        start = close + 1 if close >= 0 else 0
    else:
        start = 0
    found = [i for i in (rest.find(c, start) for c in "/?#") if i >= 0]
    return min(found) if found else len(rest)


def _host_port(authority: str, scheme: str, shown: str) -> tuple[str, int]:
    port_text = ""
    if authority.startswith("["):
        close = authority.find("]")
        if close < 0:
            raise BadUrl(
                i18n._("The stream URL {shown} has an unclosed '[' in its host.").format(
                    shown=shown
                ),
                _hint(),
            )
        host, after = authority[1:close], authority[close + 1 :]
        try:
            ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            raise BadUrl(
                i18n._("The stream URL {shown} has an invalid IPv6 address.").format(shown=shown),
                _hint(),
            ) from None
        if after:
            if not after.startswith(":"):
                raise BadUrl(
                    i18n._("The stream URL {shown} has an invalid host.").format(shown=shown),
                    _hint(),
                )
            port_text = after[1:]
    else:
        if authority.count(":") > 1:
            raise BadUrl(
                i18n._("The stream URL {shown} has an IPv6 address without brackets.").format(
                    shown=shown
                ),
                i18n._("Write it as rtmp://[2001:db8::1]:1935/live/... ."),
            )
        host, _, port_text = authority.partition(":")
        if ":" in authority and not port_text:
            raise BadUrl(
                i18n._("The stream URL {shown} has a ':' but no port number.").format(shown=shown),
                _hint(),
            )
        if not host:
            raise BadUrl(
                i18n._("The stream URL {shown} has no host name.").format(shown=shown), _hint()
            )
        if not _HOST_RE.match(host) or ".." in host:
            raise BadUrl(
                i18n._("The stream URL {shown} has an invalid host name ({host!r}).").format(
                    shown=shown, host=host
                ),
                _hint(),
            )
    if not port_text and ":" not in authority.rsplit("]", 1)[-1]:
        return host, SCHEMES[scheme]
    if not port_text.isascii() or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise BadUrl(
            i18n._("The stream URL {shown} has an invalid port ({value!r}).").format(
                shown=shown, value=port_text[:8]
            ),
            i18n._("A port is a number from 1 to 65535, e.g. rtmp://host:1935/live/... ."),
        )
    return host, int(port_text)


def split(text: str) -> tuple[str, str | None]:
    """(URL without the stream name, the name or None) for anything shaped like an ingest
    URL, valid or not; never raises. For valid URLs this is (`base`, `name` or None)."""
    s = text.strip()
    m = _SCHEME_RE.match(s)
    if m is None or m.group(2) is None:
        return s, None
    rest = s[m.end() :]
    cut = _authority_end(rest)
    path = rest[cut:]
    if not path.startswith("/"):
        return s, None
    app, slash, name = path[1:].partition("/")
    if not slash or not name:
        return s[: m.end() + cut + 1 + len(app)], None
    return s[: m.end() + cut + 1 + len(app)], name


def mask(text: str) -> str:
    """`text` (an ingest URL, valid or not) with its secrets masked: the stream name, any
    user:password before the host, and secret-looking query values in the application.
    Never raises; leaves `EXAMPLE_KEY` readable."""
    m = _SCHEME_RE.match(text)
    if m is None or m.group(2) is None:
        return text
    rest = text[m.end() :]
    cut = _authority_end(rest)
    authority, path = rest[:cut], rest[cut:]
    if "@" in authority:
        authority = f"{MASK}@{authority.rsplit('@', 1)[1]}"
    if not path:
        return text[: m.end()] + authority
    # What follows the host is '/APP[?query]/NAME' (or, malformed, '?...' or '#...'): the
    # same cut at the first '/' after the application's start, whatever the lead character.
    app, slash, name = path[1:].partition("/")
    shown_app = _mask_query(app) if path[0] == "/" else _mask_params(app)
    masked = f"{path[0]}{shown_app}{slash}{_masked_name(name) if name else ''}"
    return text[: m.end()] + authority + masked


def _masked_name(name: str) -> str:
    return name if name == EXAMPLE_KEY else MASK


def _mask_query(app: str) -> str:
    """Mask the values of secret-looking parameters in an application's query."""
    if "?" not in app:
        return app
    head, _, query = app.partition("?")
    return head + "?" + _mask_params(query)


def _mask_params(query: str) -> str:
    """'a=1&pass=x' → 'a=1&pass=****' (values of secret-looking parameters)."""
    return _SECRET_PARAM_RE.sub(lambda m: m.group(1) + m.group(2) + MASK, query)
