"""Render briefings: papermill executes the notebook, nbconvert exports it, files land atomically.

One way to render: the CLI, the Makefile, the batch runner and the tests all come through
:func:`report`. The notebook is executed once, in memory, and both exports are made from
that one executed notebook, so charts are drawn once and shared by the HTML and the PDF.
Outputs are written to a temporary folder beside the report and swapped into place in one
``rename``, so a reader (or a crash) never sees half a report; a per-report lock lets two
runs on the same statement finish one after the other instead of interleaving.
"""

from __future__ import annotations

import contextlib
import copy
import ctypes
import errno
import functools
import hashlib
import json
import os
import re
import shutil
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from . import __version__, abort, config
from .errors import CommuniqueError, InputError, RenderError

# jsonschema (imported by nbformat) loads an optional IRI checker that compiles a grammar at
# import, about a second on this hardware. Notebooks never hold IRIs to validate, so this
# process declines that optional module; jsonschema is written to work without it.
import sys as _sys

_sys.modules.setdefault("rfc3987_syntax", None)

FORMATS = ("html", "pdf", "ipynb")
PDF_ENGINES = ("chromium", "latex")
DEFAULT_TIMEOUT = 300.0
STATE_FILE = ".communique.json"


@dataclass
class ReportResult:
    """What a render produced. ``status`` is ``rendered`` or ``unchanged``."""

    statement: Path
    folder: Path
    files: dict[str, Path]
    status: str
    title: str = ""
    date: str | None = None
    parties: list[str] = field(default_factory=list)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Names and paths
# --------------------------------------------------------------------------------------------


def slug(name: str) -> str:
    """A safe folder name from a file stem: no separators, no dots first, never empty; accents
    fall away rather than the letters ("státement" is "statement", not "st-tement")."""
    from .letters import plain

    s = re.sub(r"[^A-Za-z0-9._-]+", "-", plain(name)).strip("-._").lower()
    return s[:80] or "statement"


def resolve_input(path: str | Path) -> Path:
    """A path as given, or relative to the repository root when that is where it lives.

    Notebooks opened in JupyterLab run in ``notebooks/``; the default parameters point at
    ``data/raw/...`` from the repository root, so both work.
    """
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists() or config.REPO_DIR is None:
        return p
    alt = config.REPO_DIR / p
    return alt if alt.exists() else p


def output_names(detail: str) -> dict[str, str]:
    stem = "briefing" if detail == "full" else f"briefing-{detail}"
    return {"html": f"{stem}.html", "pdf": f"{stem}.pdf", "ipynb": f"{stem}.ipynb", "state": f".{stem}.state.json"}


def _confined(out_dir: Path, name: str) -> Path:
    target = (out_dir / name).resolve()
    root = out_dir.resolve()
    if root not in target.parents:
        raise InputError(name, f"output would fall outside {out_dir}")
    return target


# --------------------------------------------------------------------------------------------
# Content hash for incremental runs
# --------------------------------------------------------------------------------------------


def _file_digest(path: Path | None) -> str:
    if path is None or not path.is_file():
        return ""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content_hash(statement: Path, metadata: Path | None | list, params: dict[str, Any], notebook: Path, formats: Iterable[str], pdf_engine: str) -> str:
    """Everything a briefing depends on: inputs, parameters, notebook, templates, version."""
    h = hashlib.sha256()
    h.update(__version__.encode())
    extra = metadata if isinstance(metadata, list) else [metadata]
    for p in (statement, *extra, notebook):
        h.update(_file_digest(p).encode() + b"\0")
    codebook = params.get("codebook")
    if codebook:
        h.update(_file_digest(resolve_input(codebook)).encode())
    h.update(json.dumps(params, sort_keys=True, default=str).encode())
    h.update(",".join(sorted(formats)).encode() + pdf_engine.encode())
    h.update(_package_digest().encode())
    return h.hexdigest()


@functools.lru_cache(maxsize=1)
def _package_digest() -> str:
    """The package's code, templates and codebooks, read once per process (a batch checks
    every statement against it)."""
    h = hashlib.sha256()
    files = [p for p in sorted(config.TEMPLATE_DIR.rglob("*")) if p.is_file()]
    files += sorted(config.PACKAGE_DIR.rglob("*.py")) + sorted(config.CODEBOOK_DIR.glob("*.yaml")) + sorted(config.DATA_DIR.glob("*"))
    for path in files:
        h.update(_file_digest(path).encode())
    return h.hexdigest()


