"""Network checks: can this computer reach each ingest and the platform API, and does its clock
agree with the platform's?

Every check is bounded by `timeout` seconds per step (DNS, each TCP connect, the HTTP HEAD), so
a dead network costs a few seconds, not minutes. Blocking: run on worker threads (the runner
runs them side by side). URLs are shown masked (`mask_url`): an ingest URL's stream key never
reaches a summary.
"""

from __future__ import annotations

import concurrent.futures
import socket
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from functools import partial

from studio import i18n
from studio.config import Config
from studio.health.check import FAIL, OK, SKIP, WARN, Check
from studio.redact import mask_url

CLOCK_TOLERANCE_S = 5.0  # flash-sale countdowns visibly disagree beyond this


def _resolve(host: str, port: int, timeout: float) -> list[str]:
    """getaddrinfo has no timeout of its own: run it on a throwaway thread."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        infos = pool.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM).result(
            timeout=timeout
        )
    finally:
        pool.shutdown(wait=False)
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def check_reach(
    check_id: str, title: str, what: str, url: str, host: str, port: int, timeout: float
) -> Check:
    """Resolve `host` and open a TCP connection to `port` (up to 3 addresses), within `timeout`
    seconds per step.

    `what` names the server in sentences ("ingest server"); `url` is shown masked. Fail on a
    DNS error or timeout, or when no address accepts the connection; ok with the connect time
    in ms (`details["connect_ms"]`).
    """
    shown = mask_url(url)
    details: dict[str, object] = {"url": shown, "host": host, "port": port}
    start = time.monotonic()
    try:
        addresses = _resolve(host, port, timeout)
    except concurrent.futures.TimeoutError:
        return Check(
            check_id,
            title,
            FAIL,
            i18n._("The name {host} got no answer from DNS within {timeout:g} s.").format(
                host=host, timeout=timeout
            ),
            i18n._("Check the internet connection."),
            details,
        )
    except (socket.gaierror, UnicodeError) as exc:
        return Check(
            check_id,
            title,
            FAIL,
            i18n._("The {what} host {host} cannot be found (DNS: {value}).").format(
                what=what,
                host=host,
                value=exc.strerror if isinstance(exc, socket.gaierror) else exc,
            ),
            i18n._("Check the spelling of {shown} and the internet connection.").format(
                shown=shown
            ),
            details,
        )
    details["addresses"] = addresses
    last_error = ""
    for address in addresses[:3]:
        try:
            with socket.create_connection((address, port), timeout=timeout):
                pass
        except TimeoutError:
            last_error = i18n._("no answer from {address} port {port} within {timeout:g} s").format(
                address=address, port=port, timeout=timeout
            )
        except ConnectionRefusedError:
            last_error = i18n._("{address} refused the connection on port {port}").format(
                address=address, port=port
            )
        except OSError as exc:
            last_error = f"{address} port {port}: {exc.strerror or exc}"
        else:
            ms = (time.monotonic() - start) * 1000
            details["connect_ms"] = round(ms)
            return Check(
                check_id,
                title,
                OK,
                i18n._("{shown} answers ({ms:.0f} ms).").format(shown=shown, ms=ms),
                details=details,
            )
    return Check(
        check_id,
        title,
        FAIL,
        i18n._("The {what} at {shown} cannot be reached: {last_error}.").format(
            what=what, shown=shown, last_error=last_error
        ),
        i18n._("Check the address; a firewall or VPN may block it; try another network."),
        details,
    )


def network_checks(config: Config, timeout: float) -> list[Callable[[], Check]]:
    """The network checks `config` calls for, not yet run: one reach check per enabled
    destination ("ingest:<name>"), the platform API's reach ("api") and clock ("clock") when a
    platform is set, or else one "network" check that says there is nothing to reach.

    Run each through `studio.health.guarded`; `timeout` is seconds per step.
    """
    checks: list[Callable[[], Check]] = []
    for dest in config.destinations:
        if not dest.enabled:
            continue
        host, port = dest.host_port()
        checks.append(
            partial(
                check_reach,
                f"ingest:{dest.name}",
                i18n._("Ingest {name}").format(name=dest.name),
                i18n._("ingest server"),
                dest.url,
                host,
                port,
                timeout,
            )
        )
    api = config.platform.host_port()
    if api and config.platform.api_url:
        url = config.platform.api_url
        checks.append(
            partial(
                check_reach,
                "api",
                i18n._("Platform API"),
                i18n._("platform API"),
                url,
                *api,
                timeout,
            )
        )
        checks.append(partial(check_clock, url, timeout))
    if not checks:
        checks.append(partial(check_network_unconfigured))
    return checks


def check_network_unconfigured() -> Check:
    """Skipped: no destination or platform is configured, so there is nothing to reach."""
    return Check(
        "network",
        i18n._("Network"),
        SKIP,
        i18n._("No destination or platform is configured; nothing to reach."),
    )


def check_clock(api_url: str, timeout: float) -> Check:
    """This computer's clock against the platform's HTTP `Date` header (RFC 9110 §6.6.1).

    Flash-sale timers end at absolute times set by the platform, so clocks must agree: warn
    beyond `CLOCK_TOLERANCE_S` seconds. One HEAD request within `timeout` seconds; skipped when
    the header cannot be read. The header has 1 s resolution, compared against the middle of
    the request. Details: `offset_s` (positive: this computer is behind) and `round_trip_ms`.
    """
    import requests

    title = i18n._("Clock")
    try:
        sent = time.time()
        resp = requests.head(api_url, timeout=timeout, allow_redirects=False)
        received = time.time()
        server = parsedate_to_datetime(resp.headers["Date"]).timestamp()
    except (requests.RequestException, KeyError, TypeError, ValueError) as exc:
        return Check(
            "clock",
            title,
            SKIP,
            i18n._("The platform's clock could not be read ({name}).").format(
                name=type(exc).__name__
            ),
        )
    offset = server - (sent + received) / 2
    details: dict[str, object] = {
        "offset_s": round(offset, 2),
        "round_trip_ms": round((received - sent) * 1000),
    }
    if abs(offset) > CLOCK_TOLERANCE_S:
        return Check(
            "clock",
            title,
            WARN,
            (
                i18n._("This computer's clock is {offset:.0f} s behind the platform's.")
                if offset > 0
                else i18n._("This computer's clock is {offset:.0f} s ahead of the platform's.")
            ).format(offset=abs(offset)),
            i18n._("Turn on automatic time in the system settings, or countdowns will be off."),
            details,
        )
    return Check(
        "clock",
        title,
        OK,
        i18n._("This computer's clock agrees with the platform's."),
        details=details,
    )
