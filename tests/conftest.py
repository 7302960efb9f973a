"""Shared fixtures: the seed, statements written in each shape, and a way to run the real CLI."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "raw" / "us-peru-2013.txt"
STATEMENTS = Path(__file__).resolve().parent / "statements"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def fuzz_statements(phrases: list[str], max_text: int, max_parts: int = 12):
    """A hypothesis strategy for fuzz tests: statements read from random text mixed with
    the phrases an analysis reacts to, in any order; None where the reader refuses the text."""
    from hypothesis import strategies as hs

    from communique import statement as S
    from communique.errors import InputError

    def read(parts: list[str]):
        try:
            return S.from_text("".join(parts))
        except InputError:
            return None

    return hs.lists(hs.one_of(hs.text(min_size=1, max_size=max_text), hs.sampled_from(phrases)), max_size=max_parts).map(read)


def require_tool(name: str) -> str:
    """Skip when an outside tool is missing on a workstation; fail in CI, where it must exist."""
    found = shutil.which(name)
    if found:
        return found
    if IN_CI:
        pytest.fail(f"{name} is required in CI (make setup / make setup-latex installs it)")
    pytest.skip(f"{name} is not installed")


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``communique`` in a new process, exactly as a user would."""
    exe = Path(sys.executable).parent / "communique"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "communique.cli"]
    return subprocess.run(
        [*cmd, *args],
        cwd=str(cwd or ROOT),
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def tree(path: Path) -> dict[str, str]:
    """Every file under a folder with its hash (to prove nothing was created or changed)."""
    path = Path(path)
    if not path.exists():
        return {}
    return {str(p.relative_to(path)): sha256(p) for p in sorted(path.rglob("*")) if p.is_file()}


def pdf_text(path: Path) -> str:
    exe = require_tool("pdftotext")
    return subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed():
    from communique import statement

    return statement.load(SEED)