# --------------------------------------------------------------------------------------------
# Atomic output
# --------------------------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux ``renameat2``); False if unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    rc = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _link_or_copy(src, dst) -> None:
    """A hard link where the file system allows one (no bytes copied), else a copy."""
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def publish(files: dict[str, bytes], folder: Path, keep_others: bool = True) -> None:
    """Write ``files`` (name → bytes) so that ``folder`` shows all of them or none of them.

    Files and folders of ``folder`` that are not replaced (another variant of the report, or
    the reader's own) are carried over by hard link. The new folder is built beside the old one and swapped in atomically.
    """
    parent = folder.parent
    tmp = parent / f".tmp-{folder.name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    with abort.shielded():
        tmp.mkdir()
        abort.note_path(tmp)
    noted = tmp
    try:
        if keep_others and folder.is_dir():
            for old in folder.iterdir():
                if old.name in files:
                    continue
                if old.is_dir() and not old.is_symlink():
                    # (a folder of the reader's own in the report's: carried over whole, never lost)
                    shutil.copytree(old, tmp / old.name, symlinks=True, copy_function=_link_or_copy)
                elif old.is_file() or old.is_symlink():
                    _link_or_copy(old, tmp / old.name)
        for name, data in files.items():
            with open(tmp / name, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        _fsync_dir(tmp)
        if folder.exists():
            if not _exchange(tmp, folder):
                old = parent / f".tmp-{folder.name}-old-{uuid.uuid4().hex[:8]}"
                os.rename(folder, old)
                os.rename(tmp, folder)
                tmp = old
        else:
            os.rename(tmp, folder)
            tmp = None
        _fsync_dir(parent)
    finally:
        if tmp is not None and tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
        abort.forget_path(noted)


def clean_stale(parent: Path, name: str) -> int:
    """Remove temporary folders left by runs that were killed; return how many."""
    n = 0
    if not parent.is_dir():
        return 0
    for p in parent.glob(f".tmp-{name}-*"):
        shutil.rmtree(p, ignore_errors=True)
        n += 1
    return n


@contextlib.contextmanager
def report_lock(parent: Path, name: str, timeout: float):
    """Hold an exclusive lock on one report folder (other runs on it wait).

    The lock file is removed on release, so that no run leaves a ``.name.lock`` beside the
    reports; a run that waited on a file removed meanwhile locks the new one instead."""
    import fcntl

    lock_path = parent / f".{name}.lock"
    deadline = time.monotonic() + timeout
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise RenderError(f"another run has held the lock on {parent / name} for over {timeout:.0f} s") from None
                    time.sleep(0.1)
            try:
                same = os.stat(lock_path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            break
        os.close(fd)  # the holder removed this file as it finished: lock the one there now
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)


# --------------------------------------------------------------------------------------------
# Execute and export
# --------------------------------------------------------------------------------------------


def load_notebook(path: Path):
    import nbformat

    try:
        return nbformat.read(str(path), as_version=4)
    except FileNotFoundError:
        raise InputError(path, "notebook not found") from None


KERNEL_ARGS = ["--IPKernelApp.log_level=ERROR", "--HistoryManager.enabled=False"]
#: Modules the briefing notebooks import; a kernel started early imports them while this
#: process is still preparing.
PRELOAD = ("communique.analysis", "communique.charts", "communique.briefing")


@functools.lru_cache(maxsize=None)
def _manager_class():
    from jupyter_client.asynchronous import AsyncKernelClient
    from jupyter_client.manager import AsyncKernelManager

    class Client(AsyncKernelClient):
        def start_channels(self, *args, **kwargs):
            if not self.channels_running:  # nbclient starts them again for every notebook
                super().start_channels(*args, **kwargs)

        async def wait_for_ready(self, timeout: float | None = None) -> None:
            """The full check once; after it, a kernel_info round trip.

            The full check also waits up to 0.2 s for an IOPub message to show the
            subscription is live; a client kept between notebooks has been subscribed since
            its first, and would only pay that wait again on every notebook.
            """
            import queue

            if not self.__dict__.get("_communique_ready"):
                await super().wait_for_ready(timeout=timeout)
                self.__dict__["_communique_ready"] = True
                return
            msg_id = self.kernel_info()
            deadline = time.monotonic() + (timeout or 60.0)
            while True:
                try:
                    reply = await self.shell_channel.get_msg(timeout=max(0.05, deadline - time.monotonic()))
                except queue.Empty:
                    raise RuntimeError("the kept kernel did not answer kernel_info") from None
                if reply.get("parent_header", {}).get("msg_id") == msg_id:
                    self._handle_kernel_info_reply(reply)
                    return

    class Manager(AsyncKernelManager):
        """Hands nbclient one client, connected for the life of the kernel.

        nbclient leaves the client of a manager it does not own connected: a new client per
        notebook leaked its sockets and threads, and each waited 0.2 s for its IOPub
        subscription before the first cell could run.
        """

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.client_factory = Client

        def client(self, **kwargs):
            kc = self.__dict__.get("_communique_client")
            if kc is None:
                kc = self.__dict__["_communique_client"] = super().client(**kwargs)
            return kc

        def stop_clients(self) -> None:
            kc = self.__dict__.pop("_communique_client", None)
            if kc is not None:
                with contextlib.suppress(Exception):
                    kc.stop_channels()

    return Manager


class Kernel:
    """A kernel started before papermill needs it, so that its start-up overlaps our own.

    papermill (through nbclient) accepts a running kernel manager; it then leaves the
    shutdown to us. A report closes its kernel at once (the run is over); a batch worker
    keeps one (:func:`shared_kernel`) and clears it between statements.
    """

    def __init__(self, cwd: str | Path | None = None, preload: Iterable[str] = PRELOAD, chart_process: bool = False,
                 chart_wait: float | None = None):
        """``chart_process``: the kernel may fork a child that draws the later charts while
        it goes on (:mod:`communique.chart_process`), for a run with a core to spare; a cell
        waits at most ``chart_wait`` seconds for the child's chart."""
        import asyncio

        from . import chart_process as charts_mod

        self.km = _manager_class()(kernel_name="python3")
        args = list(KERNEL_ARGS)
        mods = [m for m in preload if re.fullmatch(r"[A-Za-z_][\w.]*", m)]
        if mods:
            args.append(f"--IPKernelApp.exec_lines=import {', '.join(mods)}")
        self._closer: threading.Thread | bool | None = None  # None: running; a thread: closing; False: closed
        self.cwd = str(cwd) if cwd else os.getcwd()
        self._noted: list = []
        with abort.shielded():
            env = {k: v for k, v in os.environ.items() if k not in (charts_mod.ENV, charts_mod.WAIT_ENV)}
            if chart_process:
                env[charts_mod.ENV] = "1"
                if chart_wait is not None:
                    env[charts_mod.WAIT_ENV] = f"{chart_wait:g}"
            asyncio.run(self.km.start_kernel(extra_arguments=args, cwd=self.cwd, env=env))
            pgid = getattr(self.km.provisioner, "pgid", None)
            if pgid:
                abort.note_group(pgid)
                self._noted.append(pgid)
            if self.km.connection_file:
                abort.note_path(self.km.connection_file)

    def _shutdown(self) -> None:
        import asyncio

        self.km.stop_clients()
        with contextlib.suppress(Exception):
            asyncio.run(self.km.shutdown_kernel(now=True))
        for pgid in self._noted:
            abort.forget_group(pgid)
        if self.km.connection_file:
            abort.forget_path(self.km.connection_file)

    def close_soon(self) -> None:
        """Shut the kernel down on a thread: the exports do not need it."""
        if self._closer is None:
            self._closer = threading.Thread(target=self._shutdown, name="communique-kernel-shutdown", daemon=True)
            self._closer.start()

    def close(self) -> None:
        """Shut the kernel down and wait until it is gone."""
        if self._closer is None:
            self._closer = False
            self._shutdown()
        elif self._closer is not False:
            self._closer.join()

    @property
    def closed(self) -> bool:
        return self._closer is not None

    def reset(self, timeout: float = 30.0) -> bool:
        """Clear the namespace and the execution count before the next notebook; the imports
        and the compiled lexicons stay, which is what keeping the kernel saves.

        False when the kernel does not answer in ``timeout`` seconds or the reset fails.
        """
        import asyncio

        from jupyter_client.blocking import BlockingKernelClient

        if self.closed:
            return False
        try:
            if not asyncio.run(self.km.is_alive()):
                return False
        except Exception:
            return False
        kc = BlockingKernelClient()
        kc.load_connection_info(self.km.get_connection_info())
        kc.start_channels(iopub=False, stdin=False, hb=False)
        try:
            msg_id = kc.execute("get_ipython().reset(new_session=True)", silent=True, store_history=False)
            deadline = time.monotonic() + timeout
            while True:
                reply = kc.get_shell_msg(timeout=max(0.05, deadline - time.monotonic()))
                if reply.get("parent_header", {}).get("msg_id") == msg_id:
                    return reply.get("content", {}).get("status") == "ok"
        except Exception:  # no answer in time (queue.Empty), or zmq gave up
            return False
        finally:
            kc.stop_channels()


_SHARED_KERNEL = threading.local()


def shared_kernel(start_only: bool = False) -> Kernel:
    """A kernel kept for the life of this thread and cleared before each use.

    A batch worker renders many statements; with one kernel it pays the kernel's start-up,
    imports and lexicon compilation once instead of once per statement. A kernel that failed
    a run (the report closes it) or does not answer the reset is replaced by a fresh one.
    One per thread: a Dask worker may run tasks on several threads at once, and a kernel
    runs one notebook at a time.

    ``start_only``: start the kernel if there is none, and do not clear it. A worker asks
    for this before it reads its first statement, so that the kernel starts while the
    statement is read; a kernel that has run nothing needs no clearing when it is used.
    """
    import atexit

    k = getattr(_SHARED_KERNEL, "kernel", None)
    unused = getattr(_SHARED_KERNEL, "unused", False)
    # (relative statement paths are read from the kernel's working directory)
    if k is not None and (k.cwd != os.getcwd() or k.closed or not (start_only or unused or k.reset())):
        k.close()
        atexit.unregister(k.close)
        k = None
    if k is None:
        k = _SHARED_KERNEL.kernel = Kernel(cwd=os.getcwd())
        atexit.register(k.close)
        unused = True
    _SHARED_KERNEL.unused = unused and start_only
    return k


def execute(
    nb,
    parameters: dict[str, Any],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    cwd: str | Path | None = None,
    timings: dict | None = None,
    kernel: Kernel | None = None,
    on_ready: Callable[[], None] | None = None,
):
    """Execute a parameterized copy of a notebook with papermill, in memory.

    Parameters reach the notebook only as Python literals written by papermill. A cell
    running past ``timeout`` seconds stops the run. A kernel passed in is left running:
    its owner shuts it down (a report at once, a batch worker when it is done).
    ``on_ready`` is called once, when the kernel is up and the first cell is sent: work
    started then (the browser) no longer competes with the kernel's start-up.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    t0 = time.perf_counter()
    extra: dict[str, Any] = {"km": kernel.km} if kernel is not None else {}
    if on_ready is not None:
        extra["on_cell_start"] = _once(on_ready)
    try:
        result = papermill.execute_notebook(
            copy.deepcopy(nb),
            None,
            parameters=parameters,
            progress_bar=False,
            log_output=False,
            cwd=str(cwd) if cwd else None,
            execution_timeout=timeout,
            start_timeout=60,
            kernel_name="python3",
            # The kernel's own start-up chatter (TCP notice, history database) is not the user's concern.
            extra_arguments=KERNEL_ARGS,
            shutdown_kernel="immediate",  # the run is over; a graceful shutdown only waits
            **extra,
        )
    except PapermillExecutionError as exc:
        raise RenderError(_execution_message(exc)) from None
    except TimeoutError as exc:
        raise RenderError(f"the notebook ran past the {timeout:.0f} s timeout and was stopped") from None
    except Exception as exc:  # nbclient raises several kinds of its own
        name = type(exc).__name__
        if "Timeout" in name or "timed out" in str(exc).lower():
            raise RenderError(f"the notebook ran past the {timeout:.0f} s timeout and was stopped") from None
        if "DeadKernel" in name:
            raise RenderError("the notebook's kernel died during the run") from None
        raise
    if timings is not None:
        total = time.perf_counter() - t0
        cells = sum(float(c.metadata.get("papermill", {}).get("duration") or 0) for c in result.cells)
        timings["kernel"] = max(0.0, total - cells)  # papermill set-up, waiting for the kernel, messages
        timings["cells"] = cells
        timings["execute"] = total
    return result


def _once(fn: Callable[[], None]) -> Callable[..., None]:
    """An nbclient cell hook that calls ``fn`` before the first cell only."""
    called = False

    def hook(**_):
        nonlocal called
        if not called:
            called = True
            fn()

    return hook


def _execution_message(exc) -> str:
    """The notebook's own error, which for bad input is a one-line CommuniqueError."""
    ename = getattr(exc, "ename", "") or ""
    evalue = (getattr(exc, "evalue", "") or "").strip()
    if ename in ("InputError", "ParameterError", "ToolMissingError", "RenderError", "CommuniqueError"):
        return evalue
    if "timeout" in ename.lower() or "timed out" in evalue.lower():
        return f"the notebook ran past the timeout and was stopped ({evalue})"
    return f"the notebook failed in cell {getattr(exc, 'exec_count', '?')}: {ename}: {evalue.splitlines()[0] if evalue else ''}"


def export_html(nb, exporter=None) -> str:
    from .exporters import BriefingHTMLExporter

    html, _ = (exporter or BriefingHTMLExporter()).from_notebook_node(copy.deepcopy(nb))
    return html


class _WarmExporter:
    """Import nbconvert and compile the briefing template on a thread while the kernel runs.

    The first HTML export of a process spends about half a second on imports and template
    compilation; the kernel spends seconds executing, during which this process only waits
    on sockets. Doing the first on a thread overlaps the two.
    """

    def __init__(self):
        import threading

        self.exporter = None
        self._thread = threading.Thread(target=self._warm, name="communique-warm-exporter", daemon=True)
        self._thread.start()

    def _warm(self):
        try:
            import nbformat

            from .exporters import BriefingHTMLExporter

            exporter = BriefingHTMLExporter()
            nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("## Warm")])
            exporter.from_notebook_node(nb)
            self.exporter = exporter
        except Exception:  # warming is an optimisation only; the real export reports errors
            self.exporter = None

    def get(self):
        self._thread.join()
        return self.exporter


