"""Errors that reach the person at the desk, raised by every layer (core, documents,
exchange, the command line), so this module sits below them all and imports nothing of GriDesk.

Each error carries an English message (the source text that Qt Linguist translates; the UI
looks it up in the ``"errors"`` context) and named parameters filled in after translation.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks a string for translation without importing Qt; the UI translates it later."""
    return text


class GrideskError(Exception):
    """A failure the user can understand and act on."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.render())

    def render(self, template: str | None = None) -> str:
        text = self.message if template is None else template
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


class ValidationError(GrideskError):
    """A value typed or imported is not acceptable."""

    def __init__(self, message: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class PermissionDenied(GrideskError):
    """The signed-in user's role does not allow this action."""


class NotFound(GrideskError):
    """A record named by id, code or scan does not exist."""


class Conflict(GrideskError):
    """The action clashes with the current state (a duplicate, a stale edit, a lock)."""


class AuthenticationError(GrideskError):
    """Sign-in failed: wrong name or password, a locked or disabled account."""


class StoreError(GrideskError):
    """The database cannot be opened, is from a newer GriDesk, or is damaged."""
