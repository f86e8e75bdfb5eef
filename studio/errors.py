"""Errors a user can act on.

Raised low, rendered once at the CLI or UI edge: every error carries one plain sentence saying
what happened and a hint saying what to do. Nothing here may contain a secret.
"""

from __future__ import annotations


class StudioError(Exception):
    """Base for errors shown to a user: `message` says what happened, `hint` what to do."""

    exit_code = 2

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class UsageError(StudioError):
    """Bad command-line or configuration input."""


class UnsupportedProfile(UsageError):
    pass


class BadUrl(UsageError):
    pass


class SourceError(StudioError):
    """A capture source could not be opened or stopped working."""


class UnknownDevice(SourceError):
    pass


class UnreadableFile(SourceError):
    pass


class EncoderError(StudioError):
    pass


class OutputError(StudioError):
    """A destination failed. `retryable` says whether reconnecting can help."""

    retryable = True


class IngestUnreachable(OutputError):
    pass


class ConnectionRefused(OutputError):
    pass


class ConnectionLost(OutputError):
    pass


class StreamKeyRejected(OutputError):
    retryable = False


class RecordingError(StudioError):
    pass