_EXPORTER = threading.local()


def warm_exporter() -> _WarmExporter:
    """The HTML exporter this thread keeps: a batch worker compiles the template once."""
    warm = getattr(_EXPORTER, "warm", None)
    if warm is None or (not warm._thread.is_alive() and warm.exporter is None):
        warm = _EXPORTER.warm = _WarmExporter()
    return warm


class _Helpers:
    """The browser and the warmed HTML exporter a report needs once its notebook has run.

    :meth:`start_exporter` is called as the kernel starts, :meth:`start` when it begins
    running cells (see :func:`_render`).
    A browser passed in (a batch worker's), or the function that gives it, is used as it is
    and left open; with none, the report starts its own and closes it.
    """

    def __init__(self, browser=None, *, want_browser: bool, want_exporter: bool, timeout: float):
        self._factory = browser if callable(browser) else None
        self.browser = None if self._factory else browser
        self._own = None
        self._want_browser = want_browser
        self._want_exporter = want_exporter
        self._timeout = timeout
        self._warm: _WarmExporter | None = None
        self._started = False

    def start_exporter(self) -> None:
        if self._want_exporter and self._warm is None:
            self._warm = warm_exporter()

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        if self._want_browser and self.browser is None:
            from .pdf import Browser

            with contextlib.suppress(CommuniqueError, OSError):
                if self._factory is not None:
                    self.browser = self._factory()
                else:
                    self._own = self.browser = Browser(timeout=self._timeout)
        self.start_exporter()

    def exporter(self):
        return self._warm.get() if self._warm is not None else None

    def close(self) -> None:
        if self._own is not None:
            self._own.close()
            self._own = None


