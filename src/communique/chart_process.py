"""A second process that draws the briefing's later charts while the kernel goes on.

Drawing the six charts is most of a briefing's cell time (about 1.2 of 1.8 s for the seed),
and the kernel is one process: on a two-core machine the other core mostly waits while the
cells run. Once the analysis is done, the kernel forks. The kernel goes on through the
cells, drawing the charts from the first; the child draws them from the last, and sends each
back. Each claims a chart before drawing it, so they meet wherever the charts' costs put
them, and no chart is drawn twice; a cell whose chart the child claimed waits for it.

Only a run that asks for it (``$COMMUNIQUE_CHART_PROCESS`` is ``1``) forks: ``communique
report`` does on a machine with a spare core; a batch does not, since ``--jobs`` is the
number of processes it keeps busy, nor does a kernel in JupyterLab. Anything unexpected (no
``fork``, no shared memory, a child that fails, dies or hangs) leaves the cell to draw its
chart itself, so the briefing is the same either way. What the child writes to
``sys.stdout`` and ``sys.stderr`` while drawing a chart (matplotlib's warnings of a missing
glyph) comes out in that chart's cell, as it would have without the child.
"""

from __future__ import annotations

import io
import os
import pickle
import struct
import sys
import threading
import time
import warnings
from typing import Any, Callable

ENV = "COMMUNIQUE_CHART_PROCESS"
#: How long a cell waits for the child's chart before drawing it itself, in seconds
#: (``$COMMUNIQUE_CHART_WAIT``; a report sets it below its cell timeout). A child that hangs
#: costs this once per run; it is then stopped, and the rest are drawn in the kernel.
WAIT_ENV = "COMMUNIQUE_CHART_WAIT"
WAIT_S = 20.0

_HEADER = struct.Struct("!I")


def wanted() -> bool:
    """Whether this run asked for a chart process (and the platform can fork)."""
    return os.environ.get(ENV) == "1" and hasattr(os, "fork")


def wait_s() -> float:
    try:
        return max(0.1, float(os.environ.get(WAIT_ENV, WAIT_S)))
    except ValueError:
        return WAIT_S


