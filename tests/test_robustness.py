"""Crashes mid-render, concurrent runs, timeouts, hostile text: nothing lost, nothing let in."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .conftest import ROOT, SEED, pdf_text, require_tool, run_cli

pytestmark = pytest.mark.slow


def _start(*args: str, env: dict | None = None) -> subprocess.Popen:
    exe = Path(sys.executable).parent / "communique"
    return subprocess.Popen(
        [str(exe), *args], cwd=str(ROOT), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )


def _complete(folder: Path) -> bool:
    """A report folder is complete when every file of the report is whole."""
    html = (folder / "briefing.html").read_text(encoding="utf-8")
    pdf = (folder / "briefing.pdf").read_bytes()
    json.loads((folder / "briefing.ipynb").read_text(encoding="utf-8"))
    json.loads((folder / ".briefing.state.json").read_text(encoding="utf-8"))
    return html.rstrip().endswith("</html>") and pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-1024:]


def _marked_processes(marker: str) -> list[int]:
    """Processes (kernels, chromium) started by a run, found by an environment marker."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            env = (entry / "environ").read_bytes()
            status = (entry / "status").read_text()
        except OSError:
            continue
        if f"COMMUNIQUE_TEST_MARK={marker}".encode() in env and "State:\tZ" not in status:
            pids.append(int(entry.name))
    return pids


def _wait_for_process(name: str, marker: str, seconds: float) -> bool:
    """Wait until a marked process with this command name runs."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for pid in _marked_processes(marker):
            try:
                if Path(f"/proc/{pid}/comm").read_text().strip() == name:
                    return True
            except OSError:
                pass
        time.sleep(0.05)
    return False


def _wait_for_child(marker: str, parent: int, seconds: float, prefix: str = "") -> bool:
    """Wait until a marked process other than ``parent`` runs (the kernel of a report), one
    whose command name starts with ``prefix`` where one is given ("chrom": the browser, which
    a report starts when its first cell runs)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for pid in _marked_processes(marker):
            if pid == parent:
                continue
            try:
                if Path(f"/proc/{pid}/comm").read_text().startswith(prefix):
                    return True
            except OSError:
                pass
        time.sleep(0.02)
    return False


def _default_stops() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _wait_gone(marker: str, seconds: float = 10.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = _marked_processes(marker)
        if not alive:
            return []
        time.sleep(0.2)
    return _marked_processes(marker)


@pytest.fixture(scope="module")
def previous_report(tmp_path_factory):
    require_tool("chromium")
    out = tmp_path_factory.mktemp("kill")
    res = run_cli("report", str(SEED), "--out", str(out))
    assert res.returncode == 0, res.stderr
    return out


@pytest.mark.parametrize("delay", [0.3, 1.0, 2.0, 3.0, 4.0])
def test_killed_render_leaves_previous_report_whole(previous_report, delay):
    out = previous_report
    folder = out / "us-peru-2013"
    marker = uuid.uuid4().hex
    proc = _start("report", str(SEED), "--out", str(out), env={"COMMUNIQUE_TEST_MARK": marker})
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert folder.is_dir() and _complete(folder)
    assert sorted(p.name for p in folder.iterdir()) == [".briefing.state.json", "briefing.html", "briefing.ipynb", "briefing.pdf"]
    # orphaned kernels notice their parent is gone; chromium finishes and exits
    assert _wait_gone(marker, 15) == []


def _scratch_of(pid: int) -> list[Path]:
    """The browser scratch folders a run made, wherever its temporary folder was."""
    import tempfile

    roots = {Path("/tmp"), Path(tempfile.gettempdir())}
    return [p for root in roots if root.is_dir() for p in root.iterdir()
            if p.name.startswith((f"cq-browser-{pid}-", f"cq-pdf-{pid}-"))]


def test_killed_first_render_leaves_nothing(tmp_path):
    require_tool("chromium")
    proc = _start("report", str(SEED), "--out", str(tmp_path))
    deadline = time.monotonic() + 20
    while not _scratch_of(proc.pid) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)  # (until its browser has started: a kill before would test nothing)
    killed_with_browser = bool(_scratch_of(proc.pid))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert killed_with_browser
    folder = tmp_path / "us-peru-2013"
    assert not folder.exists() or _complete(folder)
    res = run_cli("report", str(SEED), "--out", str(tmp_path), "--formats", "html,pdf")
    assert res.returncode == 0, res.stderr
    assert _complete(folder)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]  # leftovers cleaned
    # the killed run's browser folder (its profile, 1.6 MB) went with the next run's print
    assert _scratch_of(proc.pid) == []