def export_pdf(nb, engine: str = "chromium", html: str | None = None, timeout: float = DEFAULT_TIMEOUT, browser=None) -> bytes:
    """PDF bytes of an executed notebook; with Chromium, from the same HTML as the HTML file."""
    if engine == "latex":
        from .latex import export_latex_pdf

        return export_latex_pdf(copy.deepcopy(nb))
    from .pdf import html_to_pdf

    if html is None:
        html = export_html(nb)
    if browser is not None:
        try:
            return browser.print_pdf(html)
        except RenderError:
            pass  # a browser that died mid-batch: print once more with a fresh one
    return html_to_pdf(html, timeout=timeout)


# --------------------------------------------------------------------------------------------
# One report
# --------------------------------------------------------------------------------------------


def check_formats(formats: Iterable[str] | str) -> list[str]:
    from .errors import ParameterError

    if isinstance(formats, str):
        formats = [f.strip() for f in formats.split(",") if f.strip()]
    formats = list(dict.fromkeys(formats))
    bad = [f for f in formats if f not in ("html", "pdf")]
    if bad or not formats:
        raise ParameterError(f"unknown format {', '.join(bad) or '(none)'}; choose from html, pdf")
    return formats


def _set_max_bytes(max_bytes: int | None) -> None:
    """A raised (or lowered) size limit goes to the kernel, which reads the statement again,
    in ``$COMMUNIQUE_MAX_BYTES`` (see :func:`communique.config.max_bytes`)."""
    if max_bytes is not None:
        os.environ["COMMUNIQUE_MAX_BYTES"] = str(int(max_bytes))


