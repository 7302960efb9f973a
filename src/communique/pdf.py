"""Print a briefing's HTML to PDF with the system's headless Chromium.

The briefing's own CSS decides the page (A4, margins, running title, page numbers through
``@page`` margin boxes), so the PDF is the HTML a reader sees, paginated. Chromium is called
directly: browser downloads by test tools do not work where briefings are rendered, and
Debian's ``chromium`` is what ``make setup`` installs. Chromium exits 0 even when it wrote
nothing, so the result is checked before it is trusted.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

from . import abort
from .errors import RenderError, ToolMissingError

#: The old headless shell first: it prints the same pages as the full browser (the seed's
#: briefing rasterizes identically) and starts on about a tenth of the CPU (0.17 against
#: 1.3 to 1.5 CPU-s measured), which a report otherwise takes from its kernel's cells.
CHROMIUM_NAMES = (
    "chromium-headless-shell", "chrome-headless-shell", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
)

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-pdf-header-footer",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    "--hide-scrollbars",
    "--disable-dev-shm-usage",
    "--generate-pdf-document-outline",
]


def find_chromium() -> str:
    """The Chromium executable (``$COMMUNIQUE_CHROMIUM`` first), or a clear error."""
    override = os.environ.get("COMMUNIQUE_CHROMIUM")
    if override:
        if shutil.which(override):
            return shutil.which(override)
        raise ToolMissingError(f"COMMUNIQUE_CHROMIUM={override} is not an executable")
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise ToolMissingError(
        "chromium is not installed, so no PDF can be printed; run `make setup` "
        "(apt-get install chromium) or render HTML only with --formats html"
    )


def html_to_pdf(html: str, *, timeout: float = 120.0) -> bytes:
    """Print an HTML document to PDF bytes; raise :class:`RenderError` if Chromium fails."""
    exe = find_chromium()
    with abort.shielded():
        scratch = _scratch(_PDF_SCRATCH)
        abort.note_path(scratch.name)
    try:
        with scratch as tmp:
            return _print_once(exe, Path(tmp), html, timeout)
    finally:
        abort.forget_path(scratch.name)


def _print_once(exe: str, tmp_path: Path, html: str, timeout: float) -> bytes:
    src = tmp_path / "briefing.html"
    out = tmp_path / "briefing.pdf"
    profile = tmp_path / "profile"
    src.write_text(html, encoding="utf-8")
    cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={out}", src.as_uri()]
    with abort.shielded():
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env=_chromium_env(tmp_path),
        )
        abort.note_group(proc.pid)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise RenderError(f"chromium did not finish printing the PDF within {timeout:.0f} s") from None
    finally:
        _kill_group(proc)
        abort.forget_group(proc.pid)
        _remove_singleton_folder(profile)
    data = out.read_bytes() if out.exists() else b""
    if not data.startswith(b"%PDF") or len(data) < 500:
        last = (err or b"").decode("utf-8", "replace").strip().splitlines()
        why = last[-1] if last else f"exit code {proc.returncode}"
        raise RenderError(f"chromium wrote no PDF ({why[:200]})")
    return data


def _scratch(prefix: str) -> tempfile.TemporaryDirectory:
    """A temporary folder for one Chromium: its profile, its pages and its own TMPDIR.

    Chromium puts its singleton socket at ``$TMPDIR/org.chromium.Chromium.XXXXXX/
    SingletonSocket``. Pointing its TMPDIR into this folder means removing the folder removes
    that too, even when Chromium is killed before it has linked the socket into its profile
    (a run stopped while the browser starts). A Unix socket path holds at most 107 bytes, so
    under a long TMPDIR (a test runner's, a CI job's) the folder goes to /tmp instead.

    The folder's name carries the run's process id: a run killed outright (SIGKILL, the
    out-of-memory killer) cannot remove its folder (a browser's profile is 1.6 MB), so the
    next run that prints removes the folders of processes that are gone.
    """
    root = tempfile.gettempdir()
    if len(os.fsencode(root)) > 32 and os.access("/tmp", os.W_OK):
        root = "/tmp"
    sweep_orphans(root)
    return tempfile.TemporaryDirectory(prefix=f"{prefix}{os.getpid()}-", dir=root)


_BROWSER_SCRATCH, _PDF_SCRATCH = "cq-browser-", "cq-pdf-"  # (the prefixes of the scratch folders' names)
_SCRATCH_NAME = re.compile(rf"(?:{_BROWSER_SCRATCH}|{_PDF_SCRATCH})(\d+)-")


def sweep_orphans(root: str | Path) -> int:
    """Remove scratch folders in ``root`` whose run is gone; return how many.

    Only this user's folders, and only those whose process no longer exists: a folder of a
    live run (another report printing now) is left alone. A process id used again by a new
    process keeps its folder until that process is gone too."""
    n = 0
    uid = os.getuid()
    try:
        entries = list(os.scandir(root))
    except OSError:
        return 0
    for entry in entries:
        m = _SCRATCH_NAME.match(entry.name)
        if not m or int(m.group(1)) == os.getpid():
            continue
        try:
            if not entry.is_dir(follow_symlinks=False) or entry.stat(follow_symlinks=False).st_uid != uid:
                continue
            os.kill(int(m.group(1)), 0)
        except ProcessLookupError:
            shutil.rmtree(entry.path, ignore_errors=True)
            n += 1
        except (OSError, OverflowError):  # (alive under another user, or not ours to check)
            continue
    return n


def _chromium_env(home: str | Path) -> dict[str, str]:
    """Chromium's environment: its own HOME and TMPDIR, both the run's scratch folder."""
    return {**os.environ, "HOME": str(home), "TMPDIR": str(home)}


def _remove_singleton_folder(profile: Path) -> None:
    """Remove the folder Chromium made in TMPDIR for its singleton socket.

    The profile links to it (``SingletonSocket``); Chromium removes it when it exits on its
    own, but not when it is killed, which is how a print ends. Left alone, every report
    would leave one folder in /tmp.
    """
    try:
        folder = Path(os.readlink(profile / "SingletonSocket")).parent
    except OSError:
        return
    if folder.name.startswith("org.chromium.Chromium.") and profile not in folder.parents:
        shutil.rmtree(folder, ignore_errors=True)


def _kill_group(proc: subprocess.Popen) -> None:
    """Chromium forks helpers (zygote, GPU, renderer); end the whole process group."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass


class Browser:
    """One headless Chromium kept open and driven over its DevTools pipe.

    Starting the browser costs CPU (the headless shell about 0.2 s, the full Chromium 1.3 s or
    more, measured); a report starts it while the notebook runs,
    and a batch worker keeps one for all its PDFs. The DevTools protocol runs over the
    ``--remote-debugging-pipe`` file descriptors (3 and 4 in the browser), so no port is opened
    and no websocket library is needed. Messages are JSON, each ended by a NUL byte.
    """

    def __init__(self, timeout: float = 120.0):
        import json  # noqa: F401  (kept close to its use in _send)

        exe = find_chromium()
        self.timeout = timeout
        with abort.shielded():
            self._tmp = _scratch(_BROWSER_SCRATCH)
            abort.note_path(self._tmp.name)
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def wire():  # runs in the child before exec: its fds 3 and 4 are the pipe ends
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        flags = [f for f in CHROMIUM_FLAGS if f != "--no-pdf-header-footer"]
        try:
            self._launch(exe, flags, wire)
        except BaseException:  # (no browser: its pipes and folder go now)
            for fd in (to_child_r, self._to_child, self._from_child, from_child_w):
                with contextlib.suppress(OSError):
                    os.close(fd)
            self._tmp.cleanup()
            abort.forget_path(self._tmp.name)
            raise
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._id = 0
        self._events: list[dict] = []
        self._session: str | None = None
        self._target: str | None = None

    def _launch(self, exe: str, flags: list[str], wire) -> None:
        with abort.shielded():
            self.proc = subprocess.Popen(
                [exe, *flags, "--remote-debugging-pipe", f"--user-data-dir={Path(self._tmp.name) / 'profile'}", "about:blank"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                preexec_fn=wire,
                pass_fds=(3, 4),  # after wire() these are the pipe ends; keep them open
                start_new_session=True,
                env=_chromium_env(self._tmp.name),
            )
            abort.note_group(self.proc.pid)

    # -- protocol ---------------------------------------------------------------------------
    def _send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        import json
        import time

        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        try:
            os.write(self._to_child, json.dumps(msg).encode() + b"\0")
        except OSError:
            raise RenderError("chromium closed its DevTools pipe") from None
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RenderError(f"chromium refused {method}: {reply['error'].get('message', reply['error'])}")
                return reply.get("result", {})
            self._events.append(reply)

    def _read(self, deadline: float) -> dict:
        import json
        import select
        import time

        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise RenderError(f"chromium did not answer within {self.timeout:.0f} s")
            ready, _, _ = select.select([self._from_child], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise RenderError("chromium exited while printing")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def _wait_event(self, method: str, session: str) -> None:
        import time

        deadline = time.monotonic() + self.timeout
        while True:
            for i, ev in enumerate(self._events):
                if ev.get("method") == method and ev.get("sessionId") == session:
                    del self._events[i]
                    return
            self._events.append(self._read(deadline))

    # -- use --------------------------------------------------------------------------------
    def _page(self) -> str:
        """The DevTools session of the browser's one tab, attached once.

        Every print navigates this tab, so its renderer, started with the browser, serves
        them all: a new tab per print started a renderer each time (0.1 s and 0.15 CPU-s per
        PDF measured).
        """
        if self._session is None:
            pages = [] if self._target else [t for t in self._send("Target.getTargets").get("targetInfos", []) if t.get("type") == "page"]
            target = pages[0]["targetId"] if pages else self._send("Target.createTarget", {"url": "about:blank"})["targetId"]
            self._target = target
            session = self._send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            self._send("Page.enable", session=session)
            self._session = session
        return self._session

    def _drop_page(self) -> None:
        """Close a tab that failed a print; the next print opens a new one."""
        self._session = None
        if self._target:
            try:
                self._send("Target.closeTarget", {"targetId": self._target})
            except RenderError:
                pass

    def print_pdf(self, html: str) -> bytes:
        """Load an HTML document and print it with the page settings of its own CSS."""
        import base64

        src = Path(self._tmp.name) / f"page-{self._id}.html"
        src.write_text(html, encoding="utf-8")
        try:
            session = self._page()
            self._events.clear()
            self._send("Page.navigate", {"url": src.as_uri()}, session=session)
            self._wait_event("Page.loadEventFired", session)
            result = self._send(
                "Page.printToPDF",
                {
                    "printBackground": True,
                    "preferCSSPageSize": True,
                    "displayHeaderFooter": False,
                    "generateDocumentOutline": True,
                    "generateTaggedPDF": True,
                },
                session=session,
            )
        except RenderError:
            self._drop_page()  # a tab that failed a print is not trusted with the next
            raise
        finally:
            src.unlink(missing_ok=True)
        data = base64.b64decode(result.get("data", ""))
        if not data.startswith(b"%PDF"):
            raise RenderError("chromium returned no PDF")
        return data

    def close(self) -> None:
        for fd in (self._to_child, self._from_child):
            try:
                os.close(fd)
            except OSError:
                pass
        _kill_group(self.proc)
        abort.forget_group(self.proc.pid)
        _remove_singleton_folder(Path(self._tmp.name) / "profile")
        self._tmp.cleanup()
        abort.forget_path(self._tmp.name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


_SHARED = threading.local()


def shared_browser() -> Browser:
    """A browser kept for the life of this thread (a batch worker prints many PDFs).

    One per thread, not per process: a Dask worker may run several tasks at once on its
    threads, and the DevTools pipe carries one conversation at a time.
    """
    import atexit

    browser = getattr(_SHARED, "browser", None)
    if browser is not None and browser.proc.poll() is not None:
        browser.close()  # its profile folder and pipes
        atexit.unregister(browser.close)
        browser = None
    if browser is None:
        browser = _SHARED.browser = Browser()
        atexit.register(browser.close)
    return browser