def test_a_killed_runs_browser_folders_go_and_a_live_runs_stay(tmp_path):
    """A run killed outright cannot remove its scratch folders; the next print removes those
    of processes that are gone, and only those."""
    from communique.pdf import sweep_orphans

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = [tmp_path / f"cq-browser-{gone.pid}-abcd1234", tmp_path / f"cq-pdf-{gone.pid}-efgh5678"]
    live = tmp_path / f"cq-browser-{os.getppid()}-ijkl9012"  # (a process that is running)
    other = tmp_path / f"cq-notes-{gone.pid}-mnop3456"
    for folder in [*dead, live, other]:
        (folder / "profile").mkdir(parents=True)
        (folder / "profile" / "Preferences").write_text("{}", encoding="utf-8")
    assert sweep_orphans(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])
    assert sweep_orphans(tmp_path / "missing") == 0


def test_two_concurrent_reports_end_well(tmp_path):
    require_tool("chromium")
    procs = [_start("report", str(SEED), "--out", str(tmp_path)) for _ in range(2)]
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    folder = tmp_path / "us-peru-2013"
    assert _complete(folder)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]


def test_batch_and_report_on_the_same_statement(tmp_path):
    require_tool("chromium")
    src = tmp_path / "in"
    src.mkdir()
    (src / "us-peru-2013.txt").write_bytes(SEED.read_bytes())
    (src / "us-peru-2013.yml").write_bytes(SEED.with_suffix(".yml").read_bytes())
    out = tmp_path / "out"
    a = _start("batch", str(src), "--out", str(out), "--force")
    b = _start("report", str(src / "us-peru-2013.txt"), "--out", str(out))
    ra, rb = a.communicate(timeout=600), b.communicate(timeout=600)
    assert (a.returncode, b.returncode) == (0, 0), (ra, rb)
    assert _complete(out / "us-peru-2013")


def test_timeout_stops_the_run_and_cleans_up(tmp_path):
    marker = uuid.uuid4().hex
    proc = _start("report", str(SEED), "--out", str(tmp_path), "--timeout", "0.2", env={"COMMUNIQUE_TEST_MARK": marker})
    _, err = proc.communicate(timeout=300)
    assert proc.returncode != 0
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "timeout" in lines[0], err
    assert not (tmp_path / "us-peru-2013").exists()
    assert _wait_gone(marker, 15) == []


HOSTILE = """JOINT STATEMENT ON <script>alert(1)</script> COOPERATION

The parties noted <img src=x onerror=alert(2)> and <a href="javascript:alert(3)">this link</a>.
They cited [a Markdown link](javascript:alert(4)) and **bold** text.
Costs rose from $16 billion to $20 million, a 5% & 7% change for A_B #1 {x} \\ ^ ~ users.
The formula $$x^2$$ and \\(y\\) and \\[z\\] were quoted; 3 < 4 > 2.
"""


def test_hostile_text_is_shown_as_text(tmp_path):
    require_tool("chromium")
    src = tmp_path / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    res = run_cli("report", str(src), "--out", str(tmp_path / "out"))
    assert res.returncode == 0, res.stderr
    folder = tmp_path / "out" / "hostile"
    html = (folder / "briefing.html").read_text()

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags = []
            self.attrs = []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            self.attrs += [(tag, k, v or "") for k, v in attrs]

    c = Collect()
    c.feed(html)
    assert "script" not in c.tags
    assert not [a for a in c.attrs if a[1].startswith("on")]
    assert not [a for a in c.attrs if "javascript:" in a[2].lower()]
    assert not [a for a in c.attrs if a[0] == "img" and a[2] == "x"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    text = pdf_text(folder / "briefing.pdf")
    flat = " ".join(text.split())
    for needle in ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[a Markdown link](javascript:alert(4))",
                   "$16 billion to $20 million", "5% & 7%", "A_B #1 {x}", "$$x^2$$", "3 < 4 > 2"]:
        assert needle in flat, needle