def check_out_dir(out: Path) -> None:
    """Refuse an output folder that cannot be written, before any work is done."""
    probe = out
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        raise InputError(probe, "output path is a file, not a folder")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise InputError(probe, "output folder is not writable")
    # (access() says yes to root everywhere, "/proc" included: try it)
    import tempfile

    try:
        os.rmdir(tempfile.mkdtemp(prefix=".probe-", dir=probe))
    except OSError as exc:
        raise InputError(out, f"output folder cannot be written: {(exc.strerror or str(exc)).lower()}") from None


def _check_engine(formats: list[str], pdf_engine: str) -> None:
    from .errors import ParameterError

    if pdf_engine not in PDF_ENGINES:
        raise ParameterError(f"unknown PDF engine {pdf_engine!r}; choose chromium or latex")
    if "pdf" not in formats:
        return
    if pdf_engine == "latex":
        from .latex import find_tex

        find_tex()
    else:
        from .pdf import find_chromium

        find_chromium()


def report(
    statement: str | Path,
    out: str | Path | None = None,
    *,
    formats: Iterable[str] | str = ("html", "pdf"),
    params: dict[str, Any] | None = None,
    pdf_engine: str = "chromium",
    timeout: float = DEFAULT_TIMEOUT,
    force: bool = True,
    notebook: str | Path | None = None,
    max_bytes: int | None = None,
    name: str | None = None,
    browser=None,
    kernel: Kernel | Callable[[], Kernel] | None = None,
) -> ReportResult:
    """Render one statement's briefing into ``out/<name>/``.

    The parameters and the paths are checked before a kernel starts; the statement (read and
    parsed here too) and the output folder are checked while it starts, and a failure shuts it
    down. With ``force=False`` a report whose inputs, parameters, notebook and package are
    unchanged is left as it is, and no kernel starts before the statement is read.
    ``kernel`` and ``browser`` are a running kernel and browser to use, or functions that
    give them (called only once all the checks have passed, so a bad statement starts neither).
    """
    from . import params as params_mod
    from . import statement as statement_mod
    from .errors import ParameterError

    t_start = time.perf_counter()
    formats = check_formats(formats)
    values = dict(params or {})
    if "statement" in values:
        raise ParameterError("give the statement as the command's argument, not as a parameter")
    given = Path(statement)
    values["statement"] = str(given)
    values = params_mod.check(values)
    src = resolve_input(given)
    meta_path = resolve_input(values["metadata"]) if values["metadata"] else statement_mod.metadata_path(src) if src.suffix else None
    _set_max_bytes(max_bytes)
    # A run that renders in any case starts its kernel now, so that the kernel's start-up (the
    # longest step) overlaps the reading of the statement; a statement that cannot be read
    # shuts it down again. (A run that may find its report current starts none.)
    early = _own_kernel(timeout) if force and kernel is None else None
    try:
        st = statement_mod.load(src, metadata=meta_path if values["metadata"] else None)
        if values["codebook"]:
            from . import themes

            themes.load_codebook(resolve_input(values["codebook"]))
        _check_engine(formats, pdf_engine)
        nb_path = Path(notebook) if notebook else config.BRIEFING_NOTEBOOK
        summary = dict(title=st.title, date=st.date.isoformat() if st.date else None, parties=list(st.parties))
        return _render(
            nb_path=nb_path,
            values=values,
            inputs=[src, meta_path],
            folder_name=slug(name or src.stem),
            names=output_names(values["detail"]),
            out=out,
            formats=formats,
            pdf_engine=pdf_engine,
            timeout=timeout,
            force=force,
            browser=browser,
            kernel=early or kernel,
            own_kernel=kernel is None,
            summary=summary,
            statement=src,
            t_start=t_start,
        )
    finally:
        if early is not None:
            early.close()  # (already closed after a run; at once after a failure)


