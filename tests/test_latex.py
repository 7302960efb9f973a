"""The typeset PDF engine (nbconvert's LaTeX route) and ``communique doctor``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from .conftest import SEED, pdf_text, require_tool, run_cli

HOSTILE = """JOINT STATEMENT OF PERÚ AND CHILE
Lima, 4 February 2015

The parties cited $16 billion and $20 million in one paragraph, 45% & more, A_B #1 {x} ~ ^ \\ and “curly” quotes.
The República del Perú and <b>tags</b> stay text; \\section{no} and $$x^2$$ too.
"""


@pytest.mark.slow
@pytest.mark.latex
def test_latex_engine_renders_the_seed(tmp_path):
    require_tool("xelatex")
    require_tool("pandoc")
    res = run_cli("report", str(SEED), "--out", str(tmp_path), "--pdf-engine", "latex")
    assert res.returncode == 0, res.stderr
    text = " ".join(pdf_text(tmp_path / "us-peru-2013" / "briefing.pdf").split())
    for needle in ["$16 billion", "$20 million", "Perú", "República", "ECONOMIC PROSPERITY AND SOCIAL INCLUSION", "EDUCATION",
                   "SCIENCE AND THE ENVIRONMENT", "ENHANCING CITIZEN SECURITY", "Contents", "Page 2 of"]:
        assert needle in text, needle
    assert "In [" not in text and "Out[" not in text


@pytest.mark.slow
@pytest.mark.latex
def test_latex_engine_prints_special_characters(tmp_path):
    require_tool("xelatex")
    src = tmp_path / "peru-chile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    res = run_cli("report", str(src), "--out", str(tmp_path / "out"), "--pdf-engine", "latex", "--formats", "pdf")
    assert res.returncode == 0, res.stderr
    text = " ".join(pdf_text(tmp_path / "out" / "peru-chile" / "briefing.pdf").split())
    for needle in ["$16 billion and $20 million in one paragraph", "45% & more", "A_B #1 {x}", "República del Perú", "<b>tags</b>", "$$x^2$$"]:
        assert needle in text, needle


def test_latex_engine_without_tex_names_the_tool_and_the_target(tmp_path):
    bare = tmp_path / "bin"
    bare.mkdir()
    os.symlink(sys.executable, bare / "python")
    exe = Path(sys.executable).parent / "communique"
    import subprocess

    res = subprocess.run([str(exe), "report", str(SEED), "--out", str(tmp_path / "out"), "--pdf-engine", "latex"],
                         capture_output=True, text=True, env={**os.environ, "PATH": str(bare)})
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "xelatex is not installed" in lines[0] and "make setup-latex" in lines[0]
    assert not (tmp_path / "out").exists()


def test_doctor_reports_each_engine():
    res = run_cli("doctor")
    lines = res.stdout.splitlines()
    assert any("PDF via Chromium" in line for line in lines)
    assert any("PDF via LaTeX" in line and ("[ok]" in line or "make setup-latex" in line) for line in lines)
    assert res.returncode in (0, 1)


def test_a_backtick_of_inline_code_is_printed_as_one():
    from communique.present import latex_escape

    # (TeX would print a bare backtick as an opening quote; a curly quote still becomes TeX's quote)
    assert latex_escape("`x^2` and ‘so’") == r"\textasciigrave{}x\textasciicircum{}2\textasciigrave{} and `so'"
