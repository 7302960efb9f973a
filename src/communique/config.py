"""Paths, in one place.

The package carries its own notebooks, templates and codebooks so that an installed
``communique`` works from any folder; inside the repository checkout the same files are used.
"""

from __future__ import annotations

import os

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: Repository root when running from a checkout (``src`` layout), else ``None``.
REPO_DIR = PACKAGE_DIR.parent.parent if (PACKAGE_DIR.parent.parent / "pyproject.toml").exists() else None

CODEBOOK_DIR = PACKAGE_DIR / "codebooks"
DATA_DIR = PACKAGE_DIR / "data"
TEMPLATE_DIR = PACKAGE_DIR / "templates"

DEFAULT_CODEBOOK = CODEBOOK_DIR / "cap.yaml"

#: Notebooks live in the repository's ``notebooks/``; an installed copy ships them too.
NOTEBOOK_DIR = (REPO_DIR / "notebooks") if REPO_DIR else (PACKAGE_DIR / "notebooks")
BRIEFING_NOTEBOOK = NOTEBOOK_DIR / "briefing.ipynb"
COMPARE_NOTEBOOK = NOTEBOOK_DIR / "compare.ipynb"
EXPLORE_NOTEBOOK = NOTEBOOK_DIR / "explore.ipynb"

REPORTS_DIR = (REPO_DIR / "reports") if REPO_DIR else Path("reports")
SEED_STATEMENT = (REPO_DIR / "data" / "raw" / "us-peru-2013.txt") if REPO_DIR else None

#: Statements larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: The largest limit a caller may set (a statement is prose, not a data dump).
MAX_MAX_BYTES = 1024 * 1024 * 1024


def max_bytes() -> int:
    """The statement size limit in force: ``$COMMUNIQUE_MAX_BYTES`` when set (``communique
    report --max-bytes`` sets it, so that its kernel reads the statement with the same limit
    as the command did), else the default."""
    raw = os.environ.get("COMMUNIQUE_MAX_BYTES", "").strip()
    if raw.isdigit() and 1 <= int(raw) <= MAX_MAX_BYTES:
        return int(raw)
    return DEFAULT_MAX_BYTES
#: A "line" longer than this is not prose from a statement (a minified dump, a binary).
MAX_LINE_CHARS = 100_000
