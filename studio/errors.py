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


class StreamKeyInUse(OutputError):
    """The server says another session is publishing with this stream key (a crashed or
    unplugged encoder's session it still holds, or a second encoder): retried for a bounded
    time, then final."""


class StreamRefused(OutputError):
    """The server accepted the stream, then kept closing the connection before taking any of
    it, session after session: final."""

    retryable = False


class RedirectRefused(OutputError):
    """The server redirected us somewhere we will not go (too many hops, not rtmp/rtmps, or
    from rtmps down to plain rtmp): final."""

    retryable = False


class RecordingError(StudioError):
    pass
