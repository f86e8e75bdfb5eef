"""Studio: a desktop live-commerce streaming studio."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("studio")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