def test_parameters_with_code_in_them_are_data(tmp_path):
    require_tool("chromium")
    odd = tmp_path / 'we"ird\'; import os; ("name.txt'
    odd.write_bytes(SEED.read_bytes())
    title = 'Title "); import os; os.system("touch /tmp/pwned"); ("\nnext line ../x'
    res = run_cli("report", str(odd), "--out", str(tmp_path / "out"), "-p", "title", title, "--formats", "html")
    assert res.returncode == 0, res.stderr
    assert not Path("/tmp/pwned").exists()
    folders = [p for p in (tmp_path / "out").iterdir() if p.is_dir()]
    assert len(folders) == 1 and folders[0].parent == tmp_path / "out"
    html = (folders[0] / "briefing.html").read_text()
    from html import unescape

    assert 'Title "); import os; os.system("touch /tmp/pwned"); ("' in unescape(html)
    assert "<script" not in html


def test_traversal_names_stay_inside_the_output_folder(tmp_path):
    require_tool("chromium")
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    evil = nested / "..%2f..%2fpasswd.txt"
    evil.write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    res = run_cli("report", str(nested / ".." / "b" / evil.name), "--out", str(out), "--formats", "html", "--name", "../../escape")
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["escape"]
    assert not (tmp_path / "escape").exists()


def test_runs_leave_nothing_in_the_temporary_folder(tmp_path):
    """Chromium keeps a singleton lock folder in TMPDIR and cannot remove it when it is
    killed; a report or a batch must not leave one (or anything else) behind per run. Under
    a TMPDIR too long for Chromium's socket path the PDF is still printed."""
    import shutil
    import tempfile

    require_tool("chromium")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("a", "b", "c"):
        (inbox / f"{name}.txt").write_text(SEED.read_text(encoding="utf-8") + f"\n\nThe parties will meet in {name}.\n", encoding="utf-8")
    scratch = Path(tempfile.mkdtemp(prefix="cq-", dir="/tmp"))  # short, as most TMPDIRs are
    try:
        env = {"TMPDIR": str(scratch)}
        r = run_cli("report", str(SEED), "--out", str(tmp_path / "one"), env=env)
        assert r.returncode == 0, r.stderr
        r = run_cli("batch", str(inbox), "--out", str(tmp_path / "many"), "--jobs", "2", env=env)
        assert r.returncode == 0, r.stderr
        assert (tmp_path / "many" / "c" / "briefing.pdf").read_bytes().startswith(b"%PDF")
        assert sorted(p.name for p in scratch.iterdir()) == []
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    deep = tmp_path / ("long-temporary-folder-name-" * 3)
    deep.mkdir()
    r = run_cli("report", str(SEED), "--out", str(tmp_path / "deep"), env={"TMPDIR": str(deep)})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "deep" / "us-peru-2013" / "briefing.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in deep.iterdir()) == []


