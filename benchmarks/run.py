"""Where the time of a briefing goes, against the plain papermill + nbconvert chain.

Run from the repository root (``make bench``). Prints a table and writes
``benchmarks/results.json``. Measures, as medians over ``--runs`` runs:

1. ``communique report`` on the seed, HTML and PDF, each run a new process (cold);
2. the same work without communique's render layer: ``papermill`` CLI, then
   ``jupyter nbconvert --to html``, then ``jupyter nbconvert --to communique_pdf``, each a
   separate process (runs of 1 and 2 alternate, so both meet the machine in the same state);
3. the ratio of (2) to (1);
4. a breakdown of (1): CLI start-up, kernel, notebook cells, HTML export, PDF export;
5. analysis throughput (parsing, figures, themes, entities, commitments) on a synthetic corpus
   (the seed and the test statements joined into one text, repeated), in MB/s, and the
   peak memory of that run; and the same statements analysed one by one, as a batch reads
   them, where each also pays the fixed cost of a statement (its tables, its date);
6. a 20-statement batch at ``--jobs 1`` and ``--jobs 2`` (with how busy the machine was during
   each), and its unchanged re-run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SEED = ROOT / "data" / "raw" / "us-peru-2013.txt"
STATEMENTS = ROOT / "tests" / "statements"


def run(cmd: list[str], **kw) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, **kw)
    return time.perf_counter() - t0


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def calibrate() -> float:
    """Seconds for a fixed pure-Python loop: how fast this (shared, virtual) machine is
    right now, so that figures from different runs can be compared."""
    code = "import time; t = time.perf_counter(); x = 0\nfor i in range(10_000_000): x += i\nprint(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout)


def bench_render(runs: int, tmp: Path) -> tuple[dict, dict]:
    """(1) and (2), one run of each in turn, so that both meet the same machine."""
    report, plain = {"walls": [], "parts": []}, {"walls": [], "steps": []}
    for i in range(runs):
        _report_once(i, tmp, report)
        _plain_once(tmp, plain)
    return _report_summary(runs, report), _plain_summary(plain)


def _report_once(i: int, tmp: Path, acc: dict) -> None:
    tfile = tmp / f"timings-{i}.json"
    acc["walls"].append(run([str(BIN / "communique"), "report", str(SEED), "--out", str(tmp / "cq"), "--timings", str(tfile)]))
    acc["parts"].append(json.loads(tfile.read_text()))


def _report_summary(runs: int, acc: dict) -> dict:
    walls, parts = acc["walls"], acc["parts"]
    startup = [run([str(BIN / "communique"), "--version"]) for _ in range(runs)]
    helps = [run([str(BIN / "communique"), "--help"]) for _ in range(runs)]
    keys = ["prepare", "kernel", "cells", "html", "pdf", "write"]
    breakdown = {k: median([p.get(k, 0.0) for p in parts]) for k in keys}
    breakdown["cli_start"] = median(startup)
    return {"wall": median(walls), "runs": walls, "breakdown": breakdown, "help": median(helps)}


def _plain_once(tmp: Path, acc: dict) -> None:
    out = tmp / "plain.ipynb"
    a = run([str(BIN / "papermill"), "notebooks/briefing.ipynb", str(out), "-p", "statement", str(SEED), "--no-progress-bar"])
    b = run([str(BIN / "jupyter"), "nbconvert", "--to", "html", str(out), "--output-dir", str(tmp / "plain")])
    c = run([str(BIN / "jupyter"), "nbconvert", "--to", "communique_pdf", str(out), "--output-dir", str(tmp / "plain")])
    acc["walls"].append(a + b + c)
    acc["steps"].append((a, b, c))


def _plain_summary(acc: dict) -> dict:
    walls, steps = acc["walls"], acc["steps"]
    return {
        "wall": median(walls),
        "runs": walls,
        "papermill": median([s[0] for s in steps]),
        "nbconvert_html": median([s[1] for s in steps]),
        "nbconvert_pdf": median([s[2] for s in steps]),
    }


def bench_analysis(mb: float, runs: int) -> dict:
    """Run in a child process so that its peak memory is the analysis's own; ``runs`` passes
    over the whole corpus, and the median pass is reported (per step too)."""
    code = f"""
import json, resource, statistics, time
import pandas
from communique import statement as S, figures, themes, entities, commitments
parts = [open({str(SEED)!r}, encoding="utf-8").read()]
import glob
for p in sorted(glob.glob({str(STATEMENTS / '*')!r})):
    parts.append(open(p, encoding="utf-8").read())