def compare(
    a: str | Path,
    b: str | Path,
    out: str | Path | None = None,
    *,
    formats: Iterable[str] | str = ("html", "pdf"),
    params: dict[str, Any] | None = None,
    pdf_engine: str = "chromium",
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int | None = None,
) -> ReportResult:
    """Render the comparison of two statements into ``out/compare-<a>-vs-<b>/``."""
    from . import params as params_mod
    from . import statement as statement_mod

    t_start = time.perf_counter()
    formats = check_formats(formats)
    values = params_mod.check({**(params or {}), "statement_a": str(a), "statement_b": str(b)}, params_mod.COMPARE_PARAMS)
    srcs = [resolve_input(a), resolve_input(b)]
    _set_max_bytes(max_bytes)
    sts = [statement_mod.load(p) for p in srcs]
    if values["codebook"]:
        from . import themes

        themes.load_codebook(resolve_input(values["codebook"]))
    _check_engine(formats, pdf_engine)
    metas = [statement_mod.metadata_path(p) for p in srcs]
    summary = dict(
        title=f"{sts[0].title} / {sts[1].title}",
        date=sts[1].date.isoformat() if sts[1].date else None,
        parties=list(dict.fromkeys(sts[0].parties + sts[1].parties)),
    )
    return _render(
        nb_path=config.COMPARE_NOTEBOOK,
        values=values,
        inputs=[*srcs, *metas],
        folder_name=slug(f"compare-{srcs[0].stem}-vs-{srcs[1].stem}"),
        names={"html": "comparison.html", "pdf": "comparison.pdf", "ipynb": "comparison.ipynb", "state": ".comparison.state.json"},
        out=out,
        formats=formats,
        pdf_engine=pdf_engine,
        timeout=timeout,
        force=True,
        browser=None,
        kernel=None,
        summary={**summary, "kind": "compare"},
        statement=srcs[1],
        t_start=t_start,
    )