@pytest.mark.parametrize("content, options, problem", [
    (b"", [], "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40, [], "is a PNG image, not a text statement"),
    (b"Joint Statement\n\n" + b"The parties will meet. " * 60, ["--max-bytes", "100"], "over the 100 bytes limit"),
])
def test_a_statement_that_cannot_be_read_shuts_its_kernel_down(tmp_path, monkeypatch, content, options, problem):
    """A report starts its kernel while it reads the statement; a statement it cannot read
    ends the run with one line, and the kernel started for it is gone at once (not only
    when the program ends: a program may call the report and go on)."""
    from communique import render
    from communique.errors import InputError

    src = tmp_path / "bad.txt"
    src.write_bytes(content)
    marker = uuid.uuid4().hex
    monkeypatch.setenv("COMMUNIQUE_TEST_MARK", marker)
    # (a size limit given to the report travels to its kernel in the environment: set here so
    # that it is undone after the test, as the default it is)
    monkeypatch.setenv("COMMUNIQUE_MAX_BYTES", "5242880")
    started = []
    monkeypatch.setattr(render, "_own_kernel", lambda timeout, _start=render._own_kernel: started.append(_start(timeout)) or started[-1])
    max_bytes = int(options[1]) if options else None
    with pytest.raises(InputError, match=problem):
        render.report(src, tmp_path / "out", max_bytes=max_bytes)
    assert len(started) == 1 and started[0].closed
    assert [pid for pid in _marked_processes(marker) if pid != os.getpid()] == []
    assert not (tmp_path / "out").exists() and src.read_bytes() == content

    res = run_cli("report", str(src), "--out", str(tmp_path / "out"), *options)
    assert res.returncode != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and problem in lines[0] and "Traceback" not in res.stderr, res.stderr


@pytest.mark.parametrize("command, delay", [("report", "kernel"), ("batch", 4.0), ("latex", None)])
def test_sigterm_stops_the_run_cleanly(tmp_path, command, delay):
    """SIGTERM (a job scheduler, `timeout`, `kill`) ends a run like Ctrl-C: one line, exit
    143, no kernel, browser or XeLaTeX left running, nothing left in TMPDIR, no half-written
    report. (The LaTeX run is stopped once XeLaTeX is typesetting.)"""
    import shutil
    import tempfile

    require_tool("xelatex" if command == "latex" else "chromium")
    out = tmp_path / "out"
    if command == "report":
        args = ["report", str(SEED), "--out", str(out)]
    elif command == "latex":
        args = ["report", str(SEED), "--out", str(out), "--pdf-engine", "latex"]
    else:
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        for i in range(6):
            (inbox / f"s{i}.txt").write_text(SEED.read_text(encoding="utf-8") + f"\n\nThe parties will meet in {2030 + i}.\n", encoding="utf-8")
        args = ["batch", str(inbox), "--out", str(out), "--jobs", "2"]
    scratch = Path(tempfile.mkdtemp(prefix="cq-", dir="/tmp"))
    marker = uuid.uuid4().hex
    try:
        proc = _start(*args, env={"COMMUNIQUE_TEST_MARK": marker, "TMPDIR": str(scratch)})
        if delay is None:
            assert _wait_for_process("xelatex", marker, 120), "XeLaTeX never started"
        elif delay == "kernel":  # (once the kernel runs: a report may end within any fixed delay)
            assert _wait_for_child(marker, proc.pid, 60), "no kernel started"
            time.sleep(0.3)
        else:
            time.sleep(delay)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 143
        assert err == "communique: terminated\n"
        assert _wait_gone(marker, 15) == []
        assert sorted(p.name for p in scratch.iterdir()) == []
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    folders = [p for p in out.iterdir() if p.is_dir()] if out.exists() else []
    assert not [p for p in folders if p.name.startswith(".tmp-")]
    for folder in folders:
        assert _complete(folder)


def test_a_stop_kills_what_was_noted_and_waits_for_a_shield(tmp_path):
    """The stop handler kills the noted process groups, removes the noted paths and exits
    with one line; a stop that comes while a resource is being created waits for it."""
    marker = uuid.uuid4().hex
    scratch = tmp_path / "scratch"
    script = (
        "import os, signal, subprocess, sys, time\n"
        "from communique import abort\n"
        "abort.install()\n"
        "os.mkdir(sys.argv[1]); abort.note_path(sys.argv[1])\n"
        "open(os.path.join(sys.argv[1], 'part'), 'w').close()\n"
        "with abort.shielded():\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    time.sleep(0.3)\n"
        "    child = subprocess.Popen(['sleep', '60'], start_new_session=True)\n"
        "    abort.note_group(child.pid)\n"
        "    print('created', flush=True)\n"
        "print('not reached', flush=True)\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", script, str(scratch)], capture_output=True, text=True, timeout=60,
        env={**os.environ, "COMMUNIQUE_TEST_MARK": marker},
    )
    assert res.returncode == 143
    assert res.stdout == "created\n"
    assert res.stderr == "communique: terminated\n"
    assert not scratch.exists()
    assert _wait_gone(marker, 10) == []


def test_ctrl_c_in_a_program_that_calls_main_returns_130_and_the_program_goes_on(tmp_path):
    """Only the `communique` command ends its process on a stop; a program that calls
    ``cli.main`` itself (a notebook's kernel) gets 130 back and carries on, its kernel and
    browser shut down."""
    require_tool("chromium")
    marker = uuid.uuid4().hex
    # (the stop comes once the kernel runs, whatever the machine's speed: a report can end
    # within any fixed delay)
    script = (
        "import sys\n"
        "from communique import cli\n"
        "rc = cli.main(['report', sys.argv[1], '--out', sys.argv[2]])\n"
        "print('still here', rc, flush=True)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(SEED), str(tmp_path / "out")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, cwd=str(ROOT), env={**os.environ, "COMMUNIQUE_TEST_MARK": marker},
        preexec_fn=_default_stops,  # (whatever the test runner ignores: a shell's background job ignores Ctrl-C)
    )
    assert _wait_for_child(marker, proc.pid, 60, "chrom"), "no browser started"
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    res = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    assert res.returncode == 0, res.stderr
    assert res.stdout == "still here 130\n"
    assert res.stderr.strip().endswith("communique: interrupted")
    assert _wait_gone(marker, 15) == []


