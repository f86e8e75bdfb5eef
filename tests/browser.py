"""Debian's Chromium driven by Selenium 4 through Debian's chromedriver: nothing downloaded.

`chromium(width, height)` opens a headless browser of its own (fresh profile in a temporary
directory, no background networking, no component updates or sync) with a viewport of that
many CSS pixels, and quits it afterwards. Selenium Manager is never asked for a driver: the
service is pointed at the system chromedriver.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--autoplay-policy=no-user-gesture-required",
    "--hide-scrollbars",
    # Talk to chromedriver over a pipe, not a TCP port it reaches through "localhost" (a
    # minimal machine without /etc/hosts cannot resolve it: "unable to connect to renderer").
    "--remote-debugging-pipe",
)


def chromium_available() -> str | None:
    """Why the browser tests cannot run here (a sentence), or None when they can."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if shutil.which(path) is None:
            return f"{path} is missing: apt-get install chromium chromium-driver"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is missing: pip install -e '.[dev]'"
    return None


@contextlib.contextmanager
def chromium(width: int = 390, height: int = 844, scale: float = 1.0) -> Iterator[object]:
    """A headless Chromium whose viewport is `width` x `height` CSS pixels (a WebDriver)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common import utils as selenium_utils

    profile = Path(tempfile.mkdtemp(prefix="studio-chromium-"))
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--force-device-scale-factor={scale}")
    options.add_argument(f"--window-size={width},{height}")

    class LoopbackService(Service):
        """chromedriver reached at 127.0.0.1: Selenium says "localhost", which a minimal
        machine without /etc/hosts cannot resolve ("Can not connect to the Service")."""

        @property
        def service_url(self) -> str:
            return f"http://127.0.0.1:{self.port}"

        def is_connectable(self) -> bool:
            return selenium_utils.is_connectable(self.port, host="127.0.0.1")

    driver = webdriver.Chrome(service=LoopbackService(CHROMEDRIVER), options=options)
    try:
        # --window-size sets the outer window; make the viewport itself the size asked for.
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": False},
        )
        yield driver
    finally:
        with contextlib.suppress(Exception):
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