def spare_core() -> bool:
    """Whether a single report may use a second core for its charts: a kernel keeps one
    busy while its cells run."""
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) >= 2


def _own_kernel(timeout: float) -> Kernel:
    """The kernel of one run, which may draw its later charts on the second core."""
    from .chart_process import WAIT_S

    # (a child that hangs costs a cell at most a third of its timeout, then the cell draws)
    return Kernel(cwd=os.getcwd(), chart_process=spare_core(), chart_wait=min(WAIT_S, timeout / 3))


def _render(*, nb_path, values, inputs, folder_name, names, out, formats, pdf_engine, timeout, force, browser, kernel, summary, statement, t_start,
            own_kernel: bool | None = None) -> ReportResult:
    """Execute ``nb_path`` with ``values`` and publish its exports as one folder.

    The order is chosen for a two-core machine: the kernel starts first, because its start-up
    is the longest step on the critical path; the notebook is read and the exporter warmed
    (a thread of this process, otherwise idle) while it starts; Chromium, several busy
    processes while it starts, waits until the kernel runs cells (measured: starting it
    with the kernel slowed the kernel's start more than it saved).
    """
    timings: dict[str, float] = {}
    if not nb_path.is_file():
        raise InputError(nb_path, "notebook not found")
    out_dir = Path(out) if out else config.REPORTS_DIR
    check_out_dir(out_dir)
    folder = _confined(out_dir, folder_name)
    digest = content_hash(inputs[0], inputs[1:], values, nb_path, formats, pdf_engine)
    public = {k: v for k, v in summary.items() if k != "kind"}

    state_path = folder / names["state"]
    wanted = {f: folder / names[f] for f in formats} | {"ipynb": folder / names["ipynb"]}
    if not force and _is_current(state_path, digest, wanted.values()):
        return ReportResult(statement, folder, wanted, "unchanged", seconds=time.perf_counter() - t_start, **public)

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(out_dir, f"output folder cannot be made: {(exc.strerror or str(exc)).lower()}") from None
    with report_lock(out_dir, folder_name, timeout=max(timeout, 60) * 2):
        clean_stale(out_dir, folder_name)
        if not force and _is_current(state_path, digest, wanted.values()):
            return ReportResult(statement, folder, wanted, "unchanged", seconds=time.perf_counter() - t_start, **public)
        if own_kernel is None:
            own_kernel = kernel is None
        if kernel is None:
            kernel = _own_kernel(timeout)
        elif not isinstance(kernel, Kernel):
            kernel = kernel()  # a batch's shared kernel, started once a statement gets this far
        helpers = _Helpers(
            browser=browser,
            want_browser="pdf" in formats and pdf_engine == "chromium",
            want_exporter="html" in formats or ("pdf" in formats and pdf_engine == "chromium"),
            timeout=timeout,
        )
        try:
            helpers.start_exporter()
            nb = load_notebook(nb_path)
            timings["prepare"] = time.perf_counter() - t_start
            try:
                executed = execute(nb, values, timeout=timeout, cwd=os.getcwd(), timings=timings, kernel=kernel, on_ready=helpers.start)
            except BaseException:
                kernel.close()  # a kept kernel that failed a run is not trusted with the next
                raise
            if own_kernel:
                kernel.close_soon()
            helpers.start()  # a notebook without cells never called the hook
            files = _export(executed, names, formats, pdf_engine, timeout, helpers.browser, timings, helpers.exporter())
        finally:
            if own_kernel:
                kernel.close()
            helpers.close()
        state = {
            "hash": digest,
            "statement": str(values.get("statement") or statement),
            "formats": formats,
            "pdf_engine": pdf_engine,
            "version": __version__,
            **summary,
        }
        files[names["state"]] = json.dumps(state, indent=1, sort_keys=True).encode("utf-8")
        stale = _stale_formats(state_path, folder, names, formats, inputs, values, nb_path, pdf_engine)
        t = time.perf_counter()
        try:
            publish(files, folder)
            for path in stale:
                path.unlink(missing_ok=True)
        except OSError as exc:
            raise RenderError(f"could not write the report to {folder}: {(exc.strerror or str(exc)).lower()}") from None
        timings["write"] = time.perf_counter() - t
    return ReportResult(statement, folder, wanted, "rendered", seconds=time.perf_counter() - t_start, timings=timings, **public)