def test_a_latex_export_stopped_between_its_steps_leaves_nothing(tmp_path):
    """nbconvert writes the .tex, runs XeLaTeX, BibTeX and XeLaTeX again in one temporary
    folder; a stop at any step removes it, and kills a running XeLaTeX at once."""
    require_tool("xelatex")
    scratch = tmp_path / "t"
    scratch.mkdir()
    marker = uuid.uuid4().hex
    script = (
        "import os, signal, sys, nbformat\n"
        "from communique import abort\n"
        "from communique.exporters import BriefingLatexPDFExporter\n"
        "abort.install()\n"
        "nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell('# Hello')])\n"
        "ex = BriefingLatexPDFExporter()\n"
        "if sys.argv[1] == 'between':\n"
        "    ex.run_bib = lambda *a, **k: os.kill(os.getpid(), signal.SIGTERM)\n"
        "    ex.from_notebook_node(nb)\n"
        "else:\n"
        "    import threading\n"
        "    threading.Timer(1.0, lambda: os.kill(os.getpid(), signal.SIGTERM)).start()\n"
        "    os.chdir(sys.argv[2])\n"
        "    ex.texinputs = sys.argv[2]\n"
        "    ex.run_command(['sleep', '30'], 'x', 1, print)\n"
    )
    for step in ("between", "during"):
        t0 = time.monotonic()
        res = subprocess.run(
            [sys.executable, "-c", script, step, str(scratch)], capture_output=True, text=True, timeout=120,
            env={**os.environ, "TMPDIR": str(scratch), "COMMUNIQUE_TEST_MARK": marker},
        )
        assert res.returncode == 143, res.stderr
        assert res.stderr == "communique: terminated\n"
        assert _marked_processes(marker) == []  # the `sleep` in XeLaTeX's place is gone at once
        assert time.monotonic() - t0 < 25
    assert sorted(p.name for p in scratch.iterdir()) == []


def test_a_browser_killed_while_it_starts_leaves_nothing(monkeypatch):
    """A browser closed at once (as a stopped run kills it) may not yet have linked its
    singleton socket into its profile; the socket's folder in TMPDIR must go all the same."""
    import shutil
    import tempfile

    from communique.pdf import Browser

    require_tool("chromium")
    scratch = Path(tempfile.mkdtemp(prefix="cq-", dir="/tmp"))  # short, as most TMPDIRs are
    try:
        monkeypatch.setenv("TMPDIR", str(scratch))
        monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
        for step in range(25):
            browser = Browser()
            time.sleep(step * 0.02)
            browser.close()
        assert sorted(p.name for p in scratch.iterdir()) == []
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def test_a_failed_print_does_not_poison_the_next(tmp_path):
    """A batch worker prints every PDF in one tab; a print that fails takes its tab with it."""
    import socket
    import threading

    from communique import pdf
    from communique.errors import RenderError

    require_tool("chromium")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    port = server.getsockname()[1]
    held: list = []  # connections accepted and never answered: the page never finishes loading
    threading.Thread(target=lambda: [held.append(server.accept()) for _ in range(5)], daemon=True).start()
    page = "<html><body><h1>Heading</h1><p>Text of the page.</p></body></html>"
    with pdf.Browser(timeout=3) as browser:
        assert browser.print_pdf(page).startswith(b"%PDF")
        with pytest.raises(RenderError, match="did not answer"):
            browser.print_pdf(f'<html><body><img src="http://127.0.0.1:{port}/x.png">never loads</body></html>')
        after = browser.print_pdf(page)
        assert after.startswith(b"%PDF")
        tabs = [t for t in browser._send("Target.getTargets")["targetInfos"] if t["type"] == "page"]
        assert len(tabs) == 1
    server.close()
    out = tmp_path / "after.pdf"
    out.write_bytes(after)
    assert "Text of the page." in pdf_text(out)
