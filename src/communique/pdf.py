"""Print a briefing's HTML to PDF with the system's headless Chromium.

The briefing's own CSS decides the page (A4, margins, running title, page numbers through
``@page`` margin boxes), so the PDF is the HTML a reader sees, paginated. Chromium is called
directly: browser downloads by test tools do not work where briefings are rendered, and
Debian's ``chromium`` is what ``make setup`` installs. Chromium exits 0 even when it wrote
nothing, so the result is checked before it is trusted.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from .errors import RenderError, ToolMissingError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

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
    with tempfile.TemporaryDirectory(prefix="communique-pdf-") as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "briefing.html"
        out = tmp_path / "briefing.pdf"
        profile = tmp_path / "profile"
        src.write_text(html, encoding="utf-8")
        cmd = [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={out}", src.as_uri()]
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, "HOME": str(tmp_path)},
        )
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise RenderError(f"chromium did not finish printing the PDF within {timeout:.0f} s") from None
        finally:
            _kill_group(proc)
        data = out.read_bytes() if out.exists() else b""
        if not data.startswith(b"%PDF") or len(data) < 500:
            last = (err or b"").decode("utf-8", "replace").strip().splitlines()
            why = last[-1] if last else f"exit code {proc.returncode}"
            raise RenderError(f"chromium wrote no PDF ({why[:200]})")
        return data


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
