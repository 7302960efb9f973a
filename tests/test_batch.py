"""Batch rendering, incremental runs, the Dask path, and the comparison briefing."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from .conftest import SEED, pdf_text, require_tool, run_cli

pytestmark = pytest.mark.slow

STATEMENTS = {
    "canada-chile.txt": """JOINT STATEMENT OF CANADA AND CHILE
Ottawa, 4 February 2015

The Prime Minister of Canada and the President of Chile met today in Ottawa.

1. Trade and Investment

Trade between our two countries exceeded US$3.2 billion in 2014. Both governments will modernize the Canada-Chile Free Trade Agreement by 2016.

2. Climate

The leaders resolved to protect 30 percent of their oceans by 2030.
""",
    "japan-australia.md": """# Joint Statement by Japan and Australia

Tokyo, October 22, 2022

## Security

Japan and Australia will deepen defence cooperation under the Reciprocal Access Agreement.

## Energy

Both countries will invest US$450 million in hydrogen supply chains.
""",
    "india-france.txt": """JOINT STATEMENT OF INDIA AND FRANCE
Paris, 14 July 2023

India and France will co-develop a jet engine. They welcomed the Horizon 2047 roadmap.
""",
    "mexico-guatemala.txt": """JOINT DECLARATION OF MEXICO AND GUATEMALA

MIGRATION
The two governments will open three new border crossings and train 1,200 officials. They welcomed the Sembrando Vida programme.
SECURITY
Mexico and Guatemala agreed to combat arms trafficking.
""",
    "kenya-germany.html": """<html><head><title>Joint Communiqué</title></head><body><main>
