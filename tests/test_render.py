"""Rendering: papermill on the notebook, the exporters, atomic output, the CLI end to end."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from communique import params as params_mod
from communique import render
from communique.errors import ParameterError

from .conftest import ROOT, SEED, pdf_text, require_tool, run_cli, sha256, tree

SEED_HEADINGS = [
    "ECONOMIC PROSPERITY AND SOCIAL INCLUSION",
    "EDUCATION",
    "SCIENCE AND THE ENVIRONMENT",
    "ENHANCING CITIZEN SECURITY",
]

SMALL = """JOINT STATEMENT OF CHILE AND NEW ZEALAND
Wellington, 3 March 2021

Chile and New Zealand reaffirmed their partnership. The two governments will deepen cooperation.

TRADE AND CLIMATE

Bilateral trade reached US$1.2 billion in 2020. Both countries will cut emissions 30 percent by 2030.
"""


# -- parameters -------------------------------------------------------------------------------


def test_parameters_are_checked_by_name_and_type():
    assert params_mod.check({"top_n": "5"})["top_n"] == 5
    assert params_mod.check({"highlight_terms": "trade, climate"})["highlight_terms"] == ["trade", "climate"]
    with pytest.raises(ParameterError, match=r"unknown parameter 'detial'.*accepted: statement, metadata"):
        params_mod.check({"detial": "brief"})
    with pytest.raises(ParameterError, match="'top_n' must be a whole number"):
        params_mod.check({"top_n": "many"})
    with pytest.raises(ParameterError, match="'detail' must be one of full, brief"):
        params_mod.check({"detail": "long"})
    with pytest.raises(ParameterError, match="'highlight_terms' must be a list"):
        params_mod.check({"highlight_terms": 3})


def test_notebook_parameters_cell_matches_the_declared_parameters():
    import nbformat

    nb = nbformat.read(ROOT / "notebooks" / "briefing.ipynb", as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1
    declared = dict(re.findall(r"^(\w+): (\w+) = ", cells[0].source, re.M))
    assert declared == {name: p.type.__name__ for name, p in params_mod.BRIEFING_PARAMS.items()}
    for c in nb.cells:
        if c.cell_type == "code":
            assert not c.outputs and c.execution_count is None


# -- atomic output ----------------------------------------------------------------------------


def test_publish_swaps_the_whole_folder_and_keeps_other_variants(tmp_path):
    folder = tmp_path / "r"
    render.publish({"briefing.html": b"one", "briefing.pdf": b"%PDF one"}, folder)
    render.publish({"briefing-brief.html": b"brief"}, folder)
    render.publish({"briefing.html": b"two", "briefing.pdf": b"%PDF two"}, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        "briefing.html": b"two",
        "briefing.pdf": b"%PDF two",
        "briefing-brief.html": b"brief",
    }
    assert [p.name for p in tmp_path.iterdir()] == ["r"]  # no temporary folder left behind


def test_publish_keeps_the_readers_own_folders_in_the_report_folder(tmp_path):
    folder = tmp_path / "r"
    render.publish({"briefing.html": b"one"}, folder)
    (folder / "my_archive" / "2024").mkdir(parents=True)
    (folder / "my_archive" / "2024" / "brief.pdf").write_bytes(b"%PDF mine")
    render.publish({"briefing.html": b"two"}, folder)
    assert (folder / "my_archive" / "2024" / "brief.pdf").read_bytes() == b"%PDF mine"
    assert (folder / "briefing.html").read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["r"]


def test_a_report_lock_makes_another_run_wait_and_leaves_no_file(tmp_path):
    import threading
    import time

    order = []
    with render.report_lock(tmp_path, "r", timeout=5):
        assert (tmp_path / ".r.lock").exists()
        with pytest.raises(render.RenderError, match="another run has held the lock"):
            with render.report_lock(tmp_path, "r", timeout=0.2):
                pass

        def second():
            with render.report_lock(tmp_path, "r", timeout=5):
                order.append("second")

        t = threading.Thread(target=second)
        t.start()
        time.sleep(0.3)
        order.append("first")
    t.join(5)
    assert order == ["first", "second"]
    assert list(tmp_path.iterdir()) == []


def test_slugs_stay_inside_the_output_folder():
    assert render.slug("../../etc/passwd") == "etc-passwd"
    assert render.slug("..") == "statement"
    assert render.slug("US–Peru 2013") == "us-peru-2013"


# -- the notebook under papermill -------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("which", ["seed", "small"])
def test_notebook_runs_under_plain_papermill(tmp_path, which):
    if which == "seed":
        statement = "data/raw/us-peru-2013.txt"
    else:
        path = tmp_path / "chile-nz.txt"
        path.write_text(SMALL, encoding="utf-8")
        statement = str(path)
    out = tmp_path / "out.ipynb"
    res = subprocess.run(
        [str(Path(sys.executable).parent / "papermill"), "notebooks/briefing.ipynb", str(out), "-p", "statement", statement, "--no-progress-bar"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    nb = json.loads(out.read_text())
    html = "\n".join(
        "".join(o.get("data", {}).get("text/html", ""))
        for c in nb["cells"]
        for o in c.get("outputs", [])
    )
    if which == "seed":
        assert "Joint Statement between the United States and Peru" in html
        for h in SEED_HEADINGS:
            assert h in html
    else:
        assert "JOINT STATEMENT OF CHILE AND NEW ZEALAND" in html
        assert "TRADE AND CLIMATE" in html and "Chile, New Zealand" in html
    assert not any(o.get("output_type") == "error" for c in nb["cells"] for o in c.get("outputs", []))


# -- the CLI end to end -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    require_tool("chromium")
    out = tmp_path_factory.mktemp("reports")
    res = run_cli("report", str(SEED), "--out", str(out))
    assert res.returncode == 0, res.stderr
    return out / "us-peru-2013"


@pytest.mark.slow
def test_cli_report_writes_html_pdf_and_run_record(seed_report):
    names = sorted(p.name for p in seed_report.iterdir())
    assert names == [".briefing.state.json", "briefing.html", "briefing.ipynb", "briefing.pdf"]
    assert [p.name for p in seed_report.parent.iterdir()] == ["us-peru-2013"]  # no lock file nor temporary folder
    text = pdf_text(seed_report / "briefing.pdf")
    assert "$16 billion" in text and "$20 million" in text
    for h in SEED_HEADINGS:
        assert h in text
    assert "In [" not in text and "Out[" not in text and "import " not in text


@pytest.mark.slow
def test_cli_report_html_is_self_contained(seed_report):
    html = (seed_report / "briefing.html").read_text()
    assert "<title>Joint Statement between the United States and Peru</title>" in html
    assert not re.search(r"<script", html, re.I)
    assert not re.search(r"<link[^>]+href=[\"']?https?:", html, re.I)
    assert not re.search(r"src=[\"']?https?:", html, re.I)
    assert "mathjax" not in html.lower()
    assert "data:image/png;base64," in html
    assert "$16 billion" in html and "$20 million" in html  # as text: no math typesetter is loaded
    assert "<math" not in html and "MathJax" not in html
    assert "from communique import" not in html  # no code


@pytest.mark.slow
def test_run_record_holds_the_parameters(seed_report):
    nb = json.loads((seed_report / "briefing.ipynb").read_text())
    assert nb["metadata"]["papermill"]["parameters"]["statement"] == str(SEED)


@pytest.mark.parametrize(
    "make, problem",
    [
        (lambda p: None, "not found"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4), "PDF"),
    ],
)
def test_cli_report_bad_input_leaves_nothing(tmp_path, make, problem):
    src = tmp_path / "in" / "statement.txt"
    src.parent.mkdir()
    make(src)
    before = sha256(src) if src.exists() else None
    out = tmp_path / "out"
    out.mkdir()
    res = run_cli("report", str(src), "--out", str(out))
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1, res.stderr
    assert "Traceback" not in res.stderr and problem in lines[0] and str(src) in lines[0]
    assert tree(out) == {}
    assert (sha256(src) if src.exists() else None) == before


def test_cli_report_unknown_parameter_stops_before_the_kernel(tmp_path):
    res = run_cli("report", str(SEED), "--out", str(tmp_path), "-p", "detial", "brief")
    assert res.returncode != 0
    assert res.stderr.strip() == (
        "communique: error: unknown parameter 'detial'; accepted: statement, metadata, title, detail, codebook, top_n, highlight_terms"
    )
    assert tree(tmp_path) == {}


@pytest.mark.slow
def test_jupyter_nbconvert_uses_the_registered_exporters(seed_report, tmp_path):
    """The run record converts by hand with the same exporters: `jupyter nbconvert --to communique_pdf`."""
    jupyter = str(Path(sys.executable).parent / "jupyter")
    for exporter, ext in (("communique_html", "html"), ("communique_pdf", "pdf")):
        res = subprocess.run([jupyter, "nbconvert", "--to", exporter, str(seed_report / "briefing.ipynb"), "--output-dir", str(tmp_path)],
                             capture_output=True, text=True, timeout=600)
        assert res.returncode == 0, res.stderr[-1500:]
        assert (tmp_path / f"briefing.{ext}").exists()
    text = pdf_text(tmp_path / "briefing.pdf")
    assert "$16 billion" in text and "ENHANCING CITIZEN SECURITY" in text
    html = (tmp_path / "briefing.html").read_text()
    assert "<title>Joint Statement between the United States and Peru</title>" in html and "<script" not in html


def test_a_pdf_of_an_older_version_does_not_stay_beside_a_newer_html(tmp_path):
    require_tool("chromium")
    src = tmp_path / "s.txt"
    src.write_text("Joint Statement of Chile and Peru\n\nTrade\n\nPeru will open its market in 2025.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert run_cli("report", str(src), "--out", str(out)).returncode == 0
    pdf = out / "s" / "briefing.pdf"
    assert pdf.is_file()
    # the same statement, HTML only: its PDF still matches and stays
    assert run_cli("report", str(src), "--out", str(out), "--formats", "html").returncode == 0
    assert pdf.is_file()
    # an edited statement, HTML only: the old PDF would contradict the HTML, so it goes
    src.write_text(src.read_text(encoding="utf-8").replace("Peru will", "Chile will"), encoding="utf-8")
    assert run_cli("report", str(src), "--out", str(out), "--formats", "html").returncode == 0
    assert not pdf.exists() and "Chile will open" in (out / "s" / "briefing.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_html_export_checks_the_notebook_once_and_still_catches_a_broken_one(seed_report):
    import nbformat
    from nbconvert.preprocessors import Preprocessor

    from communique.exporters import BriefingHTMLExporter

    nb = nbformat.read(seed_report / "briefing.ipynb", as_version=4)
    exporter = BriefingHTMLExporter()
    checks = []
    real = exporter._validate_preprocessor
    exporter._validate_preprocessor = lambda nbc, pre: (checks.append(type(pre).__name__), real(nbc, pre))[1]
    html, _ = exporter.from_notebook_node(nb)
    assert "$16 billion" in html and "Joint Statement between the United States and Peru" in html
    assert len(checks) == 1  # once, after the last preprocessor, not once after each

    class Breaks(Preprocessor):
        def preprocess(self, nb, resources):
            nb.cells[0]["cell_type"] = "not-a-cell-type"
            return nb, resources

    broken = BriefingHTMLExporter()
    broken.register_preprocessor(Breaks(), enabled=True)
    with pytest.raises(Exception, match="(?i)valid|cell"):
        broken.from_notebook_node(nbformat.read(seed_report / "briefing.ipynb", as_version=4))


@pytest.mark.slow
def test_the_headless_shell_prints_the_pages_the_full_browser_prints(seed_report, monkeypatch):
    """The old headless shell is preferred (it starts on a tenth of the CPU); where both are
    installed, the full browser prints the seed's briefing to the same pages and text."""
    import shutil

    from communique import pdf

    shell, full = shutil.which("chromium-headless-shell"), shutil.which("chromium")
    if not (shell and full):
        pytest.skip("needs both chromium-headless-shell and chromium")
    monkeypatch.delenv("COMMUNIQUE_CHROMIUM", raising=False)
    assert pdf.find_chromium() == shell
    monkeypatch.setenv("COMMUNIQUE_CHROMIUM", "chromium")
    assert pdf.find_chromium() == full
    html = (seed_report / "briefing.html").read_text(encoding="utf-8")
    printed = seed_report.parent / "full-browser.pdf"
    printed.write_bytes(pdf.html_to_pdf(html))
    ours, theirs = pdf_text(seed_report / "briefing.pdf"), pdf_text(printed)
    assert ours.count("\f") == theirs.count("\f") >= 10  # pages
    assert ours == theirs
    assert "$16 billion" in ours


def test_a_folder_name_takes_the_plain_form_of_letters_with_no_accent_to_strip():
    assert render.slug("Əliyev–Erdoğan 2026") == "aliyev-erdogan-2026"
    assert render.slug("Løkke Rasmussen ß") == "lokke-rasmussen-ss"
