"""``communique doctor``: which engines can run here, and what to install for the others."""

from __future__ import annotations

import shutil
import subprocess
from typing import TextIO

CHECKS = [
    # (engine, tools, install hint)
    ("HTML briefings", [], "always available"),
    ("PDF via Chromium (default)", ["chromium"], "make setup  (apt-get install chromium-headless-shell or chromium, and fonts-dejavu-core)"),
    ("PDF via LaTeX (--pdf-engine latex)", ["xelatex", "pandoc"], "make setup-latex  (apt-get install pandoc texlive-xetex texlive-fonts-recommended texlive-plain-generic)"),
    ("PDF text checks in tests", ["pdftotext"], "make setup  (apt-get install poppler-utils)"),
]


def _version(tool: str) -> str:
    try:
        out = subprocess.run([tool, "--version"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.strip().splitlines()[0] if out.strip() else ""


def report_engines(stream: TextIO) -> bool:
    """Print one line per engine; return True when the default engines are all available."""
    from .pdf import CHROMIUM_NAMES

    ok_default = True
    for name, tools, hint in CHECKS:
        missing = []
        found = []
        for tool in tools:
            candidates = CHROMIUM_NAMES if tool == "chromium" else (tool,)
            path = next((shutil.which(c) for c in candidates if shutil.which(c)), None)
            if path:
                found.append(_version(path) or path)
            else:
                missing.append(tool)
        if missing:
            stream.write(f"[missing] {name}: needs {', '.join(missing)}; install with {hint}\n")
            if "LaTeX" not in name:
                ok_default = False
        else:
            detail = f" ({'; '.join(found)})" if found else ""
            stream.write(f"[ok]      {name}{detail}\n")
    return ok_default