def _export(executed, names, formats, pdf_engine, timeout, browser, timings, exporter=None) -> dict[str, bytes]:
    """The run record and each requested format, all from one executed notebook in memory."""
    import nbformat

    files: dict[str, bytes] = {names["ipynb"]: nbformat.writes(executed).encode("utf-8")}
    html = None
    if "html" in formats or ("pdf" in formats and pdf_engine == "chromium"):
        t = time.perf_counter()
        html = export_html(executed, exporter)
        timings["html"] = time.perf_counter() - t
        if "html" in formats:
            files[names["html"]] = html.encode("utf-8")
    if "pdf" in formats:
        t = time.perf_counter()
        files[names["pdf"]] = export_pdf(executed, pdf_engine, html=html, timeout=timeout, browser=browser)
        timings["pdf"] = time.perf_counter() - t
    return files


def _stale_formats(state_path, folder, names, formats, inputs, values, nb_path, pdf_engine) -> list[Path]:
    """Files of formats not rendered this time that belong to another version of the statement
    (an HTML-only render after an edit must not leave the old PDF beside the new HTML); files
    that still match the statement and parameters stay."""
    others = [folder / names[f] for f in ("html", "pdf") if f not in formats and (folder / names[f]).is_file()]
    if not others:
        return []
    try:
        old = json.loads(state_path.read_text(encoding="utf-8"))
        same = old.get("hash") == content_hash(inputs[0], inputs[1:], values, nb_path, old.get("formats") or [], old.get("pdf_engine") or pdf_engine)
    except (OSError, ValueError, TypeError):
        same = False
    return [] if same else others


def _is_current(state_path: Path, digest: str, files: Iterable[Path]) -> bool:
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return state.get("hash") == digest and all(Path(f).is_file() for f in files)


def read_state(folder: Path, detail: str = "full") -> dict[str, Any] | None:
    try:
        return json.loads((folder / output_names(detail)["state"]).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


__all__ = [
    "ReportResult",
    "report",
    "execute",
    "export_html",
    "export_pdf",
    "publish",
    "slug",
    "resolve_input",
    "CommuniqueError",
]
