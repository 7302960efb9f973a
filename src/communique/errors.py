"""Errors a user can act on.

Everything the CLI reports in one line derives from :class:`CommuniqueError`; anything else
is a bug and shows a traceback only under ``--debug``.
"""

from __future__ import annotations

from pathlib import Path


class CommuniqueError(Exception):
    """A problem with the user's input or environment, explained in one sentence."""


class InputError(CommuniqueError):
    """A statement, metadata, codebook or parameters file that cannot be used."""

    def __init__(self, path: str | Path | None, problem: str):
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)


class ParameterError(CommuniqueError):
    """A notebook parameter with an unknown name, a wrong type or an invalid value."""


class RenderError(CommuniqueError):
    """Executing or exporting a briefing failed."""


class ToolMissingError(CommuniqueError):
    """An outside program (chromium, xelatex, pdftotext) is not installed."""