unit = "\\n\\n".join(parts)
n = max(1, int({mb} * 1e6 // len(unit.encode())))
texts = [unit] * n
size = sum(len(t.encode()) for t in texts)
codebook = themes.load_codebook()
themes.classify(S.from_text(parts[0]), codebook)  # compile the lexicons once
passes = []
for _ in range({runs}):
    t = {{"parse": 0.0, "figures": 0.0, "themes": 0.0, "entities": 0.0, "commitments": 0.0}}
    for text in texts:
        t0 = time.perf_counter(); st = S.from_text(text); t1 = time.perf_counter()
        figures.extract(st); t2 = time.perf_counter()
        themes.classify(st, codebook); t3 = time.perf_counter()
        entities.extract(st); t4 = time.perf_counter()
        commitments.extract(st); t5 = time.perf_counter()
        t["parse"] += t1 - t0; t["figures"] += t2 - t1; t["themes"] += t3 - t2; t["entities"] += t4 - t3; t["commitments"] += t5 - t4
    passes.append(t)
# The same statements one by one, as a batch reads them (each pays the fixed cost of a
# statement: its tables and its date), on a 2 MB share of the corpus.
singles = parts * max(1, int(2e6 // len(unit.encode())))
single_size = sum(len(p.encode()) for p in singles)
single_passes = []
for _ in range({runs}):
    t0 = time.perf_counter()
    for text in singles:
        st = S.from_text(text)
        figures.extract(st); themes.classify(st, codebook); entities.extract(st); commitments.extract(st)
    single_passes.append(time.perf_counter() - t0)
total = statistics.median(sum(t.values()) for t in passes)
step = {{k: statistics.median(t[k] for t in passes) for k in passes[0]}}
print(json.dumps({{"mb": size / 1e6, "statements": n, "passes": len(passes), "seconds": total, "mb_per_s": size / 1e6 / total,
                  "mb_per_s_range": [size / 1e6 / max(sum(t.values()) for t in passes), size / 1e6 / min(sum(t.values()) for t in passes)],
                  "per_step_mb_per_s": {{k: size / 1e6 / v for k, v in step.items() if v}},
                  "single_statements": len(parts), "single_kb": single_size / len(singles) / 1e3,
                  "single_mb_per_s": single_size / 1e6 / statistics.median(single_passes),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "OMP_NUM_THREADS": "1"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def make_batch(folder: Path, n: int = 20) -> None:
    sources = [SEED, *sorted(p for p in STATEMENTS.iterdir() if p.is_file())]
    for i in range(n):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        (folder / f"statement-{i:02d}{src.suffix}").write_text(text + f"\n\nThe parties will meet again in {2030 + i}.\n", encoding="utf-8")


def _cpu_ticks() -> tuple[int, int] | None:
    """(busy, total) clock ticks of the whole machine since boot, from /proc/stat (Linux)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return sum(fields) - idle, sum(fields)


def bench_batch(tmp: Path, runs: int, n: int = 20) -> dict:
    """``runs`` rounds of ``--jobs 1`` then ``--jobs 2``, each into a new folder, so that both
    meet the machine in the same state; medians are reported. Also records how busy the whole
    machine was during each run: a batch that already keeps every core busy cannot go faster
    with more workers, only with less work per statement."""
    inbox = tmp / "inbox"
    inbox.mkdir()
    make_batch(inbox, n)
    times: dict[int, list[float]] = {1: [], 2: []}
    busy: dict[int, list[float]] = {1: [], 2: []}
    for i in range(runs):
        for jobs in (1, 2):
            dest = tmp / f"batch-{jobs}-{i}"
            before = _cpu_ticks()
            times[jobs].append(run([str(BIN / "communique"), "batch", str(inbox), "--out", str(dest), "--jobs", str(jobs)]))
            after = _cpu_ticks()
            if before and after and after[1] > before[1]:
                busy[jobs].append((after[0] - before[0]) / (after[1] - before[1]))
        shutil.rmtree(tmp / f"batch-1-{i}")
    last = tmp / f"batch-2-{runs - 1}"
    unchanged = [run([str(BIN / "communique"), "batch", str(inbox), "--out", str(last), "--jobs", "2"]) for _ in range(runs)]
    out = {
        "runs": runs,
        "jobs_1": median(times[1]),
        "jobs_2": median(times[2]),
        "jobs_1_all": times[1],
        "jobs_2_all": times[2],
        "unchanged": median(unchanged),
        # each round's own ratio: the two runs of a round are next to each other in time
        "round_speedups": [a / b for a, b in zip(times[1], times[2])],
    }
    for jobs in (1, 2):
        if busy[jobs]:
            out[f"jobs_{jobs}_busy"] = median(busy[jobs])
    out["speedup"] = out["jobs_1"] / out["jobs_2"]
    return out


def browser() -> str:
    """The browser that prints the PDFs, and its version (the headless shell starts on a
    tenth of the full browser's CPU, so the figures depend on which one is installed)."""
    from communique.errors import CommuniqueError
    from communique.pdf import find_chromium

    try:
        exe = find_chromium()
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (CommuniqueError, OSError, subprocess.SubprocessError):
        return "none"
    return f"{Path(exe).name} ({out.splitlines()[0] if out else 'version unknown'})"


def machine() -> dict:
    return {
        "date": time.strftime("%Y-%m-%d"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "browser": browser(),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--skip-batch", action="store_true")
    args = ap.parse_args(argv)
    results: dict = {"machine": machine()}
    with tempfile.TemporaryDirectory(prefix="communique-bench-") as tmp_s:
        tmp = Path(tmp_s)
        results["machine"]["loop_s"] = calibrate()
        results["report"], results["plain"] = bench_render(args.runs, tmp)
        results["ratio"] = results["plain"]["wall"] / results["report"]["wall"]
        results["analysis"] = bench_analysis(args.mb, args.runs)
        if not args.skip_batch:
            results["batch"] = bench_batch(tmp, args.runs)

    r, p, a = results["report"], results["plain"], results["analysis"]
    m = results["machine"]
    results["machine"]["loop_s_after"] = calibrate()
    (ROOT / "benchmarks" / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(f"communique benchmarks, {m['date']}, {m['cpus']} CPUs, {m['machine']}, Python {m['python']} (medians of {args.runs} runs)")
    print(f"PDFs printed by {m['browser']}")
    print(f"machine speed: a 10-million-step Python loop took {m['loop_s']:.2f} s before and {m['loop_s_after']:.2f} s after (lower is faster)")
    rows = [
        ("1. communique report (HTML+PDF, cold)", f"{r['wall']:.2f} s"),
        ("2. papermill + nbconvert html + nbconvert pdf", f"{p['wall']:.2f} s"),
        ("     papermill CLI", f"{p['papermill']:.2f} s"),
        ("     jupyter nbconvert --to html", f"{p['nbconvert_html']:.2f} s"),
        ("     jupyter nbconvert --to communique_pdf", f"{p['nbconvert_pdf']:.2f} s"),
        ("3. ratio (2)/(1)", f"{results['ratio']:.2f}x"),
        ("4. breakdown of (1): CLI start-up (--version)", f"{r['breakdown']['cli_start']:.2f} s"),
        ("     checks, kernel launch, notebook read", f"{r['breakdown']['prepare']:.2f} s"),
        ("     papermill set-up, waiting for the kernel", f"{r['breakdown']['kernel']:.2f} s"),
        ("     notebook cells", f"{r['breakdown']['cells']:.2f} s"),
        ("     HTML export", f"{r['breakdown']['html']:.2f} s"),
        ("     PDF export", f"{r['breakdown']['pdf']:.2f} s"),
        ("   communique --help", f"{r['help']:.3f} s"),
        (f"5. analysis throughput ({a['mb']:.1f} MB, {a['statements']} statements)", f"{a['mb_per_s']:.2f} MB/s"),
        ("     range over the passes", f"{a['mb_per_s_range'][0]:.2f}-{a['mb_per_s_range'][1]:.2f}"),
        (f"     the {a['single_statements']} statements one by one ({a['single_kb']:.1f} KB each on average)", f"{a['single_mb_per_s']:.2f} MB/s"),
        *[(f"     {k}", f"{v:.1f} MB/s") for k, v in a["per_step_mb_per_s"].items()],
        ("   peak memory", f"{a['peak_rss_mb']:.0f} MB"),
    ]
    notes: list[str] = []
    if "batch" in results:
        b = results["batch"]
        cpus = results["machine"]["cpus"] or 1

        def busy(jobs: int) -> str:
            share = b.get(f"jobs_{jobs}_busy")
            return f"machine {share:.0%} busy ({share * cpus:.2f} of {cpus} cores)" if share is not None else ""

        rows += [
            ("6. batch of 20, --jobs 1", f"{b['jobs_1']:.1f} s"),
            ("   batch of 20, --jobs 2", f"{b['jobs_2']:.1f} s  ({b['speedup']:.2f}x)"),
            ("     speed-up in each round", f"{min(b['round_speedups']):.2f}-{max(b['round_speedups']):.2f}x"),
            ("   unchanged re-run", f"{b['unchanged']:.2f} s"),
        ]
        notes = [f"   during --jobs {j}: {busy(j)}" for j in (1, 2) if busy(j)]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v:>14}")
    for line in notes:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
