"""Stopping a run at once (SIGTERM, Ctrl-C) without leaving anything behind.

An exception raised wherever the program happens to be is not a safe way to stop it: raised
inside an import it can leave the import lock held, and a library's bare ``except`` can
swallow it. A batch worker stopped that way once carried on and then waited forever for a
thread that could no longer import anything. So a run notes here, while they exist, the
child process groups it started (kernels, browsers) and the temporary paths it wrote; the
signal handler kills those groups, removes those paths and ends the process without
unwinding. Creating a resource and noting it happen inside :func:`shielded`, so a signal
never falls between the two.

Everything here runs inside a signal handler: no locks, nothing that may block for long.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

#: Exit codes of a stopped run, as a shell reports them (128 + the signal's number).
EXIT_CODES = {signal.SIGTERM: 143, signal.SIGINT: 130}
MESSAGES = {signal.SIGTERM: "terminated", signal.SIGINT: "interrupted"}

_GROUPS: dict[int, None] = {}  # process groups to kill, in the order they were started
_PATHS: dict[str, None] = {}  # files and folders to remove
_HOOKS: dict[int, Callable[[], None]] = {}  # other undo steps (a batch stops its workers)
_shield = 0
_pending: int | None = None
_announce = True


def note_group(pgid: int) -> None:
    _GROUPS[pgid] = None


def forget_group(pgid: int) -> None:
    _GROUPS.pop(pgid, None)


def note_path(path: str | Path) -> None:
    _PATHS[str(path)] = None


def forget_path(path: str | Path) -> None:
    _PATHS.pop(str(path), None)


def note_hook(hook: Callable[[], None]) -> None:
    _HOOKS[id(hook)] = hook


def forget_hook(hook: Callable[[], None]) -> None:
    _HOOKS.pop(id(hook), None)


@contextlib.contextmanager
def shielded() -> Iterator[None]:
    """Hold a stop back while a resource is created and noted; it takes effect on leaving."""
    global _shield
    _shield += 1
    try:
        yield
    finally:
        _shield -= 1
        if _shield == 0 and _pending is not None:
            _stop(_pending)


def undo() -> None:
    """Run the hooks, kill the noted process groups and remove the noted paths."""
    for hook in reversed(list(_HOOKS.values())):
        with contextlib.suppress(Exception):
            hook()
    for pgid in reversed(list(_GROUPS)):
        with contextlib.suppress(OSError):
            os.killpg(pgid, signal.SIGKILL)
    for path in reversed(list(_PATHS)):
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(path)


def install(announce: bool = True) -> None:
    """Stop this process cleanly on SIGTERM and Ctrl-C (from the main thread only, as
    Python requires).

    ``announce``: print the one line that says the run stopped (the command's own process
    does; a batch worker leaves it to the process that started it).
    """
    global _announce
    _announce = announce
    for signum in EXIT_CODES:
        signal.signal(signum, _on_signal)


def _on_signal(signum: int, frame) -> None:
    global _pending
    if _shield:
        _pending = signum
        return
    _stop(signum)


def _stop(signum: int) -> None:
    for other in EXIT_CODES:  # a second signal must not cut the clean-up short
        with contextlib.suppress(ValueError, OSError):
            signal.signal(other, signal.SIG_IGN)
    if _announce:
        with contextlib.suppress(OSError):
            os.write(2, f"communique: {MESSAGES[signum]}\n".encode())
    with contextlib.suppress(OSError):  # nothing a dying library prints comes after that line
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    undo()
    os._exit(EXIT_CODES[signum])
