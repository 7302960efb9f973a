"""Throughput of the figures ledger on synthetic corpora of joint statements.

Three corpora of at least ``--mb`` megabytes (default 10):

* ``project``: the corpus on which all analyses together must reach 2 MB/s (the one of
  ``benchmarks/run.py``): the seed and every file in ``tests/statements/`` read as text and
  joined, that unit repeated, each copy parsed as its own statement with
  ``statement.from_text``. The figures ledger aims at 8 MB/s on it.
* ``mixed``: the seed statement plus the statements under ``tests/statements/``, each decoded
  and parsed in its own format, repeated;
* ``seed``: the seed alone, repeated.

The test statements carry about ten times as many figures per kilobyte as the seed (they were
written to exercise every kind), so they show the cost per figure and the seed shows the cost
on ordinary prose. Parsing (``statement.from_text``) and extraction (``figures.extract``) are
timed separately; extraction is the best of ``--repeat`` runs (the machine may be busy). The
``mixed`` and ``seed`` corpora are measured in two shapes:

* ``many``: every copy is its own statement (the usual case: one briefing per statement);
* ``one``: the copies joined into a single long statement (extraction cost without the
  per-statement overhead of building a DataFrame).

Peak memory is the process's peak resident size, plus the tracemalloc peak of extracting one
statement of each kind (tracemalloc slows Python down, so it is measured apart from the timings).

Run: ``.venv/bin/python benchmarks/figures.py [--mb 10] [--repeat 3] [--shape many|one|both]
[--corpus project|mixed|seed|all]``
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from communique import figures
from communique import statement as S

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "data" / "raw" / "us-peru-2013.txt",
    *sorted(p for p in (ROOT / "tests" / "statements").glob("*") if p.suffix in (".txt", ".md", ".html")),
]
FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def sources() -> list[tuple[str, str]]:
    """``(raw text, format)`` of each sample statement, decoded the way ``statement.load`` does."""
    out = []
    for path in SOURCES:
        if path.is_file():
            raw, _ = S.decode(path.read_bytes(), path)
            out.append((raw, FORMATS.get(path.suffix.lower(), "txt")))
    return out


def corpus(mb: float, seed_only: bool = False) -> list[tuple[str, str]]:
    texts = sources()[:1] if seed_only else sources()
    out: list[tuple[str, str]] = []
    size = 0
    while size < mb * 1e6:
        for raw, fmt in texts:
            out.append((raw, fmt))
            size += len(raw.encode("utf-8"))
    return out


def project_corpus(mb: float) -> list[str]:
    """The seed and the test statements read as text and joined, that unit repeated (the
    corpus of ``benchmarks/run.py``)."""
    parts = [p.read_text(encoding="utf-8") for p in [SOURCES[0], *sorted((ROOT / "tests" / "statements").glob("*"))] if p.is_file()]
    unit = "\n\n".join(parts)
    return [unit] * max(1, int(mb * 1e6 // len(unit.encode("utf-8"))))


def best_extract(statements, repeat: int) -> tuple[float, int]:
    """Best time of ``repeat`` runs extracting every statement, and the number of figures."""
    best = float("inf")
    n = 0
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        n = 0
        for st in statements:
            n += len(figures.extract(st))
        best = min(best, time.perf_counter() - t0)
    return best, n


def megabytes(statements) -> float:
    return sum(len(st.text.encode("utf-8")) for st in statements) / 1e6


def run_project(texts: list[str], repeat: int) -> dict:
    t0 = time.perf_counter()
    statements = [S.from_text(text) for text in texts]
    parse = time.perf_counter() - t0
    extract, n = best_extract(statements, repeat)
    return {"corpus": "project", "shape": "many", "statements": len(statements), "mb": megabytes(statements), "parse": parse, "extract": extract, "figures": n}


def run_many(docs, name: str, repeat: int) -> dict:
    t0 = time.perf_counter()
    statements = [S.from_text(raw, fmt=fmt) for raw, fmt in docs]
    parse = time.perf_counter() - t0
    extract, n = best_extract(statements, repeat)
    return {"corpus": name, "shape": "many", "statements": len(statements), "mb": megabytes(statements), "parse": parse, "extract": extract, "figures": n}


def run_one(docs, name: str, repeat: int) -> dict:
    # Markdown and text statements joined as plain text (the Markdown is stripped first so that
    # one format reads all of them).
    parts = []
    for raw, fmt in docs:
        parts.append(S.markdown_to_text(S.clean(raw)) if fmt == "md" else raw)
    joined = "\n\n".join(parts)
    t0 = time.perf_counter()
    st = S.from_text(joined)
    parse = time.perf_counter() - t0
    extract, n = best_extract([st], repeat)
    return {"corpus": name, "shape": "one", "statements": 1, "mb": megabytes([st]), "parse": parse, "extract": extract, "figures": n}


def traced_peak() -> float:
    """Peak Python allocation (MB) while extracting each sample statement once."""
    statements = [S.from_text(raw, fmt=fmt) for raw, fmt in sources()]
    figures.extract(statements[0])  # warm the pattern cache outside the trace
    tracemalloc.start()
    for st in statements:
        figures.extract(st)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in megabytes (default 10)")
    ap.add_argument("--repeat", type=int, default=3, help="extraction runs per corpus; the best is reported (default 3)")
    ap.add_argument("--shape", choices=["many", "one", "both"], default="both", help="shapes of the mixed and seed corpora")
    ap.add_argument("--corpus", choices=["project", "mixed", "seed", "all"], default="all")
    args = ap.parse_args(argv)

    figures.extract(S.from_text(sources()[0][0]))  # compile patterns before timing
    results = []
    if args.corpus in ("project", "all"):
        results.append(run_project(project_corpus(args.mb), args.repeat))
    for name in ("mixed", "seed"):
        if args.corpus not in (name, "all"):
            continue
        docs = corpus(args.mb, seed_only=name == "seed")
        if args.shape in ("many", "both"):
            results.append(run_many(docs, name, args.repeat))
        if args.shape in ("one", "both"):
            results.append(run_one(docs, name, args.repeat))

    print(f"figures benchmark: {len(sources())} sample statements, corpora of {args.mb:g} MB, one core, "
          f"extraction best of {args.repeat}\n")
    head = (f"{'corpus':<7} {'shape':<6} {'statements':>10} {'MB':>7} {'parse s':>8} {'extract s':>9} "
            f"{'extract MB/s':>13} {'parse+extract MB/s':>19} {'figures':>9} {'per KB':>7}")
    print(head)
    print("-" * len(head))
    for r in results:
        both = r["parse"] + r["extract"]
        print(
            f"{r['corpus']:<7} {r['shape']:<6} {r['statements']:>10,} {r['mb']:>7.2f} {r['parse']:>8.2f} {r['extract']:>9.2f} "
            f"{r['mb'] / r['extract']:>13.1f} {r['mb'] / both:>19.1f} {r['figures']:>9,} {r['figures'] / (r['mb'] * 1000):>7.1f}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    print(f"\npeak resident memory of the process: {rss:,.0f} MB")
    print(f"tracemalloc peak, extracting the {len(sources())} sample statements: {traced_peak():.2f} MB\n")
    for name in ("project", "mixed", "seed"):
        rates = [r["mb"] / r["extract"] for r in results if r["corpus"] == name]
        if not rates:
            continue
        if name == "project":
            print(f"extraction alone, project corpus (many statements): {rates[0]:.1f} MB/s = "
                  f"{1 / rates[0]:.3f} s/MB (aim >= 8 MB/s, <= 0.125 s/MB, of the 0.5 s/MB all analyses share)")
        else:
            print(f"extraction alone, {name} corpus: {min(rates):.1f}-{max(rates):.1f} MB/s "
                  "(target >= 2 MB/s, aim >= 10 MB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
