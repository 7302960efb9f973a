"""Render many briefings: worker processes here, or tasks on a Dask cluster.

Each statement is one task, run in its own process with its own working files (papermill
changes the working directory while it runs, which is not safe across threads). A failing
statement is reported and the others go on. Unchanged statements are recognised in the
parent process from the content hash stored beside each report, so an unchanged batch
starts no kernel and no worker at all.
"""

from __future__ import annotations

import contextlib
import glob
import html
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from . import abort, config
from .errors import CommuniqueError, InputError

STATEMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")


@dataclass
class Task:
    statement: str
    name: str
    out: str
    formats: list[str]
    params: dict[str, Any]
    pdf_engine: str
    force: bool
    timeout: float
    max_bytes: int | None


@dataclass
class Outcome:
    statement: str
    name: str
    status: str  # rendered | unchanged | failed
    reason: str = ""
    seconds: float = 0.0
    title: str = ""
    date: str | None = None
    parties: list[str] = field(default_factory=list)


@dataclass
class BatchSummary:
    outcomes: list[Outcome]
    seconds: float

    @property
    def rendered(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "rendered"]

    @property
    def unchanged(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "unchanged"]

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def expand(paths: Iterable[str]) -> tuple[list[Path], list[Outcome]]:
    """Files, folders (their statement files) and glob patterns → statement files, in order."""
    found: list[Path] = []
    missing: list[Outcome] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            inside = sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() in STATEMENT_SUFFIXES)
            if not inside:
                missing.append(Outcome(raw, "", "failed", f"{raw}: is a directory with no statement files ({', '.join(STATEMENT_SUFFIXES)})"))
            found += inside
        elif p.exists() or p.is_symlink():
            found.append(p)
        elif any(ch in raw for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            found += [m for m in matches if m.is_file() and m.suffix.lower() in STATEMENT_SUFFIXES]
            if not matches:
                missing.append(Outcome(raw, "", "failed", f"{raw}: no file matches this pattern"))
        else:
            missing.append(Outcome(raw, "", "failed", f"{raw}: file not found"))
    unique = list(dict.fromkeys(found))
    return unique, missing


def _names(files: list[Path]) -> list[str]:
    """Report folder names; statements with the same file name get their folder's name too,
    and those in the same folder their suffix ("a/s.txt" and "a/s.md" are "a-s-txt", "a-s-md"),
    so that no report overwrites another."""
    from .render import slug

    stems = Counter(slug(f.stem) for f in files)
    names = [slug(f.stem) if stems[slug(f.stem)] == 1 else slug(f"{f.parent.name}-{f.stem}") for f in files]
    again = Counter(names)
    names = [n if again[n] == 1 else slug(f"{n}-{f.suffix.lstrip('.')}") for n, f in zip(names, files)]
    seen: Counter = Counter()
    out = []
    for n in names:  # (still the same: "a/b/s.txt" and "c/b/s.txt")
        seen[n] += 1
        out.append(n if seen[n] == 1 else f"{n}-{seen[n]}")
    return out


def run_task(task: Task, keep_kernel: bool = False) -> Outcome:
    """Render one statement; every failure becomes an Outcome with a one-line reason.

    A worker keeps one browser for all its statements, and with ``keep_kernel`` one kernel
    (see :func:`communique.render.shared_kernel`). Dask tasks do not keep kernels: Dask runs
    each task in a copy of the thread's context, where the event loop the kernel's client is
    bound to does not carry over from one task to the next.
    """
    from .render import report, shared_kernel

    from .pdf import shared_browser

    t0 = time.perf_counter()
    try:
        # (the functions, not a kernel and a browser: each starts only for a statement that
        # passes its checks; one Chromium per worker, for all its PDFs)
        kernel = shared_kernel if keep_kernel else None
        if keep_kernel and _size(task.statement) > 0:  # (one missing or empty fails before it needs a kernel)
            # (a statement sent here is not current: the kernel starts while it is read)
            with contextlib.suppress(Exception):  # (a kernel that cannot start fails the report, in its words)
                shared_kernel(start_only=True)
        r = report(
            task.statement,
            task.out,
            formats=task.formats,
            params=task.params,
            pdf_engine=task.pdf_engine,
            timeout=task.timeout,
            force=task.force,
            max_bytes=task.max_bytes,
            name=task.name,
            browser=shared_browser,
            kernel=kernel,
        )
        return Outcome(task.statement, task.name, r.status, "", time.perf_counter() - t0, r.title, r.date, r.parties)
    except CommuniqueError as exc:
        return Outcome(task.statement, task.name, "failed", " ".join(str(exc).split()), time.perf_counter() - t0)
    except Exception as exc:  # a bug must not stop the other statements
        return Outcome(task.statement, task.name, "failed", f"{task.statement}: unexpected {type(exc).__name__}: {exc}", time.perf_counter() - t0)


def _size(path: str) -> int:
    """A file's bytes; a file that cannot be read counts as empty (it fails at once)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _unchanged(task: Task) -> Outcome | None:
    """Decide in this process, from hashes alone, whether a report is already current."""
    from . import params as params_mod
    from . import statement as statement_mod
    from .render import _is_current, content_hash, output_names, resolve_input

    if task.force:
        return None
    try:
        values = params_mod.check({**task.params, "statement": task.statement})
        src = resolve_input(task.statement)
        if not src.is_file():
            return None
        meta = resolve_input(values["metadata"]) if values["metadata"] else statement_mod.metadata_path(src)
        digest = content_hash(src, meta, values, config.BRIEFING_NOTEBOOK, task.formats, task.pdf_engine)
    except (CommuniqueError, OSError):
        return None
    names = output_names(values["detail"])
    folder = Path(task.out) / task.name
    files = [folder / names[f] for f in [*task.formats, "ipynb"]]
    if not _is_current(folder / names["state"], digest, files):
        return None
    state = json.loads((folder / names["state"]).read_text(encoding="utf-8"))
    return Outcome(task.statement, task.name, "unchanged", "", 0.0, state.get("title", ""), state.get("date"), state.get("parties", []))


class _Progress:
    """A tqdm bar on a terminal (stderr), plain log lines on stdout otherwise."""

    def __init__(self, total: int, stream=None):
        self.stream = stream or (sys.stderr if sys.stderr.isatty() else sys.stdout)
        self.total = total
        self.done = 0
        self.bar = None
        if total and self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="statement", file=self.stream, dynamic_ncols=True)

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.set_postfix_str(f"{outcome.status} {outcome.name}"[:40])
            self.bar.update(1)
        else:
            extra = f" ({outcome.seconds:.1f} s)" if outcome.status == "rendered" else ""
            why = f": {outcome.reason}" if outcome.status == "failed" else ""
            print(f"[{self.done}/{self.total}] {outcome.status} {outcome.name or outcome.statement}{extra}{why}", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_batch(
    paths: Iterable[str],
    *,
    out: str | Path | None = None,
    jobs: int = 1,
    formats: Iterable[str] | str = ("html", "pdf"),
    params: dict[str, Any] | None = None,
    pdf_engine: str = "chromium",
    force: bool = False,
    timeout: float = 300.0,
    scheduler: str | None = None,
    max_bytes: int | None = None,
    stream=None,
) -> BatchSummary:
    """Render every statement in ``paths``; print progress and a summary; write the index."""
    from . import params as params_mod
    from .errors import ParameterError
    from .render import PDF_ENGINES, check_formats, check_out_dir

    t0 = time.perf_counter()
    formats = check_formats(formats)
    if pdf_engine not in PDF_ENGINES:
        raise ParameterError(f"unknown PDF engine {pdf_engine!r}; choose chromium or latex")
    if jobs < 1:
        raise ParameterError("--jobs must be at least 1")
    params = dict(params or {})
    if "statement" in params:
        raise ParameterError("statements are the batch's arguments, not a parameter")
    params_mod.check(params)  # names and types, before any work
    out_dir = Path(out) if out else config.REPORTS_DIR
    check_out_dir(out_dir)

    files, outcomes = expand(paths)
    tasks = [
        Task(str(f), name, str(out_dir), formats, params, pdf_engine, force, timeout, max_bytes)
        for f, name in zip(files, _names(files))
    ]
    progress = _Progress(len(tasks) + len(outcomes), stream)
    for o in outcomes:
        progress.update(o)
    todo = []
    for t in tasks:
        done = _unchanged(t)
        if done:
            outcomes.append(done)
            progress.update(done)
        else:
            todo.append(t)
    if todo:
        if scheduler:
            results = _run_dask(todo, scheduler, progress)
        elif jobs == 1 or len(todo) == 1:
            results = []
            for t in todo:
                results.append(run_task(t, keep_kernel=True))
                progress.update(results[-1])
        else:
            results = _run_local(todo, jobs, progress)
        outcomes += results
    progress.close()
    order = {t.statement: i for i, t in enumerate(tasks)}
    outcomes.sort(key=lambda o: order.get(o.statement, -1))
    summary = BatchSummary(outcomes, time.perf_counter() - t0)
    if any(o.status != "failed" for o in outcomes):
        write_index(out_dir)
    print_summary(summary)
    return summary


def _worker_init() -> None:
    """In each worker: SIGTERM (sent by the main process when it is stopped) or Ctrl-C
    (which reaches the whole process group) kills the worker's kernel and browser, removes
    what it was writing and ends the worker; the main process prints the one line."""
    from . import abort
    from .cli import show_notes_as_lines

    abort.install(announce=False)
    show_notes_as_lines()


def _run_in_worker(task: Task) -> Outcome:
    return run_task(task, keep_kernel=True)


def largest_first(tasks: list[Task]) -> list[Task]:
    """The order in which workers take statements: the largest file first.

    Workers take the next statement as they finish one, so the batch ends when the last
    one does; with the small statements last, one worker is not left rendering a long
    statement while the others wait idle at the end. Size is the file's bytes, a fair
    guess at its work."""
    return sorted(tasks, key=lambda t: _size(t.statement), reverse=True)  # (stable: equal sizes keep their order)


def _run_local(tasks: list[Task], jobs: int, progress: _Progress) -> list[Outcome]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from . import abort

    ctx = multiprocessing.get_context("spawn")
    results = []
    _start_resource_tracker_quietly()
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), mp_context=ctx, initializer=_worker_init)
    abort.note_hook(_stop_workers)
    try:
        with abort.shielded():  # every worker started is a known child before a stop is served
            futures = {pool.submit(_run_in_worker, t): t for t in largest_first(tasks)}
        for fut in as_completed(futures):
            t = futures[fut]
            try:
                o = fut.result()
            except Exception as exc:  # the worker process itself died
                o = Outcome(t.statement, t.name, "failed", f"{t.statement}: worker failed: {type(exc).__name__}")
            results.append(o)
            progress.update(o)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        _stop_workers()
        raise
    finally:
        abort.forget_hook(_stop_workers)
    pool.shutdown(wait=True)
    return results


def _start_resource_tracker_quietly() -> None:
    """Start multiprocessing's resource tracker with its stderr sent to /dev/null.

    A stopped batch ends at once, without releasing the pool's semaphores; the tracker then
    removes them, as it should, but also warns about each on the user's terminal, after the
    one line that said the batch was stopped.
    """
    from multiprocessing import resource_tracker

    with abort.shielded():
        saved = os.dup(2)
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 2)
            resource_tracker.ensure_running()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(devnull)


def _stop_workers(grace: float = 20.0) -> None:
    """Stop every worker and wait for it: each kills its own kernel and browser on SIGTERM.
    One that has not gone after ``grace`` seconds is killed outright."""
    import multiprocessing

    children = multiprocessing.active_children()
    for child in children:
        child.terminate()
    deadline = time.monotonic() + grace
    for child in children:
        child.join(max(0.0, deadline - time.monotonic()))
        if child.is_alive():
            child.kill()


def _run_dask(tasks: list[Task], address: str, progress: _Progress) -> list[Outcome]:
    """Send the same per-statement tasks to a Dask distributed scheduler."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        from .errors import ToolMissingError

        raise ToolMissingError("--scheduler needs dask.distributed: pip install 'communique[cluster]'") from None
    try:
        client = Client(address, timeout=30)
    except (OSError, TimeoutError) as exc:
        raise InputError(None, f"cannot reach the Dask scheduler at {address}: {exc}") from None
    results = []
    try:
        futures = client.map(run_task, tasks, pure=False, key=[f"communique-{t.name}-{i}" for i, t in enumerate(tasks)])
        by_key = {f.key: t for f, t in zip(futures, tasks)}
        for fut in as_completed(futures):
            t = by_key[fut.key]
            try:
                o = fut.result()
            except Exception as exc:
                o = Outcome(t.statement, t.name, "failed", f"{t.statement}: cluster task failed: {type(exc).__name__}: {exc}")
            results.append(o)
            progress.update(o)
    finally:
        client.close()
    return results


def print_summary(summary: BatchSummary) -> None:
    """Counts and what was rendered on stdout; each failure as one error line on stderr."""
    print(
        f"rendered {len(summary.rendered)}, unchanged {len(summary.unchanged)}, failed {len(summary.failed)} "
        f"in {summary.seconds:.1f} s"
    )
    if not summary.rendered and summary.unchanged:
        print("nothing changed: no briefing was rendered")
    for o in summary.rendered:
        print(f"rendered: {o.name} ({o.statement})")
    for o in summary.failed:
        print(f"communique: error: {o.reason}", file=sys.stderr)


def write_index(out_dir: Path) -> Path:
    """``index.html`` listing every briefing in ``out_dir`` with title, date, parties and links."""
    from .present import page_css

    out_dir = Path(out_dir)
    rows = []
    for folder in sorted(p for p in out_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for state_file in sorted(folder.glob(".*.state.json")):
            try:
                state = json.loads(state_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            stem = state_file.name[1:-len(".state.json")]
            links = [
                f'<a href="{html.escape(folder.name)}/{html.escape(stem)}.{ext}">{ext.upper()}</a>'
                for ext in ("html", "pdf")
                if (folder / f"{stem}.{ext}").is_file()
            ]
            kind = "comparison" if state.get("kind") == "compare" else ("brief" if stem.endswith("-brief") else "full")
            rows.append(
                "<tr>"
                f"<td>{html.escape(state.get('title') or folder.name)}</td>"
                f"<td>{html.escape(state.get('date') or '')}</td>"
                f"<td>{html.escape(', '.join(state.get('parties') or []))}</td>"
                f"<td>{kind}</td>"
                f"<td>{' · '.join(links)}</td>"
                "</tr>"
            )
    css = (config.TEMPLATE_DIR / "communique_html" / "briefing.css").read_text(encoding="utf-8")
    doc = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Briefings</title>'
        f"<style>{css}{page_css('Briefings')}</style></head><body><main class=\"briefing\">"
        "<h1>Briefings</h1>"
        f"<p>{len(rows)} briefing(s) in this folder.</p>"
        '<table class="cq-table"><thead><tr><th>Title</th><th>Date</th><th>Parties</th><th>Kind</th><th>Files</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></main></body></html>\n"
    )
    target = out_dir / "index.html"
    tmp = out_dir / f".index.html.{os.getpid()}.tmp"
    with abort.shielded():
        abort.note_path(tmp)
        tmp.write_text(doc, encoding="utf-8")
    try:
        os.replace(tmp, target)
    finally:
        abort.forget_path(tmp)
    return target
