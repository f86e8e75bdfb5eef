"""The platform test rig (a real sandbox over HTTP and syncs) for the timeline, report and
prompter tests."""

from __future__ import annotations

from tests.platform.conftest import rig

__all__ = ["rig"]
