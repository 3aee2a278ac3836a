"""The relay's errors: a hub error (same JSON shape, same codes) or the link being down."""
from __future__ import annotations

from ..errors import HubError, HubErrorKind


class RelayError(HubError):
    """Something the relay refuses or cannot do, in plain words (a `HubError`, so the hub's
    error handlers and CLI print it the same way)."""


class UpstreamDown(RelayError):
    """The upstream hub cannot be reached now (or answered 5xx): what needs it waits."""

    def __init__(self, message: str = "The court relay cannot reach the course server right now; "
                                      "try again later.", retry_after: int = 10) -> None:
        super().__init__(HubErrorKind.STORAGE, message, retry_after=retry_after)

    @property
    def status(self) -> int:
        return 503  # "service unavailable": the player retries later with back-off


__all__ = ["HubErrorKind", "RelayError", "UpstreamDown"]