class Ahead:
    """The charts one child draws for one analysis, as they arrive.

    ``plan`` is a list of ``(name, function, args)``; the child calls each function with
    ``(a, *args)`` and sends back ``(name, result, stdout, stderr)``, with a result of None
    for one that raised (the cell then draws it and shows its error itself).
    """

    def __init__(self, a: Any, plan: list[tuple[str, Callable, tuple]], wait: float | None = None):
        self.a = a
        # the arguments as they were at the fork: a cell called after they were changed in
        # place draws its own chart
        self.args = {name: _frozen(args) for name, _, args in plan}
        self.index = {name: i for i, (name, _, _) in enumerate(plan)}
        self.wait = wait_s() if wait is None else wait
        self.results: dict[str, tuple] = {}
        self.done = threading.Event()
        self.arrived = threading.Condition()
        self.pid = 0
        self.claims = None
        self.lock = None
        try:
            import mmap
            import multiprocessing

            # who draws each chart, shared with the child: 0 nobody yet, 1 the kernel, 2 the child
            self.claims = mmap.mmap(-1, len(plan))
            self.lock = multiprocessing.get_context("fork").Lock()
            read, write = os.pipe()
        except Exception:  # (no shared memory, no semaphores: "/dev/shm" read-only)
            self.done.set()
            return
        try:
            with warnings.catch_warnings():  # (Python 3.12 warns of forking with threads; the
                warnings.simplefilter("ignore", DeprecationWarning)  # child uses none of them)
                pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            self.done.set()
            return
        if pid == 0:  # the child: draw, send, and leave without running the kernel's exit code
            code = 0
            try:
                os.close(read)
                _draw(a, plan, write, self.claims, self.lock)
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(write)
        self.pid = pid
        threading.Thread(target=self._receive, args=(read,), name="communique-chart-process", daemon=True).start()

    def _receive(self, fd: int) -> None:
        """Read every chart as it comes (a chart is larger than the pipe's buffer, so the
        child would otherwise wait for the cell that asks for it), then reap the child."""
        try:
            with os.fdopen(fd, "rb") as pipe:
                while True:
                    head = pipe.read(_HEADER.size)
                    if len(head) < _HEADER.size:
                        break
                    body = pipe.read(_HEADER.unpack(head)[0])
                    name, *rest = pickle.loads(body)
                    with self.arrived:
                        self.results[name] = tuple(rest)
                        self.arrived.notify_all()
        except Exception:
            pass
        finally:
            try:
                os.waitpid(self.pid, 0)  # (reaped before it is said to be done)
            except OSError:
                pass
            with self.arrived:
                self.done.set()
                self.arrived.notify_all()

    def take(self, name: str, a: Any, args: tuple) -> Any:
        """The child's result for ``name`` if it claimed that chart for this analysis with
        these arguments; None when the cell is to draw it (the kernel claims it then), or
        once :attr:`wait` seconds pass (the child is then stopped)."""
        i = self.index.get(name)
        if i is None or a is not self.a or self.lock is None or self.args[name] is None or self.args[name] != _frozen(args):
            return None
        if not self.lock.acquire(timeout=self.wait):  # (a child killed while holding it)
            return None
        try:
            if self.claims[i] == 0:
                self.claims[i] = 1
            mine = self.claims[i] == 1
        finally:
            self.lock.release()
        if mine:
            return None
        deadline = time.monotonic() + self.wait
        with self.arrived:
            while name not in self.results and not self.done.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    self.stop()
                    return None
                self.arrived.wait(left)
            got = self.results.pop(name, None)
        if got is None:
            return None
        result, out, err = got
        if out:
            sys.stdout.write(out)
        if err:
            sys.stderr.write(err)
        return result

    def stop(self) -> None:
        if self.pid and not self.done.is_set():
            try:
                os.kill(self.pid, 9)
            except OSError:
                pass


def _frozen(args: tuple) -> bytes | None:
    try:
        return pickle.dumps(args, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        return None  # (arguments that cannot be pickled cannot be compared: the cell draws)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this child when the kernel dies (a kernel killed outright leaves its
    child behind otherwise); elsewhere a no-op."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except Exception:
        return
    if os.getppid() != parent:  # (the kernel died before the request was made)
        os._exit(1)


def _draw(a: Any, plan: list[tuple[str, Callable, tuple]], fd: int, claims, lock) -> None:
    """In the child: claim and draw from the last chart back, until the kernel's claims."""
    _die_with_parent(os.getppid())
    # The kernel's streams send to the notebook through threads the child does not have;
    # what the child writes is sent back with its chart instead, and what C code writes to
    # the file descriptors would land in whatever cell the kernel runs: it is dropped.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    for i in reversed(range(len(plan))):
        with lock:
            if claims[i]:
                return
            claims[i] = 2
        name, fn, args = plan[i]
        out, err = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = out, err
        try:
            result = fn(a, *args)
            body = pickle.dumps((name, result, out.getvalue(), err.getvalue()), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            body = pickle.dumps((name, None, "", ""))
        data = _HEADER.pack(len(body)) + body
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]


_current: Ahead | None = None


def start(a: Any, plan: list[tuple[str, Callable, tuple]]) -> None:
    """Fork a child that draws ``plan`` for analysis ``a``, if this run asked for one."""
    global _current
    if _current is not None:
        _current.stop()
        _current = None
    if wanted() and plan:
        _current = Ahead(a, plan)


def take(name: str, a: Any, args: tuple = ()) -> Any:
    """The chart the child drew for this cell, or None: the cell draws it itself."""
    return _current.take(name, a, args) if _current is not None else None