<h1>Joint Communiqué of Kenya and Germany</h1><p>Nairobi, 2 May 2023</p>
<h2>Energy</h2><p>Germany will support 500 megawatts of geothermal power in Kenya.</p>
<h2>Skills</h2><p>The two governments launched a skills partnership for 10,000 young people.</p>
</main></body></html>
""",
}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory):
    d = tmp_path_factory.mktemp("inbox")
    for name, text in STATEMENTS.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "scan.pdf.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    return d


ENV = {"SOURCE_DATE_EPOCH": "1700000000"}


def _files(out: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.suffix in (".html", ".pdf") and p.name != "index.html"
    }


@pytest.fixture(scope="module")
def first_run(inbox, tmp_path_factory):
    out = tmp_path_factory.mktemp("batch1")
    res = run_cli("batch", str(inbox), "--out", str(out), "--formats", "html", env=ENV)
    return out, res


def test_batch_renders_good_statements_and_names_the_failures(inbox, first_run):
    out, res = first_run
    assert res.returncode != 0
    folders = sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))
    assert folders == ["canada-chile", "india-france", "japan-australia", "kenya-germany", "mexico-guatemala"]
    for f in folders:
        html = (out / f / "briefing.html").read_text()
        assert html.rstrip().endswith("</html>")
    errors = res.stderr.strip().splitlines()
    assert len(errors) == 2
    assert any(str(inbox / "empty.txt") in e and "empty" in e for e in errors)
    assert any(str(inbox / "scan.pdf.txt") in e and "PDF" in e for e in errors)
    assert "rendered 5, unchanged 0, failed 2" in res.stdout
    assert not [p for p in out.iterdir() if p.name.startswith(".tmp-")]
    index = (out / "index.html").read_text()
    for title in ("Joint Statement by Japan and Australia", "Joint Communiqué of Kenya and Germany"):
        assert title in index
    assert "2015-02-04" in index and "Canada, Chile" in index and 'href="canada-chile/briefing.html"' in index


def test_the_index_is_written_without_loading_nbconvert(first_run):
    """With --jobs 2 the main process renders nothing; loading nbconvert only to write the
    index cost it a third of a second while both workers were done."""
    import subprocess
    import sys

    out, _ = first_run
    before = (out / "index.html").read_text()
    code = (
        "import sys; from pathlib import Path; from communique.batch import write_index; "
        f"write_index(Path({str(out)!r})); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('nbconvert', 'papermill', 'pandas', 'matplotlib')))"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "[]"
    assert (out / "index.html").read_text() == before
    assert before.count("<tr>") == 6  # the header row and the five briefings
    assert 'content: "Briefings"' in before  # the printed index's running title


def test_unchanged_batch_renders_nothing(inbox, first_run):
    out, _ = first_run
    t0 = time.perf_counter()
    res = run_cli("batch", str(inbox / "*.txt"), str(inbox / "*.md"), str(inbox / "*.html"), "--out", str(out), "--formats", "html", env=ENV)
    elapsed = time.perf_counter() - t0
    assert "rendered 0, unchanged 5, failed 2" in res.stdout, res.stdout
    assert "nothing changed" in res.stdout
    assert elapsed < 60


def test_touching_one_statement_rerenders_only_it(inbox, first_run):
    out, _ = first_run
    path = inbox / "india-france.txt"
    path.write_text(path.read_text() + "\nThe leaders will meet again in 2024.\n", encoding="utf-8")
    res = run_cli("batch", str(inbox), "--out", str(out), "--formats", "html", env=ENV)
    assert "rendered 1, unchanged 4, failed 2" in res.stdout, res.stdout
    assert "rendered: india-france" in res.stdout


def test_two_jobs_give_the_same_files_as_one(inbox, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    r1 = run_cli("batch", str(inbox), "--out", str(one), "--formats", "html", "--jobs", "1", env=ENV)
    r2 = run_cli("batch", str(inbox), "--out", str(two), "--formats", "html", "--jobs", "2", env=ENV)
    assert "rendered 5" in r1.stdout and "rendered 5" in r2.stdout
    assert _files(one) == _files(two)


def test_dask_local_cluster_matches_the_local_run(inbox, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    local, remote = tmp_path / "local", tmp_path / "cluster"
    run_cli("batch", str(inbox), "--out", str(local), "--formats", "html", env=ENV)
    os.environ.update(ENV)
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            res = run_cli("batch", str(inbox), "--out", str(remote), "--formats", "html", "--scheduler", cluster.scheduler_address, env=ENV)
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    assert "rendered 5, unchanged 0, failed 2" in res.stdout, res.stdout + res.stderr
    assert _files(local) == _files(remote)


US_PERU_2014 = """    DEEPENING THE STRATEGIC PARTNERSHIP
Lima, 10 November 2014
President Barack Obama and President Ollanta Humala met today to review the strategic partnership between the United States and Peru.
ECONOMIC PROSPERITY AND SOCIAL INCLUSION
The U.S.-Peru Trade Promotion Agreement facilitated nearly $19 billion in bilateral trade in 2013. The two Presidents reaffirmed their shared commitment to conclude the Trans-Pacific Partnership negotiations.
The two leaders launched the Andean Clean Energy Partnership to bring solar power to rural communities.
EDUCATION
The two Presidents welcomed progress under the Education Policy Dialogue and the 100,000 Strong in the Americas initiative.
ENHANCING CITIZEN SECURITY
The United States will increase counternarcotics assistance to Peru by more than $25 million. The two leaders agreed to conclude the Defense Cooperation Agreement.
"""


def test_compare_finds_the_changed_figure_and_the_new_and_dropped_initiatives(tmp_path):
    require_tool("chromium")
    later = tmp_path / "us-peru-2014.txt"
    later.write_text(US_PERU_2014, encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("compare", str(SEED), str(later), "--out", str(out))
    assert res.returncode == 0, res.stderr
    folder = out / "compare-us-peru-2013-vs-us-peru-2014"
    text = " ".join(pdf_text(folder / "comparison.pdf").split())
    html = (folder / "comparison.html").read_text()
    assert "bilateral trade: nearly $16 billion → nearly $19 billion" in text
    assert "New initiatives: Andean Clean Energy Partnership" in text
    assert "Pacific Alliance" in text.split("Dropped initiatives:")[1].split(".")[0]
    assert "Megaports" in html
    assert "Briefing" not in text and text.count("Comparison") >= 3  # (each page's running head says what it is)


def _notebook(*sources: str):
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    return nb


def test_a_kept_kernel_starts_each_notebook_clean_and_a_failed_one_is_replaced(tmp_path):
    """A batch worker keeps one kernel; no name, count or failure may carry to the next statement."""
    import threading

    import nbformat

    from communique import render
    from communique.errors import RenderError

    first = render.shared_kernel()
    try:
        done = render.execute(_notebook("leak = 41", "leak + 1"), {}, kernel=first, timeout=60)
        assert [c.execution_count for c in done.cells] == [1, 2]
        assert done.cells[1].outputs[0]["data"]["text/plain"] == "42"

        again = render.shared_kernel()
        assert again is first  # kept, and cleared
        elsewhere: list = []
        worker = threading.Thread(target=lambda: elsewhere.append(render.shared_kernel()))
        worker.start()
        worker.join()
        assert elsewhere[0] is not first  # a kernel runs one notebook at a time: one per thread
        elsewhere[0].close()
        done = render.execute(_notebook("'leak' in globals()"), {}, kernel=again, timeout=60)
        assert done.cells[0].execution_count == 1
        assert done.cells[0].outputs[0]["data"]["text/plain"] == "False"
        assert "communique.figures" in render.execute(_notebook("import sys; sorted(sys.modules)"), {}, kernel=again, timeout=60).cells[0].outputs[0]["data"]["text/plain"]
        # one client for the kernel's life: no sockets or threads left behind per notebook
        fds, threads = len(os.listdir("/proc/self/fd")), threading.active_count()
        for _ in range(3):
            render.execute(_notebook("1"), {}, kernel=render.shared_kernel(), timeout=60)
        assert (len(os.listdir("/proc/self/fd")), threading.active_count()) == (fds, threads)

        slow = tmp_path / "slow.ipynb"
        nbformat.write(_notebook("import time; time.sleep(30)"), str(slow))
        with pytest.raises(RenderError, match="timeout"):
            render.report(SEED, tmp_path / "out", formats=["html"], notebook=slow, timeout=1, kernel=again)
        assert again.closed  # the report does not hand a kernel that failed a run to the next
        assert not (tmp_path / "out" / "us-peru-2013").exists()
        fresh = render.shared_kernel()
        assert fresh is not first and not fresh.closed
        assert render.execute(_notebook("1 + 1"), {}, kernel=fresh, timeout=60).cells[0].outputs[0]["data"]["text/plain"] == "2"
    finally:
        render.shared_kernel().close()


def test_a_worker_starts_its_kernel_before_it_reads_and_clears_it_only_after_a_run(tmp_path, monkeypatch):
    """The early start must hand the same kernel to the report, with no reset of a kernel that
    has run nothing, and must not skip the reset of one that has run a notebook."""
    from communique import batch, render

    resets: list = []
    real_reset = render.Kernel.reset
    monkeypatch.setattr(render.Kernel, "reset", lambda self, *a, **k: resets.append(self) or real_reset(self, *a, **k))
    started: list = []
    real_start = render.shared_kernel
    monkeypatch.setattr(render, "shared_kernel", lambda *a, **k: started.append(k) or real_start(*a, **k))
    try:
        early = render.shared_kernel(start_only=True)
        assert render.shared_kernel(start_only=True) is early and resets == []
        first = render.shared_kernel()
        assert first is early and resets == []  # it had run nothing
        assert render.execute(_notebook("x = 1", "x"), {}, kernel=first, timeout=60).cells[1].execution_count == 2
        assert render.shared_kernel(start_only=True) is first and resets == []
        assert render.shared_kernel() is first and resets == [first]  # it has run a notebook
        assert render.execute(_notebook("'x' in globals()"), {}, kernel=first, timeout=60).cells[0].outputs[0]["data"]["text/plain"] == "False"

        # a worker's task starts it early; an empty or missing statement starts none
        empty = tmp_path / "empty.txt"
        empty.write_bytes(b"")
        started.clear()
        out = batch.run_task(batch.Task(str(empty), "empty", str(tmp_path / "out"), ("html",), {}, "chromium", True, 60.0, None), keep_kernel=True)
        assert out.status == "failed" and started == []
        out = batch.run_task(batch.Task(str(SEED), "seed", str(tmp_path / "out"), ("html",), {}, "chromium", True, 60.0, None), keep_kernel=True)
        assert out.status == "rendered" and started[0] == {"start_only": True}, (out, started)
    finally:
        real_start().close()


def test_every_statement_gets_a_folder_of_its_own():
    from communique.batch import _names
    from communique.render import slug

    files = [Path("coll/a/s.txt"), Path("coll/a/s.md"), Path("coll/b/s.txt"), Path("x/b/s.txt"), Path("t/us.txt")]
    names = _names(files)
    assert names == ["a-s-txt", "a-s-md", "b-s-txt", "b-s-txt-2", "us"]
    assert len(set(names)) == len(files)
    assert slug("státement ü 2013 (copy)") == "statement-u-2013-copy"


def test_workers_take_the_largest_statements_first(tmp_path):
    from communique.batch import Task, largest_first

    sizes = {"small.txt": 300, "seed.txt": len(SEED.read_bytes()), "mid-a.txt": 2000, "mid-b.txt": 2000}
    for name, n in sizes.items():
        (tmp_path / name).write_bytes(b"x" * n)
    tasks = [Task(str(tmp_path / n), n, str(tmp_path), ["html"], {}, "chromium", False, 60.0, None) for n in [*sizes, "gone.txt"]]
    order = [Path(t.statement).name for t in largest_first(tasks)]
    # the seed (about 8 KB) first, equal sizes in their given order, a missing file last
    assert order == ["seed.txt", "mid-a.txt", "mid-b.txt", "small.txt", "gone.txt"]
    assert [Path(t.statement).name for t in tasks][0] == "small.txt"  # the caller's list is left as it was
